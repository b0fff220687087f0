import { describe, expect, it } from 'vitest';
import type { ComparableColumn } from '../../site/lib/diff/comparable.ts';
import { diffVersions } from '../../site/lib/diff/diff-versions.ts';
import {
  column,
  columnNamed,
  diffTable,
  table,
  tableNamed,
  version,
} from '../fixtures/diff/build.ts';

/** The one change to column `c` when only `before` and `after` differ. */
function changeOf(before: Partial<ComparableColumn>, after: Partial<ComparableColumn>) {
  const diff = diffTable(
    table('t', [column('id', 'integer'), { name: 'c', type: 'text', ...before }]),
    table('t', [column('id', 'integer'), { name: 'c', type: 'text', ...after }]),
  );
  const changes = columnNamed(diff, 't', 'c').changes;
  expect(changes).toHaveLength(1);
  return changes[0]!;
}

describe('breaking classification of column changes', () => {
  it('finds a column becoming required not breaking, and optional breaking', () => {
    expect(changeOf({ required: false }, { required: true }).breaking).toBe(false);
    expect(changeOf({ required: true }, { required: false }).breaking).toBe(true);
  });

  it('finds a changed unit breaking, and a newly documented unit not', () => {
    expect(changeOf({ unit: 'mL/hr' }, { unit: 'mL/min' })).toMatchObject({
      field: 'unit', from: 'mL/hr', to: 'mL/min', breaking: true,
    });
    expect(changeOf({}, { unit: 'kg' })).toMatchObject({ kind: 'added', breaking: false });
  });

  it('finds a description edit not breaking and ignores spacing', () => {
    expect(changeOf({ description: 'The dose.' }, { description: 'The dose given.' }).breaking)
      .toBe(false);
    const diff = diffTable(
      table('t', [column('c', 'text', { description: 'The  dose.\n' })]),
      table('t', [column('c', 'text', { description: 'The dose.' })]),
    );
    expect(diff.tables).toEqual([]);
  });

  it('finds removed value-set codes breaking and added ones not', () => {
    const codes = (...list: string[]) => list.map((code) => ({ code, label: `label ${code}` }));
    const removed = changeOf({ values: codes('F', 'M', 'U') }, { values: codes('F', 'M') });
    expect(removed).toMatchObject({ field: 'values', kind: 'removed', breaking: true });
    expect(removed.reason).toContain('`U`');
    const added = changeOf({ values: codes('F', 'M') }, { values: codes('F', 'M', 'X') });
    expect(added).toMatchObject({ kind: 'added', breaking: false });
  });

  it('treats numeric and text spellings of a code as one code', () => {
    const diff = diffTable(
      table('t', [column('c', 'text', { values: [{ code: 1, label: 'yes' }] })]),
      table('t', [column('c', 'text', { values: [{ code: '1', label: 'yes' }] })]),
    );
    expect(diff.tables).toEqual([]);
  });

  it('finds a new missing-value code breaking, since analyses count it as data', () => {
    const change = changeOf({}, { missing: [{ code: -1, reason: 'not measured' }] });
    expect(change).toMatchObject({ field: 'missing', to: ['-1'], breaking: true });
  });

  it('finds a changed code system breaking', () => {
    expect(changeOf({ code_system: 'ICD-9-CM' }, { code_system: 'ICD-10-CM' }).breaking)
      .toBe(true);
  });

  it('finds a change of letter case in a column name breaking', () => {
    const diff = diffTable(
      table('t', [column('Value', 'text')]),
      table('t', [column('value', 'text')]),
    );
    expect(columnNamed(diff, 't', 'value').changes[0])
      .toMatchObject({ field: 'name', breaking: true });
  });

  it('finds added columns not breaking and removed columns breaking', () => {
    const diff = diffTable(
      table('t', [column('id', 'integer'), column('old_flag', 'boolean')]),
      table('t', [column('id', 'integer'), column('ward_code', 'varchar(8)')]),
    );
    expect(tableNamed(diff, 't').columns.map((c) => [c.status, c.breaking])).toEqual([
      ['added', false],
      ['removed', true],
    ]);
  });
});

