import type { Problem } from '../content/problem.ts';
import { closest } from '../content/suggest.ts';
import { ImportError } from './import-error.ts';

/** What a dictionary CSV can say about a column, one header each. */
export const csvKeys = [
  'table',
  'column',
  'type',
  'description',
  'unit',
  'required',
  'primary_key',
  'foreign_table',
  'foreign_column',
  'module',
  'position',
] as const;
export type CsvKey = (typeof csvKeys)[number];

/** Keys without which a row cannot become a column. */
const requiredKeys: readonly CsvKey[] = ['table', 'column', 'type'];

/** Which header each key reads from, as the user wrote it. */
export type CsvMap = Partial<Record<CsvKey, string>>;

/** Where each key's values sit in a row. */
export type CsvIndexes = Partial<Record<CsvKey, number>>;

function isKey(key: string): key is CsvKey {
  return (csvKeys as readonly string[]).includes(key);
}

/**
 * Parses `--map table=Table Name,column=Variable`. Header names cannot hold
 * a comma here; repeat `--map` for such a header.
 */
export function parseCsvMap(specs: readonly string[], file: string): CsvMap {
  const map: CsvMap = {};
  const problems: Problem[] = [];
  const entries = specs.flatMap((spec) => spec.split(',')).filter((e) => e.trim() !== '');
  for (const entry of entries) {
    const equals = entry.indexOf('=');
    const key = (equals === -1 ? entry : entry.slice(0, equals)).trim().toLowerCase();
    const header = equals === -1 ? '' : entry.slice(equals + 1).trim();
    const path = `--map \`${entry.trim()}\``;
    if (!isKey(key)) {
      const guess = closest(key, csvKeys);
      problems.push({
        file,
        path,
        message: `unknown map key \`${key}\``,
        hint: guess ? `did you mean \`${guess}\`?` : `use one of ${csvKeys.join(', ')}`,
      });
    } else if (header === '') {
      problems.push({
        file,
        path,
        message: `no header named for \`${key}\``,
        hint: `write it as ${key}=<header>, such as ${key}=${exampleHeader(key)}`,
      });
    } else if (map[key] !== undefined) {
      problems.push({
        file,
        path,
        message: `\`${key}\` is mapped twice`,
        hint: `keep one of ${key}=${map[key]} and ${key}=${header}`,
      });
    } else map[key] = header;
  }
  if (problems.length > 0) throw new ImportError(problems);
  return map;
}

function exampleHeader(key: CsvKey): string {
  return key.split('_').map((word) => word[0]!.toUpperCase() + word.slice(1)).join(' ');
}

/** Folds `Primary Key`, `primary_key` and `PRIMARYKEY` to one spelling. */
function fold(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * Finds each key's header: the one --map names, else the header spelled
 * like the key once case, spaces and underscores are ignored.
 */
export function resolveHeaders(
  headers: readonly string[],
  map: CsvMap,
  file: string,
): { indexes: CsvIndexes; problems: Problem[]; warnings: Problem[] } {
  const indexes: CsvIndexes = {};
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const present = headers.filter((h) => h !== '').map((h) => `\`${h}\``).join(', ');
  for (const key of csvKeys) {
    const named = map[key];
    if (named !== undefined) {
      const index = headers.findIndex((h) => h === named);
      const folded = index === -1 ? headers.findIndex((h) => fold(h) === fold(named)) : index;
      if (folded !== -1) indexes[key] = folded;
      else {
        const guess = closest(named, headers);
        problems.push({
          file,
          path: 'header row',
          message: `no header \`${named}\` (named by --map ${key}=${named})`,
          hint: guess ? `did you mean \`${guess}\`? headers present: ${present}` :
            `headers present: ${present}`,
        });
      }
      continue;
    }
    const index = headers.findIndex((h) => fold(h) === fold(key));
    if (index !== -1) indexes[key] = index;
    else if (requiredKeys.includes(key)) {
      problems.push({
        file,
        path: 'header row',
        message: `no header for \`${key}\``,
        hint: `name the header that holds it with --map ${key}=<header>; ` +
          `headers present: ${present}`,
      });
    }
  }
  const used = new Set(Object.values(indexes));
  const unused = headers.filter((h, i) => h !== '' && !used.has(i));
  if (unused.length > 0) {
    warnings.push({
      file,
      path: 'header row',
      message: `not imported: ${unused.map((h) => `\`${h}\``).join(', ')}`,
      hint: `map a header to a key with --map key=<header>; keys: ${csvKeys.join(', ')}`,
    });
  }
  return { indexes, problems, warnings };
}
