import { orderedPairs } from '../lib/changelog/consecutive.ts';
import { pairSeparator } from '../lib/urls.ts';
import { getCatalog } from './catalog.ts';

/**
 * Every older→newer pair of versions of every dataset, for the compare pages.
 * TODO(compare-scale): n versions make n(n-1)/2 pages, each a full diff; past
 * a few dozen versions, build pairs with the newest version only and let the
 * picker say which pairs exist.
 */
export async function compareRoutes() {
  const catalog = await getCatalog();
  return catalog.datasets.flatMap((dataset) => {
    for (const version of dataset.versions) {
      if (version.id.includes(pairSeparator)) {
        throw new Error(`${version.file}: the version \`${version.id}\` contains ` +
          `\`${pairSeparator}\`, which separates the two versions in compare addresses ` +
          `(/datasets/${dataset.id}/changes/<from>${pairSeparator}<to>/); ` +
          'rename the version folder and its `version` field');
      }
    }
    return orderedPairs(dataset.versions).map(({ from, to }) => ({
      params: { dataset: dataset.id, from: from.id, to: to.id },
      props: { dataset, from, to },
    }));
  });
}
