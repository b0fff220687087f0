import type { Loader } from 'astro/loaders';
import { loadDiscussions, type LoadedDiscussions } from '../lib/discussions/load-discussions.ts';
import { ContentError } from '../lib/content/problem.ts';
import { contentDir } from './content-dir.ts';
import { replaceEntries, sharedRead } from './shared-read.ts';

type Part = 'threads' | 'people' | 'moderation' | 'syncState';

// Threads are screened against moderation.yaml, so every part comes from one read.
const discussions = sharedRead(readChecked);

async function readChecked(): Promise<LoadedDiscussions> {
  const loaded = await loadDiscussions(contentDir);
  if (!loaded.ok) throw new ContentError(loaded.problems);
  return loaded.discussions;
}

function entriesOf(loaded: LoadedDiscussions, part: Part) {
  const { source, published } = loaded;
  switch (part) {
    // Only what may be published enters the data store: held-back threads
    // and hidden posts never reach a page, even by mistake.
    case 'threads':
      return published.map((p) => ({ id: String(p.thread.number), data: p }));
    case 'people':
      return Object.entries(source.people).map(([login, person]) => ({ id: login, data: person }));
    case 'moderation':
      return [{ id: 'moderation', data: source.moderation }];
    case 'syncState':
      return source.syncState ? [{ id: 'sync-state', data: source.syncState }] : [];
  }
}

/**
 * Loads one part of the Q&A cache into its collection: published threads,
 * people, moderation decisions, or the sync state. Validated here with the
 * dictionary's editor-facing messages, so the collections declare no schema.
 */
export function discussionLoader(part: Part): Loader {
  return {
    name: `rounds-discussion-${part}`,
    async load(context) {
      const loaded = await discussions.get();
      const entries = entriesOf(loaded, part);
      replaceEntries(context, entries);
      if (part === 'threads') {
        const held = loaded.heldBack.length;
        context.logger.info(`${entries.length} threads published, ${held} held back` +
          (held ? ' (npm run sync -- --report shows why)' : ''));
      }
      discussions.forgetOnChange(context.watcher);
    },
  };
}
