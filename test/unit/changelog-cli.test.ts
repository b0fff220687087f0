import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../site/lib/content/load-content.ts';
import type { VersionDiffJson } from '../../site/lib/diff/to-json.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = 'test/fixtures/diff';
const content = `${fixtures}/content`;

/** Runs the real script with the Node that runs the tests (Node 24). */
function changelog(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/changelog.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the fixture content', () => {
  it('is valid content', async () => {
    const loaded = await loadContent(content, root);
    expect(loaded.ok ? [] : loaded.problems).toEqual([]);
  });
});

describe('npm run changelog -- <dataset> <from> <to>', () => {
  let json: VersionDiffJson;
  let run: ReturnType<typeof changelog>;

  beforeAll(() => {
    run = changelog('ward-demo', '1.0', '2.0', '--json', '--content', content);
    json = JSON.parse(run.stdout) as VersionDiffJson;
  });

  it('prints exactly one JSON object and exits 0', () => {
    expect(run.status).toBe(0);
    expect(run.stdout.trim().startsWith('{')).toBe(true);
    expect(run.stdout.trim().endsWith('}')).toBe(true);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['dataset', 'from', 'to', 'tables',
      'columns']));
  });

  it('reports the tables added, removed, renamed and moved', () => {
    expect(json).toMatchObject({ dataset: 'ward-demo', from: '1.0', to: '2.0', breaking: true });
    expect(json.tables.added).toEqual(['devices']);
    expect(json.tables.removed).toEqual(['bed_moves']);
    expect(json.tables.renamed).toMatchObject([
      { from: 'stays', to: 'ward_stays', confidence: 1, reason: 'renamed_from in content' },
    ]);
    expect(json.tables.moved).toEqual([{ table: 'observations', from: 'ward', to: 'charting' }]);
  });

  it('reports column renames with and without hints, and the reused name as an addition', () => {
    const renames = json.columns.renamed
      .map((r) => `${r.table}: ${r.from} → ${r.to} (${r.source})`);
    expect(renames).toEqual([
      'observations: value → value_text (content)',
      'ward_stays: discharge_location → discharged_to_location (inferred)',
      'ward_stays: parent_stay_id → stay_parent_id (inferred)',
    ]);
    expect(json.columns.added).toEqual([
      { table: 'observations', column: 'value' },
      { table: 'ward_stays', column: 'admitted_from' },
    ]);
  });

  it('classifies a removed value-set code as breaking and a widened type as not', () => {
    const changed = json.columns.changed
      .map((c) => `${c.table}.${c.column} ${c.field} ${c.breaking}`);
    expect(changed).toContain('patients.sex values true');
    expect(changed).toContain('ward_stays.stay_id type false');
    expect(changed.some((c) => c.startsWith('patients.patient_id'))).toBe(false);
  });

  it('accepts latest as a version and prints readable text by default', () => {
    const text = changelog('ward-demo', '1.0', 'latest', '--content', content);
    expect(text.status).toBe(0);
    expect(text.stdout.split('\n')[0]).toBe('ward-demo 1.0 → 2.0');
    expect(text.stdout).toContain('BREAKING Table removed');
  });

  it('prints Markdown when asked', () => {
    const markdown = changelog('ward-demo', '1.0', '2.0', '--markdown', '--content', content);
    expect(markdown.status).toBe(0);
    expect(markdown.stdout.startsWith('## ward-demo: changes from 1.0 to 2.0\n')).toBe(true);
  });
});

describe('mistakes on the command line', () => {
  it('lists the known datasets for an unknown one and exits 2', () => {
    const run = changelog('ward', '1.0', '2.0', '--content', content);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('[rounds:changelog] no dataset `ward`; known datasets: ward-demo\n');
  });

  it('lists the known versions for an unknown one and exits 2', () => {
    const run = changelog('ward-demo', '1.0', '3.0', '--content', content);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('known versions: 1.0, 2.0 (`latest` is 2.0)');
  });

  it('explains conflicting options without a stack trace and exits 2', () => {
    const run = changelog('ward-demo', '1.0', '2.0', '--json', '--markdown', '--content', content);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('choose one of --json and --markdown');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints the content problems and exits 1 when the content is broken', () => {
    const run = changelog('broken-demo', '1.0', '1.0', '--content', `${fixtures}/broken-content`);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('The content has');
    expect(run.stderr).toContain('broken-content/datasets/broken-demo/dataset.yaml');
    expect(run.stdout).toBe('');
  });
});

describe('npm run changelog -- <dataset> <version> --against FILE', () => {
  it('exits 0 when the data schema agrees with the documentation', () => {
    const run = changelog('ward-demo', '2.0', '--against', `${fixtures}/ward-2.0-agrees.csv`,
      '--content', content);
    expect(run.stdout).toContain('agree.');
    expect(run.status).toBe(0);
  });

  it('lists the disagreements as JSON and exits 1', () => {
    const run = changelog('ward-demo', 'latest', '--against', `${fixtures}/ward-2.0-disagrees.csv`,
      '--json', '--content', content);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({
      dataset: 'ward-demo',
      version: '2.0',
      agree: false,
      missingTables: ['devices'],
      undocumentedColumns: [{ table: 'patients', column: 'birth_year' }],
      missingColumns: [{ table: 'ward_stays', column: 'admitted_from' }],
      typeMismatches: [
        { table: 'ward_stays', column: 'stay_id', documented: 'bigint', actual: 'integer' },
        { table: 'observations', column: 'value', documented: 'numeric(8,2)', actual: 'text' },
      ],
    });
  });

  it('names a file that cannot be read and exits 2', () => {
    const run = changelog('ward-demo', '2.0', '--against', `${fixtures}/absent.csv`,
      '--content', content);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('cannot read `test/fixtures/diff/absent.csv`');
  });
});
