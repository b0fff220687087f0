import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, csvRecords } from '../../site/lib/export/csv-quote.ts';
import { dictionaryCsv, dictionaryCsvHeaders } from '../../site/lib/export/dictionary-csv.ts';
import { importCsv } from '../../site/lib/import/import-csv.ts';
import { exportModel } from '../fixtures/import/fixture.ts';

async function exported() {
  const { dataset, version } = await exportModel();
  return { csv: dictionaryCsv(dataset, version), version };
}

async function rows(): Promise<Record<string, string>[]> {
  return parse((await exported()).csv, { columns: true }) as Record<string, string>[];
}

describe('csvField', () => {
  it('leaves plain text unquoted', () => {
    expect(csvField('heart rate')).toBe('heart rate');
  });

  it('quotes commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('one\r\ntwo')).toBe('"one\r\ntwo"');
  });

  it('ends every record with CRLF', () => {
    expect(csvRecords([['a', 'b'], ['c', 'd,e']])).toBe('a,b\r\nc,"d,e"\r\n');
  });
});

describe('dictionaryCsv', () => {
  it('starts with the header row and has one row per column', async () => {
    const { csv, version } = await exported();
    expect(csv.split('\r\n')[0]).toBe(dictionaryCsvHeaders.join(','));
    const columns = version.tables.reduce((n, t) => n + t.columns.length, 0);
    expect(await rows()).toHaveLength(columns);
  });

  it('quotes a description with commas, quotes and a line break so it reads back', async () => {
    const { csv } = await exported();
    expect(csv).toContain('"Age at the anchor year, in years, ""capped"" at 91.\n' +
      'Ages above 89 are shifted, for privacy."');
    const age = (await rows()).find((r) => r.column === 'anchor_age');
    expect(age?.description).toBe(
      'Age at the anchor year, in years, "capped" at 91.\nAges above 89 are shifted, for privacy.',
    );
  });

  it('writes types raw and normalised, keys, value sets and missing codes', async () => {
    const all = await rows();
    const weight = all.find((r) => r.column === 'weight');
    expect(weight).toMatchObject({
      type: 'NUMERIC(5, 2)',
      type_normalised: 'numeric(5,2)',
      unit: 'kg',
    });
    const gender = all.find((r) => r.column === 'gender');
    expect(gender?.values).toBe('F = Female\nM = Male');
    expect(all.find((r) => r.column === 'anchor_age')?.missing).toBe('-1 = Age not recorded');
    const hadm = all.find((r) => r.table === 'chartevents' && r.column === 'hadm_id');
    expect(hadm).toMatchObject({
      required: 'yes', primary_key: 'yes', foreign_table: 'admissions', foreign_column: 'hadm_id',
    });
  });

  it('imports back through the CSV importer to the same tables and keys', async () => {
    const { csv, version } = await exported();
    const imported = importCsv(csv, { file: 'dictionary.csv' });
    expect(imported.tables.map((t) => t.name)).toEqual(version.tables.map((t) => t.name));
    for (const table of version.tables) {
      const back = imported.tables.find((t) => t.name === table.name);
      expect(back?.module).toBe(table.module);
      expect(back?.primary_key).toEqual(table.primary_key);
      expect(back?.columns.map((c) => [c.name, c.type, c.required, c.description])).toEqual(
        table.columns.map((c) => [c.name, c.type.raw, c.required, c.description]),
      );
    }
    const transfers = imported.tables.find((t) => t.name === 'transfers');
    expect(transfers?.foreign_keys).toEqual([
      { columns: ['previous_transfer_id'], table: 'transfers', references: ['transfer_id'] },
      { columns: ['hadm_id'], table: 'admissions', references: ['hadm_id'] },
    ]);
  });
});
