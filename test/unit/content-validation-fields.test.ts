/**
 * Fields an editor misspells or leaves out, and the hints that point to the
 * right ones.
 *
 * Real YAML files in a temporary content folder, read by readContent and
 * checked by loadContent; each test starts from the minimal fixture and breaks
 * one thing.
 */
import { describe, expect, it } from 'vitest';
import {
  baseline,
  DATASET,
  VERSION,
  PATIENTS,
  ADMISSIONS,
  shown,
  addFieldsHint,
  edit,
  useContentFixtures,
} from '../support/validation-helpers.ts';

const { problemsOf } = useContentFixtures();

describe('unknown fields', () => {
  it('reports an unknown field with a did-you-mean hint', async () => {
    const problems = await problemsOf({
      [PATIENTS]: edit(PATIENTS, '    description: Identifier', '    descripton: Identifier'),
    });
    expect(problems).toContainEqual({
      file: shown(PATIENTS),
      path: 'columns[0]',
      message: 'unknown field `descripton`',
      hint: 'did you mean `description` for `descripton`?',
    });
    // The misspelt field also leaves the real one missing; both are shown.
    expect(problems).toHaveLength(2);
    expect(problems).toContainEqual({
      file: shown(PATIENTS),
      path: 'columns[0].description',
      message: 'missing; expected text',
      hint: addFieldsHint,
    });
  });

  it('suggests the British spelling the schema uses', async () => {
    const problems = await problemsOf({ [DATASET]: edit(DATASET, 'licence:', 'license:') });
    expect(problems).toContainEqual({
      file: shown(DATASET),
      path: '',
      message: 'unknown field `license`',
      hint: 'did you mean `licence` for `license`?',
    });
    // `licence` is required, so the misspelling also leaves it missing.
    expect(problems).toContainEqual({
      file: shown(DATASET),
      path: 'licence',
      message: 'missing; expected a mapping of fields',
      hint: addFieldsHint,
    });
    expect(problems).toHaveLength(2);
  });

  it('suggests inside a foreign key', async () => {
    const problems = await problemsOf({
      [ADMISSIONS]: edit(ADMISSIONS, 'table: patients', 'tabel: patients'),
    });
    expect(problems).toContainEqual({
      file: shown(ADMISSIONS),
      path: 'foreign_keys[0]',
      message: 'unknown field `tabel`',
      hint: 'did you mean `table` for `tabel`?',
    });
    // `table` is required, so the misspelling also leaves it missing.
    expect(problems).toContainEqual({
      file: shown(ADMISSIONS),
      path: 'foreign_keys[0].table',
      message: 'missing; expected text',
      hint: addFieldsHint,
    });
    expect(problems).toHaveLength(2);
  });

  it('lists the allowed fields when no field is close', async () => {
    const problems = await problemsOf({
      [PATIENTS]: edit(PATIENTS, '    required: true', '    required: true\n    colour: red'),
    });
    const problem = problems.find((p) => p.message === 'unknown field `colour`');
    expect(problem?.path).toBe('columns[0]');
    expect(problem?.hint).toMatch(/^allowed fields here: name, type, unit, description, /);
    expect(problem?.hint).toContain('generated_by');
  });

  it('names every unknown field of one mapping in one problem', async () => {
    const problems = await problemsOf({
      [PATIENTS]: edit(PATIENTS, 'row: one patient', 'row: one patient\nrowcount: 3\nfoo: 1'),
    });
    const own = problems.filter((p) => p.file === shown(PATIENTS));
    expect(own.map((p) => [p.path, p.message])).toEqual([
      ['', 'unknown fields `rowcount`, `foo`'],
    ]);
    // The hint pairs each guess with the unknown field it stands for.
    expect(own[0]?.hint).toMatch(/^did you mean `row_count` for `rowcount`[,?]/);
  });
});

describe('missing fields', () => {
  it('reports a missing required field with a hint to add it', async () => {
    const problems = await problemsOf({ [PATIENTS]: edit(PATIENTS, 'row: one patient\n', '') });
    expect(problems).toContainEqual({
      file: shown(PATIENTS),
      path: 'row',
      message: 'missing; expected text',
      hint: addFieldsHint,
    });
  });

  it('reports a missing list', async () => {
    const problems = await problemsOf({
      [DATASET]: edit(DATASET, 'creators:\n  - name: Ada Example\n', ''),
    });
    expect(problems).toEqual([
      {
        file: shown(DATASET),
        path: 'creators',
        message: 'missing; expected a list',
        hint: addFieldsHint,
      },
    ]);
  });

  it('reports an empty list with the schema\'s own wording', async () => {
    const problems = await problemsOf({
      [DATASET]: edit(DATASET, 'creators:\n  - name: Ada Example\n', 'creators: []\n'),
    });
    expect(problems).toEqual([
      { file: shown(DATASET), path: 'creators', message: 'expected at least one creator' },
    ]);
  });

  it('reports a table with no columns', async () => {
    const text = `${baseline[PATIENTS]?.split('columns:')[0]}columns: []\n`;
    const problems = await problemsOf({ [PATIENTS]: text });
    expect(problems).toContainEqual({
      file: shown(PATIENTS),
      path: 'columns',
      message: 'expected at least one column',
    });
  });

  it('reports a missing site.yaml', async () => {
    const problems = await problemsOf({ 'site.yaml': null });
    expect(problems).toEqual([
      {
        file: 'content/site.yaml',
        path: '',
        message: 'file not found',
        hint: 'create it (see CONTENT.md)',
      },
    ]);
  });

  it('reports a version folder without version.yaml', async () => {
    const problems = await problemsOf({ [VERSION]: null });
    expect(problems).toEqual([
      {
        file: shown(VERSION),
        path: '',
        message: 'file not found',
        hint: 'create it (see CONTENT.md)',
      },
    ]);
  });
});
