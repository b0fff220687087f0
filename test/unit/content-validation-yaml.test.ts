/**
 * YAML that cannot be read, or reads as the wrong shape: where the error is
 * and how much of it an editor is shown.
 *
 * Real YAML files in a temporary content folder, read by readContent and
 * checked by loadContent; each test starts from the minimal fixture and breaks
 * one thing.
 */
import { describe, expect, it } from 'vitest';
import {
  PATIENTS,
  shown,
  addFieldsHint,
  edit,
  useContentFixtures,
} from '../support/validation-helpers.ts';

const { problemsOf } = useContentFixtures();

describe('YAML syntax errors', () => {
  const broken = () => ({ [PATIENTS]: edit(PATIENTS, 'row: one patient', 'row: one: patient') });

  it('reports the line of the error', async () => {
    const problems = await problemsOf(broken());
    const problem = problems.find((p) => p.file === shown(PATIENTS));
    expect(problem?.message).toMatch(/^YAML cannot be read: Nested mappings are not allowed/);
    expect(problem?.hint).toBe(
      'check indentation and quote values that contain `:` or start with `-`, `[` or `{`',
    );
    // `row: one: patient` is line 4 of patients.yaml.
    expect(problem?.path).toBe('line 4');
  });

  it('keeps the message to one line, without yaml\'s code frame', async () => {
    const problems = await problemsOf(broken());
    for (const problem of problems) expect(problem.message).not.toContain('\n');
  });

  it('reports at most three errors of one file', async () => {
    // One slip often derails the rest of the file; later errors add only noise.
    const problems = await problemsOf({ [PATIENTS]: 'a: b: c\nd: e: f\ng: h: i\nj: k: l\n' });
    expect(problems.map((p) => [p.file, p.path])).toEqual([
      [shown(PATIENTS), 'line 1'],
      [shown(PATIENTS), 'line 2'],
      [shown(PATIENTS), 'line 3'],
    ]);
  });

  it('reports a repeated key', async () => {
    const problems = await problemsOf({
      [PATIENTS]: edit(PATIENTS, 'row: one patient', 'row: one patient\nrow: again'),
    });
    const messages = problems.filter((p) => p.file === shown(PATIENTS)).map((p) => p.message);
    expect(messages).toEqual(['YAML cannot be read: Map keys must be unique']);
  });

  it('reports only the broken file when another table refers to it', async () => {
    // admissions.yaml has a foreign key to patients; patients.yaml exists but
    // cannot be read, so "no table `patients`" would send the editor astray.
    const problems = await problemsOf(broken());
    expect(problems.map((p) => p.file)).toEqual([shown(PATIENTS)]);
  });

  it('reports a file holding a list instead of fields', async () => {
    const problems = await problemsOf({ [PATIENTS]: '- subject_id\n- gender\n' });
    expect(problems).toContainEqual({
      file: shown(PATIENTS),
      path: '',
      message: 'expected a mapping of fields, found a list',
    });
  });

  it('reads an empty file as one with every field missing', async () => {
    const problems = await problemsOf({ [PATIENTS]: '' });
    const own = problems.filter((p) => p.file === shown(PATIENTS));
    expect(own.map((p) => [p.path, p.message])).toEqual([
      ['name', 'missing; expected text'],
      ['description', 'missing; expected text'],
      ['row', 'missing; expected text'],
      ['columns', 'missing; expected a list'],
    ]);
    expect(own.every((p) => p.hint === addFieldsHint)).toBe(true);
  });
});
