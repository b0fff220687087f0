import type { Problem } from '../content/problem.ts';
import { identifier } from '../schema/common.ts';
import type { ImportedDictionary } from './imported-dictionary.ts';

/**
 * Finds table, column and module names that content cannot hold: names
 * become file names and YAML keys that SQL users type, so they must be
 * plain identifiers. Each problem suggests a name that would do.
 */
export function checkNames(imported: ImportedDictionary): Problem[] {
  const problems: Problem[] = [];
  const file = imported.source;
  const check = (name: string, what: string, where: string | undefined, of = '') => {
    if (identifier.safeParse(name).success) return;
    problems.push({
      file,
      path: where ?? '',
      message: `${what} \`${name}\`${of} is not a valid name`,
      hint: `names are letters, digits and underscores, starting with a letter or _; ` +
        `rename it in ${file}, such as to \`${suggestName(name)}\`, and import again`,
    });
  };
  for (const table of imported.tables) {
    check(table.name, 'table', table.origin);
    if (table.module !== undefined) check(table.module, 'module', table.origin);
    for (const column of table.columns) {
      check(column.name, 'column', column.origin ?? table.origin, ` of \`${table.name}\``);
    }
    for (const key of table.foreign_keys) {
      check(key.table, 'table', table.origin, ` (a foreign key of \`${table.name}\`)`);
    }
  }
  return problems;
}

/** `Blood Pressure (mmHg)` becomes `Blood_Pressure_mmHg`; `2nd` becomes `_2nd`. */
export function suggestName(name: string): string {
  const joined = name.trim().replace(/[^A-Za-z0-9_]+/g, '_').replace(/^_+|_+$/g, '');
  if (joined === '') return 'unnamed';
  return /^[0-9]/.test(joined) ? `_${joined}` : joined;
}
