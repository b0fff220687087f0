import { describe, expect, it } from 'vitest';
import { parseCsvMap } from '../../site/lib/import/csv-map.ts';
import { importCsv } from '../../site/lib/import/import-csv.ts';
import { formatProblem } from '../../site/lib/import/import-error.ts';
import { fixture, rejection } from '../fixtures/import/fixture.ts';

const nasty = () => importCsv(fixture('dictionary.csv'), { file: 'dictionary.csv' });

function table(name: string) {
  const found = nasty().tables.find((t) => t.name === name);
  if (!found) throw new Error(`no table ${name}`);
  return found;
}

describe('importCsv', () => {
  it('reads a file with a BOM, CRLF line endings and a trailing blank line', () => {
    const imported = nasty();
    expect(imported.tables.map((t) => t.name)).toEqual(['patients', 'admissions', 'chartevents']);
    expect(imported.tables.flatMap((t) => t.columns)).toHaveLength(9);
    expect(imported.source).toBe('dictionary.csv');
  });

  it('imports a quoted multi-line description with doubled quotes', () => {
    const age = table('patients').columns.find((c) => c.name === 'anchor_age');
    expect(age?.description).toBe(
      'Age in years in the anchor year.\nCapped at 91, and "shifted" for privacy.',
    );
  });

  it('reads NA, N/A and empty cells as no value', () => {
    const patients = table('patients');
    expect(patients.columns[0]?.unit).toBeUndefined();
    expect(patients.columns.find((c) => c.name === 'anchor_age')?.required).toBe(false);
    const admissions = table('admissions');
    expect(admissions.columns.find((c) => c.name === 'subject_id')?.description).toBeUndefined();
    expect(table('chartevents').columns[1]?.description).toBeUndefined();
  });

  it('reads Yes/No, Y/N, true/false and 1/0 in any case', () => {
    const required = table('admissions').columns.map((c) => [c.name, c.required]);
    expect(required).toEqual([['hadm_id', true], ['subject_id', true], ['admittime', false]]);
    expect(table('patients').columns.find((c) => c.name === 'gender')?.required).toBe(true);
  });

  it('merges table names that differ only in case, keeping the first spelling', () => {
    const imported = nasty();
    expect(imported.tables.filter((t) => t.name.toLowerCase() === 'patients')).toHaveLength(1);
    const warning = imported.warnings.find((w) => w.message.includes('letter case'));
    expect(warning && formatProblem(warning)).toBe(
      'dictionary.csv, row 4 (line 5), field `Table`: table `Patients` differs from ' +
        '`patients` (row 2) only in letter case; imported as one table\n' +
        '  hint: spell it `patients` everywhere, or rename one of the two tables',
    );
  });

  it('orders columns by position when the file gives one', () => {
    const patients = table('patients');
    expect(patients.columns.map((c) => [c.position, c.name])).toEqual([
      [1, 'subject_id'],
      [2, 'gender'],
      [3, 'anchor_age'],
    ]);
  });

  it('keeps types as written and reads modules and units', () => {
    const chartevents = table('chartevents');
    expect(chartevents.module).toBe('icu');
    expect(chartevents.columns.map((c) => c.type)).toEqual(['INT', 'integer', 'NUMERIC(10, 4)']);
    expect(chartevents.columns[2]?.unit).toBe('mmHg');
  });

  it('builds primary keys and foreign keys, resolving the referred table spelling', () => {
    expect(table('patients').primary_key).toEqual(['subject_id']);
    expect(table('admissions').foreign_keys).toEqual([
      { columns: ['subject_id'], table: 'patients', references: ['subject_id'] },
    ]);
    expect(table('chartevents').foreign_keys).toEqual([
      { columns: ['hadm_id'], table: 'admissions', references: ['hadm_id'] },
    ]);
  });

  it('reads headers named with --map and warns about headers it leaves out', () => {
    const map = parseCsvMap([
      'table=Table Name,column=Variable,type=Data Type',
      'description=Label,required=Mandatory',
    ], 'custom-headers.csv');
    const imported = importCsv(fixture('custom-headers.csv'), { file: 'custom-headers.csv', map });
    expect(imported.tables[0]?.columns.map((c) => [c.name, c.required])).toEqual([
      ['charttime', true],
      ['heart_rate', false],
    ]);
    expect(imported.warnings.map((w) => w.message)).toEqual(['not imported: `Source System`']);
  });

  it('names the map key and suggests one when --map has an unknown key', async () => {
    const problems = await rejection(() => parseCsvMap(['tabel=Table Name'], 'custom.csv'));
    expect(problems.map(formatProblem)).toEqual([
      'custom.csv, --map `tabel=Table Name`: unknown map key `tabel`\n' +
        '  hint: did you mean `table`?',
    ]);
  });

  it('lists the headers present when a header named in --map is absent', async () => {
    const map = parseCsvMap(['table=Table Name,column=Varable,type=Data Type'], 'custom.csv');
    const problems = await rejection(() =>
      importCsv(fixture('custom-headers.csv'), { file: 'custom.csv', map }));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toBe('no header `Varable` (named by --map column=Varable)');
    expect(problems[0]?.hint).toBe(
      'did you mean `Variable`? headers present: `Table Name`, `Variable`, `Data Type`, ' +
        '`Label`, `Mandatory`, `Source System`',
    );
  });

  it('asks for --map when a required header cannot be found', async () => {
    const problems = await rejection(() =>
      importCsv(fixture('custom-headers.csv'), { file: 'custom.csv' }));
    expect(problems.map((p) => p.message)).toEqual([
      'no header for `table`',
      'no header for `column`',
      'no header for `type`',
    ]);
    expect(problems[0]?.hint).toContain('--map table=<header>');
  });

  it('reports every bad cell with its row and header', async () => {
    const problems = await rejection(() =>
      importCsv(fixture('bad-values.csv'), { file: 'bad-values.csv' }));
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'row 2, field `required`: expected Yes or No (or Y/N, true/false, 1/0), found `maybe`',
      'row 3, field `table`: missing the table name',
      'row 4, field `position`: expected a whole number from 1, found `first`',
      'row 5, field `type`: missing the column type',
    ]);
    expect(problems.every((p) => p.file === 'bad-values.csv' && p.hint)).toBe(true);
  });

  it('gives the line as well as the row once a multi-line cell shifts them', async () => {
    const problems = await rejection(() =>
      importCsv(fixture('multiline-error.csv'), { file: 'multiline-error.csv' }));
    expect(problems.map(formatProblem)).toEqual([
      'multiline-error.csv, row 3 (line 4), field `required`: expected Yes or No ' +
        '(or Y/N, true/false, 1/0), found `sometimes`\n' +
        '  hint: write Yes or No, or leave the cell empty for No',
    ]);
  });

  it('rejects a column described twice, naming both rows', async () => {
    const problems = await rejection(() =>
      importCsv(fixture('duplicate-column.csv'), { file: 'dup.csv' }));
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'row 4, field `column`: column `Subject_ID` of table `patients` is already described ' +
        'at row 2',
    ]);
  });

  it('points at the line where an unclosed quote begins', async () => {
    const problems = await rejection(() =>
      importCsv(fixture('unclosed-quote.csv'), { file: 'unclosed.csv' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('line 2');
    expect(problems[0]?.message).toContain('never closed');
  });

  it('rejects a row with more fields than headers and hints at quoting', async () => {
    const problems = await rejection(() =>
      importCsv(fixture('extra-field.csv'), { file: 'extra.csv' }));
    expect(problems.map(formatProblem)).toEqual([
      'extra.csv, row 3: 5 fields, but the header row has 4\n' +
        '  hint: put a cell that contains a comma in double quotes',
    ]);
  });

  it('skips rows whose cells are all empty, as spreadsheets write them', () => {
    const text = 'table,column,type\r\npatients,subject_id,integer\r\n,,\r\n  ,,\r\n';
    const imported = importCsv(text, { file: 'x.csv' });
    expect(imported.tables[0]?.columns.map((c) => c.name)).toEqual(['subject_id']);
  });

  it('rejects a file with a header and no rows', async () => {
    const problems = await rejection(() => importCsv('table,column,type\n', { file: 'x.csv' }));
    expect(problems[0]?.message).toBe('the file has a header row but no rows below it');
  });
});
