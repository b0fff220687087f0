import type { ComparableVersion } from '../diff/comparable.ts';
import type { Quoting } from '../diff/describe.ts';
import type { TableDiff, VersionDiff } from '../diff/version-diff.ts';
import type { NameRef, RenameClaim } from './rename-claims.ts';

/** What a rename claim is checked against. */
export interface RenameContext {
  before: ComparableVersion | undefined;
  after: ComparableVersion;
  diff: VersionDiff | undefined;
  q: Quoting;
}

const same = (a: string | undefined, b: string | undefined) =>
  a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();

/**
 * Why the data does not show a rename the notes document, with what the
 * data shows instead; undefined when the diff has the rename.
 */
export function checkRenameClaim(claim: RenameClaim, context: RenameContext): string | undefined {
  const { before, after, diff, q } = context;
  const { from, to } = claim;
  if (!before || !diff) {
    return `${after.id ?? 'this'} is the first version: there is nothing to rename from`;
  }
  const tables = diff.tables.filter((t) => inTable(t, from) || inTable(t, to));
  const bare = from.table === undefined && to.table === undefined;
  if (bare && diff.tables.some((t) => same(t.rename?.from, from.name) && same(t.name, to.name))) {
    return undefined;
  }
  const columns = tables.flatMap((t) => t.columns.map((c) => ({ table: t, column: c })));
  if (columns.some(({ column: c }) => same(c.rename?.from, from.name) && same(c.name, to.name))) {
    return undefined;
  }
  const elsewhere = columns.find(({ column: c }) => same(c.rename?.from, from.name));
  if (elsewhere) {
    const { table, column } = elsewhere;
    return `the data renames ${q.code(`${table.name}.${from.name}`)} to ` +
      `${q.code(column.name)}, not ${q.code(to.name)}`;
  }
  const split = columns.find(({ table, column: c }) => c.status === 'removed' &&
    same(c.name, from.name) &&
    table.columns.some((d) => d.status === 'added' && same(d.name, to.name)));
  if (split) {
    const table = split.table.name;
    return `the data shows ${q.code(`${table}.${from.name}`)} removed and ` +
      `${q.code(to.name)} added, not renamed; if it is a rename, write ` +
      `${q.code(`renamed_from: ${from.name}`)} on ${q.code(to.name)} in ` +
      `${q.code(`tables/${table}.yaml`)}`;
  }
  const tableSplit = bare &&
    diff.tables.some((t) => t.status === 'removed' && same(t.name, from.name)) &&
    diff.tables.some((t) => t.status === 'added' && same(t.name, to.name));
  if (tableSplit) {
    return `the data shows table ${q.code(from.name)} removed and ${q.code(to.name)} added, ` +
      `not renamed; if it is a rename, write ${q.code(`renamed_from: ${from.name}`)} in ` +
      `${q.code(`tables/${to.name}.yaml`)}`;
  }
  if (!holds(before, from)) {
    return `${before.id ?? 'the older version'} has no ${describe(from, q)}`;
  }
  return `the data shows no rename of ${describe(from, q)} to ${q.code(to.name)} from ` +
    `${before.id ?? 'the older version'} to ${after.id ?? 'the newer one'}`;
}

function inTable(table: TableDiff, ref: NameRef): boolean {
  if (ref.table === undefined) return true;
  return [table.name, table.rename?.from, table.before?.name].some((n) => same(n, ref.table));
}

function holds(version: ComparableVersion, ref: NameRef): boolean {
  return version.tables.some((table) => ref.table === undefined
    ? same(table.name, ref.name) || table.columns.some((c) => same(c.name, ref.name))
    : same(table.name, ref.table) && table.columns.some((c) => same(c.name, ref.name)));
}

function describe(ref: NameRef, q: Quoting): string {
  return ref.table === undefined
    ? `table or column ${q.code(ref.name)}`
    : `column ${q.code(`${ref.table}.${ref.name}`)}`;
}
