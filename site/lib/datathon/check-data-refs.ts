import type { Problem } from '../content/problem.ts';
import { closest } from '../content/suggest.ts';
import {
  findColumn,
  findDataset,
  findTable,
  type Catalog,
  type Version,
} from '../dictionary/model.ts';
import type { DatasetVersionRef, DatathonEntry } from '../schema/datathon.ts';

/**
 * Finds a dataset version in the dictionary, or reports where the reference
 * goes wrong: the dataset, or the version. `path` points at the reference.
 */
export function resolveVersion(
  catalog: Catalog,
  ref: DatasetVersionRef,
  file: string,
  path: string,
  problems: Problem[],
): Version | undefined {
  const dataset = findDataset(catalog, ref.dataset);
  if (!dataset) {
    const ids = catalog.datasets.map((d) => d.id);
    const guess = closest(ref.dataset, ids);
    problems.push({
      file,
      path: `${path}.dataset`,
      message: `no dataset \`${ref.dataset}\``,
      hint: guess
        ? `did you mean \`${guess}\`?`
        : `use a folder name under content/datasets/: ${ids.join(', ') || 'none yet'}`,
    });
    return undefined;
  }
  const version = dataset.versions.find((v) => v.id === ref.version);
  if (!version) {
    problems.push({
      file,
      path: `${path}.version`,
      message: `\`${dataset.id}\` has no version \`${ref.version}\``,
      hint: `known versions of \`${dataset.id}\`: ${dataset.versions.map((v) => v.id).join(', ')}`,
    });
  }
  return version;
}

/**
 * The event's pinned dataset versions, and every challenge's version, tables
 * and columns, checked against the dictionary.
 */
export function checkEventData(file: string, event: DatathonEntry, catalog: Catalog): Problem[] {
  const problems: Problem[] = [];
  const pinned = new Map<string, number>();
  event.datasets.forEach((ref, i) => {
    const key = `${ref.dataset}@${ref.version}`;
    const first = pinned.get(key);
    if (first !== undefined) {
      problems.push({
        file,
        path: `datasets[${i}]`,
        message: `\`${ref.dataset}\` ${ref.version} is also listed at datasets[${first}]`,
        hint: 'list each dataset version once',
      });
    } else pinned.set(key, i);
    resolveVersion(catalog, ref, file, `datasets[${i}]`, problems);
  });
  const ids = new Map<string, number>();
  event.challenges.forEach((challenge, c) => {
    const path = `challenges[${c}]`;
    const first = ids.get(challenge.id);
    if (first !== undefined) {
      problems.push({
        file,
        path: `${path}.id`,
        message: `\`${challenge.id}\` is also the id of challenges[${first}]`,
        hint: 'give each challenge its own id; projects name their challenge by it',
      });
    } else ids.set(challenge.id, c);
    const version = resolveVersion(catalog, challenge, file, path, problems);
    if (!version) return;
    if (!pinned.has(`${challenge.dataset}@${challenge.version}`)) {
      problems.push({
        file,
        path: `${path}.version`,
        message: `\`${challenge.dataset}\` ${challenge.version} is not among the event's ` +
          '`datasets`',
        hint: 'add it to `datasets`, so participants see the access it needs, or pin the ' +
          'challenge to a version listed there',
      });
    }
    challenge.tables.forEach((suggested, t) => {
      const where = `${path}.tables[${t}]`;
      const table = findTable(version, suggested.table);
      const label = `\`${version.dataset}\` ${version.id}`;
      if (!table) {
        const guess = closest(suggested.table, version.tables.map((x) => x.name));
        problems.push({
          file,
          path: `${where}.table`,
          message: `${label} has no table \`${suggested.table}\``,
          hint: guess ? `did you mean \`${guess}\`?` : `name a table of ${label} as the ` +
            'dictionary does',
        });
        return;
      }
      suggested.columns.forEach((name, k) => {
        if (findColumn(table, name)) return;
        const guess = closest(name, table.columns.map((x) => x.name));
        problems.push({
          file,
          path: `${where}.columns[${k}]`,
          message: `\`${table.name}\` in ${label} has no column \`${name}\``,
          hint: guess ? `did you mean \`${guess}\`?` : `name a column of \`${table.name}\` ` +
            'as the dictionary does',
        });
      });
    });
  });
  return problems;
}
