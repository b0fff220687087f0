import type { RangeVar } from 'libpg-query';
import type { Problem } from '../content/problem.ts';
import type { ImportedColumn, ImportedTable } from './imported-dictionary.ts';

/** A foreign key as written, resolved once every table is known. */
export interface PendingKey {
  columns: string[];
  target: RangeVar;
  /** Empty when the key names no columns and so refers to the primary key. */
  references: string[];
  origin: string;
}

export interface DraftTable {
  table: ImportedTable & { columns: ImportedColumn[] };
  keys: PendingKey[];
}

/** What the SQL statements have built so far. */
export interface SqlDraft {
  file: string;
  /** By folded table name: content needs table names unique in a version. */
  tables: Map<string, DraftTable>;
  warnings: Problem[];
  problems: Problem[];
  /** `line 12` for a byte offset into the file. */
  where: (offset: number | undefined) => string;
  /** Offsets where `MAX` was swapped out; see sql-max.ts. */
  maxAt: ReadonlySet<number>;
}

/** The table a statement names, matched as content matches names. */
export function findTable(draft: SqlDraft, relation: RangeVar | undefined): DraftTable | undefined {
  const name = relation?.relname;
  if (name === undefined) return undefined;
  const found = draft.tables.get(name.toLowerCase());
  // A schema named on one side only still matches: `patients` may be
  // created without one and altered as `public.patients`.
  const schema = relation?.schemaname?.toLowerCase();
  const module = found?.table.module?.toLowerCase();
  if (schema !== undefined && module !== undefined && module !== schema) return undefined;
  return found;
}

export function findColumn(table: DraftTable, name: string): ImportedColumn | undefined {
  const folded = name.toLowerCase();
  return table.table.columns.find((c) => c.name.toLowerCase() === folded);
}

/** `hosp.patients` or `patients`, as written in the SQL. */
export function qualified(relation: RangeVar | undefined): string {
  const name = relation?.relname ?? '?';
  return relation?.schemaname ? `${relation.schemaname}.${name}` : name;
}
