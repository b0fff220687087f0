import { access, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { SourceFile } from '../content/content-tree.ts';
import type { Problem } from '../content/problem.ts';
import { readYamlFile } from '../content/read-yaml.ts';
import { moderationSchema, peopleSchema, type Moderation, type People } from '../schema/people.ts';
import {
  syncStateSchema, threadSchema, type SyncState, type ThreadEntry,
} from '../schema/thread.ts';
import { readJsonFile } from './read-json.ts';

/** The Q&A content as read from disk, each file valid on its own. */
export interface DiscussionSource {
  threads: SourceFile<ThreadEntry>[];
  people: People;
  moderation: Moderation;
  syncState: SyncState | undefined;
}

const emptyModeration: Moderation = { cleared: [], takedowns: [], opt_outs: [] };

// Thread files are named after their number; anything else in the folder
// (sync-state.json, a half-written `12.json.tmp`) is not a thread.
const threadFile = /^(\d+)\.json$/;

/**
 * Reads `people.yaml` and `discussions/` (threads, sync state, moderation).
 * Every file is optional, so content without Q&A builds as before.
 * Problems are collected, not thrown, like the dictionary's.
 */
export async function readDiscussions(
  contentDir: string,
  root = process.cwd(),
): Promise<{ source: DiscussionSource; problems: Problem[] }> {
  const problems: Problem[] = [];
  const shown = (path: string) => relative(root, path) || path;
  const folder = join(contentDir, 'discussions');
  const source: DiscussionSource = {
    threads: [], people: {}, moderation: emptyModeration, syncState: undefined,
  };

  const peoplePath = join(contentDir, 'people.yaml');
  if (await exists(peoplePath)) {
    const read = await readYamlFile(peopleSchema, peoplePath, shown(peoplePath));
    if (read.ok) source.people = read.data;
    else problems.push(...read.problems);
  }
  const moderationPath = join(folder, 'moderation.yaml');
  if (await exists(moderationPath)) {
    const read = await readYamlFile(moderationSchema, moderationPath, shown(moderationPath));
    if (read.ok) source.moderation = read.data;
    else problems.push(...read.problems);
  }
  const statePath = join(folder, 'sync-state.json');
  if (await exists(statePath)) {
    const read = await readJsonFile(syncStateSchema, statePath, shown(statePath));
    if (read.ok) source.syncState = read.data;
    else problems.push(...read.problems);
  }
  for (const name of await threadFiles(folder)) {
    const path = join(folder, name);
    const read = await readJsonFile(threadSchema, path, shown(path));
    if (!read.ok) {
      problems.push(...read.problems);
      continue;
    }
    const number = name.slice(0, -'.json'.length);
    if (String(read.data.number) !== number) {
      problems.push({
        file: shown(path),
        path: 'number',
        message: `\`${read.data.number}\` does not match its file name \`${name}\``,
        hint: `rename the file to \`${read.data.number}.json\`; ` +
          'the sync names each file after its thread',
      });
      continue;
    }
    source.threads.push({ id: number, file: shown(path), data: read.data });
  }
  return { source, problems };
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(() => true, () => false);
}

/** Thread files in number order; an absent folder has none. */
async function threadFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && threadFile.test(e.name))
    .map((e) => e.name)
    .sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10));
}
