import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { syncStateSchema, type SyncState } from '../../../site/lib/schema/thread.ts';
import { formatPath } from '../../../site/lib/content/problem.ts';
import { writeFileAtomically } from './cache.ts';

export const syncStateFile = 'sync-state.json';

/**
 * How far before the watermark an incremental run keeps reading. GitHub
 * serves the discussion list from a search index that can trail a write by
 * seconds, so a thread saved just before the last run finished may have been
 * listed with its older content; and timestamps have one-second resolution,
 * so threads that share the watermark's second may straddle a page. Ten
 * minutes covers both many times over and costs almost nothing: the threads
 * in that window arrive on the listing page the run reads anyway, and those
 * whose updatedAt matches the cache are skipped without further requests.
 */
export const watermarkMarginMs = 10 * 60 * 1000;

/** A sync-state.json that cannot be read: the run stops rather than guess. */
export class SyncStateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SyncStateError';
  }
}

/** The state of the last complete run, or null before the first. */
export async function readSyncState(dir: string): Promise<SyncState | null> {
  const path = join(dir, syncStateFile);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new SyncStateError(`${path} is not valid JSON; delete it and run ` +
      '`npm run sync -- --full` to rebuild it');
  }
  const parsed = syncStateSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues
    .map((issue) => `${formatPath(issue.path) || 'file'}: ${issue.message}`).join('; ');
  throw new SyncStateError(`${path} does not match the sync state format (${problems}); ` +
    'fix it, or delete it and run `npm run sync -- --full`');
}

/** Where an incremental run may stop listing: the watermark minus the margin. */
export function stopBefore(state: SyncState | null, repository: string): Date | null {
  if (!state?.watermark || !sameRepository(state.repository, repository)) return null;
  return new Date(Date.parse(state.watermark) - watermarkMarginMs);
}

export function sameRepository(a: string, b: string): boolean {
  // GitHub treats owner and name case-insensitively.
  return a.toLowerCase() === b.toLowerCase();
}

export async function writeSyncState(dir: string, state: SyncState): Promise<void> {
  const ordered = syncStateSchema.parse(state);
  await writeFileAtomically(join(dir, syncStateFile), `${JSON.stringify(ordered, null, 2)}\n`);
}

/** The earlier of two ISO times; null only when both are. */
export function earlier(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return Date.parse(a) <= Date.parse(b) ? a : b;
}

/** The later of two ISO times; null only when both are. */
export function later(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}
