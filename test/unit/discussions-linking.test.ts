import { describe, expect, it } from 'vitest';
import { categorySlug, newDiscussionUrl } from '../../site/lib/discussions/ask-url.ts';
import { aliasesOf } from '../../site/lib/discussions/column-aliases.ts';
import { datasetNames } from '../../site/lib/discussions/dictionary-names.ts';
import { linkThread, type ThreadText } from '../../site/lib/discussions/link-threads.ts';
import { githubThreadUrl } from '../../site/lib/discussions/format.ts';
import { addressedIn, threadReferences } from '../../site/lib/discussions/release-refs.ts';
import { topicPlaces } from '../../site/lib/discussions/topic-links.ts';
import { findDataset, findTable } from '../../site/lib/dictionary/model.ts';
import { catalog } from '../support/discussion-fixture.ts';

const demo = catalog();
const names = demo.datasets.map(datasetNames);
const host = 'rounds.example.org';
const link = (fields: Partial<ThreadText>) =>
  linkThread({ title: 'A question', body: '', labels: [], ...fields }, names, host);

describe('linking a thread to the dictionary', () => {
  it('follows dataset, version and table labels', () => {
    expect(link({ labels: ['dataset:ward-icu', 'version:1.0', 'table:vitals'] })).toEqual([
      { dataset: 'ward-icu', version: '1.0', tables: [{ name: 'vitals', columns: [] }] },
    ]);
  });

  it('reads table.column mentions, in prose and in code spans', () => {
    const [topic] = link({ body: 'Is vitals.value_num in `diagnoses.seq_num` order?' });
    expect(topic?.tables).toEqual([
      { name: 'diagnoses', columns: ['seq_num'] },
      { name: 'vitals', columns: ['value_num'] },
    ]);
  });

  it('places a bare column name in the one table that has it', () => {
    const [topic] = link({ labels: ['dataset:ward-icu'], title: 'What unit is `los_days`?' });
    expect(topic?.tables).toEqual([{ name: 'stays', columns: ['los_days'] }]);
  });

  it('places a bare column name shared by several tables in the table the thread names', () => {
    const [topic] = link({ labels: ['table:vitals'], body: 'Why is `stay_id` empty?' });
    expect(topic).toMatchObject({ dataset: 'ward-icu' });
    expect(topic?.tables).toEqual([{ name: 'vitals', columns: ['stay_id'] }]);
  });

  it('ignores a bare column name that fits several tables and no named one', () => {
    const [topic] = link({ labels: ['dataset:ward-icu'], body: 'Is `stay_id` unique?' });
    expect(topic?.tables).toEqual([]);
  });

  it('reads links to the site\'s pages, at any base path, with the column anchor', () => {
    const body = 'See https://rounds.example.org/rounds/datasets/ward-icu/2.0/stays/#los_days.';
    expect(link({ body })).toEqual([
      { dataset: 'ward-icu', version: '2.0', tables: [{ name: 'stays', columns: ['los_days'] }] },
    ]);
  });

  it('ignores links to other hosts and names inside fenced code', () => {
    const body = 'See https://elsewhere.example/datasets/ward-icu/2.0/stays/\n\n' +
      '```sql\nSELECT vitals.value_num FROM vitals\n```';
    expect(link({ body })).toEqual([]);
  });

  it('finds the dataset from names that fit only one', () => {
    expect(link({ body: 'What does `triage.esi_level` 1 mean?' }).map((t) => t.dataset))
      .toEqual(['ed-demo']);
  });

  it('links nothing when the names fit more than one dataset', () => {
    expect(link({ body: 'Are `icd_code` values dotted?' })).toEqual([]);
  });

  it('knows a column by the name it had in an older version', () => {
    const [topic] = link({ body: 'Where did `stays.first_careunit` go?' });
    expect(topic?.tables).toEqual([{ name: 'stays', columns: ['first_careunit'] }]);
  });

  it('ignores a version label the dataset does not have', () => {
    expect(link({ labels: ['dataset:ward-icu', 'version:9.9'] })[0]?.version).toBeUndefined();
  });
});

