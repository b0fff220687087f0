import { describe, expect, it } from 'vitest';
import { diffVersions } from '../../site/lib/diff/diff-versions.ts';
import { renderMarkdown } from '../../site/lib/diff/render-markdown.ts';
import { renderText } from '../../site/lib/diff/render-text.ts';
import { diffToJson } from '../../site/lib/diff/to-json.ts';
import { column, table, version } from '../fixtures/diff/build.ts';

const before = version('1.0', [
  table('admissions', [
    column('hadm_id', 'integer'),
    column('discharge_location', 'varchar(50)'),
  ], { module: 'hosp', row_count: 100 }),
  table('services', [column('hadm_id', 'integer'), column('service', 'text')]),
  table('stays', [column('stay_id', 'integer')], { module: 'icu' }),
  table('items', [column('item_id', 'integer')], { row_count: 10 }),
]);
const after = version('2.0', [
  table('admissions', [
    column('hadm_id', 'bigint'),
    column('discharged_to_location', 'varchar(50)'),
    column('admit_source', 'text'),
  ], { module: 'hosp', row_count: 120 }),
  table('stays', [column('stay_id', 'integer')], { module: 'core' }),
  table('notes', [column('note_id', 'integer'), column('text', 'text')]),
  table('items', [column('item_id', 'integer')], { row_count: 12 }),
]);
const diff = diffVersions(before, after);

describe('diffToJson', () => {
  it('produces the documented shape', () => {
    const json = diffToJson(diff);
    expect(json).toMatchObject({
      dataset: 'test-data',
      from: '1.0',
      to: '2.0',
      breaking: true,
      tables: {
        added: ['notes'],
        removed: ['services'],
        renamed: [],
        moved: [{ table: 'stays', from: 'icu', to: 'core' }],
      },
      columns: {
        added: [{ table: 'admissions', column: 'admit_source' }],
        removed: [],
        renamed: [{
          table: 'admissions',
          from: 'discharge_location',
          to: 'discharged_to_location',
          source: 'inferred',
        }],
        changed: [{
          table: 'admissions',
          column: 'hadm_id',
          field: 'type',
          from: 'integer',
          to: 'bigint',
          breaking: false,
        }],
      },
    });
    const rename = json.columns.renamed[0];
    expect(typeof rename?.confidence).toBe('number');
    expect(typeof rename?.reason).toBe('string');
  });

  it('lists breaking tables first in byTable', () => {
    const json = diffToJson(diff);
    const flags = json.byTable.map((t) => t.breaking);
    expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
    expect(json.byTable.find((t) => t.table === 'notes')).toEqual({
      table: 'notes', status: 'added', breaking: false, changes: 0,
    });
  });

  it('survives a round trip through JSON text', () => {
    const json = diffToJson(diff);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('reports no breaking change for identical versions', () => {
    const json = diffToJson(diffVersions(before, { ...before, id: '1.0-copy' }));
    expect(json.breaking).toBe(false);
    expect(json.byTable).toEqual([]);
  });
});

describe('renderMarkdown', () => {
  const markdown = renderMarkdown(diff);

  it('starts with a heading naming the dataset and versions', () => {
    expect(markdown.split('\n')[0]).toBe('## test-data: changes from 1.0 to 2.0');
  });

  it('marks breaking lines and puts breaking tables first', () => {
    expect(markdown).toContain('- **Breaking:** Column `discharged_to_location` renamed from ' +
      '`discharge_location` (inferred, confidence');
    const sections = [...markdown.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    expect(sections).toEqual([
      '`admissions` (breaking)',
      '`services` (breaking)',
      '`stays` (breaking)',
      '`notes`',
      'Row counts only',
    ]);
  });

  it('lists tables whose only change is the row count in one table', () => {
    expect(markdown).toContain('| `items` | 10 → 12 (+20%) |');
  });

  it('nests under a chosen heading level', () => {
    expect(renderMarkdown(diff, { headingLevel: 3 }).startsWith('### test-data')).toBe(true);
  });

  it('says so when nothing changed', () => {
    expect(renderMarkdown(diffVersions(before, before))).toContain('No differences between');
  });

  it('fences values that hold backticks', () => {
    const odd = diffVersions(
      version('1', [table('t', [column('c', 'text', { unit: 'a`b' })])]),
      version('2', [table('t', [column('c', 'text', { unit: 'c' })])]),
    );
    expect(renderMarkdown(odd)).toContain('from ``a`b`` to `c`');
  });
});

describe('renderText', () => {
  it('groups by table with breaking lines marked first', () => {
    const text = renderText(diff);
    const admissions = text.slice(text.indexOf('`admissions`'));
    expect(admissions.split('\n').slice(0, 3)).toEqual([
      '`admissions`  [breaking]',
      expect.stringMatching(/^ {2}BREAKING Column `discharged_to_location` renamed/),
      expect.stringMatching(/^ {2}- /),
    ]);
  });
});
