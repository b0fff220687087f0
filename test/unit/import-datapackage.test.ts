import { describe, expect, it } from 'vitest';
import { importDataPackage } from '../../site/lib/import/import-datapackage.ts';
import { formatProblem } from '../../site/lib/import/import-error.ts';
import { fixture, rejection } from '../fixtures/import/fixture.ts';

const v1 = () => importDataPackage(fixture('datapackage-v1.json'), { file: 'v1.json' });
const v2 = () => importDataPackage(fixture('datapackage-v2.json'), { file: 'v2.json' });

function columnsOf(imported: ReturnType<typeof v1>, table: string) {
  return imported.tables.find((t) => t.name === table)?.columns ?? [];
}

describe('importDataPackage', () => {
  it('imports each v1 resource with a schema as a table and skips the others', () => {
    const imported = v1();
    expect(imported.tables.map((t) => t.name)).toEqual(['patients', 'transfers']);
    expect(imported.warnings.map(formatProblem)).toEqual([
      'v1.json, resources[2]: resource `readme` has no schema; skipped\n' +
        '  hint: only resources with a Table Schema describe tables',
    ]);
  });

  it('maps Table Schema types to SQL types', () => {
    const types = [...columnsOf(v1(), 'patients'), ...columnsOf(v1(), 'transfers')]
      .map((c) => `${c.name}: ${c.type}`);
    expect(types).toEqual([
      'subject_id: integer',
      'gender: text',
      'dod: date',
      'code: varchar(12)',
      'notes: text',
      'transfer_id: integer',
      'subject_id: integer',
      'previous_id: integer',
      'intime: timestamp',
      'los: interval',
    ]);
    const v2Types = columnsOf(v2(), 'admissions').map((c) => c.type);
    expect(v2Types).toEqual([
      'integer', 'text', 'integer', 'numeric', 'text', 'boolean', 'year', 'json', 'uuid',
      'geopoint', 'integer',
    ]);
  });

  it('keeps descriptions, titles and a date format as a note', () => {
    const patients = columnsOf(v1(), 'patients');
    expect(patients[0]?.description).toBe('Patient identifier.');
    expect(patients[2]?.description).toBe('Date of death');
    expect(patients[2]?.notes).toBe('Values follow the format `%d/%m/%Y`.');
    expect(v1().tables[0]?.description).toBe('One row per patient.');
  });

  it('reads a v1 primary key given as one name and marks its column required', () => {
    const patients = v1().tables[0];
    expect(patients?.primary_key).toEqual(['subject_id']);
    expect(patients?.columns[0]?.required).toBe(true);
    expect(columnsOf(v1(), 'transfers')[0]?.required).toBe(true);
    expect(columnsOf(v1(), 'transfers')[1]?.required).toBe(false);
  });

  it('reads foreign keys, an empty v1 resource being a self-reference', () => {
    expect(v1().tables[1]?.foreign_keys).toEqual([
      { columns: ['subject_id'], table: 'patients', references: ['subject_id'] },
      { columns: ['previous_id'], table: 'transfers', references: ['transfer_id'] },
    ]);
  });

  it('reads a v2 foreign key without a resource as a self-reference', () => {
    expect(v2().tables[0]?.foreign_keys).toEqual([
      { columns: ['parent_id'], table: 'admissions', references: ['hadm_id'] },
    ]);
  });

  it('turns v1 missing values into missing codes, leaving out the empty string', () => {
    expect(columnsOf(v1(), 'patients')[1]?.missing.map((m) => m.code)).toEqual(['NA', '-9']);
    expect(columnsOf(v1(), 'patients')[1]?.missing[0]?.reason).toMatch(/^TODO: /);
  });

  it('reads v2 labelled missing values, a field\'s own replacing the schema\'s', () => {
    const admissions = columnsOf(v2(), 'admissions');
    expect(admissions[4]?.missing).toEqual([
      { code: 'UNK', reason: 'Unknown to the registration clerk' },
    ]);
    expect(admissions[3]?.missing).toEqual([{ code: '-1', reason: 'Not weighed' }]);
  });

  it('turns v2 categories and v1 enums into value sets', () => {
    const admissions = columnsOf(v2(), 'admissions');
    expect(admissions[1]?.values).toEqual([
      { code: 'EL', label: 'Elective' },
      { code: 'EM', label: 'Emergency' },
      { code: 'UR', label: 'TODO: say what `UR` means.' },
    ]);
    expect(admissions[2]?.values.map((v) => v.code)).toEqual([1, 2, 3]);
    expect(columnsOf(v1(), 'patients')[1]?.values.map((v) => v.code)).toEqual(['F', 'M']);
  });

  it('keeps a type with no SQL counterpart as written, with a warning', () => {
    const warning = v2().warnings.find((w) => w.message.includes('geopoint'));
    expect(warning?.path).toBe('resources[0].schema.fields[9].type');
    expect(warning?.message).toBe('type `geopoint` has no SQL counterpart; kept as written');
  });

  it('reports descriptor problems with their path in the JSON', async () => {
    const problems = await rejection(() =>
      importDataPackage(fixture('datapackage-bad.json'), { file: 'bad.json' }));
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'resources[0].schema.fields[1].name: missing; expected text',
      'resources[0].schema.primaryKey: expected a field name or a list of field names',
      'resources[1].schema: the schema of `admissions` is kept elsewhere ' +
        '(`schemas/admissions.json`)',
    ]);
    expect(problems[2]?.hint).toBe(
      'paste the schema into datapackage.json as an object, then import again',
    );
  });

  it('names the line and column of a JSON syntax error', async () => {
    const problems = await rejection(() =>
      importDataPackage(fixture('datapackage-broken.json'), { file: 'broken.json' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe('broken.json');
    expect(problems[0]?.message).toMatch(/^the JSON cannot be read: .*line 4 column 5/);
  });

  it('uses the exact type Rounds recorded when it still fits the field type', () => {
    const text = JSON.stringify({
      resources: [{
        name: 'stays',
        'rounds:module': 'icu',
        schema: {
          fields: [
            { name: 'stay_id', type: 'integer', 'rounds:type': 'bigint' },
            { name: 'los', type: 'string', 'rounds:type': 'numeric(5,2)' },
            { name: 'bp', type: 'number', 'rounds:unit': 'mm[Hg]' },
          ],
        },
      }],
    });
    const imported = importDataPackage(text, { file: 'dp.json' });
    expect(imported.tables[0]?.module).toBe('icu');
    expect(imported.tables[0]?.columns.map((c) => c.type)).toEqual(['bigint', 'text', 'numeric']);
    expect(imported.tables[0]?.columns[2]?.unit).toBe('mm[Hg]');
    expect(imported.warnings.map((w) => w.path)).toEqual([
      'resources[0].schema.fields[1].rounds:type',
    ]);
  });
});
