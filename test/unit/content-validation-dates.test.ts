/**
 * Dates, DOIs and addresses written in a form the schema does not accept.
 *
 * Real YAML files in a temporary content folder, read by readContent and
 * checked by loadContent; each test starts from the minimal fixture and breaks
 * one thing.
 */
import { describe, expect, it } from 'vitest';
import {
  DATASET,
  VERSION,
  shown,
  edit,
  useContentFixtures,
} from '../support/validation-helpers.ts';

const { load, problemsOf } = useContentFixtures();

describe('dates, DOIs and addresses', () => {
  const withReleased = (released: string) => ({
    [VERSION]: `version: '1.0'\nreleased: ${released}\n`,
  });

  it('reports a month that does not exist', async () => {
    const problems = await problemsOf(withReleased('2024-13-01'));
    expect(problems).toEqual([
      {
        file: shown(VERSION),
        path: 'released',
        message: 'expected a day that exists in the calendar; found `2024-13-01`',
      },
    ]);
  });

  it('reports a date in another format once', async () => {
    // One mistake, one problem: a calendar check of text that is not a date
    // in the first place only repeats the format problem.
    const problems = await problemsOf(withReleased('15/01/2024'));
    expect(problems).toEqual([
      {
        file: shown(VERSION),
        path: 'released',
        message: 'expected a date written as YYYY-MM-DD; found `15/01/2024`',
      },
    ]);
  });

  it('reports a day past the end of its month', async () => {
    // Date.parse rolls 2023-02-29 over to 1 March instead of rejecting it.
    const problems = await problemsOf(withReleased('2023-02-29'));
    expect(problems).toEqual([
      {
        file: shown(VERSION),
        path: 'released',
        message: 'expected a day that exists in the calendar; found `2023-02-29`',
      },
    ]);
  });

  it('accepts 29 February in a leap year', async () => {
    expect((await load(withReleased('2024-02-29'))).ok).toBe(true);
  });

  it('quotes the bad date in the message', async () => {
    // problem.ts: a message quotes the bad value in backticks.
    const problems = await problemsOf(withReleased('2024-13-01'));
    expect(problems[0]?.message).toContain('`2024-13-01`');
  });

  it('reports a DOI written as an address', async () => {
    const problems = await problemsOf({
      [VERSION]: "version: '1.0'\nreleased: 2024-01-15\ndoi: https://doi.org/10.5555/icu.1\n",
    });
    expect(problems).toEqual([
      {
        file: shown(VERSION),
        path: 'doi',
        message: 'expected a DOI such as `10.5555/example.1`; ' +
          'found `https://doi.org/10.5555/icu.1`',
      },
    ]);
  });

  it('accepts a bare DOI', async () => {
    const result = await load({
      [VERSION]: "version: '1.0'\nreleased: 2024-01-15\ndoi: 10.5555/icu.1-0\n",
    });
    expect(result.ok).toBe(true);
  });

  it('reports an address that is not http(s)', async () => {
    const problems = await problemsOf({ [DATASET]: edit(DATASET, 'url: https://', 'url: ftp://') });
    expect(problems).toEqual([
      {
        file: shown(DATASET),
        path: 'licence.url',
        message: 'expected an http(s) address; ' +
          'found `ftp://opendatacommons.org/licenses/odbl/1-0/`',
      },
    ]);
  });
});
