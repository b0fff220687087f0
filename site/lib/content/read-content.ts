import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { datasetSchema } from '../schema/dataset.ts';
import { populationSchema } from '../schema/population.ts';
import { siteSchema } from '../schema/site.ts';
import { tableSchema } from '../schema/table.ts';
import { versionSchema } from '../schema/version.ts';
import type { ContentTree } from './content-tree.ts';
import type { Problem } from './problem.ts';
import { readYamlFile } from './read-yaml.ts';

/**
 * Reads and validates every dictionary file under a content folder. Each file
 * is checked on its own here; rules across files live in check-content.ts.
 * Problems are collected, not thrown, so an editor sees all of them at once.
 *
 * TODO(perf): files are read one after another; reading them in parallel and
 * skipping unchanged files by digest would shorten the build's content sync.
 */
export async function readContent(
  contentDir: string,
  root = process.cwd(),
): Promise<{ tree: ContentTree; problems: Problem[] }> {
  const problems: Problem[] = [];
  const shown = (path: string) => relative(root, path) || path;
  async function load<T extends z.ZodType>(schema: T, path: string) {
    const result = await readYamlFile(schema, path, shown(path));
    if (result.ok) return result.data;
    problems.push(...result.problems);
    return undefined;
  }

  const sitePath = join(contentDir, 'site.yaml');
  const site = await load(siteSchema, sitePath);
  const tree: ContentTree = { site: site && { file: shown(sitePath), data: site }, datasets: [] };
  const datasetsDir = join(contentDir, 'datasets');
  for (const datasetId of await folders(datasetsDir)) {
    const datasetDir = join(datasetsDir, datasetId);
    const file = join(datasetDir, 'dataset.yaml');
    const data = await load(datasetSchema, file);
    const versions = [];
    const versionIds = await folders(join(datasetDir, 'versions'));
    for (const versionId of versionIds) {
      const versionDir = join(datasetDir, 'versions', versionId);
      const versionFile = join(versionDir, 'version.yaml');
      const version = await load(versionSchema, versionFile);
      const tables = [];
      const invalidTables = [];
      const tablesDir = join(versionDir, 'tables');
      for (const name of await filesEnding(tablesDir, '.yaml')) {
        const tableFile = join(tablesDir, name);
        const table = await load(tableSchema, tableFile);
        if (table) tables.push({ id: name.slice(0, -5), file: shown(tableFile), data: table });
        else invalidTables.push(name.slice(0, -5));
      }
      if (version) {
        versions.push({
          id: versionId, file: shown(versionFile), data: version, tables, invalidTables,
        });
      }
    }
    if (data) {
      tree.datasets.push({
        id: datasetId, file: shown(file), data, versions, versionFolders: versionIds.length,
      });
    }
  }
  const populationsDir = join(contentDir, 'populations');
  tree.populations = [];
  for (const name of await filesEnding(populationsDir, '.yaml')) {
    const file = join(populationsDir, name);
    const data = await load(populationSchema, file);
    if (data) tree.populations.push({ id: name.slice(0, -5), file: shown(file), data });
  }
  return { tree, problems };
}

/** Sub-folders, sorted; an absent folder has none. */
async function folders(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  } catch {
    return [];
  }
}

async function filesEnding(dir: string, suffix: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((e) => e.isFile() && e.name.endsWith(suffix)).map((e) => e.name).sort();
  } catch {
    return [];
  }
}
