import type { Quoting } from '../diff/describe.ts';
import type { ColumnDiff, TableDiff } from '../diff/version-diff.ts';
import type { UnmentionedChange } from './check-notes.ts';

/**
 * Short sentences for the disagreements between release notes and data,
 * and a key that ties a change to its lines in the list of changes.
 */
export function unmentionedText(change: UnmentionedChange, q: Quoting): string {
  const { table, column } = change;
  const subject = column
    ? `Column ${q.code(`${table.name}.${column.name}`)}`
    : `Table ${q.code(table.name)}`;
  const what = column ? columnNews(column, q) : tableNews(table, q);
  return `${subject} ${what}, but the release notes never name it.`;
}

function tableNews(table: TableDiff, q: Quoting): string {
  if (table.status === 'added') return 'was added';
  if (table.status === 'removed') return 'was removed';
  if (table.rename) return `was renamed from ${q.code(table.rename.from)}`;
  if (table.move) {
    const module = (m: string | undefined) => (m === undefined ? 'no module' : q.code(m));
    return `moved from ${module(table.move.from)} to ${module(table.move.to)}`;
  }
  return `changed its ${fieldList(table.changes.map((c) => c.field))}`;
}

function columnNews(column: ColumnDiff, q: Quoting): string {
  if (column.status === 'added') return 'was added';
  if (column.status === 'removed') return 'was removed';
  if (column.rename) return `was renamed from ${q.code(column.rename.from)}`;
  return `changed its ${fieldList(column.changes.map((c) => c.field))}`;
}

const labels: Record<string, string> = {
  values: 'value set',
  missing: 'missing-value codes',
  code_system: 'code system',
  primary_key: 'primary key',
  foreign_keys: 'foreign keys',
};

function fieldList(fields: string[]): string {
  const shown = [...new Set(fields.filter((f) => f !== 'description' && f !== 'row_count' &&
    f !== 'row'))].map((f) => labels[f] ?? f.replace(/_/g, ' '));
  if (shown.length <= 1) return shown[0] ?? 'documentation';
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

/** Identifies a table, or a column within it, across the page. */
export function changeKey(table: TableDiff, column?: ColumnDiff): string {
  return column ? `${table.name}.${column.name}` : table.name;
}
