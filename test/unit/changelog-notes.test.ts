import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkReleaseNotes, type NotesCheck } from '../../site/lib/changelog/check-notes.ts';
import { readNotes } from '../../site/lib/changelog/notes-text.ts';
import { loadContent } from '../../site/lib/content/load-content.ts';
import type { Dataset } from '../../site/lib/dictionary/model.ts';
import { diffVersions } from '../../site/lib/diff/diff-versions.ts';
import type { ComparableVersion } from '../../site/lib/diff/comparable.ts';
import { column, table, version } from '../fixtures/diff/build.ts';

const before = version('1.0', [
  table('stays', [
    column('stay_id', 'integer'),
    column('parent_stay_id', 'integer'),
    column('unit', 'varchar(20)', { values: [{ code: 'MICU', label: 'Medical ICU' }] }),
    column('los', 'numeric(6,2)', { unit: 'd' }),
  ], { module: 'icu' }),
  table('wards', [column('ward_id', 'integer')]),
]);
const after = version('2.0', [
  table('stays', [
    column('stay_id', 'bigint'),
    column('stay_parent_id', 'integer'),
    column('care_unit', 'varchar(20)', { renamed_from: 'unit',
      values: [{ code: 'MICU', label: 'Medical ICU' }] }),
    column('los', 'numeric(6,2)', { unit: 'd' }),
    column('source', 'text'),
  ], { module: 'icu' }),
  table('wards', [column('ward_id', 'integer')]),
]);
const check = (notes: string, from: ComparableVersion = before) =>
  checkReleaseNotes(notes, after, { version: from, diff: diffVersions(from, after) });
const unmentioned = (result: NotesCheck) =>
  result.unmentioned.map((u) => `${u.table.name}${u.column ? `.${u.column.name}` : ''}`);

const complete = `---
title: 2.0
---

- \`stays.stay_id\` is widened to \`bigint\`.
- \`stays.parent_stay_id\` → \`stays.stay_parent_id\`.
- \`unit\` is renamed \`care_unit\`; codes such as \`MICU\` are unchanged.
- New column \`stays.source\`.
`;

describe('changes the notes do not mention', () => {
  it('finds nothing when the notes name every change', () => {
    expect(check(complete)).toEqual({ unmentioned: [], unsupported: [] });
  });

  it('flags a rename the notes never name, as breaking', () => {
    const notes = complete.replace(/^.*parent_stay_id.*\n/m, '');
    const result = check(notes);
    expect(unmentioned(result)).toEqual(['stays.stay_parent_id']);
    expect(result.unmentioned[0]?.breaking).toBe(true);
  });

  it('accepts the old name of a renamed column as a mention', () => {
    const notes = complete.replace(/^.*parent_stay_id.*\n/m, 'The `parent_stay_id` is clearer.\n');
    expect(unmentioned(check(notes))).toEqual([]);
  });

  it('accepts a name written in plain words', () => {
    const notes = complete.replace(/^.*parent_stay_id.*\n/m, 'The stay parent id is now first.\n');
    expect(unmentioned(check(notes))).toEqual([]);
  });

  it('does not take a column of another table as a mention', () => {
    const notes = complete.replace('New column `stays.source`', 'New column `wards.source`');
    expect(unmentioned(check(notes))).toEqual(['stays.source']);
  });

  it('asks for no note about row counts or reworded descriptions', () => {
    const quiet = version('2.1', after.tables.map((t) => ({
      ...t, row_count: 5, description: 'Reworded.',
      columns: t.columns.map((c) => ({ ...c, renamed_from: undefined })),
    })));
    const diff = diffVersions(after, quiet);
    const result = checkReleaseNotes('Nothing new.', quiet, { version: after, diff });
    expect(diff.tables.length).toBe(2);
    expect(result.unmentioned).toEqual([]);
  });

  it('lists breaking changes first', () => {
    const result = check('Nothing to report.');
    const flags = result.unmentioned.map((u) => u.breaking);
    expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
    expect(unmentioned(result)).toEqual(expect.arrayContaining([
      'stays.stay_parent_id', 'stays.care_unit', 'stays.source', 'stays.stay_id',
    ]));
  });
});

