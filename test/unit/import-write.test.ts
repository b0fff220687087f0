import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../site/lib/content/load-content.ts';
import type { ImportedDictionary } from '../../site/lib/import/imported-dictionary.ts';
import { writeDictionary } from '../../site/lib/import/write-dictionary.ts';
import { rejection } from '../fixtures/import/fixture.ts';

let contentDir: string;

beforeEach(async () => {
  contentDir = await mkdtemp(join(tmpdir(), 'rounds-write-'));
  await writeFile(join(contentDir, 'site.yaml'),
    'title: Test\ndescription: Test site.\nrepository: rounds-health/rounds\n');
});

afterEach(async () => {
  await rm(contentDir, { recursive: true, force: true });
});

function dictionary(overrides: Partial<ImportedDictionary> = {}): ImportedDictionary {
  const column = (name: string, type: string, required = false) =>
    ({ name, type, required, position: 1, values: [], missing: [] });
  return {
    source: 'dictionary.csv',
    warnings: [],
    tables: [
      {
        module: 'hosp',
        name: 'patients',
        description: 'One row per patient.',
        primary_key: ['subject_id'],
        foreign_keys: [],
        columns: [
          { ...column('subject_id', 'integer', true), description: 'Patient identifier.' },
          { ...column('anchor_age', 'smallint'), unit: 'a', position: 2 },
        ],
      },
      {
        name: 'admissions',
        primary_key: [],
        foreign_keys: [{ columns: ['subject_id'], table: 'patients', references: ['subject_id'] }],
        columns: [column('subject_id', 'integer', true)],
      },
    ],
    ...overrides,
  };
}

const target = () => ({ contentDir, dataset: 'icu-demo', version: '2.0', root: contentDir });
const versionDir = () => join(contentDir, 'datasets/icu-demo/versions/2.0');

