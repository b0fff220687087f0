import type { LoaderContext } from 'astro/loaders';
import { ContentError } from '../lib/content/problem.ts';
import { contentDir } from './content-dir.ts';

/**
 * A read of the content folder shared by a group of loaders (the dictionary's
 * collections, the datathons', the Q&A's): it runs once per build, and is
 * forgotten when it fails or when a content file changes in `astro dev`.
 */
export function sharedRead<T>(read: () => Promise<T>) {
  let reading: Promise<T> | undefined;
  return {
    get(): Promise<T> {
      reading ??= read().catch((error: unknown) => {
        reading = undefined;
        // A content problem is the editor's to fix, not a crash: Astro prints
        // an error's stack unless it is empty, and the stack would only distract.
        if (error instanceof ContentError) error.stack = '';
        throw error;
      });
      return reading;
    },
    forgetOnChange(watcher: LoaderContext['watcher']): void {
      watcher?.on('change', (path) => {
        if (path.startsWith(contentDir)) reading = undefined;
      });
    },
  };
}

/** Makes a collection hold exactly `entries`; unchanged ones keep their digest. */
export function replaceEntries(
  { store, generateDigest }: Pick<LoaderContext, 'store' | 'generateDigest'>,
  entries: { id: string; data: unknown; file?: string | undefined }[],
): void {
  const ids = new Set(entries.map((e) => e.id));
  for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
  for (const { id, data, file } of entries) {
    const record = data as Record<string, unknown>;
    const digest = generateDigest(record);
    store.set(file === undefined ? { id, data: record, digest }
      : { id, data: record, filePath: file, digest });
  }
}
