import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import type { ContentTree } from '../../site/lib/content/content-tree.ts';
import {
  buildCatalog,
  findColumn,
  findDataset,
  findTable,
  findVersion,
  firstSentence,
  type Catalog,
  type Dataset,
  type Version,
} from '../../site/lib/dictionary/model.ts';
import { datasetSchema } from '../../site/lib/schema/dataset.ts';
import { tableSchema } from '../../site/lib/schema/table.ts';
import { versionSchema } from '../../site/lib/schema/version.ts';

type DatasetTree = ContentTree['datasets'][number];
type VersionTree = DatasetTree['versions'][number];

// Entries go through the real schemas so defaults (primary_key, required...)
// are filled in exactly as readContent would fill them.
const datasetEntry = datasetSchema.parse({
  title: 'ICU Demo Benchmark',
  short_title: 'ICU Demo',
  summary: 'A made-up dataset.',
  creators: [{ name: 'Ada Example' }],
  publisher: 'Rounds Test Group',
  licence: { name: 'ODbL', url: 'https://opendatacommons.org/licenses/odbl/' },
  access: { tier: 'open' },
  consent: { model: 'waiver', ethics_approval: 'Board 1' },
  deidentification: { method: 'safe-harbor' },
});

function table(name: string, module?: string, description = `The ${name} table.`) {
  const input: z.input<typeof tableSchema> = {
    name,
    description,
    row: `one ${name} row`,
    primary_key: 'id',
    columns: [
      { name: 'id', type: 'INT4', description: 'Row identifier.', required: true },
      { name: 'Charted_At', type: 'timestamp(0)', description: 'When it was charted.' },
      { name: 'value', type: 'NUMERIC(5, 2)', description: 'The value.' },
    ],
  };
  if (module !== undefined) input.module = module;
  const data = tableSchema.parse(input);
  return { id: name, file: `tables/${name}.yaml`, data };
}

function version(
  id: string,
  extra: Partial<z.input<typeof versionSchema>> = {},
  tables: VersionTree['tables'] = [table('patients', 'hosp')],
): VersionTree {
  const data = versionSchema.parse({ version: id, released: '2024-01-15', ...extra });
  return { id, file: `versions/${id}/version.yaml`, data, tables };
}

function dataset(versions: VersionTree[], id = 'icu-demo'): DatasetTree {
  const file = `datasets/${id}/dataset.yaml`;
  return { id, file, data: datasetEntry, versions, versionFolders: versions.length };
}

function catalogOf(...datasets: DatasetTree[]): Catalog {
  return buildCatalog({ site: undefined, datasets });
}

/** The only dataset of a catalog, failing the test when there is none. */
function only(catalog: Catalog): Dataset {
  const first = catalog.datasets[0];
  if (!first) throw new Error('the catalog has no dataset');
  return first;
}

function versionNamed(d: Dataset, id: string): Version {
  const found = d.versions.find((v) => v.id === id);
  if (!found) throw new Error(`no version ${id}`);
  return found;
}

// Folder order (as readdir sorts it) differs from release order on purpose.
const mixed = dataset([
  version('1.10'),
  version('1.2', { status: 'deprecated', status_note: 'Wrong units in vitals.' }),
  version('1.9'),
  version('2.0', { status: 'withdrawn' }),
]);

describe('version order', () => {
  it('orders versions oldest first, by number rather than by folder name', () => {
    const d = only(catalogOf(mixed));
    expect(d.versions.map((v) => v.id)).toEqual(['1.2', '1.9', '1.10', '2.0']);
  });

  it('numbers positions from 0 for the oldest', () => {
    const d = only(catalogOf(mixed));
    expect(d.versions.map((v) => v.position)).toEqual([0, 1, 2, 3]);
  });

  it('follows explicit order over the names', () => {
    const d = only(
      catalogOf(dataset([version('beta', { order: 2 }), version('alpha', { order: 1 })])),
    );
    expect(d.versions.map((v) => v.id)).toEqual(['alpha', 'beta']);
  });

  it('throws, naming the dataset file, when versions cannot be ordered', () => {
    // checkContent reports this to editors first; buildCatalog only guards.
    expect(() => catalogOf(dataset([version('beta'), version('1.0')]))).toThrow(
      'datasets/icu-demo/dataset.yaml: `beta` cannot be compared as dotted numbers',
    );
  });
});

