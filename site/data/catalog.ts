import { getCollection } from 'astro:content';
import type { ContentTree } from '../lib/content/content-tree.ts';
import { buildCatalog, type Catalog } from '../lib/dictionary/model.ts';
import type { DatasetEntry } from '../lib/schema/dataset.ts';
import type { PopulationEntry } from '../lib/schema/population.ts';
import type { SiteEntry } from '../lib/schema/site.ts';
import type { TableEntry } from '../lib/schema/table.ts';
import type { VersionEntry } from '../lib/schema/version.ts';

let catalog: Promise<Catalog> | undefined;

/** The dictionary model, built once per build from the dictionary collections. */
export function getCatalog(): Promise<Catalog> {
  catalog ??= assemble();
  return catalog;
}

/** Groups entries by the id of their parent: `d/v/t` under `d/v`. */
function byParent<T extends { id: string }>(entries: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    const parent = entry.id.slice(0, entry.id.lastIndexOf('/'));
    groups.set(parent, [...(groups.get(parent) ?? []), entry]);
  }
  return groups;
}

const leaf = (id: string) => id.slice(id.lastIndexOf('/') + 1);

// Entries were validated by the dictionary loader; ids are `d`, `d/v`, `d/v/t`.
async function assemble(): Promise<Catalog> {
  const [site, datasets, versions, tables, populations] = await Promise.all([
    getCollection('site'),
    getCollection('datasets'),
    getCollection('versions'),
    getCollection('tables'),
    getCollection('populations'),
  ]);
  const versionsOf = byParent(versions);
  const tablesOf = byParent(tables);
  const settings = site[0];
  const tree: ContentTree = {
    site: settings && { file: settings.filePath ?? '', data: settings.data as SiteEntry },
    datasets: datasets.map((d) => ({
      id: d.id,
      file: d.filePath ?? '',
      data: d.data as DatasetEntry,
      versionFolders: versionsOf.get(d.id)?.length ?? 0,
      versions: (versionsOf.get(d.id) ?? []).map((v) => ({
        id: leaf(v.id),
        file: v.filePath ?? '',
        data: v.data as VersionEntry,
        tables: (tablesOf.get(v.id) ?? []).map((t) => ({
          id: leaf(t.id),
          file: t.filePath ?? '',
          data: t.data as TableEntry,
        })),
      })),
    })),
    populations: populations.map((p) => ({
      id: p.id,
      file: p.filePath ?? '',
      data: p.data as PopulationEntry,
    })),
  };
  return buildCatalog(tree);
}
