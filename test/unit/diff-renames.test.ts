import { describe, expect, it } from 'vitest';
import { diffVersions } from '../../site/lib/diff/diff-versions.ts';
import {
  column,
  columnNamed,
  columnRenames,
  diffTable,
  statuses,
  table,
  tableNamed,
  version,
} from '../fixtures/diff/build.ts';

// A plain import: names and types only, as a CSV or DDL file gives them.
const admissionsV1 = table('admissions', [
  column('subject_id', 'integer'),
  column('hadm_id', 'integer'),
  column('admittime', 'timestamp'),
  column('discharge_location', 'varchar(255)'),
  column('admission_type', 'varchar(40)'),
]);

describe('renames without hints', () => {
  it('recognises an expanded name with an inflected word from a plain import', () => {
    const after = table('admissions', [
      column('subject_id', 'integer'),
      column('hadm_id', 'integer'),
      column('admittime', 'timestamp'),
      column('discharged_to_location', 'varchar(255)'),
      column('admission_type', 'varchar(40)'),
    ]);
    const diff = diffTable(admissionsV1, after);
    expect(columnRenames(diff)).toEqual(['discharge_location → discharged_to_location']);
    const rename = columnNamed(diff, 'admissions', 'discharged_to_location').rename;
    expect(rename?.source).toBe('inferred');
    expect(rename?.confidence).toBeGreaterThan(0.8);
    expect(rename?.confidence).toBeLessThanOrEqual(1);
    expect(rename?.reason).toContain('shares name words');
  });

  it('recognises reordered name words from a plain import', () => {
    const before = table('stays', [
      column('stay_id', 'integer'),
      column('parent_stay_id', 'integer'),
      column('intime', 'timestamp'),
    ]);
    const after = table('stays', [
      column('stay_id', 'integer'),
      column('stay_parent_id', 'integer'),
      column('intime', 'timestamp'),
    ]);
    expect(columnRenames(diffTable(before, after))).toEqual(['parent_stay_id → stay_parent_id']);
  });

  it('recognises an abbreviation and a changed separator', () => {
    const before = table('stays', [
      column('stay_id', 'integer'),
      column('los', 'double precision'),
      column('first_careunit', 'varchar(20)'),
    ]);
    const after = table('stays', [
      column('stay_id', 'integer'),
      column('length_of_stay', 'double precision'),
      column('first_care_unit', 'varchar(20)'),
    ]);
    expect(columnRenames(diffTable(before, after))).toEqual([
      'los → length_of_stay',
      'first_careunit → first_care_unit',
    ]);
  });

  it('recognises a rename by its description when the name changes completely', () => {
    const before = table('vitals', [
      column('stay_id', 'integer', { description: 'The stay.' }),
      column('hr', 'smallint', { description: 'Heart rate in beats per minute.', unit: '/min' }),
    ]);
    const after = table('vitals', [
      column('stay_id', 'integer', { description: 'The stay.' }),
      column('pulse', 'smallint', { description: 'Heart rate in beats per minute.', unit: '/min' }),
    ]);
    const diff = diffTable(before, after);
    expect(columnRenames(diff)).toEqual(['hr → pulse']);
    expect(columnNamed(diff, 'vitals', 'pulse').rename?.reason).toContain('similar description');
  });

  it('keeps a removal and an addition when the names share nothing', () => {
    const before = table('events', [
      column('event_id', 'integer'),
      column('charttime', 'timestamp'),
    ]);
    const after = table('events', [
      column('event_id', 'integer'),
      column('storetime', 'timestamp'),
    ]);
    const diff = diffTable(before, after);
    expect(columnRenames(diff)).toEqual([]);
    expect(statuses(diff, 'events')).toEqual(['added storetime', 'removed charttime']);
  });

  it('does not pair columns that share only a common word such as id', () => {
    const before = table('links', [
      column('link_id', 'integer'),
      column('subject_id', 'integer'),
      column('note', 'text'),
    ]);
    const after = table('links', [
      column('link_id', 'integer'),
      column('hadm_id', 'integer'),
      column('note', 'text'),
    ]);
    expect(columnRenames(diffTable(before, after))).toEqual([]);
  });

  it('does not invent renames when a column is inserted mid-table', () => {
    const after = table('admissions', [
      column('subject_id', 'integer'),
      column('hadm_id', 'integer'),
      column('admit_provider_id', 'varchar(10)'),
      column('admittime', 'timestamp'),
      column('discharge_location', 'varchar(255)'),
      column('admission_type', 'varchar(40)'),
    ]);
    const diff = diffTable(admissionsV1, after);
    expect(columnRenames(diff)).toEqual([]);
    expect(statuses(diff, 'admissions')).toEqual(['added admit_provider_id']);
  });

  it('pairs the right columns when an insertion and a rename happen together', () => {
    const after = table('admissions', [
      column('subject_id', 'integer'),
      column('hadm_id', 'integer'),
      column('admit_source', 'varchar(255)'),
      column('admittime', 'timestamp'),
      column('discharged_to_location', 'varchar(255)'),
      column('admission_type', 'varchar(40)'),
    ]);
    const diff = diffTable(admissionsV1, after);
    expect(columnRenames(diff)).toEqual(['discharge_location → discharged_to_location']);
    expect(columnNamed(diff, 'admissions', 'admit_source').status).toBe('added');
  });
});

