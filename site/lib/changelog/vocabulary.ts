import { parseColumnType } from '../dictionary/column-type.ts';
import type { ComparableTable, ComparableVersion } from '../diff/comparable.ts';
import type { VersionDiff } from '../diff/version-diff.ts';

/**
 * Everything the dictionaries of one or two versions name or hold, to tell
 * a name the release notes invented from one the data has. Besides tables
 * and columns, notes put other things in code spans: types, units, codes.
 */
export interface Vocabulary {
  /** Table names of either version, as written. */
  tables: string[];
  /** Column names of every table of either version, as written. */
  columns: string[];
  /** Columns of a table in either version, following a table rename. */
  columnsOf(table: string): string[] | undefined;
  isModule(name: string): boolean;
  isColumn(name: string): boolean;
  /** A type, unit, code system, code or example: something other than a name. */
  isValue(name: string): boolean;
}

// Literals that notes write in code spans and no dictionary declares.
const literals = new Set(['null', 'true', 'false']);

export function vocabulary(versions: readonly ComparableVersion[], diff?: VersionDiff): Vocabulary {
  const lineage = new Map<string, string>();
  for (const table of diff?.tables ?? []) {
    if (table.rename) lineage.set(table.rename.from.toLowerCase(), table.name.toLowerCase());
  }
  const key = (table: string) => lineage.get(table.toLowerCase()) ?? table.toLowerCase();
  const tables = new Map<string, string>();
  const columnsByTable = new Map<string, Map<string, string>>();
  const columns = new Map<string, string>();
  const modules = new Set<string>();
  const values = new Set<string>(literals);
  for (const version of versions) {
    for (const table of version.tables) {
      tables.set(table.name.toLowerCase(), table.name);
      if (table.module) modules.add(table.module.toLowerCase());
      const own = columnsByTable.get(key(table.name)) ?? new Map<string, string>();
      columnsByTable.set(key(table.name), own);
      for (const column of table.columns) {
        own.set(column.name.toLowerCase(), column.name);
        columns.set(column.name.toLowerCase(), column.name);
      }
      addValues(table, values);
    }
  }
  return {
    tables: [...tables.values()],
    columns: [...columns.values()],
    columnsOf: (table) => {
      if (!tables.has(table.toLowerCase())) return undefined;
      return [...(columnsByTable.get(key(table))?.values() ?? [])];
    },
    isModule: (name) => modules.has(name.toLowerCase()),
    isColumn: (name) => columns.has(name.toLowerCase()),
    isValue: (name) => values.has(name.toLowerCase()) || parseColumnType(name).family !== 'other',
  };
}

function addValues(table: ComparableTable, values: Set<string>): void {
  const add = (value: unknown) => {
    if (value !== undefined && value !== null) values.add(String(value).toLowerCase());
  };
  for (const column of table.columns) {
    const type = column.type;
    add(typeof type === 'string' ? type : type.raw);
    if (typeof type !== 'string') add(type.canonical);
    add(column.unit);
    add(column.code_system);
    for (const value of column.values ?? []) add(value.code);
    for (const missing of column.missing ?? []) add(missing.code);
    // Model columns carry examples, which ComparableColumn does not declare.
    const examples = (column as { examples?: unknown }).examples;
    if (Array.isArray(examples)) examples.forEach(add);
  }
}
