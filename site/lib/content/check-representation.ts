import { categoryKey, meansUnknown } from '../representation/category-key.ts';
import type { VersionEntry } from '../schema/version.ts';
import type { SourceFile } from './content-tree.ts';
import type { Problem } from './problem.ts';

const number = new Intl.NumberFormat('en');

/**
 * Rules for a version's `representation`: each attribute once, each group
 * once, "unknown" kept out of the groups, and counts that add up to the
 * version's headline count of whatever they count.
 */
export function checkRepresentation(version: SourceFile<VersionEntry>): Problem[] {
  const { file, data } = version;
  const problems: Problem[] = [];
  const attributes = new Map<string, number>();
  data.representation.forEach((entry, i) => {
    const at = `representation[${i}]`;
    const first = attributes.get(entry.attribute);
    if (first !== undefined) {
      problems.push({
        file,
        path: `${at}.attribute`,
        message: `\`${entry.attribute}\` repeats representation[${first}]`,
        hint: 'describe each attribute once per version; merge the two entries',
      });
    } else attributes.set(entry.attribute, i);
    const groups = new Map<string, number>();
    entry.categories.forEach((category, j) => {
      const path = `${at}.categories[${j}].name`;
      const key = categoryKey(category.name);
      const earlier = groups.get(key);
      if (earlier !== undefined) {
        problems.push({
          file,
          path,
          message: `\`${category.name}\` repeats categories[${earlier}]`,
          hint: 'group names must differ in more than letter case and spacing',
        });
      } else groups.set(key, j);
      if (meansUnknown(category.name)) {
        problems.push({
          file,
          path,
          message: `\`${category.name}\` is not a group but a missing value`,
          hint: `remove it and add its count to \`unknown\`: shares are worked out over ` +
            'the people whose value is known',
        });
      }
    });
    const headline = data.counts?.[entry.counted];
    const total = entry.categories.reduce((sum, c) => sum + c.count, entry.unknown);
    if (headline !== undefined && total !== headline) {
      problems.push({
        file,
        path: at,
        message: `the categories and \`unknown\` add up to ${number.format(total)}, ` +
          `but \`counts.${entry.counted}\` is ${number.format(headline)}`,
        hint: `everyone counted has one value or is unknown, so the two agree; ` +
          `correct a count, or set \`counted\` if this attribute counts something else`,
      });
    }
  });
  return problems;
}
