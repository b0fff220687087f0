import { relative } from 'node:path';
import { lastChangedDates } from '../lib/content/last-changed.ts';
import { contentDir } from '../loaders/content-dir.ts';

let lookup: ReturnType<typeof lastChangedDates> | undefined;

/** The YYYY-MM-DD a content file last changed, for "last changed" lines. */
export async function lastChanged(file: string): Promise<string | undefined> {
  lookup ??= lastChangedDates(relative(process.cwd(), contentDir) || '.');
  return (await lookup)(file);
}
