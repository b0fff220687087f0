import type { ContentTree } from '../content/content-tree.ts';
import type { ColumnEntry } from '../schema/column.ts';
import type { DatasetEntry } from '../schema/dataset.ts';
import type { PopulationEntry } from '../schema/population.ts';
import type { SiteEntry } from '../schema/site.ts';
import type { TableEntry } from '../schema/table.ts';
import type { VersionEntry, VersionStatus } from '../schema/version.ts';
import { parseColumnType, type ColumnType } from './column-type.ts';
import { orderVersions } from './version-order.ts';

/**
 * The dictionary model every page, export and command works from: datasets,
 * their versions in release order, and each version's tables and columns.
 */
export interface Catalog {
  site: SiteEntry;
  datasets: Dataset[];
  /** Reference populations readers can compare a version with, by id. */
  populations: Population[];
}

export interface Population {
  id: string;
  entry: PopulationEntry;
  file: string;
}

export interface Dataset {
  id: string;
  /** Short title for navigation. */
  name: string;
  entry: DatasetEntry;
  file: string;
  /** Oldest first. */
  versions: Version[];
  /** The newest version that is not withdrawn. */
  latest: Version | undefined;
}

export interface Version {
  id: string;
  dataset: string;
  entry: VersionEntry;
  file: string;
  /** 0 for the oldest. */
  position: number;
  status: VersionStatus;
  isLatest: boolean;
  /** By module, then name. */
  tables: Table[];
  modules: Module[];
}

export interface Module {
  /** Undefined groups the tables that declare no module. */
  name: string | undefined;
  tables: Table[];
}

export interface Table extends Omit<TableEntry, 'columns'> {
  dataset: string;
  version: string;
  file: string;
  /** The first sentence of the description. */
  summary: string;
  columns: Column[];
}

export interface Column extends Omit<ColumnEntry, 'type'> {
  type: ColumnType;
  /** 1-based place in the released files. */
  position: number;
}

const fallbackSite: SiteEntry = {
  title: 'Rounds',
  description: 'Clinical dataset documentation.',
  repository: 'rounds-health/rounds',
  branch: 'main',
  content_path: 'content',
};

/** Builds the model from content that has passed checkContent. */
export function buildCatalog(tree: ContentTree): Catalog {
  const datasets = tree.datasets.map((d): Dataset => {
    const order = orderVersions(d.versions.map((v) => ({ id: v.id, order: v.data.order })));
    if (!order.ok) throw new Error(`${d.file}: ${order.reason}`);
    const byId = new Map(d.versions.map((v) => [v.id, v]));
    const sorted = order.ids.map((id) => byId.get(id)!);
    const latestId = [...sorted].reverse().find((v) => v.data.status !== 'withdrawn')?.id;
    const versions = sorted.map((v, position): Version => {
      const tables = v.tables
        .map((t) => buildTable(t.data, d.id, v.id, t.file))
        .sort((a, b) => compareTables(a, b));
      const isLatest = v.id === latestId;
      return {
        id: v.id,
        dataset: d.id,
        entry: v.data,
        file: v.file,
        position,
        status: v.data.status ?? (isLatest ? 'current' : 'superseded'),
        isLatest,
        tables,
        modules: groupModules(tables),
      };
    });
    return {
      id: d.id,
      name: d.data.short_title ?? d.data.title,
      entry: d.data,
      file: d.file,
      versions,
      latest: versions.find((v) => v.isLatest),
    };
  });
  const populations = (tree.populations ?? [])
    .map((p): Population => ({ id: p.id, entry: p.data, file: p.file }));
  return { site: tree.site?.data ?? fallbackSite, datasets, populations };
}

function buildTable(entry: TableEntry, dataset: string, version: string, file: string): Table {
  const { columns, ...rest } = entry;
  return {
    ...rest,
    dataset,
    version,
    file,
    summary: firstSentence(entry.description),
    columns: columns.map((c, i) => ({ ...c, type: parseColumnType(c.type), position: i + 1 })),
  };
}

function compareTables(a: Table, b: Table): number {
  return (a.module ?? '').localeCompare(b.module ?? '') || a.name.localeCompare(b.name);
}

function groupModules(tables: Table[]): Module[] {
  const modules: Module[] = [];
  for (const table of tables) {
    const last = modules.at(-1);
    if (last && last.name === table.module) last.tables.push(table);
    else modules.push({ name: table.module, tables: [table] });
  }
  return modules;
}

// Abbreviations whose full stop does not end a sentence.
const abbreviations = /(?:^|\s)(?:e\.g|i\.e|etc|vs|approx|cf|dr|mr|ms|no|st|fig)\.$/i;

/** The first sentence of a description, for one-line summaries. */
export function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  for (const match of flat.matchAll(/[.!?](?= |$)/g)) {
    const end = match.index + 1;
    if (!abbreviations.test(flat.slice(0, end))) return flat.slice(0, end);
  }
  return flat;
}

/** Finds a dataset, version or table by id; undefined when absent. */
export function findDataset(catalog: Catalog, id: string): Dataset | undefined {
  return catalog.datasets.find((d) => d.id === id);
}

export function findVersion(dataset: Dataset, id: string): Version | undefined {
  return id === 'latest' ? dataset.latest : dataset.versions.find((v) => v.id === id);
}

/** Table names compare case-insensitively, as in most SQL engines. */
export function findTable(version: Version, name: string): Table | undefined {
  const folded = name.toLowerCase();
  return version.tables.find((t) => t.name.toLowerCase() === folded);
}

export function findColumn(table: Table, name: string): Column | undefined {
  const folded = name.toLowerCase();
  return table.columns.find((c) => c.name.toLowerCase() === folded);
}
