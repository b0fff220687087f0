import type { Loader } from 'astro/loaders';
import { loadContent } from '../lib/content/load-content.ts';
import { ContentError } from '../lib/content/problem.ts';
import { checkDatathons } from '../lib/datathon/check-datathons.ts';
import { readDatathons } from '../lib/datathon/read-datathons.ts';
import type { DatathonSource } from '../lib/datathon/source.ts';
import { contentDir } from './content-dir.ts';

type Part = 'events' | 'projects';

// Events and projects come from one read: projects are checked against their event.
let reading: Promise<DatathonSource[]> | undefined;

async function readChecked(): Promise<DatathonSource[]> {
  const { datathons, problems } = await readDatathons(contentDir);
  // Content without datathons (the benchmark's) never pays for a second
  // read of the dictionary.
  // TODO(datathon-loader): reuse the dictionary loader's read instead of a
  // second one, once that loader exposes its checked tree.
  if (datathons.length === 0 && problems.length === 0) return [];
  const dictionary = await loadContent(contentDir);
  if (!dictionary.ok) throw new ContentError([...dictionary.problems, ...problems]);
  problems.push(...checkDatathons(datathons, dictionary.catalog));
  if (problems.length > 0) throw new ContentError(problems);
  return datathons;
}

function entriesOf(datathons: DatathonSource[], part: Part) {
  if (part === 'events') return datathons.map(({ id, file, data }) => ({ id, file, data }));
  return datathons.flatMap((d) =>
    d.projects.map((p) => ({ id: `${d.id}/${p.id}`, file: p.file, data: p.data })));
}

/**
 * Loads datathon events or their projects into a collection, validated with
 * the same editor-facing messages as the dictionary (see dictionary-loader.ts).
 */
export function datathonLoader(part: Part): Loader {
  return {
    name: `rounds-datathon-${part}`,
    async load({ store, logger, generateDigest, watcher }) {
      reading ??= readChecked();
      const datathons = await reading.catch((error: unknown) => {
        reading = undefined;
        // Content problems are the editor's to fix: Astro prints a stack unless it is empty.
        if (error instanceof ContentError) error.stack = '';
        throw error;
      });
      const entries = entriesOf(datathons, part);
      const ids = new Set(entries.map((e) => e.id));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      for (const { id, file, data } of entries) {
        const record = data as unknown as Record<string, unknown>;
        store.set({ id, data: record, filePath: file, digest: generateDigest(record) });
      }
      logger.info(`${entries.length} datathon ${part}`);
      watcher?.on('change', (path) => {
        if (path.startsWith(contentDir)) reading = undefined;
      });
    },
  };
}
