import type { Dataset } from '../dictionary/model.ts';

/** The names of one dataset's tables and columns, over all its versions. */
export interface DatasetNames {
  id: string;
  versions: Set<string>;
  /** Lower-case table name → the name as written, and its columns likewise. */
  tables: Map<string, { name: string; columns: Map<string, string> }>;
}

/**
 * Collects every table and column name a dataset has had, so that a thread
 * about an older version (`icu_stays.first_careunit`) still finds its table.
 * Names fold to lower case, as SQL compares them.
 */
export function datasetNames(dataset: Dataset): DatasetNames {
  const tables: DatasetNames['tables'] = new Map();
  for (const version of dataset.versions) {
    for (const table of version.tables) {
      const key = table.name.toLowerCase();
      const entry = tables.get(key) ?? { name: table.name, columns: new Map() };
      for (const column of table.columns) {
        entry.columns.set(column.name.toLowerCase(), column.name);
      }
      tables.set(key, entry);
    }
  }
  return { id: dataset.id, versions: new Set(dataset.versions.map((v) => v.id)), tables };
}

/** Tables of the dataset that have a column of this name. */
export function tablesWithColumn(names: DatasetNames, column: string): string[] {
  const folded = column.toLowerCase();
  return [...names.tables.values()].filter((t) => t.columns.has(folded)).map((t) => t.name);
}