describe('documented changes the data does not show', () => {
  it('flags a documented rename that the diff does not contain', () => {
    const notes = `${complete}- \`wards.ward_id\` is renamed \`ward_number\`.\n`;
    const result = check(notes);
    expect(result.unsupported).toEqual([{
      kind: 'rename',
      text: '`wards.ward_id` → `ward_number`',
      line: 9,
      reason: 'the data shows no rename of column `wards.ward_id` to `ward_number` from 1.0 to 2.0',
    }]);
  });

  it('says when the data shows a removal and an addition instead of the rename', () => {
    const plain = version('1.0', [table('t', [column('id', 'integer'), column('a', 'date')])]);
    const now = version('2.0', [table('t', [column('id', 'integer'), column('b', 'text')])]);
    const result = checkReleaseNotes('Renamed `t.a` to `b`.', now,
      { version: plain, diff: diffVersions(plain, now) });
    expect(result.unsupported.map((u) => u.reason)).toEqual([
      'the data shows `t.a` removed and `b` added, not renamed; if it is a rename, write ' +
      '`renamed_from: a` on `b` in `tables/t.yaml`',
    ]);
  });

  it('names the real new name when the data renames the column to something else', () => {
    const result = check(`${complete}\n\`unit\` → \`ward_unit\`\n`);
    expect(result.unsupported.map((u) => u.reason)).toEqual([
      'the data renames `stays.unit` to `care_unit`, not `ward_unit`',
    ]);
  });

  it('flags a name in a code span that neither version has, with a suggestion', () => {
    const result = check(`${complete}\nSee \`stays.care_unti\` and \`wardz\`.\n`);
    expect(result.unsupported.map((u) => [u.text, u.reason])).toEqual([
      ['`stays.care_unti`', '`stays` has no column `care_unti` in 1.0 or 2.0; ' +
        'did you mean `care_unit`?'],
      ['`wardz`', 'no table or column `wardz` in 1.0 or 2.0; did you mean `wards`?'],
    ]);
  });

  it('takes types, units, codes, modules and file names in code spans for what they are', () => {
    const notes = `${complete}\nIn \`icu\`, \`los\` is in \`d\` as \`numeric(6,2)\`; ` +
      'codes stay `MICU`; `NULL` stays; `integer` → `bigint`; see `tables/stays.yaml` ' +
      'and `version.yaml`.\n';
    expect(check(notes).unsupported).toEqual([]);
  });

  it('reads renames written in lists and with "renamed from"', () => {
    const notes = `${complete}\n\`stays.unit\` and \`stays.parent_stay_id\` are renamed ` +
      '`care_unit` and\n`stay_parent_id`. Also `care_unit` (renamed from `unit`).\n';
    expect(check(notes).unsupported).toEqual([]);
  });

  it('ignores arrows between columns of two tables, which describe links', () => {
    const notes = `${complete}\n\`stays.stay_id\` → \`wards.ward_id\` links them.\n`;
    expect(check(notes).unsupported).toEqual([]);
  });

  it('ignores code blocks and comments', () => {
    const notes = `${complete}\n\`\`\`sql\nselect nothing_here from nowhere;\n\`\`\`\n` +
      '{/* `not_a_column` */}\n<!-- `nor_this` -->\n';
    expect(check(notes).unsupported).toEqual([]);
  });

  it('checks a first release against its own dictionary only', () => {
    const result = checkReleaseNotes('Tables `stays` and `nurses`.', after, undefined);
    expect(result.unmentioned).toEqual([]);
    expect(result.unsupported.map((u) => u.text)).toEqual(['`nurses`']);
  });
});

describe('reading release notes', () => {
  it('keeps line numbers after the front matter', () => {
    const notes = readNotes('---\ntitle: x\n---\n\nFirst `a`.\n\n- second\n  `b`\n');
    const code = notes.paragraphs.flat().filter((p) => p.code);
    expect(code.map((p) => [p.text, p.line])).toEqual([['a', 5], ['b', 8]]);
  });

  it('reads double-backtick spans and leaves a lone backtick as text', () => {
    const notes = readNotes('Use ``a`b`` here, and a lone ` tick.');
    expect(notes.paragraphs[0]?.filter((p) => p.code).map((p) => p.text)).toEqual(['a`b']);
  });
});

describe('the demo release notes', () => {
  let icu: Dataset;
  beforeAll(async () => {
    const loaded = await loadContent('content');
    if (!loaded.ok) throw new Error('the demo content is invalid; run npm run check');
    icu = loaded.catalog.datasets.find((d) => d.id === 'meridian-icu')!;
  });
  const notesOf = (id: string) =>
    readFileSync(`content/datasets/meridian-icu/versions/${id}/release-notes.mdx`, 'utf8');

  it('flags the unhinted rename of transfers.parent_stay_id that the 2.0 notes omit', () => {
    const [, previous, newest] = icu.versions;
    const result = checkReleaseNotes(notesOf('2.0'), newest!,
      { version: previous!, diff: diffVersions(previous!, newest!) });
    expect(unmentioned(result)).toEqual(['transfers.stay_parent_id']);
    expect(result.unmentioned[0]?.column?.rename?.from).toBe('parent_stay_id');
    expect(result.unsupported).toEqual([]);
  });

  it('finds the 1.1 notes in agreement with the data', () => {
    const [oldest, next] = icu.versions;
    const result = checkReleaseNotes(notesOf('1.1'), next!,
      { version: oldest!, diff: diffVersions(oldest!, next!) });
    expect(result).toEqual({ unmentioned: [], unsupported: [] });
  });
});
