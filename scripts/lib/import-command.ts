import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import type { CsvMap } from '../../site/lib/import/csv-map.ts';
import { importCsv } from '../../site/lib/import/import-csv.ts';
import { importDataPackage } from '../../site/lib/import/import-datapackage.ts';
import { importSql } from '../../site/lib/import/import-sql.ts';
import type { ImportedDictionary } from '../../site/lib/import/imported-dictionary.ts';
import { formatProblem, ImportError } from '../../site/lib/import/import-error.ts';
import { writeDictionary } from '../../site/lib/import/write-dictionary.ts';
import type { Logger } from './logger.ts';

export const importFormats = ['csv', 'datapackage', 'sql'] as const;
export type ImportFormat = (typeof importFormats)[number];

export interface ImportRequest {
  from: string;
  format: ImportFormat;
  dataset: string;
  version: string;
  contentDir: string;
  /** Which header holds each key, for csv. */
  map: CsvMap;
  released?: string;
  force: boolean;
}

/** Runs one import; returns the exit code. Bad input is thrown as ImportError. */
export async function runImport(request: ImportRequest, log: Logger): Promise<number> {
  const shown = relative(process.cwd(), request.from) || request.from;
  let text: string;
  try {
    text = await readFile(request.from, 'utf8');
  } catch {
    throw new ImportError([{
      file: shown,
      path: '',
      message: 'file not found',
      hint: 'check the path given to --from',
    }]);
  }
  const imported = await importAs(request.format, text, shown, request.map);
  const columns = imported.tables.reduce((sum, t) => sum + t.columns.length, 0);
  for (const warning of imported.warnings) log.warn(formatProblem(warning));
  const result = await writeDictionary(imported, {
    contentDir: request.contentDir,
    dataset: request.dataset,
    version: request.version,
    force: request.force,
    ...(request.released === undefined ? {} : { released: request.released }),
  });
  const where = relative(process.cwd(), result.versionDir) || result.versionDir;
  log.info(
    `imported ${count(imported.tables.length, 'table')} and ${count(columns, 'column')} ` +
      `from ${shown} (${count(imported.warnings.length, 'warning')})`,
  );
  const inVersion = result.files.filter((file) => file.startsWith(result.versionDir));
  log.info(`wrote ${count(inVersion.length, 'file')} to ${where}`);
  const datasetFile = result.files.find((file) => !file.startsWith(result.versionDir));
  if (result.createdDataset && datasetFile) {
    const shownDataset = relative(process.cwd(), datasetFile) || datasetFile;
    log.info(`created ${shownDataset} with placeholders: replace its TODOs`);
  }
  if (result.problems.length === 0) return 0;
  log.error(
    `the written content has ${count(result.problems.length, 'problem')}; ` +
      'fix them before building the site:\n' + result.problems.map(formatProblem).join('\n'),
  );
  return 1;
}

/** Reads a dictionary's text with the importer for its format. */
export async function importAs(
  format: ImportFormat,
  text: string,
  file: string,
  map: CsvMap,
): Promise<ImportedDictionary> {
  switch (format) {
    case 'csv':
      return importCsv(text, { file, map });
    case 'datapackage':
      return importDataPackage(text, { file });
    case 'sql':
      return importSql(text, { file });
  }
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
