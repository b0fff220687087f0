import { buildCatalog, type Catalog } from '../dictionary/model.ts';
import { checkContent } from './check-content.ts';
import type { ContentTree } from './content-tree.ts';
import type { Problem } from './problem.ts';
import { readContent } from './read-content.ts';

/** Reads, validates and builds a content folder: the model or every problem. */
export async function loadContent(
  contentDir: string,
  root = process.cwd(),
): Promise<{ ok: true; catalog: Catalog; tree: ContentTree } | { ok: false; problems: Problem[] }> {
  const { tree, problems } = await readContent(contentDir, root);
  problems.push(...checkContent(tree));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, catalog: buildCatalog(tree), tree };
}