describe('renames with hints', () => {
  it('takes renamed_from as certain even when the names share nothing', () => {
    const before = table('vitals', [column('stay_id', 'integer'), column('hr', 'smallint')]);
    const after = table('vitals', [
      column('stay_id', 'integer'),
      column('pulse_bpm', 'text', { renamed_from: 'hr' }),
    ]);
    const rename = columnNamed(diffTable(before, after), 'vitals', 'pulse_bpm').rename;
    expect(rename).toEqual({
      from: 'hr',
      to: 'pulse_bpm',
      confidence: 1,
      reason: 'renamed_from in content',
      source: 'content',
    });
  });

  it('maps a reused name to the renamed column and reports the new one as added', () => {
    const before = table('labs', [
      column('lab_id', 'integer'),
      column('value', 'varchar(200)', { description: 'The result as written by the lab.' }),
    ]);
    const after = table('labs', [
      column('lab_id', 'integer'),
      column('value_text', 'varchar(200)', {
        renamed_from: 'value',
        description: 'The result as written by the lab.',
      }),
      column('value', 'numeric(12,4)', { description: 'The numeric result, when there is one.' }),
    ]);
    const diff = diffTable(before, after);
    expect(columnRenames(diff)).toEqual(['value → value_text']);
    expect(columnNamed(diff, 'labs', 'value').status).toBe('added');
    expect(columnNamed(diff, 'labs', 'value_text').changes).toEqual([]);
  });

  it('reports a reused name without a hint as a breaking type change with a note', () => {
    const before = table('labs', [
      column('lab_id', 'integer'),
      column('value', 'varchar(200)', { description: 'The result as written by the lab.' }),
    ]);
    const after = table('labs', [
      column('lab_id', 'integer'),
      column('value_text', 'varchar(200)', { description: 'The result as written by the lab.' }),
      column('value', 'numeric(12,4)', { description: 'Numeric measurement, when there is one.' }),
    ]);
    const diff = diffTable(before, after);
    const value = columnNamed(diff, 'labs', 'value');
    const type = value.changes.find((c) => c.field === 'type');
    expect(value.status).toBe('matched');
    expect(type).toMatchObject({ from: 'varchar(200)', to: 'numeric(12,4)', breaking: true });
    expect(type?.note).toContain('may now hold a different column');
    expect(type?.note).toContain('`value_text`');
    expect(columnNamed(diff, 'labs', 'value_text').status).toBe('added');
  });

  it('warns when renamed_from names nothing in the older version', () => {
    const before = table('labs', [column('lab_id', 'integer')]);
    const after = table('labs', [
      column('lab_id', 'integer'),
      column('flag', 'text', { renamed_from: 'abnormal_flag' }),
    ]);
    const diff = diffTable(before, after);
    expect(diff.warnings).toEqual([
      'column `labs.flag`: renamed_from `abnormal_flag` names nothing in the older version',
    ]);
    expect(columnNamed(diff, 'labs', 'flag').status).toBe('added');
  });
});

describe('table renames', () => {
  const columns = [
    column('lab_id', 'integer'),
    column('subject_id', 'integer'),
    column('charttime', 'timestamp'),
    column('value', 'text'),
  ];

  it('recognises a table renamed without a hint by its columns and name', () => {
    const diff = diffVersions(
      version('1.0', [table('labevents', columns, { module: 'hosp' })]),
      version('2.0', [table('lab_events', columns, { module: 'hosp' })]),
    );
    const renamed = tableNamed(diff, 'lab_events');
    expect(renamed.status).toBe('matched');
    expect(renamed.rename)
      .toMatchObject({ from: 'labevents', to: 'lab_events', source: 'inferred' });
    expect(renamed.rename?.reason).toContain('100% of columns in common');
    expect(renamed.breaking).toBe(true);
  });

  it('follows renamed_from on a table and the column renames inside it', () => {
    const diff = diffVersions(
      version('1.0', [table('labs', columns)]),
      version('2.0', [table('results', [
        column('lab_id', 'integer'),
        column('subject_id', 'integer'),
        column('charted_at', 'timestamp', { renamed_from: 'charttime' }),
        column('value', 'text'),
      ], { renamed_from: 'labs' })]),
    );
    expect(tableNamed(diff, 'results').rename?.source).toBe('content');
    expect(columnRenames(diff)).toEqual(['charttime → charted_at']);
  });

  it('keeps unrelated tables as a removal and an addition', () => {
    const diff = diffVersions(
      version('1.0', [table('services', [column('service', 'text'), column('moved_at', 'date')])]),
      version('2.0', [
        table('microbiology', [column('organism', 'text'), column('tested', 'date')]),
      ]),
    );
    expect(diff.tables.map((t) => `${t.status} ${t.name}`)).toEqual([
      'added microbiology',
      'removed services',
    ]);
  });
});
