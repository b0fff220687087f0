import {
  foreignKeyVerdict,
  nameCaseVerdict,
  primaryKeyVerdict,
  rowCountVerdict,
  type Verdict,
} from './classify.ts';
import { fold, type ComparableTable } from './comparable.ts';
import type { ColumnMatching } from './detect-renames.ts';
import { compareColumnFields, documentVerdict, tidy } from './diff-columns.ts';
import type {
  ChangeValue,
  ColumnDiff,
  FieldChange,
  Rename,
  TableDiff,
  TableField,
} from './version-diff.ts';

/**
 * Newer-version names of renamed tables and columns, once every rename is
 * known; undefined for anything that kept its name or is gone.
 */
export interface RenameMaps {
  table(before: string): string | undefined;
  column(beforeTable: string, beforeColumn: string): string | undefined;
}

/** What differs in a table present in both versions; undefined when nothing does. */
export function diffTablePair(
  before: ComparableTable,
  after: ComparableTable,
  rename: Rename | undefined,
  matching: ColumnMatching,
  maps: RenameMaps,
): TableDiff | undefined {
  const columns = diffColumns(before, after, matching);
  const changes = tableChanges(before, after, rename !== undefined, maps);
  const move = fold(before.module ?? '') === fold(after.module ?? '')
    ? undefined
    : { from: before.module, to: after.module };
  if (!rename && !move && changes.length === 0 && columns.length === 0) return undefined;
  return {
    status: 'matched',
    name: after.name,
    before,
    after,
    rename,
    move,
    changes,
    columns,
    breaking: rename !== undefined || move !== undefined ||
      changes.some((c) => c.breaking) || columns.some((c) => c.breaking),
  };
}

export function addedTable(after: ComparableTable): TableDiff {
  return {
    status: 'added', name: after.name, before: undefined, after, rename: undefined,
    move: undefined, changes: [], columns: [], breaking: false,
  };
}

export function removedTable(before: ComparableTable): TableDiff {
  return {
    status: 'removed', name: before.name, before, after: undefined, rename: undefined,
    move: undefined, changes: [], columns: [], breaking: true,
  };
}

/**
 * Changed, added and removed columns; newer order first, then removals in
 * older order.
 * TODO(column-order): a change in the order of kept columns is not reported,
 * though readers that take CSV columns by position would want to know.
 * TODO(moved-columns): a column moved to another table shows as a removal
 * and an addition; renames are only sought within one table.
 */
function diffColumns(
  before: ComparableTable,
  after: ComparableTable,
  matching: ColumnMatching,
): ColumnDiff[] {
  const present: ColumnDiff[] = [];
  for (const pair of matching.pairs) {
    const [old, now] = [before.columns[pair.before], after.columns[pair.after]];
    if (!old || !now) continue;
    const changes = compareColumnFields(old, now, pair.rename !== undefined);
    const note = matching.notes.get(pair.after);
    const typeChange = changes.find((c) => c.field === 'type');
    if (note && typeChange) typeChange.note = note;
    if (!pair.rename && changes.length === 0) continue;
    present.push({
      status: 'matched', name: now.name, before: old, after: now, index: pair.after,
      rename: pair.rename, changes,
      breaking: pair.rename !== undefined || changes.some((c) => c.breaking),
    });
  }
  for (const j of matching.added) {
    const now = after.columns[j];
    if (!now) continue;
    present.push({
      status: 'added', name: now.name, before: undefined, after: now, index: j,
      rename: undefined, changes: [], breaking: false,
    });
  }
  present.sort((a, b) => a.index - b.index);
  const removed = matching.removed.flatMap((i): ColumnDiff[] => {
    const old = before.columns[i];
    if (!old) return [];
    return [{
      status: 'removed', name: old.name, before: old, after: undefined, index: i,
      rename: undefined, changes: [], breaking: true,
    }];
  });
  return [...present, ...removed];
}

function tableChanges(
  before: ComparableTable,
  after: ComparableTable,
  renamed: boolean,
  maps: RenameMaps,
): FieldChange<TableField>[] {
  const changes: FieldChange<TableField>[] = [];
  const add = (field: TableField, from: ChangeValue, to: ChangeValue, v: Verdict | undefined) => {
    if (v) changes.push({ field, from, to, kind: v.kind, breaking: v.breaking, reason: v.reason });
  };
  if (!renamed && before.name !== after.name) {
    add('name', before.name, after.name, nameCaseVerdict());
  }
  const [described, redescribed] = [tidy(before.description), tidy(after.description)];
  const description = documentVerdict(described, redescribed);
  add('description', described ?? null, redescribed ?? null, description);
  const [row, newRow] = [tidy(before.row), tidy(after.row)];
  add('row', row ?? null, newRow ?? null, documentVerdict(row, newRow));
  add('row_count', before.row_count ?? null, after.row_count ?? null,
    countVerdict(before.row_count, after.row_count));
  const oldKey = (before.primary_key ?? []).map((c) => maps.column(before.name, c) ?? c);
  const newKey = after.primary_key ?? [];
  if (!sameSet(oldKey, newKey)) {
    const verdict = primaryKeyVerdict(oldKey, newKey);
    add('primary_key', [...(before.primary_key ?? [])], [...newKey], verdict);
  }
  const oldLinks = foreignKeys(before, maps);
  const newLinks = foreignKeys(after, undefined);
  const gone = [...oldLinks.keys()].filter((k) => !newLinks.has(k)).map((k) => oldLinks.get(k)!);
  const come = [...newLinks.keys()].filter((k) => !oldLinks.has(k)).map((k) => newLinks.get(k)!);
  if (gone.length + come.length > 0) {
    const shown = (links: Map<string, string>) => [...links.values()];
    add('foreign_keys', shown(foreignKeys(before, undefined)), shown(newLinks),
      foreignKeyVerdict(come, gone));
  }
  return changes;
}

function countVerdict(before: number | undefined, after: number | undefined): Verdict | undefined {
  if (before === after) return undefined;
  if (before === undefined) return { kind: 'added', breaking: false, reason: 'now documented' };
  if (after === undefined) {
    return { kind: 'removed', breaking: false, reason: 'no longer documented' };
  }
  return rowCountVerdict(before, after);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const folded = new Set(a.map(fold));
  return folded.size === new Set(b.map(fold)).size && b.every((name) => folded.has(fold(name)));
}

/**
 * Foreign keys as `columns → table.references`, keyed by their folded form.
 * With `maps`, older names are first translated to the newer version's, so
 * that a key over a renamed column is not reported as removed and re-added.
 */
function foreignKeys(table: ComparableTable, maps: RenameMaps | undefined): Map<string, string> {
  const links = new Map<string, string>();
  for (const key of table.foreign_keys ?? []) {
    const own = (c: string) => (maps ? maps.column(table.name, c) ?? c : c);
    const target = maps ? maps.table(key.table) ?? key.table : key.table;
    const theirs = (c: string) => (maps ? maps.column(key.table, c) ?? c : c);
    const text = `${key.columns.map(own).join(', ')} → ` +
      `${target}.${(key.references ?? key.columns).map(theirs).join(', ')}`;
    links.set(fold(text), text);
  }
  return links;
}
