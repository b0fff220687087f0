/**
 * How problems are written out for an editor: grouped by file, with hints, and
 * never with a stack trace.
 *
 * Real YAML files in a temporary content folder, read by readContent and
 * checked by loadContent; each test starts from the minimal fixture and breaks
 * one thing.
 */
import { describe, expect, it } from 'vitest';
import { ContentError, formatProblems } from '../../site/lib/content/problem.ts';
import {
  DATASET,
  VERSION,
  PATIENTS,
  shown,
  edit,
  useContentFixtures,
} from '../support/validation-helpers.ts';

const { problemsOf } = useContentFixtures();

describe('formatted problems', () => {
  const twoFiles = () => ({
    [VERSION]: "version: '1.1'\nreleased: 2024-01-15\n",
    [PATIENTS]: edit(PATIENTS, 'primary_key: subject_id', 'primary_key: subjectid'),
  });

  it('groups problems by file, one line each, with hints indented below', async () => {
    const text = formatProblems(await problemsOf(twoFiles()));
    expect(text.split('\n')).toEqual([
      'The content has 2 problems. Fix and build again.',
      '',
      'content/datasets/icu-demo/versions/1.0/version.yaml',
      '  version: `1.1` does not match its folder `1.0`',
      '    hint: rename the folder or change `version` so that they agree',
      '',
      'content/datasets/icu-demo/versions/1.0/tables/patients.yaml',
      '  primary_key[0]: `subjectid` is not a column of `patients`',
      '    hint: did you mean `subject_id`?',
    ]);
  });

  it('counts a single problem in the singular and leaves out an empty path', async () => {
    const text = formatProblems(await problemsOf({ 'site.yaml': null }));
    expect(text).toBe(
      [
        'The content has 1 problem. Fix and build again.',
        '',
        'content/site.yaml',
        '  file not found',
        '    hint: create it (see CONTENT.md)',
      ].join('\n'),
    );
  });

  it('leaves out the hint line when there is no hint', async () => {
    const text = formatProblems(
      await problemsOf({ [PATIENTS]: edit(PATIENTS, 'required: true', 'required: "yes"') }),
    );
    // The problem is the only one, so nothing at all follows its line.
    expect(text.split('\n')).toEqual([
      'The content has 1 problem. Fix and build again.',
      '',
      shown(PATIENTS),
      '  columns[0].required: expected true or false, found `yes`',
    ]);
  });

  it('shows no stack trace, however broken the content', async () => {
    const problems = await problemsOf({
      [PATIENTS]: edit(PATIENTS, 'row: one patient', 'row: one: patient'),
      [VERSION]: 'version: 1.0\nreleased: someday\n',
      [DATASET]: edit(DATASET, 'tier: open', 'tier: opne'),
      'datasets/icu-demo/versions/beta/version.yaml': 'released: 2024-06-01\n',
    });
    const text = formatProblems(problems);
    expect(problems.length).toBeGreaterThan(3);
    expect(text).not.toContain('    at ');
    expect(text).not.toMatch(/\b(TypeError|ZodError|YAMLParseError)\b/);
  });

  it('carries the same text in a ContentError, without a stack in its message', async () => {
    const problems = await problemsOf(twoFiles());
    const error = new ContentError(problems);
    expect(error.name).toBe('ContentError');
    expect(error.message).toBe(formatProblems(problems));
    expect(error.message).not.toContain('    at ');
    expect(error.problems).toBe(problems);
  });
});
