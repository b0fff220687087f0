import { stringify } from 'yaml';
import type { Dataset, Version } from '../dictionary/model.ts';
import { compact } from '../import/compact.ts';
import { paths } from '../urls.ts';
import { citedName } from './person-name.ts';
import { siteUrl } from './site-url.ts';

/**
 * `CITATION.cff` for one version, in Citation File Format 1.2.0
 * (https://citation-file-format.github.io/): what GitHub, Zenodo and
 * reference managers read to cite the data.
 */
export function citationCff(dataset: Dataset, version: Version, baseUrl: string): string {
  const { entry } = dataset;
  const licence = entry.licence.spdx;
  const document = compact({
    'cff-version': '1.2.0',
    message: 'If you use these data, please cite this version as below.',
    type: 'dataset',
    title: entry.title,
    version: version.id,
    'date-released': version.entry.released,
    doi: version.entry.doi,
    url: siteUrl(baseUrl, paths.version(dataset.id, version.id)),
    abstract: version.entry.summary ?? entry.summary,
    authors: entry.creators.map((creator) => {
      const name = citedName(creator);
      return compact({
        ...(name.kind === 'person'
          ? { 'given-names': name.given, 'family-names': name.family }
          : { name: name.name }),
        affiliation: creator.affiliation,
        orcid: creator.orcid === undefined ? undefined : `https://orcid.org/${creator.orcid}`,
      });
    }),
    // CFF wants an SPDX identifier; a licence without one is given by address.
    license: licence,
    'license-url': licence === undefined ? entry.licence.url : undefined,
  });
  return `# Citation File Format 1.2.0: ${entry.title}, version ${version.id}\n` +
    stringify(document, { lineWidth: 0 });
}
