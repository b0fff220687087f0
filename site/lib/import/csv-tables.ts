import type { Problem } from '../content/problem.ts';
import { compact } from './compact.ts';
import type { ImportedForeignKey, ImportedTable } from './imported-dictionary.ts';

/** One CSV row, read and checked, before it joins its table. */
export interface CsvColumnRow {
  name: string;
  type: string;
  description: string | undefined;
  unit: string | undefined;
  module: string | undefined;
  required: boolean | undefined;
  primaryKey: boolean;
  position: number | undefined;
  foreignTable: string | undefined;
  foreignColumn: string | undefined;
  origin: string;
}

export interface CsvTableDraft {
  /** The first spelling met in the file. */
  name: string;
  origin: string;
  module?: { name: string; origin: string };
  rows: CsvColumnRow[];
  spellings: Set<string>;
}

/** Orders each table's columns and resolves keys across tables. */
export function buildCsvTables(
  drafts: readonly CsvTableDraft[],
  file: string,
  warnings: Problem[],
): ImportedTable[] {
  const byName = new Map(drafts.map((d) => [d.name.toLowerCase(), d]));
  const ordered = new Map(drafts.map((d) => [d, orderRows(d, file, warnings)]));
  return drafts.map((draft): ImportedTable => {
    const rows = ordered.get(draft) ?? [];
    return compact({
      module: draft.module?.name,
      name: draft.name,
      primary_key: rows.filter((r) => r.primaryKey).map((r) => r.name),
      foreign_keys: rows.flatMap((row) => {
        const key = foreignKey(row, draft, byName, ordered, file, warnings);
        return key ? [key] : [];
      }),
      columns: rows.map((row, i) =>
        compact({
          name: row.name,
          type: row.type,
          description: row.description,
          unit: row.unit,
          // A primary key column always has a value, unless the row says otherwise.
          required: row.required ?? row.primaryKey,
          position: i + 1,
          values: [],
          missing: [],
          origin: row.origin,
        })),
      origin: draft.origin,
    });
  });
}

/** Rows by their given position; rows without one keep file order, last. */
function orderRows(draft: CsvTableDraft, file: string, warnings: Problem[]): CsvColumnRow[] {
  const placed = draft.rows.filter((r) => r.position !== undefined);
  if (placed.length > 0 && placed.length < draft.rows.length) {
    warnings.push({
      file,
      path: draft.origin,
      message: `${placed.length} of ${draft.rows.length} rows of table \`${draft.name}\` ` +
        'give a position; the others follow them in file order',
      hint: 'give every row of the table a position, or none',
    });
  }
  const seen = new Map<number, CsvColumnRow>();
  for (const row of placed) {
    const first = seen.get(row.position!);
    if (first) {
      warnings.push({
        file,
        path: row.origin,
        message: `position ${row.position} of table \`${draft.name}\` is also given at ` +
          `${first.origin}; the two keep file order`,
        hint: 'number the columns of each table 1, 2, 3... once each',
      });
    } else seen.set(row.position!, row);
  }
  return [...draft.rows].sort(
    (a, b) => (a.position ?? Infinity) - (b.position ?? Infinity),
  );
}

/**
 * One key per row that names a foreign table. Two rows pointing at the same
 * table stay two keys: they are more often two links (an ordering and a
 * verifying caregiver) than the halves of one.
 */
function foreignKey(
  row: CsvColumnRow,
  draft: CsvTableDraft,
  byName: Map<string, CsvTableDraft>,
  ordered: Map<CsvTableDraft, CsvColumnRow[]>,
  file: string,
  warnings: Problem[],
): ImportedForeignKey | undefined {
  // TODO(csv-composite-keys): a multi-column foreign key cannot be written in
  // the CSV layout; it needs a key-name column to group its rows.
  if (row.foreignTable === undefined) return undefined;
  const target = byName.get(row.foreignTable.toLowerCase());
  if (!target) {
    warnings.push({
      file,
      path: row.origin,
      message: `column \`${draft.name}.${row.name}\` refers to table \`${row.foreignTable}\`, ` +
        'which the file does not describe',
      hint: 'add rows for that table, or clear the foreign table; the written content ' +
        'reports this key until one is done',
    });
    return {
      columns: [row.name],
      table: row.foreignTable,
      references: [row.foreignColumn ?? row.name],
    };
  }
  const targetRows = ordered.get(target) ?? [];
  return { columns: [row.name], table: target.name, references: [referred(row, targetRows)] };
}

/**
 * The referred column: as written (in the target's spelling), else the
 * target's one-column primary key, else a column of the same name.
 */
function referred(row: CsvColumnRow, targetRows: readonly CsvColumnRow[]): string {
  const wanted = row.foreignColumn ?? row.name;
  const spelled = targetRows.find((r) => r.name.toLowerCase() === wanted.toLowerCase());
  if (row.foreignColumn !== undefined) return spelled?.name ?? row.foreignColumn;
  const key = targetRows.filter((r) => r.primaryKey);
  if (key.length === 1 && !spelled) return key[0]!.name;
  return spelled?.name ?? wanted;
}
