import type { Column, Dataset, Table, Version } from '../dictionary/model.ts';
import { csvRecords } from './csv-quote.ts';

/**
 * `dictionary.csv`: one row per column, for spreadsheets. The headers that
 * the CSV importer knows (table, column, type, description, unit, required,
 * primary_key, foreign_table, foreign_column, module, position) are spelled
 * as it expects, so an exported file can be edited and imported again.
 */
export const dictionaryCsvHeaders = [
  'dataset',
  'version',
  'module',
  'table',
  'column',
  'position',
  'type',
  'type_normalised',
  'unit',
  'required',
  'primary_key',
  'foreign_table',
  'foreign_column',
  'description',
  'values',
  'missing',
  'code_system',
  'generated_by',
  'notes',
] as const;

type Header = (typeof dictionaryCsvHeaders)[number];

export function dictionaryCsv(dataset: Dataset, version: Version): string {
  // TODO(csv-formulas): spreadsheets run a cell starting with =, +, - or @
  // as a formula (`-1 = Age not recorded` shows as an error in Excel).
  // Prefixing such cells would change the data for programs; left as is.
  const rows = version.tables.flatMap((table) =>
    table.columns.map((column) => {
      const cells = rowOf(dataset, version, table, column);
      return dictionaryCsvHeaders.map((header) => cells[header]);
    }));
  return csvRecords([dictionaryCsvHeaders, ...rows]);
}

function rowOf(dataset: Dataset, version: Version, table: Table, column: Column) {
  const reference = referenceOf(table, column);
  const cells: Record<Header, string> = {
    dataset: dataset.id,
    version: version.id,
    module: table.module ?? '',
    table: table.name,
    column: column.name,
    position: String(column.position),
    type: column.type.raw,
    type_normalised: column.type.canonical,
    unit: column.unit ?? '',
    required: column.required ? 'yes' : 'no',
    primary_key: inKey(table.primary_key, column.name) ? 'yes' : 'no',
    foreign_table: reference?.table ?? '',
    foreign_column: reference?.column ?? '',
    description: column.description,
    // One entry a line, which a spreadsheet shows inside one cell.
    values: column.values.map((v) => `${String(v.code)} = ${v.label}`).join('\n'),
    missing: column.missing.map((m) => `${String(m.code)} = ${m.reason}`).join('\n'),
    code_system: column.code_system ?? '',
    generated_by: column.generated_by ?? '',
    notes: column.notes ?? '',
  };
  return cells;
}

function inKey(names: readonly string[], name: string): boolean {
  return names.some((n) => n.toLowerCase() === name.toLowerCase());
}

/**
 * The first foreign key the column takes part in, and the column it refers
 * to. A row has room for one reference; a column in two keys shows the first.
 */
function referenceOf(table: Table, column: Column) {
  for (const key of table.foreign_keys) {
    const i = key.columns.findIndex((n) => n.toLowerCase() === column.name.toLowerCase());
    if (i === -1) continue;
    return { table: key.table, column: (key.references ?? key.columns)[i] ?? column.name };
  }
  return undefined;
}
