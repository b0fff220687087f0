import { parse, type CsvError } from 'csv-parse/sync';
import { ImportError } from './import-error.ts';
import { lineIndex } from './line-index.ts';

/** One data row of a CSV file, with where an editor finds it. */
export interface CsvRecord {
  fields: string[];
  /**
   * The row number a spreadsheet shows, the header being row 1. It differs
   * from `line` once a quoted cell earlier in the file spans several lines.
   */
  row: number;
  /** The line the row starts on, as a text editor counts them. */
  line: number;
}

export interface CsvTable {
  headers: string[];
  records: CsvRecord[];
}

interface ParsedRecord {
  record: string[];
  info: { bytes_records: number };
}

/**
 * Reads a CSV file into its header and rows. Rows of only empty cells are
 * dropped: spreadsheets append them, and they describe nothing.
 */
export function readCsv(text: string, file: string): CsvTable {
  // Offsets from csv-parse count bytes, so lines are counted in bytes too.
  const bytes = Buffer.from(text, 'utf8');
  let parsed: ParsedRecord[];
  try {
    parsed = parse(bytes, {
      bom: true,
      info: true,
      skip_empty_lines: true,
      // Long rows are reported with their row number; short rows read as
      // ending in empty cells, as some spreadsheets write them.
      relax_column_count: true,
    }) as unknown as ParsedRecord[];
  } catch (error) {
    throw new ImportError([csvProblem(error as CsvError, bytes, file)]);
  }
  const lineAt = lineIndex(bytes);
  let start = 0;
  let extraLines = 0;
  const rows: CsvRecord[] = [];
  for (const { record, info } of parsed) {
    while (bytes[start] === 0x0a || bytes[start] === 0x0d) start++;
    const line = lineAt(start);
    const end = info.bytes_records;
    const lastLine = lineAt(Math.max(start, end - 1));
    rows.push({ fields: record, row: line - extraLines, line });
    extraLines += lastLine - line;
    start = end;
  }
  const [header, ...records] = rows;
  if (!header) {
    throw new ImportError([{
      file,
      path: '',
      message: 'the file is empty',
      hint: 'export the dictionary with a header row and one row per column',
    }]);
  }
  return {
    headers: header.fields.map((name) => name.trim()),
    records: records.filter((r) => r.fields.some((field) => field.trim() !== '')),
  };
}

function csvProblem(error: CsvError, bytes: Buffer, file: string) {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED' && typeof error.bytes_records === 'number') {
    // csv-parse names the line where the file ended; the editor needs the
    // line where the unfinished row, and so the stray quote, begins.
    let start = error.bytes_records;
    while (bytes[start] === 0x0a || bytes[start] === 0x0d) start++;
    return {
      file,
      path: `line ${lineIndex(bytes)(start)}`,
      message: 'a quoted cell in this row is never closed, so the rest of the file ' +
        'reads as part of it',
      hint: 'find the `"` that opens the cell and add the closing one; inside a quoted ' +
        'cell write a quote twice (`""`)',
    };
  }
  return {
    file,
    path: typeof error.lines === 'number' ? `line ${error.lines}` : '',
    message: `the CSV cannot be read: ${error.message}`,
    hint: 'inside a quoted cell write a quote twice (`""`); save the file as plain CSV',
  };
}
