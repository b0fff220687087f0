import { parseColumnType, type ColumnType } from '../dictionary/column-type.ts';

/**
 * What the diff engine needs from a version: tables and their columns. A
 * model `Version` fits as it is, and so does a dictionary read from a CSV,
 * Data Package or SQL file, which knows little beyond names and types. Every
 * field but the names is optional so that thin imports can be compared too;
 * a field absent on either side is never reported as a change.
 */

/** A value as stored in the data. */
export type StoredValue = string | number | boolean;

export interface ComparableColumn {
  name: string;
  /** Parsed (as in the model) or as written (as in an import). */
  type: ColumnType | string;
  unit?: string | undefined;
  description?: string | undefined;
  required?: boolean | undefined;
  values?: readonly { code: StoredValue; label: string }[] | undefined;
  missing?: readonly { code: StoredValue; reason: string }[] | undefined;
  code_system?: string | undefined;
  /** The name in the previous version; authoritative when present. */
  renamed_from?: string | undefined;
}

export interface ComparableForeignKey {
  columns: readonly string[];
  table: string;
  /** Default: the same names as `columns`. */
  references?: readonly string[] | undefined;
}

export interface ComparableTable {
  name: string;
  module?: string | undefined;
  description?: string | undefined;
  /** What one row stands for. */
  row?: string | undefined;
  primary_key?: readonly string[] | undefined;
  foreign_keys?: readonly ComparableForeignKey[] | undefined;
  row_count?: number | undefined;
  renamed_from?: string | undefined;
  /** In the order of the released files. */
  columns: readonly ComparableColumn[];
}

export interface ComparableVersion {
  /** The version id, shown in output. */
  id?: string | undefined;
  dataset?: string | undefined;
  tables: readonly ComparableTable[];
}

/** The parsed type of a column, whichever way it was given. */
export function typeOf(column: Pick<ComparableColumn, 'type'>): ColumnType {
  if (typeof column.type !== 'string') return column.type;
  let parsed = parsedTypes.get(column.type);
  if (!parsed) {
    parsed = parseColumnType(column.type);
    if (parsedTypes.size < parsedTypesLimit) parsedTypes.set(column.type, parsed);
  }
  return parsed;
}

// Imports repeat a few spellings thousands of times; parse each once.
const parsedTypes = new Map<string, ColumnType>();
const parsedTypesLimit = 10_000;

/** Names compare without letter case, as in most SQL engines. */
export function fold(name: string): string {
  return name.toLowerCase();
}
