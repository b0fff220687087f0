import type { Problem } from '../content/problem.ts';
import {
  cellLabel,
  flagCell,
  positionCell,
  requiredCell,
  rowLabel,
  textCell,
  type RowContext,
} from './csv-cells.ts';
import { resolveHeaders, type CsvMap } from './csv-map.ts';
import { readCsv } from './csv-records.ts';
import type { ImportedDictionary, ImportedTable } from './imported-dictionary.ts';
import { ImportError } from './import-error.ts';
import { buildCsvTables, type CsvColumnRow, type CsvTableDraft } from './csv-tables.ts';

export interface CsvImportOptions {
  /** The file name used in messages. */
  file: string;
  /** Which header holds each key; keys left out match headers by name. */
  map?: CsvMap;
}

/**
 * Imports a data dictionary kept as a spreadsheet: one row per column,
 * naming its table. Every problem in the file is reported together.
 */
export function importCsv(text: string, options: CsvImportOptions): ImportedDictionary {
  const { file } = options;
  const { headers, records } = readCsv(text, file);
  const resolved = resolveHeaders(headers, options.map ?? {}, file);
  if (resolved.problems.length > 0) throw new ImportError(resolved.problems);
  const problems: Problem[] = [];
  const warnings: Problem[] = [...resolved.warnings];
  if (records.length === 0) {
    throw new ImportError([{
      file,
      path: '',
      message: 'the file has a header row but no rows below it',
      hint: 'add one row per column of the dataset',
    }]);
  }
  const tables = new Map<string, CsvTableDraft>();
  for (const record of records) {
    const context: RowContext = { file, headers, indexes: resolved.indexes, record, problems };
    if (record.fields.length > headers.length) {
      problems.push({
        file,
        path: rowLabel(record),
        message: `${record.fields.length} fields, but the header row has ${headers.length}`,
        hint: 'put a cell that contains a comma in double quotes',
      });
      continue;
    }
    const row = readRow(context);
    if (row) addRow(tables, row, context, warnings);
  }
  if (problems.length > 0) throw new ImportError(problems);
  const built: ImportedTable[] = buildCsvTables([...tables.values()], file, warnings);
  return { source: file, tables: built, warnings };
}

function readRow(context: RowContext): (CsvColumnRow & { table: string }) | undefined {
  const table = requiredCell(context, 'table', 'the table name',
    'every row names the table its column belongs to; fill it in or delete the row');
  const column = requiredCell(context, 'column', 'the column name',
    'every row describes one column; fill in its name or delete the row');
  const type = requiredCell(context, 'type', 'the column type',
    'write the type as the data provider spells it, such as `integer` or `varchar(50)`');
  const required = flagCell(context, 'required');
  const primaryKey = flagCell(context, 'primary_key');
  const position = positionCell(context, 'position');
  const foreignTable = textCell(context, 'foreign_table');
  const foreignColumn = textCell(context, 'foreign_column');
  if (foreignColumn !== undefined && foreignTable === undefined) {
    context.problems.push({
      file: context.file,
      path: cellLabel(context, 'foreign_table'),
      message: `the row names foreign column \`${foreignColumn}\` but no foreign table`,
      hint: 'fill in the table the column refers to, or clear the foreign column',
    });
  }
  if (table === undefined || column === undefined || type === undefined) return undefined;
  return {
    table,
    name: column,
    type,
    description: textCell(context, 'description'),
    unit: textCell(context, 'unit'),
    module: textCell(context, 'module'),
    required,
    primaryKey: primaryKey ?? false,
    position,
    foreignTable,
    foreignColumn,
    origin: rowLabel(context.record),
  };
}

function addRow(
  tables: Map<string, CsvTableDraft>,
  row: CsvColumnRow & { table: string },
  context: RowContext,
  warnings: Problem[],
): void {
  const { file } = context;
  const folded = row.table.toLowerCase();
  let table = tables.get(folded);
  if (!table) {
    table = { name: row.table, origin: row.origin, rows: [], spellings: new Set([row.table]) };
    tables.set(folded, table);
  } else if (!table.spellings.has(row.table)) {
    table.spellings.add(row.table);
    warnings.push({
      file,
      path: cellLabel(context, 'table'),
      message: `table \`${row.table}\` differs from \`${table.name}\` (${table.origin}) ` +
        'only in letter case; imported as one table',
      hint: `spell it \`${table.name}\` everywhere, or rename one of the two tables`,
    });
  }
  if (row.module !== undefined) {
    if (table.module === undefined) table.module = { name: row.module, origin: row.origin };
    else if (table.module.name !== row.module) {
      warnings.push({
        file,
        path: cellLabel(context, 'module'),
        message: `module \`${row.module}\` differs from \`${table.module.name}\` given for ` +
          `table \`${table.name}\` at ${table.module.origin}; kept \`${table.module.name}\``,
        hint: 'a table belongs to one module: give every row of the table the same module',
      });
    }
  }
  const clash = table.rows.find((r) => r.name.toLowerCase() === row.name.toLowerCase());
  if (clash) {
    context.problems.push({
      file,
      path: cellLabel(context, 'column'),
      message: `column \`${row.name}\` of table \`${table.name}\` is already described at ` +
        clash.origin,
      hint: 'keep one row per column: merge the two rows, or rename one of the columns',
    });
    return;
  }
  table.rows.push(row);
}
