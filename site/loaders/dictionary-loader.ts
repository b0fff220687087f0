import type { Loader } from 'astro/loaders';
import type { ContentTree } from '../lib/content/content-tree.ts';
import { ContentError } from '../lib/content/problem.ts';
import { loadContent } from '../lib/content/load-content.ts';
import { contentDir } from './content-dir.ts';
import { replaceEntries, sharedRead } from './shared-read.ts';

type Part = 'site' | 'datasets' | 'versions' | 'tables' | 'populations';

// The dictionary collections come from one read of the content folder,
// because the rules across files (keys, renames, version order) need it whole.
const dictionary = sharedRead(async (): Promise<ContentTree> => {
  const loaded = await loadContent(contentDir);
  if (!loaded.ok) throw new ContentError(loaded.problems);
  return loaded.tree;
});

/**
 * The checked dictionary, read once per build and shared by every loader that
 * needs it (datathons check their pinned versions against it).
 */
export const checkedDictionary = (): Promise<ContentTree> => dictionary.get();

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
    async load(context) {
      const entries = entriesOf(await dictionary.get(), part);
      replaceEntries(context, entries);
      context.logger.info(`${entries.length} ${part}`);
      dictionary.forgetOnChange(context.watcher);
    },
  };
}
