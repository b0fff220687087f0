import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../site/lib/content/load-content.ts';
import { fixturePath } from '../fixtures/import/fixture.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const script = join(root, 'scripts/dictionary.ts');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real script with this Node, which runs TypeScript directly. */
function dictionary(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [script, ...args], { cwd: root }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

let contentDir: string;

beforeEach(async () => {
  contentDir = await mkdtemp(join(tmpdir(), 'rounds-cli-'));
  await writeFile(join(contentDir, 'site.yaml'),
    'title: Test\ndescription: Test site.\nrepository: rounds-health/rounds\n');
});

afterEach(async () => {
  await rm(contentDir, { recursive: true, force: true });
});

/** The logger indents continuation lines under the text after its label. */
const indent = ' '.repeat('[rounds:import] '.length);

const into = () => ['--content', contentDir, '--dataset', 'icu-demo', '--version', '2.0'];

describe('dictionary import', () => {
  it('imports a CSV into content that loads, and prints a summary', async () => {
    const run = await dictionary('import', '--from', fixturePath('dictionary.csv'), ...into(),
      '--released', '2024-03-01');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines.every((line) => line.startsWith('[rounds:import] ') || line.startsWith('  ')))
      .toBe(true);
    expect(run.stderr).toContain(
      '[rounds:import] imported 3 tables and 9 columns from test/fixtures/import/dictionary.csv ' +
        '(1 warning)',
    );
    expect(run.stderr).toContain('[rounds:import] warning: test/fixtures/import/dictionary.csv, ' +
      'row 4 (line 5), field `Table`');
    expect(run.stderr).toMatch(/wrote 4 files to .*datasets\/icu-demo\/versions\/2\.0\n/);
    expect(run.stderr).toMatch(/created .*datasets\/icu-demo\/dataset\.yaml with placeholders/);
    const loaded = await loadContent(contentDir, contentDir);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const version = loaded.catalog.datasets[0]?.versions[0];
    expect(version?.entry.released).toBe('2024-03-01');
    expect(version?.tables.map((t) => `${t.module}.${t.name}`)).toEqual([
      'hosp.admissions', 'hosp.patients', 'icu.chartevents',
    ]);
  });

  it('infers the format from a .sql extension and imports DDL', async () => {
    const run = await dictionary('import', '--from', fixturePath('schema.sql'), ...into());
    expect(run.code).toBe(0);
    const loaded = await loadContent(contentDir, contentDir);
    expect(loaded.ok && loaded.catalog.datasets[0]?.versions[0]?.tables.length).toBe(3);
  });

  it('imports a datapackage.json given --format', async () => {
    const run = await dictionary('import', '--from', fixturePath('datapackage-v1.json'),
      '--format', 'datapackage', ...into());
    expect(run.code).toBe(0);
    const loaded = await loadContent(contentDir, contentDir);
    expect(loaded.ok && loaded.catalog.datasets[0]?.versions[0]?.tables.map((t) => t.name))
      .toEqual(['patients', 'transfers']);
  });

  it('reads headers through --map', async () => {
    const run = await dictionary('import', '--from', fixturePath('custom-headers.csv'), ...into(),
      '--map', 'table=Table Name,column=Variable,type=Data Type', '--map', 'required=Mandatory');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('warning: test/fixtures/import/custom-headers.csv, header row: ' +
      'not imported: `Label`, `Source System`');
  });

  it('exits 1 with the problems and no stack trace on bad input', async () => {
    const run = await dictionary('import', '--from', fixturePath('bad-values.csv'), ...into());
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[rounds:import] test/fixtures/import/bad-values.csv, row 2, ' +
      'field `required`: expected Yes or No (or Y/N, true/false, 1/0), found `maybe`');
    expect(run.stderr).toContain(
      `${indent}  hint: write Yes or No, or leave the cell empty for No`,
    );
    expect(run.stderr).not.toMatch(/\n\s+at |Error:/);
  });

  it('exits 1 when the version exists, and replaces it with --force', async () => {
    const args = ['import', '--from', fixturePath('schema.sql'), ...into()];
    expect((await dictionary(...args)).code).toBe(0);
    const again = await dictionary(...args);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('version 2.0 of icu-demo already exists');
    expect((await dictionary(...args, '--force')).code).toBe(0);
  });

  it('exits 1 when the written content has problems, listing them', async () => {
    const csv = join(contentDir, 'dangling.csv');
    await writeFile(csv, 'table,column,type,foreign_table\nadmissions,subject_id,integer,people\n');
    const run = await dictionary('import', '--from', csv, ...into());
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('the written content has 1 problem');
    expect(run.stderr).toContain('foreign_keys[0].table: no table `people` in this version');
  });

  it('exits 1 on names that are not identifiers, suggesting others', async () => {
    const run = await dictionary('import', '--from', fixturePath('bad-names.csv'), ...into());
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('test/fixtures/import/bad-names.csv, row 2: column ' +
      '`Blood Pressure (mmHg)` of `patients` is not a valid name');
    expect(run.stderr).toContain('such as to `Blood_Pressure_mmHg`, and import again');
    expect(run.stderr).toContain('row 3: table `patient visits` is not a valid name');
  });

  it('exits 1 when the file does not exist', async () => {
    const run = await dictionary('import', '--from', 'missing.csv', ...into());
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('[rounds:import] missing.csv: file not found\n' +
      `${indent}  hint: check the path given to --from\n`);
  });

  it('exits 2 on a usage error and points at --help', async () => {
    const missing = await dictionary('import', '--from', fixturePath('schema.sql'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('[rounds:import] missing --dataset, --version\n' +
      `${indent}run with --help for the options\n`);
    const unknown = await dictionary('import', '--datset', 'icu-demo');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      '[rounds:import] unknown option `--datset`; did you mean --dataset?\n' +
        `${indent}run with --help for the options\n`,
    );
    const format = await dictionary('import', '--from', 'dictionary.xlsx', ...into());
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('cannot tell the format of `dictionary.xlsx`');
  });

  it('exits 2 on a bad --map key or dataset id, naming the option', async () => {
    const map = await dictionary('import', '--from', fixturePath('custom-headers.csv'),
      ...into(), '--map', 'tabel=Table Name');
    expect(map.code).toBe(2);
    expect(map.stderr).toContain('custom-headers.csv, --map `tabel=Table Name`: unknown map ' +
      `key \`tabel\`\n${indent}  hint: did you mean \`table\`?`);
    const dataset = await dictionary('import', '--from', fixturePath('schema.sql'),
      '--content', contentDir, '--dataset', 'ICU Demo', '--version', '2.0');
    expect(dataset.code).toBe(2);
    expect(dataset.stderr).toContain('--dataset: `ICU Demo` is not a dataset id\n' +
      `${indent}  hint: use lower-case letters, digits and single hyphens, such as \`icu-demo\``);
  });

  it('prints usage for --help and exits 0', async () => {
    const run = await dictionary('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run dictionary -- import --from FILE/);
    expect(run.stdout).toContain('--map key=Header,...');
  });
});
