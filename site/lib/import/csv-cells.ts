import type { Problem } from '../content/problem.ts';
import type { CsvIndexes, CsvKey } from './csv-map.ts';
import type { CsvRecord } from './csv-records.ts';

/** One row being read, and where its problems go. */
export interface RowContext {
  file: string;
  headers: readonly string[];
  indexes: CsvIndexes;
  record: CsvRecord;
  problems: Problem[];
}

/** Spellings of "no value" that data dictionaries use besides an empty cell. */
const nullSpellings = new Set(['', 'na', 'n/a']);

const trueSpellings = new Set(['yes', 'y', 'true', '1']);
const falseSpellings = new Set(['no', 'n', 'false', '0']);

/** `row 5`, or `row 5 (line 7)` once multi-line cells shift the lines. */
export function rowLabel(record: CsvRecord): string {
  const row = `row ${record.row}`;
  return record.row === record.line ? row : `${row} (line ${record.line})`;
}

/** Where a cell is, for messages: `row 5, field \`Required\``. */
export function cellLabel(context: RowContext, key: CsvKey): string {
  const index = context.indexes[key];
  const header = index === undefined ? key : context.headers[index] ?? key;
  return `${rowLabel(context.record)}, field \`${header}\``;
}

/** The cell's text, trimmed, or undefined for a null or an unmapped key. */
export function textCell(context: RowContext, key: CsvKey): string | undefined {
  const index = context.indexes[key];
  if (index === undefined) return undefined;
  // A multi-line cell keeps the file's line endings; content uses \n alone.
  const value = (context.record.fields[index] ?? '').replace(/\r\n?/g, '\n').trim();
  return nullSpellings.has(value.toLowerCase()) ? undefined : value;
}

export function flagCell(context: RowContext, key: CsvKey): boolean | undefined {
  const value = textCell(context, key);
  if (value === undefined) return undefined;
  const folded = value.toLowerCase();
  if (trueSpellings.has(folded)) return true;
  if (falseSpellings.has(folded)) return false;
  context.problems.push({
    file: context.file,
    path: cellLabel(context, key),
    message: `expected Yes or No (or Y/N, true/false, 1/0), found \`${value}\``,
    hint: 'write Yes or No, or leave the cell empty for No',
  });
  return undefined;
}

export function positionCell(context: RowContext, key: CsvKey): number | undefined {
  const value = textCell(context, key);
  if (value === undefined) return undefined;
  const number = Number(value);
  if (Number.isInteger(number) && number > 0) return number;
  context.problems.push({
    file: context.file,
    path: cellLabel(context, key),
    message: `expected a whole number from 1, found \`${value}\``,
    hint: 'give the column\'s place in its table: 1 for the first column',
  });
  return undefined;
}

/** A value that must be there; reports a problem naming the cell if not. */
export function requiredCell(
  context: RowContext,
  key: CsvKey,
  what: string,
  hint: string,
): string | undefined {
  const value = textCell(context, key);
  if (value === undefined) {
    context.problems.push({
      file: context.file,
      path: cellLabel(context, key),
      message: `missing ${what}`,
      hint,
    });
  }
  return value;
}
