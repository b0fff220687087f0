import { describe, expect, it } from 'vitest';
import { backtickQuoting } from '../../site/lib/changelog/code-text.ts';
import { tableHistory } from '../../site/lib/changelog/column-history.ts';
import { consecutiveDiffs } from '../../site/lib/changelog/consecutive.ts';
import { historyLine } from '../../site/lib/changelog/history-line.ts';
import type { ComparableVersion } from '../../site/lib/diff/comparable.ts';
import { column, table, version } from '../fixtures/diff/build.ts';

// Four releases of one table, renamed in 3.0, with a column of each fate.
const versions: ComparableVersion[] = [
  version('1.0', [table('stays', [
    column('stay_id', 'integer'),
    column('los', 'numeric(5,2)', { unit: 'd', required: false }),
    column('legacy_code', 'char(3)'),
    column('unit', 'varchar(20)'),
  ])]),
  version('1.1', [table('stays', [
    column('stay_id', 'bigint'),
    column('los', 'numeric(5,2)', { unit: 'h', required: false }),
    column('unit', 'varchar(20)'),
  ])]),
  version('2.0', [table('stays', [
    column('stay_id', 'bigint'),
    column('los', 'numeric(5,2)', { unit: 'h', required: false }),
    column('care_unit', 'varchar(20)', { renamed_from: 'unit' }),
    column('source', 'text'),
  ])]),
  version('3.0', [table('icu_stays', [
    column('stay_id', 'bigint'),
    column('los', 'numeric(5,2)', { unit: 'h', required: true }),
    column('care_unit', 'varchar(20)'),
    column('source', 'text'),
  ], { renamed_from: 'stays' })]),
];
const ids = versions.map((v) => ({ id: v.id ?? '' }));
const diffs = consecutiveDiffs(versions);
const newest = versions[3]!.tables[0]!;
const history = tableHistory(ids, diffs, 3, newest);
const line = (name: string, at = history) =>
  historyLine(at.columns.get(name)!, '1.0', backtickQuoting);

describe('column history', () => {
  it('follows a column back through a rename and a table rename', () => {
    expect(line('care_unit')).toBe('Since 1.0; renamed from `unit` in 2.0.');
  });

  it('lists type and unit changes in the versions they happened', () => {
    expect(line('stay_id')).toBe('Since 1.0; type widened `integer` → `bigint` in 1.1.');
    expect(line('los')).toBe('Since 1.0; unit `d` → `h` in 1.1; now required in 3.0.');
  });

  it('says when a column was added after the first version', () => {
    expect(line('source')).toBe('Added in 2.0.');
  });

  it('lists columns removed in earlier versions, with the last version that had them', () => {
    expect(history.removed).toEqual([
      { column: 'legacy_code', table: 'stays', lastVersion: '1.0', removedIn: '1.1' },
    ]);
  });

  it('tells only the past of the version asked for', () => {
    const older = tableHistory(ids, diffs, 1, versions[1]!.tables[0]!);
    expect(line('stay_id', older)).toBe('Since 1.0; type widened `integer` → `bigint` in 1.1.');
    expect(older.columns.has('care_unit')).toBe(false);
    expect(line('unit', older)).toBe('Since 1.0.');
  });

  it('starts a table added in a later version at that version', () => {
    const grown = [...versions, version('4.0', [
      ...versions[3]!.tables,
      table('notes', [column('note_id', 'integer')]),
    ])];
    const added = tableHistory(grown.map((v) => ({ id: v.id ?? '' })), consecutiveDiffs(grown), 4,
      grown[4]!.tables[1]!);
    expect(added.since).toBe('4.0');
    expect(historyLine(added.columns.get('note_id')!, '1.0', backtickQuoting))
      .toBe('Added in 4.0.');
    expect(history.since).toBe('1.0');
  });

  it('has nothing to tell about the first version', () => {
    const first = tableHistory(ids, diffs, 0, versions[0]!.tables[0]!);
    expect([...first.columns.values()].map((h) => h.events)).toEqual([[], [], [], []]);
    expect(first.removed).toEqual([]);
  });
});
