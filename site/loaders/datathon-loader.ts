import type { Loader } from 'astro/loaders';
import { ContentError } from '../lib/content/problem.ts';
import { checkDatathons } from '../lib/datathon/check-datathons.ts';
import { readDatathons } from '../lib/datathon/read-datathons.ts';
import type { DatathonSource } from '../lib/datathon/source.ts';
import { buildCatalog } from '../lib/dictionary/model.ts';
import { contentDir } from './content-dir.ts';
import { checkedDictionary } from './dictionary-loader.ts';
import { replaceEntries, sharedRead } from './shared-read.ts';

type Part = 'events' | 'projects';

// Events and projects come from one read: projects are checked against their event.
const datathonRead = sharedRead(readChecked);

async function readChecked(): Promise<DatathonSource[]> {
  const { datathons, problems } = await readDatathons(contentDir);
  if (datathons.length === 0 && problems.length === 0) return [];
  // The dictionary loader's own read, shared: a broken dictionary is reported
  // there, with these problems added so an editor sees both at once.
  const tree = await checkedDictionary().catch((error: unknown) => {
    if (error instanceof ContentError) throw new ContentError([...error.problems, ...problems]);
    throw error;
  });
  problems.push(...checkDatathons(datathons, buildCatalog(tree)));
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
    async load(context) {
      const entries = entriesOf(await datathonRead.get(), part);
      replaceEntries(context, entries);
      context.logger.info(`${entries.length} datathon ${part}`);
      datathonRead.forgetOnChange(context.watcher);
    },
  };
}
