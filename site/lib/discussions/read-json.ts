import { readFile } from 'node:fs/promises';
import type { z } from 'astro/zod';
import type { Problem } from '../content/problem.ts';
import { parseWith } from '../content/zod-problems.ts';

/**
 * Reads one JSON file of the Q&A cache and validates it with `schema`,
 * worded like the YAML files' problems. `shown` is the path problems name.
 */
export async function readJsonFile<T extends z.ZodType>(
  schema: T,
  path: string,
  shown: string,
): Promise<{ ok: true; data: z.output<T> } | { ok: false; problems: Problem[] }> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0] ?? '';
    return {
      ok: false,
      problems: [{
        file: shown,
        path: '',
        message: `JSON cannot be read: ${reason}`,
        hint: 'the sync writes these files; run `npm run sync` again, or undo the hand edit',
      }],
    };
  }
  return parseWith(schema, data, shown);
}
