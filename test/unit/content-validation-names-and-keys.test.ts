/**
 * Names that must match their files and folders, and primary and foreign keys
 * that must name real tables and columns.
 *
 * Real YAML files in a temporary content folder, read by readContent and
 * checked by loadContent; each test starts from the minimal fixture and breaks
 * one thing.
 */
import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../site/lib/content/problem.ts';
import { yaml } from '../support/content-fixture.ts';
import {
  V1,
  VERSION,
  PATIENTS,
  ADMISSIONS,
  shown,
  edit,
  useContentFixtures,
} from '../support/validation-helpers.ts';

const { load, problemsOf } = useContentFixtures();

describe('names that must match files and folders', () => {
  it('reports a table name that does not match its file', async () => {
    const problems = await problemsOf({
      [PATIENTS]: edit(PATIENTS, 'name: patients', 'name: patient'),
    });
    expect(problems).toContainEqual({
      file: shown(PATIENTS),
      path: 'name',
      message: '`patient` does not match its file name `patients.yaml`',
      hint: 'name the file after the table',
    });
  });

  it('reports a version that does not match its folder', async () => {
    const problems = await problemsOf({ [VERSION]: "version: '1.1'\nreleased: 2024-01-15\n" });
    expect(problems).toEqual([
      {
        file: shown(VERSION),
        path: 'version',
        message: '`1.1` does not match its folder `1.0`',
        hint: 'rename the folder or change `version` so that they agree',
      },
    ]);
  });

  it('reports a version folder named after a page of the site', async () => {
    const problems = await problemsOf({
      [VERSION]: "version: '1.0'\nreleased: 2024-01-15\norder: 1\n",
      'datasets/icu-demo/versions/latest/version.yaml':
        'version: latest\nreleased: 2024-06-01\norder: 2\n',
    });
    expect(problems).toEqual([
      {
        file: shown('datasets/icu-demo/versions/latest/version.yaml'),
        path: 'version',
        message: "`latest` is reserved for the site's own pages",
        hint: 'name the version folder something other than latest, guides, changes',
      },
    ]);
  });

  it('reports two tables whose names differ only by case', async () => {
    const problems = await problemsOf({
      [`${V1}/tables/Patients.yaml`]: edit(PATIENTS, 'name: patients', 'name: Patients'),
    });
    expect(problems).toEqual([
      {
        file: shown(PATIENTS),
        path: 'name',
        message: `table \`patients\` is also defined in ${shown(`${V1}/tables/Patients.yaml`)}`,
        hint: 'table names must differ in more than letter case within a version',
      },
    ]);
  });

  it('reports duplicate column names that differ only by case', async () => {
    const duplicate = '  - name: Subject_ID\n    type: integer\n    description: Again.\n';
    const problems = await problemsOf({
      [PATIENTS]: edit(PATIENTS, '  - name: gender\n', `${duplicate}  - name: gender\n`),
    });
    expect(problems).toEqual([
      {
        file: shown(PATIENTS),
        path: 'columns[1].name',
        message: 'column `Subject_ID` repeats columns[0]',
        hint: 'column names must differ in more than letter case within a table',
      },
    ]);
  });
});

