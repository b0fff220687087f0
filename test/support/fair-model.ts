import { loadContent } from '../../site/lib/content/load-content.ts';
import type { Catalog, Dataset, Version } from '../../site/lib/dictionary/model.ts';

const folder = 'test/fixtures/content/fair';
let loading: Promise<Catalog> | undefined;

/** The catalog of test/fixtures/content/fair, read once per test file. */
export function fairCatalog(): Promise<Catalog> {
  loading ??= loadContent(folder).then((result) => {
    if (!result.ok) {
      throw new Error(`the fair fixture is invalid: ${JSON.stringify(result.problems)}`);
    }
    return result.catalog;
  });
  return loading;
}

/** The fixture's dataset and one of its versions (default: the newest). */
export async function fairVersion(id = '2.0'): Promise<{ dataset: Dataset; version: Version }> {
  const dataset = (await fairCatalog()).datasets[0]!;
  const version = dataset.versions.find((v) => v.id === id)!;
  return { dataset, version };
}

export const baseUrl = 'https://example.org/rounds/';
