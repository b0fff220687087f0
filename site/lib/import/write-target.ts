import type { Problem } from '../content/problem.ts';
import { isoDate, slug } from '../schema/common.ts';
import { versionSchema } from '../schema/version.ts';
import { reservedVersionIds } from '../urls.ts';

/** The dataset, version and date an import writes to, checked before writing. */
export interface WriteTarget {
  dataset: string;
  version: string;
  released?: string;
}

/** @param file what the problems name as their file, such as the dataset folder. */
export function checkTarget(target: WriteTarget, file: string): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, message: string, hint: string) =>
    problems.push({ file, path, message, hint });
  if (!slug.safeParse(target.dataset).success) {
    const suggestion = target.dataset.toLowerCase().replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    add('--dataset', `\`${target.dataset}\` is not a dataset id`,
      `use lower-case letters, digits and single hyphens, such as \`${suggestion || 'icu-demo'}\``);
  }
  if (!versionSchema.shape.version.safeParse(target.version).success) {
    add('--version', `\`${target.version}\` is not a version`,
      'write it as cited, such as `2.1`, `2024.03` or `v3-beta`');
  } else if (reservedVersionIds.includes(target.version.toLowerCase())) {
    add('--version', `\`${target.version}\` is a page name the site already uses`,
      `choose a version other than ${reservedVersionIds.map((id) => `\`${id}\``).join(', ')}`);
  }
  if (target.released !== undefined && !isoDate.safeParse(target.released).success) {
    add('--released', `\`${target.released}\` is not a date`,
      'write the release day as YYYY-MM-DD, such as `2024-03-01`');
  }
  return problems;
}