describe('latest version', () => {
  it('skips a withdrawn newest version', () => {
    const d = only(catalogOf(mixed));
    expect(d.latest?.id).toBe('1.10');
    expect(d.versions.filter((v) => v.isLatest).map((v) => v.id)).toEqual(['1.10']);
  });

  it('is the newest version when none is withdrawn', () => {
    const d = only(catalogOf(dataset([version('2.0'), version('1.0')])));
    expect(d.latest?.id).toBe('2.0');
  });

  it('keeps a deprecated newest version as latest', () => {
    // Only withdrawal removes a version from "latest"; deprecation is a warning.
    const d = only(catalogOf(dataset([version('1.0'), version('2.0', { status: 'deprecated' })])));
    expect(d.latest?.id).toBe('2.0');
    expect(d.latest?.status).toBe('deprecated');
  });

  it('is undefined when every version is withdrawn', () => {
    const d = only(catalogOf(dataset([version('1.0', { status: 'withdrawn' })])));
    expect(d.latest).toBeUndefined();
    expect(d.versions[0]?.isLatest).toBe(false);
  });

  it('is undefined for a dataset with no versions', () => {
    const d = only(catalogOf(dataset([])));
    expect(d.versions).toEqual([]);
    expect(d.latest).toBeUndefined();
  });
});

describe('version status', () => {
  it('works out current for the latest and superseded for the others', () => {
    const d = only(catalogOf(dataset([version('1.0'), version('1.1'), version('2.0')])));
    expect(d.versions.map((v) => v.status)).toEqual(['superseded', 'superseded', 'current']);
  });

  it('keeps statuses an editor wrote down', () => {
    const d = only(catalogOf(mixed));
    expect(d.versions.map((v) => [v.id, v.status])).toEqual([
      ['1.2', 'deprecated'],
      ['1.9', 'superseded'],
      ['1.10', 'current'],
      ['2.0', 'withdrawn'],
    ]);
  });

  it('keeps the entry as written, including the status note', () => {
    const d = only(catalogOf(mixed));
    expect(versionNamed(d, '1.2').entry.status_note).toBe('Wrong units in vitals.');
    expect(versionNamed(d, '1.9').entry.status).toBeUndefined();
  });
});

describe('datasets', () => {
  it('names a dataset by its short title, or its title when there is none', () => {
    expect(only(catalogOf(mixed)).name).toBe('ICU Demo');
    const { short_title: _, ...untitled } = datasetEntry;
    const plain: DatasetTree = { ...dataset([]), data: untitled };
    expect(only(catalogOf(plain)).name).toBe('ICU Demo Benchmark');
  });

  it('falls back to default site settings when site.yaml was not read', () => {
    const catalog = catalogOf(mixed);
    expect(catalog.site.title).toBe('Rounds');
    expect(catalog.site.branch).toBe('main');
  });

  it('uses site settings when the tree has them', () => {
    const site = {
      title: 'Ward Data',
      description: 'Docs.',
      repository: 'ward/data',
      branch: 'trunk',
      content_path: 'content',
    };
    const catalog = buildCatalog({ site: { file: 'content/site.yaml', data: site }, datasets: [] });
    expect(catalog.site).toEqual(site);
  });

  it('stamps tables with their dataset and version', () => {
    const d = only(catalogOf(mixed));
    const t = versionNamed(d, '1.9').tables[0];
    expect(t).toMatchObject({ dataset: 'icu-demo', version: '1.9', file: 'tables/patients.yaml' });
    expect(versionNamed(d, '1.9').dataset).toBe('icu-demo');
  });
});

describe('tables and modules', () => {
  const tables = [
    table('vitals', 'icu'),
    table('patients', 'hosp'),
    table('notes'),
    table('d_items', 'icu'),
    table('admissions', 'hosp'),
  ];
  const v = () => versionNamed(only(catalogOf(dataset([version('1.0', {}, tables)]))), '1.0');

  it('sorts tables by module, then by name, with tables of no module first', () => {
    expect(v().tables.map((t) => `${t.module ?? '-'}/${t.name}`)).toEqual([
      '-/notes',
      'hosp/admissions',
      'hosp/patients',
      'icu/d_items',
      'icu/vitals',
    ]);
  });

  it('groups the sorted tables into modules', () => {
    const modules = v().modules.map((m) => [m.name, m.tables.map((t) => t.name)]);
    expect(modules).toEqual([
      [undefined, ['notes']],
      ['hosp', ['admissions', 'patients']],
      ['icu', ['d_items', 'vitals']],
    ]);
  });

  it('shares table objects between the flat list and the modules', () => {
    const version = v();
    expect(version.modules.flatMap((m) => m.tables)).toEqual(version.tables);
    expect(version.modules[1]?.tables[0]).toBe(version.tables[1]);
  });

  it('keeps the fields of the table entry', () => {
    const t = v().tables[0];
    expect(t?.primary_key).toEqual(['id']);
    expect(t?.foreign_keys).toEqual([]);
    expect(t?.row).toBe('one notes row');
  });
});

