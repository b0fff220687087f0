import { describe, expect, it } from 'vitest';
import { dictionaryJson } from '../../site/lib/export/dictionary-json.ts';
import { exportModel } from '../fixtures/import/fixture.ts';

async function exported() {
  const { dataset, version } = await exportModel();
  return dictionaryJson(dataset, version);
}

async function table(name: string) {
  const found = (await exported()).tables.find((t) => t.name === name);
  if (!found) throw new Error(`no table ${name}`);
  return found;
}

describe('dictionaryJson', () => {
  it('describes the dataset version at the top, in a fixed key order', async () => {
    const json = await exported();
    expect(Object.keys(json)).toEqual([
      'format', 'format_version', 'dataset', 'version', 'released', 'status', 'doi', 'tables',
    ]);
    expect(json).toMatchObject({
      format: 'rounds-dictionary',
      format_version: 1,
      version: '2.0',
      released: '2024-03-01',
      status: 'current',
      doi: '10.5555/icu-demo.2-0',
    });
    expect(json.dataset).toEqual({
      id: 'icu-demo',
      title: 'ICU Demo Dataset',
      short_title: 'ICU Demo',
      publisher: 'Example Data Trust',
      licence: {
        name: 'Open Data Commons Open Database License v1.0',
        spdx: 'ODbL-1.0',
        url: 'https://opendatacommons.org/licenses/odbl/1-0/',
      },
      homepage: null,
    });
  });

  it('lists tables by module, then name', async () => {
    expect((await exported()).tables.map((t) => `${t.module}.${t.name}`)).toEqual([
      'hosp.admissions', 'hosp.patients', 'icu.chartevents', 'icu.transfers',
    ]);
  });

  it('gives every column the raw and normalised type and its family', async () => {
    const weight = (await table('admissions')).columns.find((c) => c.name === 'weight');
    expect(weight?.type).toEqual({
      raw: 'NUMERIC(5, 2)',
      normalised: 'numeric(5,2)',
      family: 'decimal',
    });
    expect(weight?.unit).toBe('kg');
  });

  it('writes every column key, with null for what the content leaves out', async () => {
    const [hadm] = (await table('admissions')).columns;
    expect(hadm).toEqual({
      name: 'hadm_id',
      position: 1,
      type: { raw: 'bigint', normalised: 'bigint', family: 'integer' },
      unit: null,
      description: 'Hospital admission identifier.',
      required: true,
      examples: [],
      values: [],
      missing: [],
      code_system: null,
      generated_by: null,
      phi: null,
      renamed_from: null,
      notes: null,
    });
  });

  it('keeps value sets, missing codes, code systems and who records a value', async () => {
    const patients = await table('patients');
    expect(patients.columns[0]?.generated_by).toBe('system');
    expect(patients.columns[1]?.values).toEqual([
      { code: 'F', label: 'Female' },
      { code: 'M', label: 'Male' },
    ]);
    expect(patients.columns[2]?.missing).toEqual([{ code: -1, reason: 'Age not recorded' }]);
    expect((await table('chartevents')).columns[2]?.code_system).toBe('LOINC');
  });

  it('writes keys with the referred columns spelled out', async () => {
    const transfers = await table('transfers');
    expect(transfers.primary_key).toEqual(['transfer_id']);
    expect(transfers.foreign_keys).toEqual([
      { columns: ['previous_transfer_id'], table: 'transfers', references: ['transfer_id'] },
      { columns: ['hadm_id'], table: 'admissions', references: ['hadm_id'] },
    ]);
    expect((await table('chartevents')).foreign_keys).toEqual([
      {
        columns: ['subject_id', 'hadm_id'],
        table: 'admissions',
        references: ['subject_id', 'hadm_id'],
      },
    ]);
  });

  it('survives JSON serialisation unchanged', async () => {
    const json = await exported();
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
