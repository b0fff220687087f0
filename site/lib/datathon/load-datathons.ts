import type { Catalog } from '../dictionary/model.ts';
import type { Problem } from '../content/problem.ts';
import { checkDatathons } from './check-datathons.ts';
import { readDatathons } from './read-datathons.ts';
import type { DatathonSource } from './source.ts';

/**
 * Reads and checks every datathon under a content folder. Without a catalog
 * (the dictionary itself has problems) only each file's own rules are checked:
 * references into the dictionary wait until it loads.
 */
export async function loadDatathons(
  contentDir: string,
  catalog: Catalog | undefined,
  root = process.cwd(),
): Promise<{ datathons: DatathonSource[]; problems: Problem[] }> {
  const { datathons, problems } = await readDatathons(contentDir, root);
  if (catalog) problems.push(...checkDatathons(datathons, catalog));
  return { datathons, problems };
}
