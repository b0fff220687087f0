import { categoryKey } from '../representation/category-key.ts';
import { slug } from '../schema/common.ts';
import type { ContentTree } from './content-tree.ts';
import type { Problem } from './problem.ts';
import { closest } from './suggest.ts';

// Published percentages are rounded, so a table of ten groups can be off by
// half a point either way; more than this is a missing group or a typo.
const tolerance = 1;

/**
 * Rules for reference populations: attribute and group names must be ones
 * some version uses, or the comparison would silently find nothing to
 * compare. A population may list fewer groups than a version, or cover only
 * some attributes; the comparison shows what is missing.
 */
export function checkPopulations(tree: ContentTree): Problem[] {
  const problems: Problem[] = [];
  // A version.yaml that failed on its own may hold the names a population
  // uses; judge the names once it is fixed rather than report them twice.
  const complete = tree.datasets.every((d) => d.versions.length === d.versionFolders);
  const used = groupsInUse(tree);
  for (const { id, file, data } of tree.populations ?? []) {
    if (!slug.safeParse(id).success) {
      problems.push({
        file,
        path: '',
        message: `\`${id}\` cannot be a population id`,
        hint: 'name the file in lower-case words and hyphens, such as `harbour-county.yaml`',
      });
    }
    const seen = new Map<string, number>();
    data.attributes.forEach((entry, i) => {
      const at = `attributes[${i}]`;
      const first = seen.get(entry.attribute);
      if (first !== undefined) {
        problems.push({
          file,
          path: `${at}.attribute`,
          message: `\`${entry.attribute}\` repeats attributes[${first}]`,
          hint: 'give each attribute once; merge the two entries',
        });
        return;
      }
      seen.set(entry.attribute, i);
      const total = totalProblem(file, entry.categories, `${at}.categories`);
      if (total) problems.push(total);
      const listed = new Set<string>();
      entry.categories.forEach((category, j) => {
        const key = categoryKey(category.name);
        if (listed.has(key)) {
          problems.push({ file, path: `${at}.categories[${j}].name`,
            message: `\`${category.name}\` is listed twice`, hint: 'give each group once' });
        }
        listed.add(key);
      });
      if (!complete) return;
      const groups = used.get(entry.attribute);
      if (!groups) {
        const unknown = unknownAttribute(entry.attribute, used);
        problems.push({ file, path: `${at}.attribute`, ...unknown });
        return;
      }
      entry.categories.forEach((category, j) => {
        if (groups.has(categoryKey(category.name))) return;
        const guess = closest(category.name, [...groups.values()]);
        problems.push({
          file,
          path: `${at}.categories[${j}].name`,
          message: `no version has a \`${entry.attribute}\` group \`${category.name}\``,
          hint: guess
            ? `did you mean \`${guess}\`?`
            : `name the groups as the versions do: ${[...groups.values()].join(', ')}`,
        });
      });
    });
  }
  return problems;
}

function totalProblem(
  file: string,
  categories: { share: number }[],
  path: string,
): Problem | undefined {
  const total = categories.reduce((sum, c) => sum + c.share, 0);
  if (Math.abs(total - 100) <= tolerance) return undefined;
  return {
    file,
    path,
    message: `the shares add up to ${Number(total.toFixed(2))}, not 100`,
    hint: 'shares are percentages of the whole population: list every group, with an ' +
      '`Other` group for the rest if the versions have one',
  };
}

/** Group names by attribute id, as the versions of every dataset spell them. */
function groupsInUse(tree: ContentTree): Map<string, Map<string, string>> {
  const used = new Map<string, Map<string, string>>();
  for (const dataset of tree.datasets) {
    for (const version of dataset.versions) {
      for (const entry of version.data.representation) {
        const groups = used.get(entry.attribute) ?? new Map<string, string>();
        for (const c of entry.categories) groups.set(categoryKey(c.name), c.name);
        used.set(entry.attribute, groups);
      }
    }
  }
  return used;
}

function unknownAttribute(attribute: string, used: Map<string, unknown>) {
  const known = [...used.keys()];
  const guess = closest(attribute, known);
  return {
    message: `no version describes the attribute \`${attribute}\``,
    hint: guess
      ? `did you mean \`${guess}\`?`
      : known.length > 0
        ? `use an attribute the versions describe: ${known.join(', ')}`
        : 'add `representation` to a version.yaml first; see CONTENT.md',
  };
}
