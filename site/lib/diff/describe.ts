import { columnVerdicts, signedPercent, tableVerdicts } from './classify.ts';
import type {
  ChangeValue,
  ColumnDiff,
  DiffSummary,
  FieldChange,
  Rename,
  TableDiff,
} from './version-diff.ts';

/**
 * Sentences for a diff, shared by the Markdown and terminal renderers so
 * that both say the same thing. Only quoting differs between them.
 */
export interface Quoting {
  /** A name or value, such as `hadm_id`. */
  code(text: string): string;
}

export interface Line {
  text: string;
  breaking: boolean;
  /** The column the line is about; undefined for the table itself. */
  column?: ColumnDiff | undefined;
}

export interface TableStory {
  table: TableDiff;
  headline: string;
  /** Breaking lines first, each group in table order. */
  lines: Line[];
}

export function tellTable(table: TableDiff, q: Quoting): TableStory {
  const lines: Line[] = [];
  const name = q.code(table.name);
  if (table.status === 'added') {
    lines.push({ text: `Table added with ${count(table.after?.columns.length ?? 0, 'column')}.`,
      breaking: false });
  }
  if (table.status === 'removed') {
    lines.push({ text: `Table removed — ${tableVerdicts.removed.reason}.`, breaking: true });
  }
  if (table.rename) {
    lines.push({ text: `Table ${renamed(table.rename, q)}.`, breaking: true });
  }
  if (table.move) {
    const from = table.move.from === undefined ? 'no module' : `module ${q.code(table.move.from)}`;
    const to = table.move.to === undefined ? 'no module' : `module ${q.code(table.move.to)}`;
    lines.push({ text: `Moved from ${from} to ${to} — ${tableVerdicts.moved.reason}.`,
      breaking: true });
  }
  for (const change of table.changes) {
    const label = fieldLabel(change.field);
    const text = `${label.charAt(0).toUpperCase()}${label.slice(1)} ${changed(change, q)}`;
    lines.push({ text, breaking: change.breaking });
  }
  for (const column of table.columns) lines.push(...tellColumn(column, q));
  return {
    table,
    headline: name,
    lines: [...lines.filter((l) => l.breaking), ...lines.filter((l) => !l.breaking)],
  };
}

function tellColumn(column: ColumnDiff, q: Quoting): Line[] {
  const name = `Column ${q.code(column.name)}`;
  if (column.status === 'added') {
    const type = column.after ? ` (${typeText(column.after.type)})` : '';
    return [{ text: `${name} added${type}.`, breaking: false, column }];
  }
  if (column.status === 'removed') {
    return [{ text: `${name} removed — ${columnVerdicts.removed.reason}.`, breaking: true,
      column }];
  }
  const lines: Line[] = [];
  if (column.rename) {
    lines.push({ text: `${name} ${renamed(column.rename, q)}.`, breaking: true, column });
  }
  for (const change of column.changes) {
    lines.push({
      text: `${name}: ${fieldLabel(change.field)} ${changed(change, q)}`,
      breaking: change.breaking,
      column,
    });
  }
  return lines;
}

function renamed(rename: Rename, q: Quoting): string {
  const how = rename.source === 'content'
    ? rename.reason
    : `inferred, confidence ${rename.confidence.toFixed(2)}: ${rename.reason}`;
  return `renamed from ${q.code(rename.from)} (${how})`;
}

/** "widened from `integer` to `bigint`: wider type: every old value still fits." */
function changed(change: FieldChange, q: Quoting): string {
  // Long free text would swamp the line; the reason says it was reworded.
  const wordy = change.field === 'description' || change.field === 'row';
  const { from, to } = change;
  let verb = change.kind === 'widened' || change.kind === 'narrowed' ? change.kind : 'changed';
  let values = '';
  if (from === null) [verb, values] = ['added', wordy || to === null ? '' : ` (${shown(to, q)})`];
  else if (to === null) [verb, values] = ['removed', wordy ? '' : ` (was ${shown(from, q)})`];
  else if (!wordy) values = ` from ${shown(from, q)} to ${shown(to, q)}`;
  const note = change.note ? ` Note: ${change.note}.` : '';
  return `${verb}${values} — ${change.reason}.${note}`;
}

function shown(value: ChangeValue, q: Quoting): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return 'none';
    const first = value.slice(0, 8).map((v) => q.code(String(v))).join(', ');
    return value.length > 8 ? `${first} and ${value.length - 8} more` : first;
  }
  return q.code(String(value));
}

const fieldLabels: Record<string, string> = {
  name: 'name',
  type: 'type',
  required: 'required',
  unit: 'unit',
  description: 'description',
  values: 'value set',
  missing: 'missing-value codes',
  code_system: 'code system',
  row: 'row meaning',
  primary_key: 'primary key',
  foreign_keys: 'foreign keys',
  row_count: 'row count',
};

function fieldLabel(field: string): string {
  return fieldLabels[field] ?? field.replace(/_/g, ' ');
}

function typeText(type: string | { canonical: string }): string {
  return typeof type === 'string' ? type : type.canonical;
}

export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * A table whose only news is its row count: renderers list these together
 * so that a release that refreshes every table stays readable.
 */
export function onlyRowCount(table: TableDiff): boolean {
  return table.status === 'matched' && !table.rename && !table.move &&
    table.columns.length === 0 && table.changes.every((c) => c.field === 'row_count');
}

/** "28954 → 35402 (+22.3%)" */
export function rowCountText(table: TableDiff): string {
  const change = table.changes.find((c) => c.field === 'row_count');
  const from = change?.from ?? null;
  const to = change?.to ?? null;
  if (typeof from !== 'number' || typeof to !== 'number') return `${from ?? '?'} → ${to ?? '?'}`;
  const percent = from === 0 ? '' : ` (${signedPercent((to - from) / from)})`;
  return `${from.toLocaleString('en')} → ${to.toLocaleString('en')}${percent}`;
}

/** Tables that break something first, then by name. */
export function storiesOf(tables: readonly TableDiff[], q: Quoting): TableStory[] {
  return tables
    .map((table) => tellTable(table, q))
    .sort((a, b) => Number(b.table.breaking) - Number(a.table.breaking));
}

/** "3 tables changed, 1 added, 1 removed; 5 breaking changes." */
export function headline(summary: DiffSummary): string {
  const t = summary.tables;
  const c = summary.columns;
  const parts = [
    `${count(t.changed, 'table')} changed`,
    `${t.added} added`,
    `${t.removed} removed`,
  ];
  const columns = [`${count(c.added, 'column')} added`, `${c.removed} removed`,
    `${c.renamed} renamed`, `${c.changed} changed`];
  return `${parts.join(', ')}; ${columns.join(', ')}; ` +
    `${count(summary.breaking, 'breaking change')}.`;
}