describe('columns', () => {
  const t = () => versionNamed(only(catalogOf(dataset([version('1.0')]))), '1.0').tables[0];

  it('numbers column positions from 1, in file order', () => {
    expect(t()?.columns.map((c) => [c.name, c.position])).toEqual([
      ['id', 1],
      ['Charted_At', 2],
      ['value', 3],
    ]);
  });

  it('parses column types and keeps the spelling as written', () => {
    const [id, charted, value] = t()?.columns ?? [];
    expect(id?.type).toMatchObject({ raw: 'INT4', canonical: 'integer', family: 'integer' });
    expect(charted?.type.canonical).toBe('timestamp(0)');
    expect(value?.type).toMatchObject({ raw: 'NUMERIC(5, 2)', canonical: 'numeric(5,2)' });
  });

  it('keeps schema defaults on columns', () => {
    const [id, charted] = t()?.columns ?? [];
    expect(id?.required).toBe(true);
    expect(charted).toMatchObject({ required: false, examples: [], values: [], missing: [] });
  });
});

describe('table summary', () => {
  const summaryOf = (description: string) =>
    versionNamed(
      only(catalogOf(dataset([version('1.0', {}, [table('labs', 'hosp', description)])]))),
      '1.0',
    ).tables[0]?.summary;

  it('is the first sentence of the description', () => {
    expect(summaryOf('One row per lab result. Results before 2010 are missing.')).toBe(
      'One row per lab result.',
    );
  });

  it('is the whole description when it has a single sentence', () => {
    expect(summaryOf('One row per lab result')).toBe('One row per lab result');
  });
});

describe('firstSentence', () => {
  it('ends at a full stop, question mark or exclamation mark followed by a space', () => {
    expect(firstSentence('One row per stay. Stays under 4 hours are dropped.')).toBe(
      'One row per stay.',
    );
    expect(firstSentence('Why two clocks? The monitor drifts.')).toBe('Why two clocks?');
    expect(firstSentence('Never join on name! Use subject_id.')).toBe('Never join on name!');
  });

  it('does not break inside a decimal number', () => {
    expect(firstSentence('Values above 2.5 mmol/L are flagged. Units vary.')).toBe(
      'Values above 2.5 mmol/L are flagged.',
    );
  });

  it('joins a sentence that spans lines, as YAML block text does', () => {
    expect(firstSentence('One row per\n  charted value.\nMore text.')).toBe(
      'One row per charted value.',
    );
  });

  it('trims the description first', () => {
    expect(firstSentence('  \n One row per stay.  ')).toBe('One row per stay.');
  });

  it('does not end a sentence at e.g.', () => {
    expect(firstSentence('Vital signs, e.g. heart rate, charted hourly. Gaps occur.')).toBe(
      'Vital signs, e.g. heart rate, charted hourly.',
    );
  });

  it('does not end a sentence at i.e.', () => {
    expect(firstSentence('One row per stay, i.e. per ICU admission. Transfers split.')).toBe(
      'One row per stay, i.e. per ICU admission.',
    );
  });
});

describe('finding by id', () => {
  const catalog = catalogOf(mixed, dataset([version('1.0')], 'ward-demo'));

  it('finds a dataset by id and nothing for an unknown id', () => {
    expect(findDataset(catalog, 'ward-demo')?.id).toBe('ward-demo');
    expect(findDataset(catalog, 'nope')).toBeUndefined();
  });

  it('finds a version by id, and the latest through the alias latest', () => {
    const d = only(catalog);
    expect(findVersion(d, '1.9')?.id).toBe('1.9');
    expect(findVersion(d, 'latest')?.id).toBe('1.10');
    expect(findVersion(d, '3.0')).toBeUndefined();
  });

  it('finds nothing through latest when every version is withdrawn', () => {
    const d = only(catalogOf(dataset([version('1.0', { status: 'withdrawn' })])));
    expect(findVersion(d, 'latest')).toBeUndefined();
  });

  it('finds tables and columns whatever the letter case', () => {
    const v = versionNamed(only(catalog), '1.9');
    const t = findTable(v, 'PATIENTS');
    expect(t?.name).toBe('patients');
    expect(t && findColumn(t, 'charted_at')?.name).toBe('Charted_At');
    expect(t && findColumn(t, 'ID')?.position).toBe(1);
  });

  it('finds nothing for an unknown table or column', () => {
    const v = versionNamed(only(catalog), '1.9');
    expect(findTable(v, 'caregivers')).toBeUndefined();
    const t = findTable(v, 'patients');
    expect(t).toBeDefined();
    expect(t && findColumn(t, 'gender')).toBeUndefined();
  });
});
