import type { ComparableTable } from '../diff/comparable.ts';
import type { ColumnField, FieldChange, Rename, VersionDiff } from '../diff/version-diff.ts';

/**
 * How each column of a table came to be as it is in one version: where it
 * first appeared, and each rename and change on the way, read from the
 * diffs of consecutive versions. Columns the table had and lost are listed
 * too. Only versions up to the one asked for count: a table page tells its
 * own past, and the version switcher shows what came after.
 */
export interface ColumnEvent {
  version: string;
  /** Set for a rename; otherwise `change` is. */
  rename?: Rename | undefined;
  change?: FieldChange<ColumnField> | undefined;
}

export interface ColumnHistory {
  column: string;
  /** The first version with the column, under any name. */
  since: string;
  /** Oldest first. Reworded descriptions are left out. */
  events: ColumnEvent[];
}

export interface RemovedColumn {
  /** The name in the last version that had it. */
  column: string;
  /** The table's name in that version. */
  table: string;
  lastVersion: string;
  removedIn: string;
}

export interface TableHistory {
  /** By column name in the version asked for. */
  columns: Map<string, ColumnHistory>;
  /** Newest removal first. */
  removed: RemovedColumn[];
  /** The first version with the table, under any name. */
  since: string;
}

/**
 * `diffs[i]` compares `versions[i]` with `versions[i + 1]`; `at` is the
 * position of the table's version in `versions`.
 */
export function tableHistory(
  versions: readonly { id: string }[],
  diffs: readonly VersionDiff[],
  at: number,
  table: ComparableTable,
): TableHistory {
  const fold = (name: string) => name.toLowerCase();
  const here = versions[at]?.id ?? '?';
  const histories = table.columns.map((c): ColumnHistory =>
    ({ column: c.name, since: here, events: [] }));
  // Column histories still being followed back, by their name in the version reached.
  let open = new Map(histories.map((h) => [fold(h.column), h]));
  const removed: RemovedColumn[] = [];
  let tableName = table.name;
  let since = here;
  for (let i = at; i >= 1; i--) {
    const version = versions[i]!.id;
    const older = versions[i - 1]!.id;
    const diff = diffs[i - 1]?.tables.find((t) =>
      t.status !== 'removed' && fold(t.name) === fold(tableName));
    if (diff?.status === 'added') break;
    const next = new Map<string, ColumnHistory>();
    const columns = new Map((diff?.columns ?? [])
      .filter((c) => c.status !== 'removed')
      .map((c) => [fold(c.name), c]));
    for (const [name, history] of open) {
      const column = columns.get(name);
      if (column?.status === 'added') continue;
      if (column) {
        const changes = column.changes.filter((c) => c.field !== 'description');
        history.events.unshift(
          ...(column.rename ? [{ version, rename: column.rename }] : []),
          ...changes.map((change) => ({ version, change })),
        );
      }
      history.since = older;
      next.set(fold(column?.rename?.from ?? name), history);
    }
    for (const column of diff?.columns ?? []) {
      if (column.status !== 'removed') continue;
      const lastTable = diff?.before?.name ?? tableName;
      removed.push({ column: column.name, table: lastTable, lastVersion: older,
        removedIn: version });
    }
    open = next;
    tableName = diff?.rename?.from ?? tableName;
    since = older;
  }
  return { columns: new Map(histories.map((h) => [h.column, h])), removed, since };
}
