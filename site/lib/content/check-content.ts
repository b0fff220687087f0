import { orderVersions } from '../dictionary/version-order.ts';
import { reservedVersionIds } from '../urls.ts';
import type { TableEntry } from '../schema/table.ts';
import { checkPopulations } from './check-populations.ts';
import { checkRepresentation } from './check-representation.ts';
import type { ContentTree, SourceFile } from './content-tree.ts';
import type { Problem } from './problem.ts';
import { closest } from './suggest.ts';

/**
 * Rules that span files: names match their files, keys point at columns and
 * tables that exist, versions can be ordered, renames point somewhere.
 */
export function checkContent(tree: ContentTree): Problem[] {
  const problems: Problem[] = [];
  for (const dataset of tree.datasets) {
    if (dataset.versionFolders === 0) {
      problems.push({
        file: dataset.file,
        path: '',
        message: 'the dataset has no versions',
        hint: `add a folder versions/<version>/ with a version.yaml beside ${dataset.file}`,
      });
    }
    const order = orderVersions(dataset.versions.map((v) => ({ id: v.id, order: v.data.order })));
    if (!order.ok) {
      problems.push({
        file: dataset.file,
        path: 'versions',
        message: order.reason,
        hint: order.hint,
      });
    }
    const ordered = order.ok ? order.ids : dataset.versions.map((v) => v.id);
    const byId = new Map(dataset.versions.map((v) => [v.id, v]));
    // "Current" belongs to the newest version that is not withdrawn, as in the model.
    const newest = [...ordered].reverse().find((id) => byId.get(id)?.data.status !== 'withdrawn');
    // Without an order, or with a version.yaml that failed on its own, there is
    // no reliable "previous version" to check renames against.
    const complete = order.ok && dataset.versions.length === dataset.versionFolders;
    ordered.forEach((id, i) => {
      const version = byId.get(id)!;
      const previous = !complete ? 'unknown' : i > 0 ? byId.get(ordered[i - 1]!) : undefined;
      checkVersion(version, previous, !order.ok || id === newest, problems);
      problems.push(...checkRepresentation(version));
    });
  }
  problems.push(...checkPopulations(tree));
  return problems;
}

type VersionFile = ContentTree['datasets'][number]['versions'][number];

function checkVersion(
  version: VersionFile,
  previous: VersionFile | undefined | 'unknown',
  newest: boolean,
  problems: Problem[],
): void {
  if (version.data.version !== version.id) {
    problems.push({
      file: version.file,
      path: 'version',
      message: `\`${version.data.version}\` does not match its folder \`${version.id}\``,
      hint: 'rename the folder or change `version` so that they agree',
    });
  }
  if (reservedVersionIds.includes(version.id)) {
    problems.push({
      file: version.file,
      path: 'version',
      message: `\`${version.id}\` is reserved for the site's own pages`,
      hint: `name the version folder something other than ${reservedVersionIds.join(', ')}`,
    });
  }
  if (version.data.status === 'current' && !newest) {
    problems.push({
      file: version.file,
      path: 'status',
      message: 'only the newest version that is not withdrawn can be `current`',
      hint: 'remove `status` to have it worked out from the version order',
    });
  }
  const tables = new Map<string, SourceFile<TableEntry>>();
  for (const table of version.tables) {
    const folded = table.data.name.toLowerCase();
    if (table.data.name !== table.id) {
      problems.push({
        file: table.file,
        path: 'name',
        message: `\`${table.data.name}\` does not match its file name \`${table.id}.yaml\``,
        hint: 'name the file after the table',
      });
    }
    const clash = tables.get(folded);
    if (clash) {
      problems.push({
        file: table.file,
        path: 'name',
        message: `table \`${table.data.name}\` is also defined in ${clash.file}`,
        hint: 'table names must differ in more than letter case within a version',
      });
    } else tables.set(folded, table);
  }
  const invalid = new Set((version.invalidTables ?? []).map((name) => name.toLowerCase()));
  for (const table of version.tables) checkTable(table, tables, invalid, problems);
  if (previous === 'unknown') return;
  const earlier = new Map((previous?.tables ?? []).map((t) => [t.data.name.toLowerCase(), t]));
  const unreadable = new Set((previous?.invalidTables ?? []).map((n) => n.toLowerCase()));
  for (const table of version.tables) {
    // A rename from a table whose file is broken is judged once that file is fixed.
    if (unreadable.has((table.data.renamed_from ?? table.data.name).toLowerCase())) continue;
    checkRenames(table, earlier, previous?.id, problems);
  }
}

function columnNames(table: TableEntry): Map<string, string> {
  return new Map(table.columns.map((c) => [c.name.toLowerCase(), c.name]));
}

