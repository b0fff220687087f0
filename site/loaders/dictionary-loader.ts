import type { Loader } from 'astro/loaders';
import { checkContent } from '../lib/content/check-content.ts';
import type { ContentTree } from '../lib/content/content-tree.ts';
import { ContentError } from '../lib/content/problem.ts';
import { readContent } from '../lib/content/read-content.ts';
import { contentDir } from './content-dir.ts';

type Part = 'site' | 'datasets' | 'versions' | 'tables' | 'populations';

// The three dictionary collections come from one read of the content folder,
// because the rules across files (keys, renames, version order) need it whole.
let reading: Promise<ContentTree> | undefined;

async function readChecked(): Promise<ContentTree> {
  const { tree, problems } = await readContent(contentDir);
  problems.push(...checkContent(tree));
  if (problems.length > 0) throw new ContentError(problems);
  return tree;
}

function entriesOf(tree: ContentTree, part: Part) {
  switch (part) {
    case 'site':
      return tree.site ? [{ ...tree.site, id: 'site' }] : [];
    case 'datasets':
      return tree.datasets.map(({ versions: _, ...d }) => d);
    case 'versions':
      return tree.datasets.flatMap((d) =>
        d.versions.map(({ tables: _, ...v }) => ({ ...v, id: `${d.id}/${v.id}` })));
    case 'tables':
      return tree.datasets.flatMap((d) =>
        d.versions.flatMap((v) => v.tables.map((t) => ({ ...t, id: `${d.id}/${v.id}/${t.id}` }))));
    case 'populations':
      return tree.populations ?? [];
  }
}

/**
 * Loads one part of the dictionary (site settings, datasets, versions, tables) into its
 * collection. Entries are validated here with editor-facing messages, so the
 * collections declare no schema of their own for Astro to check again.
 */
export function dictionaryLoader(part: Part): Loader {
  return {
    name: `rounds-${part}`,
    async load({ store, logger, generateDigest, watcher }) {
      reading ??= readChecked();
      const tree = await reading.catch((error: unknown) => {
        reading = undefined;
        // A content problem is the editor's to fix, not a crash: Astro prints
        // an error's stack unless it is empty, and the stack would only distract.
        if (error instanceof ContentError) error.stack = '';
        throw error;
      });
      const entries = entriesOf(tree, part);
      const ids = new Set(entries.map((e) => e.id));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      for (const { id, file, data } of entries) {
        const record = data as Record<string, unknown>;
        store.set({ id, data: record, filePath: file, digest: generateDigest(record) });
      }
      logger.info(`${entries.length} ${part}`);
      watcher?.on('change', (path) => {
        if (path.startsWith(contentDir)) reading = undefined;
      });
    },
  };
}
