import { readFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import type { Problem } from './problem.ts';
import { parseWith } from './zod-problems.ts';

/**
 * Reads one YAML file and validates it with `schema`, with the dictionary's
 * wording for both YAML slips and schema problems. `shown` is the path
 * problems name.
 */
export async function readYamlFile<T extends z.ZodType>(
  schema: T,
  path: string,
  shown: string,
): Promise<{ ok: true; data: z.output<T> } | { ok: false; problems: Problem[] }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    const problem = { file: shown, path: '', message: 'file not found' };
    return { ok: false, problems: [{ ...problem, hint: 'create it (see CONTENT.md)' }] };
  }
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    // The first slip often derails the rest of the file; later errors are noise.
    return {
      ok: false,
      problems: doc.errors.slice(0, 3).map((error) => ({
        file: shown,
        path: error.linePos ? `line ${error.linePos[0].line}` : '',
        message: `YAML cannot be read: ${
          error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`,
        hint: 'check indentation and quote values that contain `:` or start with `-`, `[` or `{`',
      })),
    };
  }
  return parseWith(schema, doc.toJS() ?? {}, shown);
}