describe('table changes', () => {
  const stays = table('stays', [column('stay_id', 'integer'), column('patient_id', 'integer')], {
    module: 'icu',
    primary_key: ['stay_id'],
  });

  it('reports a table whose module changes as a breaking move, not a removal and addition', () => {
    const diff = diffVersions(version('1', [stays]), version('2', [{ ...stays, module: 'hosp' }]));
    expect(diff.tables).toHaveLength(1);
    expect(tableNamed(diff, 'stays')).toMatchObject({
      status: 'matched', move: { from: 'icu', to: 'hosp' }, breaking: true,
    });
  });

  it('matches table names without letter case but reports the new spelling', () => {
    const diff = diffVersions(version('1', [stays]), version('2', [{ ...stays, name: 'Stays' }]));
    expect(tableNamed(diff, 'Stays').changes).toMatchObject([{ field: 'name', breaking: true }]);
  });

  it('finds a primary key change breaking', () => {
    const diff = diffVersions(
      version('1', [stays]),
      version('2', [{ ...stays, primary_key: ['stay_id', 'patient_id'] }]),
    );
    expect(tableNamed(diff, 'stays').changes).toMatchObject([
      { field: 'primary_key', from: ['stay_id'], to: ['stay_id', 'patient_id'], breaking: true },
    ]);
  });

  it('does not report a key over a renamed column as changed', () => {
    const renamed = table('stays', [
      column('icu_stay_id', 'integer', { renamed_from: 'stay_id' }),
      column('patient_id', 'integer'),
    ], { module: 'icu', primary_key: ['icu_stay_id'] });
    const diff = diffVersions(version('1', [stays]), version('2', [renamed]));
    expect(tableNamed(diff, 'stays').changes).toEqual([]);
  });

  it('finds a removed foreign key breaking and follows renamed target tables', () => {
    const patients = table('patients', [column('patient_id', 'integer')]);
    const linked = { ...stays, foreign_keys: [{ columns: ['patient_id'], table: 'patients' }] };
    const renamedTarget = table('people', [column('patient_id', 'integer')], {
      renamed_from: 'patients',
    });
    const followed = diffVersions(
      version('1', [patients, linked]),
      version('2', [
        renamedTarget,
        { ...linked, foreign_keys: [{ columns: ['patient_id'], table: 'people' }] },
      ]),
    );
    // Only the renamed table differs: the key still points at the same table.
    expect(followed.tables.map((t) => t.name)).toEqual(['people']);
    const dropped = diffVersions(version('1', [patients, linked]), version('2', [patients, stays]));
    expect(tableNamed(dropped, 'stays').changes).toMatchObject([
      { field: 'foreign_keys', kind: 'removed', breaking: true },
    ]);
  });

  it('reports a row count change as not breaking, with the change in percent', () => {
    const diff = diffVersions(
      version('1', [{ ...stays, row_count: 1000 }]),
      version('2', [{ ...stays, row_count: 1250 }]),
    );
    expect(tableNamed(diff, 'stays').changes).toMatchObject([
      { field: 'row_count', from: 1000, to: 1250, breaking: false },
    ]);
    expect(tableNamed(diff, 'stays').changes[0]?.reason).toContain('+25%');
  });
});

describe('empty versions', () => {
  const tables = [
    table('a', [column('x', 'integer')]),
    table('b', [column('y', 'text')], { module: 'm' }),
  ];

  it('reports every table as added when the older version has none', () => {
    const diff = diffVersions(version('0', []), version('1', tables));
    expect(diff.tables.map((t) => [t.status, t.breaking]))
      .toEqual([['added', false], ['added', false]]);
    expect(diff.summary.tables.added).toBe(2);
    expect(diff.summary.breaking).toBe(0);
  });

  it('reports every table as removed and breaking when the newer version has none', () => {
    const diff = diffVersions(version('1', tables), version('2', []));
    expect(diff.tables.map((t) => [t.status, t.breaking]))
      .toEqual([['removed', true], ['removed', true]]);
    expect(diff.summary.breaking).toBe(2);
  });

  it('reports nothing when both versions are empty', () => {
    const diff = diffVersions(version('1', []), version('2', []));
    expect(diff.tables).toEqual([]);
    expect(diff.summary.tables.unchanged).toBe(0);
  });
});
