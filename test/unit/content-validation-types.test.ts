/**
 * Values of the wrong type, and values outside a fixed list of choices.
 *
 * Real YAML files in a temporary content folder, read by readContent and
 * checked by loadContent; each test starts from the minimal fixture and breaks
 * one thing.
 */
import { describe, expect, it } from 'vitest';
import {
  baseline,
  VERSION,
  PATIENTS,
  shown,
  edit,
  useContentFixtures,
} from '../support/validation-helpers.ts';

const { problemsOf } = useContentFixtures();

describe('values of the wrong type', () => {
  it('reports text where true or false belongs', async () => {
    const problems = await problemsOf({
      [PATIENTS]: edit(PATIENTS, 'required: true', 'required: "yes"'),
    });
    expect(problems).toContainEqual({
      file: shown(PATIENTS),
      path: 'columns[0].required',
      message: 'expected true or false, found `yes`',
    });
  });

  it('reports a fraction where a whole number belongs', async () => {
    const problems = await problemsOf({
      [PATIENTS]: edit(PATIENTS, 'row: one patient', 'row: one patient\nrow_count: 12.5'),
    });
    expect(problems).toContainEqual({
      file: shown(PATIENTS),
      path: 'row_count',
      message: 'expected a whole number, found `12.5`',
    });
  });

  it('reports a negative count', async () => {
    const problems = await problemsOf({
      [PATIENTS]: edit(PATIENTS, 'row: one patient', 'row: one patient\nrow_count: -1'),
    });
    expect(problems).toContainEqual({
      file: shown(PATIENTS),
      path: 'row_count',
      message: 'expected at least 0',
    });
  });

  it('reports a mapping where a list belongs', async () => {
    const text = `${baseline[PATIENTS]?.split('columns:')[0]}columns:\n  name: subject_id\n`;
    const problems = await problemsOf({ [PATIENTS]: text });
    expect(problems).toContainEqual({
      file: shown(PATIENTS),
      path: 'columns',
      message: 'expected a list, found a mapping',
    });
  });

  it('reports an empty value where text belongs', async () => {
    const problems = await problemsOf({
      [PATIENTS]: edit(PATIENTS, 'row: one patient', 'row:'),
    });
    expect(problems).toContainEqual({
      file: shown(PATIENTS),
      path: 'row',
      message: 'expected text, found an empty value',
    });
  });

  it('reports an unquoted version number, which YAML reads as a number', async () => {
    const problems = await problemsOf({
      [VERSION]: 'version: 1.0\nreleased: 2024-01-15\n',
    });
    const problem = problems.find((p) => p.file === shown(VERSION));
    expect(problem?.path).toBe('version');
    expect(problem?.message).toBe('expected text, found `1`');
    expect(problem?.hint).toBe(
      'put the value in quotes, such as "1.10", so YAML keeps it as written',
    );
  });

  it('reports a column name that is not an identifier', async () => {
    const problems = await problemsOf({
      [PATIENTS]: edit(PATIENTS, '  - name: gender', '  - name: 2gender'),
    });
    const problem = problems.find((p) => p.path === 'columns[1].name');
    expect(problem?.message).toBe(
      'expected a name of letters, digits and underscores, not starting with a digit; ' +
        'found `2gender`',
    );
  });
});

describe('values outside a fixed list', () => {
  it('reports a misspelt generated_by with the value it is closest to', async () => {
    const problems = await problemsOf({
      [PATIENTS]: edit(PATIENTS, 'admission-clerk', 'nurse-chartng'),
    });
    expect(problems).toContainEqual({
      file: shown(PATIENTS),
      path: 'columns[1].generated_by',
      message:
        'expected one of `nurse-charting`, `physician-order`, `clinical-coder`, ' +
        '`admission-clerk`, `laboratory`, `pharmacy`, `device`, `derived`, `system`, ' +
        'found `nurse-chartng`',
      hint: 'did you mean `nurse-charting`?',
    });
  });

  it('gives no hint for a value close to none of the list', async () => {
    const problems = await problemsOf({ [PATIENTS]: edit(PATIENTS, 'admission-clerk', 'robot') });
    const problem = problems.find((p) => p.path === 'columns[1].generated_by');
    expect(problem?.message).toMatch(/, found `robot`$/);
    expect(problem?.hint).toBeUndefined();
  });

  it('suggests a status', async () => {
    const problems = await problemsOf({
      [VERSION]: "version: '1.0'\nreleased: 2024-01-15\nstatus: curent\n",
    });
    expect(problems).toContainEqual({
      file: shown(VERSION),
      path: 'status',
      message:
        'expected one of `current`, `superseded`, `deprecated`, `withdrawn`, found `curent`',
      hint: 'did you mean `current`?',
    });
  });
});
