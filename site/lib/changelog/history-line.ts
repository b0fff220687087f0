import type { Quoting } from '../diff/describe.ts';
import type { ChangeValue } from '../diff/version-diff.ts';
import type { ColumnEvent, ColumnHistory } from './column-history.ts';

/**
 * One short line per column for a table page, so that the page stays light:
 * "Since 1.0; type widened `integer` → `bigint` in 1.1." or "Added in 2.0."
 */
export function historyLine(history: ColumnHistory, first: string, q: Quoting): string {
  const start = history.since === first ? `Since ${history.since}` : `Added in ${history.since}`;
  const events = history.events.map((e) => `${eventText(e, q)} in ${e.version}`);
  return `${[start, ...events].join('; ')}.`;
}

function eventText(event: ColumnEvent, q: Quoting): string {
  if (event.rename) return `renamed from ${q.code(event.rename.from)}`;
  const change = event.change;
  if (!change) return 'changed';
  const { from, to } = change;
  const label = labels[change.field] ?? change.field.replace(/_/g, ' ');
  if (change.field === 'required') return to === true ? 'now required' : 'now optional';
  if (change.field === 'values' || change.field === 'missing') return `${label} changed`;
  if (from === null) return `${label} ${value(to, q)} added`;
  if (to === null) return `${label} ${value(from, q)} removed`;
  const verb = change.kind === 'widened' || change.kind === 'narrowed' ? ` ${change.kind}` : '';
  return `${label}${verb} ${value(from, q)} → ${value(to, q)}`;
}

const labels: Record<string, string> = {
  values: 'value set',
  missing: 'missing-value codes',
  code_system: 'code system',
};

function value(v: ChangeValue, q: Quoting): string {
  return Array.isArray(v) ? v.map((x) => q.code(String(x))).join(', ') : q.code(String(v));
}