describe('keys', () => {
  it('reports a primary key naming an unknown column, with a suggestion', async () => {
    const problems = await problemsOf({
      [PATIENTS]: edit(PATIENTS, 'primary_key: subject_id', 'primary_key: subjectid'),
    });
    expect(problems).toEqual([
      {
        file: shown(PATIENTS),
        path: 'primary_key[0]',
        message: '`subjectid` is not a column of `patients`',
        hint: 'did you mean `subject_id`?',
      },
    ]);
  });

  it('asks for a real column when no column is close', async () => {
    const problems = await problemsOf({
      [PATIENTS]: edit(PATIENTS, 'primary_key: subject_id', 'primary_key: [subject_id, stay_id]'),
    });
    expect(problems).toEqual([
      {
        file: shown(PATIENTS),
        path: 'primary_key[1]',
        message: '`stay_id` is not a column of `patients`',
        hint: 'list one of the columns of `patients`',
      },
    ]);
  });

  it('matches key columns whatever their case', async () => {
    const result = await load({
      [PATIENTS]: edit(PATIENTS, 'primary_key: subject_id', 'primary_key: [SUBJECT_ID, Gender]'),
    });
    expect(result.ok).toBe(true);
  });

  it('reports a foreign key to an unknown table, with a suggestion', async () => {
    const problems = await problemsOf({
      [ADMISSIONS]: edit(ADMISSIONS, 'table: patients', 'table: patient'),
    });
    expect(problems).toEqual([
      {
        file: shown(ADMISSIONS),
        path: 'foreign_keys[0].table',
        message: 'no table `patient` in this version',
        hint: 'did you mean `patients`?',
      },
    ]);
  });

  it('reports a foreign key to an unknown table, with no close name', async () => {
    const problems = await problemsOf({
      [ADMISSIONS]: edit(ADMISSIONS, 'table: patients', 'table: caregivers'),
    });
    expect(problems).toEqual([
      {
        file: shown(ADMISSIONS),
        path: 'foreign_keys[0].table',
        message: 'no table `caregivers` in this version',
        hint: 'add the table, or remove the foreign key',
      },
    ]);
  });

  it('reports a misspelt foreign-key column once, where it is written', async () => {
    // `references` is left out, so it defaults to `columns`; the typo must not
    // be reported a second time against a field the editor never wrote.
    const problems = await problemsOf({
      [ADMISSIONS]: edit(ADMISSIONS, 'columns: subject_id', 'columns: subjct_id'),
    });
    expect(problems).toEqual([
      {
        file: shown(ADMISSIONS),
        path: 'foreign_keys[0].columns[0]',
        message: '`subjct_id` is not a column of `admissions`',
        hint: 'did you mean `subject_id`?',
      },
    ]);
  });

  it('accepts a foreign key of two columns with their references', async () => {
    const result = await load({
      [`${V1}/tables/transfers.yaml`]: yaml`
        name: transfers
        module: hosp
        description: One row per ward transfer.
        row: one transfer
        foreign_keys:
          - columns: [transfer_subject, transfer_hadm]
            table: ADMISSIONS
            references: [subject_id, hadm_id]
        columns:
          - name: transfer_subject
            type: integer
            description: The patient moved.
          - name: transfer_hadm
            type: integer
            description: The admission during which they moved.
      `,
    });
    if (!result.ok) throw new Error(formatProblems(result.problems));
    const tables = result.catalog.datasets[0]?.latest?.tables ?? [];
    const transfers = tables.find((t) => t.name === 'transfers');
    expect(transfers?.foreign_keys).toEqual([
      {
        columns: ['transfer_subject', 'transfer_hadm'],
        table: 'ADMISSIONS',
        references: ['subject_id', 'hadm_id'],
      },
    ]);
  });

  it('reports a references count that differs from the columns count', async () => {
    const problems = await problemsOf({
      [ADMISSIONS]: edit(
        ADMISSIONS,
        'table: patients',
        'table: patients\n    references: [subject_id, gender]',
      ),
    });
    expect(problems).toEqual([
      {
        file: shown(ADMISSIONS),
        path: 'foreign_keys[0].references',
        message: '1 column(s) refer to 2 column(s)',
        hint: 'list as many referenced columns as referring ones, in the same order',
      },
    ]);
  });

  it('reports a referenced column missing from the other table', async () => {
    const problems = await problemsOf({
      [ADMISSIONS]: edit(
        ADMISSIONS,
        'table: patients',
        'table: patients\n    references: subjectid',
      ),
    });
    expect(problems).toEqual([
      {
        file: shown(ADMISSIONS),
        path: 'foreign_keys[0].references[0]',
        message: '`subjectid` is not a column of `patients`',
        hint: 'did you mean `subject_id`?',
      },
    ]);
  });
});
