import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../site/lib/import/import-error.ts';
import { importSql } from '../../site/lib/import/import-sql.ts';
import { fixture, rejection } from '../fixtures/import/fixture.ts';

const schema = () => importSql(fixture('schema.sql'), { file: 'schema.sql' });

async function table(name: string) {
  const found = (await schema()).tables.find((t) => t.name === name);
  if (!found) throw new Error(`no table ${name}`);
  return found;
}

describe('importSql', () => {
  it('imports every CREATE TABLE, its schema becoming the module', async () => {
    const imported = await schema();
    expect(imported.tables.map((t) => `${t.module}.${t.name}`)).toEqual([
      'hosp.patients',
      'hosp.admissions',
      'icu.ICUStays',
    ]);
  });

  it('spells types in a readable canonical form', async () => {
    const types = (await schema()).tables.flatMap((t) => t.columns.map((c) => c.type));
    expect(types).toEqual([
      'integer', 'varchar(50)', 'smallint', 'timestamp(0)', 'varchar(max)',
      'integer', 'integer', 'timestamp with time zone', 'numeric(5,2)', 'double precision',
      'bigint', 'integer', 'numeric(3,2)', 'timestamp(0)', 'text[]',
    ]);
  });

  it('imports varchar(MAX) as varchar(max) and leaves MAX in comments alone', async () => {
    const notes = (await table('patients')).columns.find((c) => c.name === 'notes');
    expect(notes?.type).toBe('varchar(max)');
    expect(notes?.origin).toBe('line 13');
  });

  it('keeps quoted identifiers as written', async () => {
    expect((await table('patients')).columns[1]?.name).toBe('Gender');
    expect((await table('ICUStays')).module).toBe('icu');
  });

  it('reads primary keys from table and column constraints', async () => {
    expect((await table('patients')).primary_key).toEqual(['subject_id']);
    expect((await table('admissions')).primary_key).toEqual(['hadm_id']);
    expect((await table('ICUStays')).primary_key).toEqual(['stay_id']);
  });

  it('marks NOT NULL and primary key columns required', async () => {
    const admissions = await table('admissions');
    expect(admissions.columns.map((c) => c.required)).toEqual([true, true, true, false, false]);
  });

  it('reads foreign keys from ALTER TABLE and from REFERENCES without columns', async () => {
    expect((await table('admissions')).foreign_keys).toEqual([
      { columns: ['subject_id'], table: 'patients', references: ['subject_id'] },
    ]);
    expect((await table('ICUStays')).foreign_keys).toEqual([
      { columns: ['hadm_id'], table: 'admissions', references: ['hadm_id'] },
    ]);
  });

  it('takes descriptions from COMMENT ON TABLE and COMMENT ON COLUMN', async () => {
    const patients = await table('patients');
    expect(patients.description).toBe('One row per patient.');
    expect(patients.columns[0]?.description).toBe(
      'Unique patient identifier; it\'s stable across versions.',
    );
    expect((await table('ICUStays')).columns[2]?.description).toBe(
      'Length of stay in fractional days.',
    );
  });

  it('warns about a comment on a column the file does not create', async () => {
    const warnings = (await schema()).warnings.map(formatProblem);
    expect(warnings).toEqual([
      'schema.sql, line 41: COMMENT ON COLUMN `hosp.admissions.notes_missing` names a column ' +
        'the file does not create; ignored\n' +
        '  hint: check the spelling against the CREATE TABLE statement',
    ]);
  });

  it('reports a syntax error with the file, line, column and the parser\'s message', async () => {
    const problems = await rejection(() =>
      importSql(fixture('syntax-error.sql'), { file: 'syntax-error.sql' }));
    expect(problems.map(formatProblem)).toEqual([
      'syntax-error.sql, line 5, column 5: PostgreSQL cannot parse the file: syntax error at ' +
        'or near "anchor_age"\n' +
        '  hint: the importer reads PostgreSQL DDL; fix the statement there, or export the ' +
        'schema from PostgreSQL with `pg_dump --schema-only`',
    ]);
  });

  it('imports nvarchar(MAX), keeps int4 as written and skips a view with a warning', async () => {
    const imported = await importSql(
      'CREATE TABLE notes (body nvarchar(MAX), id int4);\nCREATE VIEW v AS SELECT 1;\n',
      { file: 'x.sql' },
    );
    expect(imported.tables[0]?.columns.map((c) => c.type)).toEqual(['nvarchar(max)', 'int4']);
    expect(imported.warnings[0]?.message).toBe(
      'skipped statements that do not create or describe tables: ViewStmt (first at line 2)',
    );
  });

  it('rejects a table created twice, naming both lines', async () => {
    const problems = await rejection(() =>
      importSql('CREATE TABLE a (x int);\nCREATE TABLE "A" (y int);\n', { file: 'x.sql' }));
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'line 2: table `A` is also created at line 1',
    ]);
  });

  it('rejects a file with no CREATE TABLE', async () => {
    const problems = await rejection(() => importSql('SELECT 1;', { file: 'x.sql' }));
    expect(problems[0]?.message).toBe('the file has no CREATE TABLE statement');
  });
});
