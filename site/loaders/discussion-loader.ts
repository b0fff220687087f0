import type { Loader } from 'astro/loaders';
import { loadDiscussions, type LoadedDiscussions } from '../lib/discussions/load-discussions.ts';
import { ContentError } from '../lib/content/problem.ts';
import { contentDir } from './content-dir.ts';

type Part = 'threads' | 'people' | 'moderation' | 'syncState';

// Threads are screened against moderation.yaml, so every part comes from one read.
let reading: Promise<LoadedDiscussions> | undefined;

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
    async load({ store, logger, generateDigest, watcher }) {
      reading ??= readChecked();
      const loaded = await reading.catch((error: unknown) => {
        reading = undefined;
        // Content problems are the editor's to fix: Astro prints a stack unless it is empty.
        if (error instanceof ContentError) error.stack = '';
        throw error;
      });
      const entries = entriesOf(loaded, part);
      const ids = new Set(entries.map((e) => e.id));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      for (const { id, data } of entries) {
        const record = data as unknown as Record<string, unknown>;
        store.set({ id, data: record, digest: generateDigest(record) });
      }
      if (part === 'threads') {
        const held = loaded.heldBack.length;
        logger.info(`${entries.length} threads published, ${held} held back` +
          (held ? ' (npm run sync -- --report shows why)' : ''));
      }
      watcher?.on('change', (path) => {
        if (path.startsWith(contentDir)) reading = undefined;
      });
    },
  };
}
