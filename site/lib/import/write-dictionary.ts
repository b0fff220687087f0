import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parseDocument, stringify } from 'yaml';
import { checkContent } from '../content/check-content.ts';
import type { Problem } from '../content/problem.ts';
import { readContent } from '../content/read-content.ts';
import { checkNames } from './check-names.ts';
import { datasetPlaceholder } from './dataset-placeholder.ts';
import type { ImportedDictionary } from './imported-dictionary.ts';
import { ImportError } from './import-error.ts';
import { tableYaml } from './table-entry.ts';
import { checkTarget } from './write-target.ts';

export interface WriteOptions {
  contentDir: string;
  dataset: string;
  version: string;
  /** YYYY-MM-DD. Default: today, or what an existing version.yaml says. */
  released?: string;
  /** Replace the tables of a version that already exists. */
  force?: boolean;
  /** Paths in messages are relative to this folder. Default: the working folder. */
  root?: string;
}

export interface WriteResult {
  versionDir: string;
  /** Every file written, in writing order. */
  files: string[];
  createdDataset: boolean;
  /** Problems in the dataset's content once written, such as keys to absent tables. */
  problems: Problem[];
}

/**
 * Writes an imported dictionary as content: one YAML file per table, the
 * version.yaml, and a placeholder dataset.yaml for a new dataset. Tables are
 * written to a scratch folder first and moved into place, so a failure never
 * leaves half a version behind. The result is then validated like any
 * content, and the problems in the new files are returned.
 */
export async function writeDictionary(
  imported: ImportedDictionary,
  options: WriteOptions,
): Promise<WriteResult> {
  const root = options.root ?? process.cwd();
  const shown = (path: string) => relative(root, path) || path;
  const datasetDir = join(options.contentDir, 'datasets', options.dataset);
  const versionDir = join(datasetDir, 'versions', options.version);
  const problems = [
    ...checkTarget(options, shown(datasetDir)),
    ...checkNames(imported),
  ];
  if (problems.length > 0) throw new ImportError(problems);
  const exists = await isFolder(versionDir);
  if (exists && !options.force) {
    throw new ImportError([{
      file: shown(versionDir),
      path: '',
      message: `version ${options.version} of ${options.dataset} already exists`,
      hint: 'pass --force to replace its tables, or import as another version',
    }]);
  }

  const files: string[] = [];
  // Beside versions/, not in it, so that content never reads it as a version.
  const scratch = join(datasetDir, `.import-${options.version}-${process.pid}`);
  const newDataset = !(await isFolder(datasetDir));
  await rm(scratch, { recursive: true, force: true });
  await mkdir(join(scratch, 'tables'), { recursive: true });
  try {
    for (const table of imported.tables) {
      const text = tableYaml(table);
      await writeFile(join(scratch, 'tables', `${table.name}.yaml`), text);
      files.push(join(versionDir, 'tables', `${table.name}.yaml`));
    }
    const versionFile = join(versionDir, 'version.yaml');
    const versionText = exists
      ? await updatedVersion(versionFile, options)
      : stringify({ version: options.version, released: options.released ?? today() });
    await writeFile(join(scratch, 'version.yaml'), versionText);
    files.unshift(versionFile);
    if (exists) {
      // Other files an editor keeps in the version folder stay where they are.
      await rm(join(versionDir, 'tables'), { recursive: true, force: true });
      await rename(join(scratch, 'tables'), join(versionDir, 'tables'));
      await rename(join(scratch, 'version.yaml'), versionFile);
    } else {
      await mkdir(join(datasetDir, 'versions'), { recursive: true });
      await rename(scratch, versionDir);
    }
  } catch (error) {
    // A dataset folder without dataset.yaml would break the whole site.
    if (newDataset) await rm(datasetDir, { recursive: true, force: true });
    throw error;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }

  const datasetFile = join(datasetDir, 'dataset.yaml');
  const createdDataset = !(await isFile(datasetFile));
  if (createdDataset) {
    await writeFile(datasetFile, datasetPlaceholder(options.dataset), { flag: 'wx' });
    files.unshift(datasetFile);
  }
  return {
    versionDir,
    files,
    createdDataset,
    problems: await problemsIn(options.contentDir, root, shown(datasetDir)),
  };
}

/** Keeps what an editor added to version.yaml; only `released` may change. */
async function updatedVersion(file: string, options: WriteOptions): Promise<string> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return stringify({ version: options.version, released: options.released ?? today() });
  }
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return text;
  if (options.released !== undefined) doc.set('released', options.released);
  return doc.toString();
}

async function problemsIn(contentDir: string, root: string, datasetDir: string) {
  const { tree, problems } = await readContent(contentDir, root);
  problems.push(...checkContent(tree));
  // Problems elsewhere in the content are not this import's to report.
  return problems.filter((p) => p.file === datasetDir || p.file.startsWith(datasetDir + sep));
}

/** The local calendar date, which is the day an editor means by "today". */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

async function isFolder(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isDirectory(), () => false);
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}