function checkTable(
  table: SourceFile<TableEntry>,
  tables: Map<string, SourceFile<TableEntry>>,
  invalid: Set<string>,
  problems: Problem[],
): void {
  const { file, data } = table;
  const seen = new Map<string, number>();
  data.columns.forEach((column, i) => {
    const folded = column.name.toLowerCase();
    const first = seen.get(folded);
    if (first !== undefined) {
      problems.push({
        file,
        path: `columns[${i}].name`,
        message: `column \`${column.name}\` repeats columns[${first}]`,
        hint: 'column names must differ in more than letter case within a table',
      });
    } else seen.set(folded, i);
  });
  const names = columnNames(data);
  const unknownColumn = (name: string, path: string, where: Map<string, string>, in_: string) => {
    if (where.has(name.toLowerCase())) return;
    const guess = closest(name, [...where.values()]);
    problems.push({
      file,
      path,
      message: `\`${name}\` is not a column of \`${in_}\``,
      hint: guess ? `did you mean \`${guess}\`?` : `list one of the columns of \`${in_}\``,
    });
  };
  data.primary_key.forEach((name, i) => unknownColumn(name, `primary_key[${i}]`, names, data.name));
  data.foreign_keys.forEach((key, k) => {
    key.columns.forEach((name, i) =>
      unknownColumn(name, `foreign_keys[${k}].columns[${i}]`, names, data.name),
    );
    const target = tables.get(key.table.toLowerCase());
    // A table whose own file is broken is reported there; do not report it twice.
    if (!target && invalid.has(key.table.toLowerCase())) return;
    if (!target) {
      const guess = closest(
        key.table,
        [...tables.values()].map((t) => t.data.name),
      );
      problems.push({
        file,
        path: `foreign_keys[${k}].table`,
        message: `no table \`${key.table}\` in this version`,
        hint: guess ? `did you mean \`${guess}\`?` : 'add the table, or remove the foreign key',
      });
      return;
    }
    // Without `references`, the same names are looked up in the target; a name
    // already reported as missing here is not reported again there.
    const references =
      key.references ?? key.columns.filter((name) => names.has(name.toLowerCase()));
    if (key.references && references.length !== key.columns.length) {
      problems.push({
        file,
        path: `foreign_keys[${k}].references`,
        message: `${key.columns.length} column(s) refer to ${references.length} column(s)`,
        hint: 'list as many referenced columns as referring ones, in the same order',
      });
    }
    const targetNames = columnNames(target.data);
    references.forEach((name, i) => {
      const path = key.references
        ? `foreign_keys[${k}].references[${i}]`
        : `foreign_keys[${k}].columns[${key.columns.indexOf(name)}]`;
      unknownColumn(name, path, targetNames, target.data.name);
    });
  });
}

function checkRenames(
  table: SourceFile<TableEntry>,
  earlier: Map<string, SourceFile<TableEntry>>,
  previousId: string | undefined,
  problems: Problem[],
): void {
  const { file, data } = table;
  const noPrevious = (path: string, name: string) =>
    problems.push({
      file,
      path,
      message: `renamed from \`${name}\`, but there is no version before this one`,
      hint: 'remove `renamed_from`: it only describes a change from the previous version',
    });
  if (data.renamed_from && !previousId) noPrevious('renamed_from', data.renamed_from);
  if (data.renamed_from && previousId && !earlier.has(data.renamed_from.toLowerCase())) {
    problems.push({
      file,
      path: 'renamed_from',
      message: `version ${previousId} has no table \`${data.renamed_from}\``,
      hint: guessHint(
        data.renamed_from,
        [...earlier.values()].map((t) => t.data.name),
      ),
    });
  }
  const before = earlier.get((data.renamed_from ?? data.name).toLowerCase());
  data.columns.forEach((column, i) => {
    if (!column.renamed_from) return;
    const path = `columns[${i}].renamed_from`;
    if (!previousId) {
      noPrevious(path, column.renamed_from);
      return;
    }
    if (!before) {
      problems.push({
        file,
        path,
        message: `version ${previousId} has no table \`${data.renamed_from ?? data.name}\``,
        hint: 'a renamed column must come from the same table in the previous version',
      });
      return;
    }
    const names = columnNames(before.data);
    if (!names.has(column.renamed_from.toLowerCase())) {
      problems.push({
        file,
        path,
        message:
          `\`${before.data.name}\` in version ${previousId} has no column ` +
          `\`${column.renamed_from}\``,
        hint: guessHint(column.renamed_from, [...names.values()]),
      });
    }
  });
}

function guessHint(name: string, options: string[]): string {
  const guess = closest(name, options);
  return guess
    ? `did you mean \`${guess}\`?`
    : 'name the table or column as the previous version did';
}
