import { describe, expect, it } from 'vitest';
import { dataPackage } from '../../site/lib/export/data-package.ts';
import { exportModel } from '../fixtures/import/fixture.ts';

async function exported(baseUrl = 'https://example.org/rounds/') {
  const { dataset, version } = await exportModel();
  return dataPackage(dataset, version, { baseUrl });
}

async function resource(name: string) {
  const found = (await exported()).resources.find((r) => r.name === name);
  if (!found) throw new Error(`no resource ${name}`);
  return found;
}

async function field(table: string, name: string) {
  const found = (await resource(table)).schema.fields.find((f) => f.name === name);
  if (!found) throw new Error(`no field ${table}.${name}`);
  return found;
}

describe('dataPackage', () => {
  it('has the package properties Data Package v2 asks for', async () => {
    const descriptor = await exported();
    expect(descriptor).toMatchObject({
      $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
      name: 'icu-demo',
      id: 'https://doi.org/10.5555/icu-demo.2-0',
      title: 'ICU Demo Dataset',
      description: 'A small made-up ICU dataset for testing exports.',
      version: '2.0',
      homepage: 'https://example.org/rounds/datasets/icu-demo/2.0/',
    });
    expect(descriptor.licenses).toEqual([{
      name: 'ODbL-1.0',
      path: 'https://opendatacommons.org/licenses/odbl/1-0/',
      title: 'Open Data Commons Open Database License v1.0',
    }]);
    expect(descriptor.contributors).toEqual([{
      title: 'Ada Example',
      path: 'https://orcid.org/0000-0002-1825-0097',
      organization: 'Example Hospital',
      roles: ['creator'],
    }]);
  });

  it('describes each table as a tabular resource with a page address', async () => {
    const patients = await resource('patients');
    expect(patients).toMatchObject({
      name: 'patients',
      type: 'table',
      path: 'hosp/patients.csv',
      format: 'csv',
      mediatype: 'text/csv',
      description: 'One row per patient, with demographics.',
      homepage: 'https://example.org/rounds/datasets/icu-demo/2.0/patients/',
      'rounds:module': 'hosp',
    });
    const withoutSlash = await exported('https://example.org');
    expect(withoutSlash.homepage).toBe('https://example.org/datasets/icu-demo/2.0/');
  });

  it('maps column types back to Table Schema types', async () => {
    const types = (await resource('chartevents')).schema.fields.map((f) =>
      [f.name, f.type, f.format ?? null]);
    expect(types).toEqual([
      ['subject_id', 'integer', null],
      ['hadm_id', 'integer', null],
      ['itemid', 'integer', null],
      ['charttime', 'datetime', null],
      ['valuenum', 'number', null],
      ['flagged', 'boolean', null],
      ['payload', 'object', null],
      ['tags', 'array', null],
      ['token', 'string', 'uuid'],
      ['duration', 'duration', null],
    ]);
    expect((await field('transfers', 'birth_year')).type).toBe('year');
    expect((await field('admissions', 'weight')).type).toBe('number');
  });

  it('keeps the exact type and unit in Rounds\' own properties', async () => {
    const weight = await field('admissions', 'weight');
    expect(weight['rounds:type']).toBe('NUMERIC(5, 2)');
    expect(weight['rounds:unit']).toBe('kg');
  });

  it('writes required and maximum length constraints', async () => {
    expect((await field('patients', 'subject_id')).constraints).toEqual({ required: true });
    expect((await field('patients', 'gender')).constraints).toEqual({ maxLength: 1 });
    expect((await field('admissions', 'admittime')).constraints).toBeUndefined();
  });

  it('turns value sets into categories of the field\'s type', async () => {
    expect((await field('patients', 'gender')).categories).toEqual([
      { value: 'F', label: 'Female' },
      { value: 'M', label: 'Male' },
    ]);
    expect((await field('admissions', 'severity')).categories).toEqual([
      { value: 1, label: 'Immediate' },
      { value: 2, label: 'Urgent' },
    ]);
  });

  it('labels missing values, keeping the empty cell missing too', async () => {
    expect((await field('patients', 'anchor_age')).missingValues).toEqual([
      { value: '', label: 'No value recorded' },
      { value: '-1', label: 'Age not recorded' },
    ]);
    expect((await field('patients', 'gender')).missingValues).toBeUndefined();
  });

  it('writes primary keys and foreign keys, a self-reference without a resource', async () => {
    const transfers = await resource('transfers');
    expect(transfers.schema.primaryKey).toEqual(['transfer_id']);
    expect(transfers.schema.foreignKeys).toEqual([
      { fields: ['previous_transfer_id'], reference: { fields: ['transfer_id'] } },
      { fields: ['hadm_id'], reference: { resource: 'admissions', fields: ['hadm_id'] } },
    ]);
    const chartevents = await resource('chartevents');
    expect(chartevents.schema.primaryKey).toEqual(['subject_id', 'hadm_id', 'itemid', 'charttime']);
    expect(chartevents.schema.foreignKeys).toEqual([{
      fields: ['subject_id', 'hadm_id'],
      reference: { resource: 'admissions', fields: ['subject_id', 'hadm_id'] },
    }]);
  });

  it('points every foreign key at a resource in the package', async () => {
    const descriptor = await exported();
    const names = new Set(descriptor.resources.map((r) => r.name));
    const targets = descriptor.resources.flatMap((r) =>
      (r.schema.foreignKeys ?? []).map((k) => k.reference.resource ?? r.name));
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.filter((t) => !names.has(t))).toEqual([]);
  });
});
