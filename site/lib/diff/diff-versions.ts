import { fold, type ComparableTable, type ComparableVersion } from './comparable.ts';
import { matchColumns, matchTables, type ColumnMatching } from './detect-renames.ts';
import { addedTable, diffTablePair, removedTable, type RenameMaps } from './diff-tables.ts';
import { TokenWeights } from './similarity.ts';
import type { DiffSummary, TableDiff, VersionDiff } from './version-diff.ts';

/**
 * Everything that differs between two versions of a dataset: the engine's
 * entry point. Pure: it reads nothing and keeps no state between calls.
 */
export function diffVersions(before: ComparableVersion, after: ComparableVersion): VersionDiff {
  const versions = [before, after];
  const tableWeights = new TokenWeights((add) => {
    for (const version of versions) for (const table of version.tables) add(table.name);
  });
  const columnWeights = new TokenWeights((add) => {
    for (const version of versions) {
      for (const table of version.tables) for (const column of table.columns) add(column.name);
    }
  });
  const tables = matchTables(before.tables, after.tables, tableWeights);
  const warnings = [...tables.warnings];

  // Newer names of renamed tables and columns; anything absent kept its name.
  const tableNames = new Map<string, string>();
  for (const { rename } of tables.pairs) {
    if (rename) tableNames.set(fold(rename.from), rename.to);
  }
  const columnNames = new Map<string, Map<string, string>>();
  const maps: RenameMaps = {
    table: (name) => tableNames.get(fold(name)),
    column: (table, column) => columnNames.get(fold(table))?.get(fold(column)),
  };

  const matched: [ComparableTable, ComparableTable, ColumnMatching, number][] = [];
  for (const pair of tables.pairs) {
    const [old, now] = [before.tables[pair.before], after.tables[pair.after]];
    if (!old || !now) continue;
    const targets = {
      before: linkTargets(old, (name) => maps.table(name) ?? name),
      after: linkTargets(now, (name) => name),
    };
    const columns = matchColumns(old, now, columnWeights,
      (side, column) => targets[side].get(fold(column)));
    warnings.push(...columns.warnings);
    // Only renames are kept: a column missing here keeps its name.
    const renamed = columns.pairs.filter((p) => p.rename);
    if (renamed.length > 0) {
      columnNames.set(fold(old.name), new Map(renamed.map((p) => [
        fold(old.columns[p.before]?.name ?? ''),
        now.columns[p.after]?.name ?? '',
      ])));
    }
    matched.push([old, now, columns, pair.before]);
  }

  const renames = new Map(tables.pairs.map((p) => [p.before, p.rename]));
  const diffs: TableDiff[] = [];
  for (const [old, now, columns, index] of matched) {
    const diff = diffTablePair(old, now, renames.get(index), columns, maps);
    if (diff) diffs.push(diff);
  }
  for (const j of tables.added) {
    const table = after.tables[j];
    if (table) diffs.push(addedTable(table));
  }
  for (const i of tables.removed) {
    const table = before.tables[i];
    if (table) diffs.push(removedTable(table));
  }
  diffs.sort((a, b) => fold(a.name).localeCompare(fold(b.name)) || a.name.localeCompare(b.name));
  return {
    dataset: after.dataset ?? before.dataset,
    from: before.id ?? 'before',
    to: after.id ?? 'after',
    tables: diffs,
    summary: summarise(diffs, tables.pairs.length),
    warnings,
  };
}

/** Folded column name → folded name of the table its foreign key points at. */
function linkTargets(
  table: ComparableTable,
  rename: (name: string) => string,
): Map<string, string> {
  const targets = new Map<string, string>();
  for (const key of table.foreign_keys ?? []) {
    for (const column of key.columns) targets.set(fold(column), fold(rename(key.table)));
  }
  return targets;
}

/** Counts for headlines; a table's own breaking change counts once. */
export function summarise(diffs: readonly TableDiff[], pairedTables: number): DiffSummary {
  const count = (test: (d: TableDiff) => boolean) => diffs.filter(test).length;
  const columns = diffs.flatMap((d) => d.columns);
  const countColumns = (test: (c: (typeof columns)[number]) => boolean) =>
    columns.filter(test).length;
  const matched = count((d) => d.status === 'matched');
  const tableBreaks = count((d) =>
    d.status === 'removed' || d.rename !== undefined || d.move !== undefined ||
    d.changes.some((c) => c.breaking));
  return {
    tables: {
      added: count((d) => d.status === 'added'),
      removed: count((d) => d.status === 'removed'),
      renamed: count((d) => d.rename !== undefined),
      moved: count((d) => d.move !== undefined),
      changed: matched,
      unchanged: pairedTables - matched,
    },
    columns: {
      added: countColumns((c) => c.status === 'added'),
      removed: countColumns((c) => c.status === 'removed'),
      renamed: countColumns((c) => c.rename !== undefined),
      changed: countColumns((c) => c.status === 'matched' && c.changes.length > 0),
    },
    breaking: tableBreaks + countColumns((c) => c.breaking),
  };
}
