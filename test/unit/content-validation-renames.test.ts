/**
 * Tables and columns marked `renamed_from`, checked against the previous
 * version.
 *
 * Real YAML files in a temporary content folder, read by readContent and
 * checked by loadContent; each test starts from the minimal fixture and breaks
 * one thing.
 */
import { describe, expect, it } from 'vitest';
import {
  DATASET,
  V2,
  PATIENTS,
  ADMISSIONS,
  shown,
  edit,
  secondVersion,
  useContentFixtures,
} from '../support/validation-helpers.ts';

const { load, problemsOf } = useContentFixtures();

describe('renames', () => {
  const renamedAge = (from: string) =>
    secondVersion({
      [`${V2}/tables/patients.yaml`]: edit(
        PATIENTS,
        '  - name: anchor_age\n',
        `  - name: age\n    renamed_from: ${from}\n`,
      ),
    });

  it('accepts a column renamed from one of the previous version', async () => {
    const result = await load(renamedAge('anchor_age'));
    expect(result.ok).toBe(true);
  });

  it('reports a column renamed from nothing in the previous version', async () => {
    const problems = await problemsOf(renamedAge('age_years'));
    expect(problems).toEqual([
      {
        file: shown(`${V2}/tables/patients.yaml`),
        path: 'columns[2].renamed_from',
        message: '`patients` in version 1.0 has no column `age_years`',
        hint: 'name the table or column as the previous version did',
      },
    ]);
  });

  it('suggests the previous column closest to a misspelt renamed_from', async () => {
    const problems = await problemsOf(renamedAge('anchorage'));
    expect(problems.map((p) => p.hint)).toEqual(['did you mean `anchor_age`?']);
  });

  it('accepts a table renamed from one of the previous version', async () => {
    const people = edit(PATIENTS, 'name: patients', 'name: people\nrenamed_from: patients');
    const result = await load(
      secondVersion({
        [`${V2}/tables/patients.yaml`]: null,
        // A column renamed inside a renamed table is looked up in the old table.
        [`${V2}/tables/people.yaml`]: people.replace(
          '  - name: anchor_age\n',
          '  - name: age\n    renamed_from: anchor_age\n',
        ),
        [`${V2}/tables/admissions.yaml`]: edit(ADMISSIONS, 'table: patients', 'table: people'),
      }),
    );
    expect(result.ok).toBe(true);
  });

  it('reports a table renamed from nothing in the previous version', async () => {
    const problems = await problemsOf(
      secondVersion({
        [`${V2}/tables/patients.yaml`]: null,
        [`${V2}/tables/people.yaml`]: edit(
          PATIENTS,
          'name: patients',
          'name: people\nrenamed_from: persons',
        ),
        [`${V2}/tables/admissions.yaml`]: edit(ADMISSIONS, 'table: patients', 'table: people'),
      }),
    );
    expect(problems).toEqual([
      {
        file: shown(`${V2}/tables/people.yaml`),
        path: 'renamed_from',
        message: 'version 1.0 has no table `persons`',
        hint: 'name the table or column as the previous version did',
      },
    ]);
  });

  it('reports renamed_from in the first version, for a table and a column', async () => {
    const text = edit(PATIENTS, 'module: hosp', 'module: hosp\nrenamed_from: patient')
      .replace('    unit: a\n', '    unit: a\n    renamed_from: age\n');
    const problems = await problemsOf({ [PATIENTS]: text });
    const hint = 'remove `renamed_from`: it only describes a change from the previous version';
    expect(problems).toEqual([
      {
        file: shown(PATIENTS),
        path: 'renamed_from',
        message: 'renamed from `patient`, but there is no version before this one',
        hint,
      },
      {
        file: shown(PATIENTS),
        path: 'columns[2].renamed_from',
        message: 'renamed from `age`, but there is no version before this one',
        hint,
      },
    ]);
  });

  it('does not call a later version the first when versions cannot be ordered', async () => {
    // `beta` cannot be placed after 1.0, so its renames cannot be checked; they
    // must not be reported as if beta had no version before it.
    const beta = 'datasets/icu-demo/versions/beta';
    const problems = await problemsOf({
      [`${beta}/version.yaml`]: 'version: beta\nreleased: 2024-06-01\n',
      [`${beta}/tables/patients.yaml`]: edit(
        PATIENTS,
        '  - name: anchor_age\n',
        '  - name: age\n    renamed_from: anchor_age\n',
      ),
    });
    expect(problems.map((p) => [p.file, p.path])).toEqual([[shown(DATASET), 'versions']]);
  });
});
