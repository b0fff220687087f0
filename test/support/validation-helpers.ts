/**
 * Shared ground for the content-validation tests: the minimal fixture as a
 * baseline, the paths of its files, and helpers that write it with one thing
 * broken and collect what loadContent reports.
 */
import { afterEach } from 'vitest';
import { loadContent } from '../../site/lib/content/load-content.ts';
import type { Problem } from '../../site/lib/content/problem.ts';
import {
  fixtureFiles,
  writeContent,
  type ContentFiles,
  type ContentFixture,
} from './content-fixture.ts';

export const baseline = fixtureFiles('minimal');

// Paths inside the content folder, as the fixture and overrides name them.
export const DATASET = 'datasets/icu-demo/dataset.yaml';
export const V1 = 'datasets/icu-demo/versions/1.0';
export const V2 = 'datasets/icu-demo/versions/2.0';
export const VERSION = `${V1}/version.yaml`;
export const PATIENTS = `${V1}/tables/patients.yaml`;
export const ADMISSIONS = `${V1}/tables/admissions.yaml`;

/** A file as problems name it: relative to the repository root. */
export const shown = (path: string): string => `content/${path}`;

export const addFieldsHint = 'add this field; see CONTENT.md for what it holds';

/**
 * A baseline file with one piece of text replaced. Throws when the text is
 * absent, so a change to the fixture cannot quietly turn a test into a no-op.
 */
export function edit(path: string, from: string, to: string): string {
  const text = baseline[path];
  if (text === undefined) throw new Error(`no fixture file ${path}`);
  if (!text.includes(from)) throw new Error(`${path} does not contain ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

/** A second version, 2.0, identical to 1.0 apart from the overrides. */
export function secondVersion(overrides: ContentFiles = {}): ContentFiles {
  return {
    [`${V2}/version.yaml`]: "version: '2.0'\nreleased: 2025-01-15\n",
    [`${V2}/tables/patients.yaml`]: baseline[PATIENTS] ?? null,
    [`${V2}/tables/admissions.yaml`]: baseline[ADMISSIONS] ?? null,
    ...overrides,
  };
}

/**
 * Helpers that write the baseline to temporary folders, with some files
 * replaced or removed. Call once at the top of a test file: it registers an
 * afterEach there that deletes every folder the file's tests wrote.
 */
export function useContentFixtures() {
  let fixtures: ContentFixture[] = [];
  afterEach(async () => {
    await Promise.all(fixtures.map((fixture) => fixture.cleanup()));
    fixtures = [];
  });

  async function write(overrides: ContentFiles = {}): Promise<ContentFixture> {
    const fixture = await writeContent({ ...baseline, ...overrides });
    fixtures.push(fixture);
    return fixture;
  }

  /** Loads the baseline with some files replaced or removed. */
  async function load(overrides: ContentFiles = {}) {
    const fixture = await write(overrides);
    return loadContent(fixture.contentDir, fixture.root);
  }

  /** Every problem loadContent reports; fails the test when the content loads. */
  async function problemsOf(overrides: ContentFiles): Promise<Problem[]> {
    const result = await load(overrides);
    if (result.ok) throw new Error('expected problems, but the content loaded');
    return result.problems;
  }

  return { write, load, problemsOf };
}
