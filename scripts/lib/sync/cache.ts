import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { ThreadEntry } from '../../../site/lib/schema/thread.ts';
import { serialiseThread } from './normalise.ts';

/**
 * The thread files in `content/discussions/`: one `<number>.json` per thread.
 * Every write goes to a temporary file in the same folder and is renamed over
 * the old one, so a reader (git, the site build, the next run) sees either the
 * old file or the new one, never half of either.
 */

const threadFile = /^(\d+)\.json$/;
// Temporary files start with a dot and end in `.tmp`, which no loader reads.
const temporaryFile = /^\..+\.tmp$/;

export function threadPath(dir: string, number: number): string {
  return join(dir, `${number}.json`);
}

/** Numbers of the threads in the cache, ascending. */
export async function cachedThreadNumbers(dir: string): Promise<number[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names
    .map((name) => threadFile.exec(name)?.[1])
    .filter((number) => number !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

/** The file's text, or undefined when there is none. */
export async function readThreadText(dir: string, number: number): Promise<string | undefined> {
  try {
    return await readFile(threadPath(dir, number), 'utf8');
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

/** updatedAt of the cached thread, or undefined when absent or unreadable. */
export function cachedUpdatedAt(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  try {
    const value = (JSON.parse(text) as { updated_at?: unknown }).updated_at;
    return typeof value === 'string' ? value : undefined;
  } catch {
    // A broken file is simply rewritten from GitHub.
    return undefined;
  }
}

export type WriteOutcome = 'new' | 'updated' | 'unchanged';

/**
 * Writes a thread unless its file already holds exactly this text. `before`
 * is the file's current text when the caller has already read it.
 */
export async function writeThread(
  dir: string,
  thread: ThreadEntry,
  before?: string,
): Promise<WriteOutcome> {
  const text = serialiseThread(thread);
  before ??= await readThreadText(dir, thread.number);
  if (before === text) return 'unchanged';
  await writeFileAtomically(threadPath(dir, thread.number), text);
  return before === undefined ? 'new' : 'updated';
}

export async function removeThread(dir: string, number: number): Promise<void> {
  await rm(threadPath(dir, number), { force: true });
}

/** Writes `text` to `path` through a temporary file and a rename. */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temporary = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temporary, 'w');
    try {
      await handle.writeFile(text, 'utf8');
      // Flushed before the rename, so a crash cannot leave a renamed empty file.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Removes temporary files a killed run left behind; returns how many. */
export async function removeLeftovers(dir: string): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const leftovers = names.filter((name) => temporaryFile.test(name));
  await Promise.all(leftovers.map((name) => rm(join(dir, name), { force: true })));
  return leftovers.length;
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}
