import { describe, expect, it } from 'vitest';
import { parseColumnType } from '../../site/lib/dictionary/column-type.ts';
import { compareDrift, formatDrift, type SchemaShape } from '../../site/lib/diff/drift.ts';

const documented: SchemaShape = {
  tables: [
    {
      name: 'admissions',
      columns: [
        { name: 'hadm_id', type: parseColumnType('integer') },
        { name: 'admittime', type: parseColumnType('timestamp') },
        { name: 'admission_type', type: parseColumnType('varchar(40)') },
      ],
    },
    { name: 'patients', columns: [{ name: 'subject_id', type: 'integer' }] },
  ],
};

describe('compareDrift', () => {
  it('finds agreement despite letter case and type aliases', () => {
    const actual: SchemaShape = {
      tables: [
        {
          name: 'ADMISSIONS',
          columns: [
            { name: 'HADM_ID', type: 'INT4' },
            { name: 'admittime', type: 'timestamp without time zone' },
            { name: 'admission_type', type: 'character varying(40)' },
          ],
        },
        { name: 'patients', columns: [{ name: 'subject_id', type: 'int' }] },
      ],
    };
    expect(compareDrift(documented, actual)).toEqual({
      agree: true,
      undocumentedTables: [],
      missingTables: [],
      undocumentedColumns: [],
      missingColumns: [],
      typeMismatches: [],
    });
  });

  it('lists undocumented columns, missing columns and type mismatches', () => {
    const actual: SchemaShape = {
      tables: [
        {
          name: 'admissions',
          columns: [
            { name: 'hadm_id', type: 'bigint' },
            { name: 'admission_type', type: 'varchar(40)' },
            { name: 'insurance', type: 'text' },
          ],
        },
        { name: 'transfers', columns: [{ name: 'transfer_id', type: 'integer' }] },
      ],
    };
    const report = compareDrift(documented, actual);
    expect(report).toEqual({
      agree: false,
      undocumentedTables: ['transfers'],
      missingTables: ['patients'],
      undocumentedColumns: [{ table: 'admissions', column: 'insurance' }],
      missingColumns: [{ table: 'admissions', column: 'admittime' }],
      typeMismatches: [{
        table: 'admissions',
        column: 'hadm_id',
        documented: 'integer',
        actual: 'bigint',
        comparison: 'widened',
      }],
    });
    expect(formatDrift(report, 'docs', 'data.sql')).toContain(
      'Documented columns the data lacks (1)\n  - admissions.admittime',
    );
  });

  it('maps data names to documented ones and can check only the tables present', () => {
    const actual: SchemaShape = {
      tables: [{
        name: 'adm_2024',
        columns: [
          { name: 'hadm_id', type: 'integer' },
          { name: 'admit_ts', type: 'timestamp' },
          { name: 'admission_type', type: 'varchar(40)' },
        ],
      }],
    };
    const names = new Map([['adm_2024', 'admissions'], ['adm_2024.admit_ts', 'admittime']]);
    expect(compareDrift(documented, actual, { names, tables: 'present' }).agree).toBe(true);
  });

  it('compares only kinds of type when asked to', () => {
    const actual: SchemaShape = {
      tables: [{ name: 'patients', columns: [{ name: 'subject_id', type: 'bigint' }] }],
    };
    const options = { tables: 'present' } as const;
    expect(compareDrift(documented, actual, options).typeMismatches).toHaveLength(1);
    expect(compareDrift(documented, actual, { ...options, types: 'family' }).agree).toBe(true);
  });
});