describe('writeDictionary', () => {
  it('writes content that loads, with a placeholder dataset.yaml', async () => {
    const result = await writeDictionary(dictionary(), { ...target(), released: '2024-03-01' });
    expect(result.problems).toEqual([]);
    expect(result.createdDataset).toBe(true);
    expect(result.files.map((f) => f.slice(contentDir.length + 1))).toEqual([
      'datasets/icu-demo/dataset.yaml',
      'datasets/icu-demo/versions/2.0/version.yaml',
      'datasets/icu-demo/versions/2.0/tables/patients.yaml',
      'datasets/icu-demo/versions/2.0/tables/admissions.yaml',
    ]);
    const loaded = await loadContent(contentDir, contentDir);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const version = loaded.catalog.datasets[0]?.versions[0];
    expect(version?.entry.released).toBe('2024-03-01');
    expect(version?.tables.map((t) => t.name)).toEqual(['admissions', 'patients']);
  });

  it('writes table files in a stable key order with TODO placeholders', async () => {
    await writeDictionary(dictionary(), target());
    const text = await readFile(join(versionDir(), 'tables/patients.yaml'), 'utf8');
    expect(text).toBe([
      'name: patients',
      'module: hosp',
      'description: One row per patient.',
      'row: "TODO: say what one row is."',
      'primary_key: [subject_id]',
      'columns:',
      '  - name: subject_id',
      '    type: integer',
      '    description: Patient identifier.',
      '    required: true',
      '  - name: anchor_age',
      '    type: smallint',
      '    unit: a',
      '    description: "TODO: describe this column."',
      '    required: false',
      '',
    ].join('\n'));
  });

  it('dates the version today when no release day is given', async () => {
    await writeDictionary(dictionary(), target());
    const text = await readFile(join(versionDir(), 'version.yaml'), 'utf8');
    const now = new Date();
    const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
      .map((n) => String(n).padStart(2, '0')).join('-');
    expect(text).toBe(`version: "2.0"\nreleased: ${day}\n`);
  });

  it('refuses to overwrite an existing version without force', async () => {
    await writeDictionary(dictionary(), target());
    const problems = await rejection(() => writeDictionary(dictionary(), target()));
    expect(problems).toEqual([{
      file: 'datasets/icu-demo/versions/2.0',
      path: '',
      message: 'version 2.0 of icu-demo already exists',
      hint: 'pass --force to replace its tables, or import as another version',
    }]);
  });

  it('replaces the tables with force and keeps what editors added', async () => {
    await writeDictionary(dictionary(), { ...target(), released: '2024-03-01' });
    const versionFile = join(versionDir(), 'version.yaml');
    await writeFile(versionFile, 'version: "2.0"\nreleased: 2024-03-01 # first release\n' +
      'doi: 10.5555/icu-demo.2-0\n');
    await writeFile(join(versionDir(), 'notes.md'), 'kept\n');
    const datasetFile = join(contentDir, 'datasets/icu-demo/dataset.yaml');
    const datasetBefore = await readFile(datasetFile, 'utf8');
    const smaller = dictionary();
    smaller.tables = smaller.tables.slice(0, 1);
    const result = await writeDictionary(smaller, { ...target(), force: true });
    expect(result.createdDataset).toBe(false);
    expect(await readdir(join(versionDir(), 'tables'))).toEqual(['patients.yaml']);
    expect(await readFile(versionFile, 'utf8')).toBe(
      'version: "2.0"\nreleased: 2024-03-01 # first release\ndoi: 10.5555/icu-demo.2-0\n',
    );
    expect(await readFile(join(versionDir(), 'notes.md'), 'utf8')).toBe('kept\n');
    expect(await readFile(datasetFile, 'utf8')).toBe(datasetBefore);
  });

  it('rejects names that are not identifiers, suggesting one, and writes nothing', async () => {
    const bad = dictionary();
    bad.tables[0]!.columns[1]!.name = 'Blood Pressure (mmHg)';
    bad.tables[0]!.columns[1]!.origin = 'row 3';
    const problems = await rejection(() => writeDictionary(bad, target()));
    expect(problems).toEqual([{
      file: 'dictionary.csv',
      path: 'row 3',
      message: 'column `Blood Pressure (mmHg)` of `patients` is not a valid name',
      hint: 'names are letters, digits and underscores, starting with a letter or _; ' +
        'rename it in dictionary.csv, such as to `Blood_Pressure_mmHg`, and import again',
    }]);
    expect(await readdir(contentDir)).toEqual(['site.yaml']);
  });

  it('rejects a bad dataset id, version and release day together', async () => {
    const problems = await rejection(() => writeDictionary(dictionary(), {
      contentDir, dataset: 'ICU Demo', version: 'latest', released: '2024-13-01',
    }));
    expect(problems.map((p) => `${p.path}: ${p.message}; ${p.hint}`)).toEqual([
      '--dataset: `ICU Demo` is not a dataset id; use lower-case letters, digits and ' +
        'single hyphens, such as `icu-demo`',
      '--version: `latest` is a page name the site already uses; choose a version other ' +
        'than `latest`, `guides`, `changes`',
      '--released: `2024-13-01` is not a date; write the release day as YYYY-MM-DD, ' +
        'such as `2024-03-01`',
    ]);
  });

  it('reports problems in what it wrote, such as a key to an absent table', async () => {
    const dangling = dictionary();
    dangling.tables[1]!.foreign_keys[0]!.table = 'caregivers';
    const result = await writeDictionary(dangling, target());
    expect(result.problems).toEqual([{
      file: 'datasets/icu-demo/versions/2.0/tables/admissions.yaml',
      path: 'foreign_keys[0].table',
      message: 'no table `caregivers` in this version',
      hint: 'add the table, or remove the foreign key',
    }]);
  });

  it('leaves other datasets\' problems out of its report', async () => {
    await mkdir(join(contentDir, 'datasets/other'), { recursive: true });
    await writeFile(join(contentDir, 'datasets/other/dataset.yaml'), 'title: x\n');
    const result = await writeDictionary(dictionary(), target());
    expect(result.problems).toEqual([]);
  });
});