describe('where a topic lives on the site', () => {
  const ward = findDataset(demo, 'ward-icu')!;

  it('links a column in the thread\'s own version', () => {
    const places = topicPlaces({ dataset: 'ward-icu', version: '1.0',
      tables: [{ name: 'stays', columns: ['los_days'] }] }, ward);
    expect(places.version?.path).toBe('/datasets/ward-icu/1.0/');
    expect(places.tables[0]?.columns[0]?.path).toBe('/datasets/ward-icu/1.0/stays/#los_days');
  });

  it('links an old column name where it was documented', () => {
    const places = topicPlaces({ dataset: 'ward-icu', version: undefined,
      tables: [{ name: 'stays', columns: ['first_careunit'] }] }, ward);
    expect(places.tables[0]?.path).toBe('/datasets/ward-icu/2.0/stays/');
    expect(places.tables[0]?.columns[0]?.path)
      .toBe('/datasets/ward-icu/1.0/stays/#first_careunit');
  });
});

describe('column names across versions', () => {
  it('maps an older name to the column\'s name in a newer version', () => {
    const ward = findDataset(demo, 'ward-icu')!;
    const stays = findTable(ward.versions[1]!, 'stays')!;
    const aliases = aliasesOf(ward, stays);
    expect(aliases.columns.get('first_careunit')).toBe('first_care_unit');
    expect(aliases.columns.get('los_days')).toBe('los_days');
  });

  it('maps a newer name to the column\'s name in an older version', () => {
    const ward = findDataset(demo, 'ward-icu')!;
    const stays = findTable(ward.versions[0]!, 'stays')!;
    expect(aliasesOf(ward, stays).columns.get('first_care_unit')).toBe('first_careunit');
  });
});

describe('release notes that refer to threads', () => {
  it('reads #12 and discussion addresses of the site\'s repository', () => {
    const notes = 'Fixed (see #12), as asked in ' +
      'https://github.com/example/rounds/discussions/30 and owner/other#44.';
    expect(threadReferences(notes, 'example/rounds')).toEqual([12, 30]);
  });

  it('ignores headings, HTML entities and other repositories\' discussions', () => {
    const notes = '## 2.0\nx&#12;y and https://github.com/someone/else/discussions/8';
    expect(threadReferences(notes, 'example/rounds')).toEqual([]);
  });

  it('keeps only numbers that are threads, with every release that names them', () => {
    const found = addressedIn([
      { dataset: 'ward-icu', version: '1.0', text: 'See #4 and #5.' },
      { dataset: 'ward-icu', version: '2.0', text: 'Finished #4.' },
    ], 'example/rounds', new Set([4]));
    expect([...found]).toEqual([[4, [
      { dataset: 'ward-icu', version: '1.0' }, { dataset: 'ward-icu', version: '2.0' },
    ]]]);
  });
});

describe('links to GitHub', () => {
  it('slug a category as GitHub does', () => {
    expect(categorySlug('Q&A')).toBe('q-a');
    expect(categorySlug('Data questions!')).toBe('data-questions');
  });

  it('open a new discussion with the category, title and permalink filled in', () => {
    const url = new URL(newDiscussionUrl('example/rounds', {
      category: 'Q&A', title: 'vitals.value_num (Ward ICU 2.0): ',
      body: 'https://rounds.example.org/datasets/ward-icu/2.0/vitals/#value_num',
    }));
    expect(url.pathname).toBe('/example/rounds/discussions/new');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      category: 'q-a',
      title: 'vitals.value_num (Ward ICU 2.0): ',
      body: 'https://rounds.example.org/datasets/ward-icu/2.0/vitals/#value_num',
    });
  });

  it('never send a reader to a thread address that is not https', () => {
    expect(githubThreadUrl('javascript:alert(1)', 'example/rounds', 9))
      .toBe('https://github.com/example/rounds/discussions/9');
    expect(githubThreadUrl('https://github.com/example/rounds/discussions/9', 'x/y', 9))
      .toBe('https://github.com/example/rounds/discussions/9');
  });
});
