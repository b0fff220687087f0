/**
 * The versions of a dataset: their order, their numbers and their statuses.
 *
 * Real YAML files in a temporary content folder, read by readContent and
 * checked by loadContent; each test starts from the minimal fixture and breaks
 * one thing.
 */
import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../site/lib/content/problem.ts';
import {
  DATASET,
  V2,
  VERSION,
  PATIENTS,
  ADMISSIONS,
  shown,
  secondVersion,
  useContentFixtures,
} from '../support/validation-helpers.ts';

const { load, problemsOf } = useContentFixtures();

describe('versions of a dataset', () => {
  it('reports versions that cannot be ordered', async () => {
    const problems = await problemsOf({
      'datasets/icu-demo/versions/beta/version.yaml': 'version: beta\nreleased: 2024-06-01\n',
    });
    expect(problems).toEqual([
      {
        file: shown(DATASET),
        path: 'versions',
        message: '`beta` cannot be compared as dotted numbers such as `2.1`',
        hint: 'add `order: N` to every version.yaml of the dataset, 1 for the oldest',
      },
    ]);
  });

  it('orders named versions once each has an order', async () => {
    const result = await load({
      [VERSION]: "version: '1.0'\nreleased: 2024-01-15\norder: 1\n",
      'datasets/icu-demo/versions/beta/version.yaml':
        'version: beta\nreleased: 2024-06-01\norder: 2\n',
    });
    expect(result.ok && result.catalog.datasets[0]?.latest?.id).toBe('beta');
  });

  it('reports two folders naming one version number', async () => {
    const problems = await problemsOf({
      'datasets/icu-demo/versions/1.0.0/version.yaml': "version: '1.0.0'\nreleased: 2024-02-01\n",
    });
    expect(problems).toEqual([
      {
        file: shown(DATASET),
        path: 'versions',
        message: '`1.0` and `1.0.0` are the same version number',
        hint: 'keep one folder per version number, or add `order` to every version',
      },
    ]);
  });

  it('reports an order given to some versions only', async () => {
    const problems = await problemsOf(
      secondVersion({ [`${V2}/version.yaml`]: "version: '2.0'\nreleased: 2025-01-15\norder: 2\n" }),
    );
    expect(problems).toEqual([
      {
        file: shown(DATASET),
        path: 'versions',
        message: 'some versions have `order` but `1.0` does not',
        hint: 'give every version of the dataset an `order` (1 for the oldest), or none',
      },
    ]);
  });

  it('reports two versions sharing an order', async () => {
    const problems = await problemsOf(
      secondVersion({
        [VERSION]: "version: '1.0'\nreleased: 2024-01-15\norder: 1\n",
        [`${V2}/version.yaml`]: "version: '2.0'\nreleased: 2025-01-15\norder: 1\n",
      }),
    );
    expect(problems).toEqual([
      {
        file: shown(DATASET),
        path: 'versions',
        message: 'two versions share `order: 1`',
        hint: 'number the versions 1, 2, 3... from the oldest, each once',
      },
    ]);
  });

  it('reports a dataset with no versions', async () => {
    const problems = await problemsOf({ [VERSION]: null, [PATIENTS]: null, [ADMISSIONS]: null });
    expect(problems).toEqual([
      {
        file: shown(DATASET),
        path: '',
        message: 'the dataset has no versions',
        hint: `add a folder versions/<version>/ with a version.yaml beside ${shown(DATASET)}`,
      },
    ]);
  });

  it('does not call a dataset versionless when its only version.yaml is invalid', async () => {
    const problems = await problemsOf({
      [VERSION]: "version: '1.0'\nreleased: 2024-01-15\ndoi: nope\n",
    });
    expect(problems.map((p) => [p.file, p.path])).toEqual([[shown(VERSION), 'doi']]);
  });

  it('reports `current` on an older version', async () => {
    const problems = await problemsOf(
      secondVersion({ [VERSION]: "version: '1.0'\nreleased: 2024-01-15\nstatus: current\n" }),
    );
    expect(problems).toEqual([
      {
        file: shown(VERSION),
        path: 'status',
        message: 'only the newest version that is not withdrawn can be `current`',
        hint: 'remove `status` to have it worked out from the version order',
      },
    ]);
  });

  it('accepts `current` on the newest version that is not withdrawn', async () => {
    // The catalog makes 1.0 current when 2.0 is withdrawn; writing that down
    // must not be an error.
    const result = await load(
      secondVersion({
        [VERSION]: "version: '1.0'\nreleased: 2024-01-15\nstatus: current\n",
        [`${V2}/version.yaml`]: "version: '2.0'\nreleased: 2025-01-15\nstatus: withdrawn\n",
      }),
    );
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('works out statuses across two versions', async () => {
    const result = await load(secondVersion());
    if (!result.ok) throw new Error(formatProblems(result.problems));
    const versions = result.catalog.datasets[0]?.versions ?? [];
    expect(versions.map((v) => [v.id, v.status])).toEqual([
      ['1.0', 'superseded'],
      ['2.0', 'current'],
    ]);
  });
});
