import { citationText } from '../dictionary/citation.ts';
import { labels } from '../dictionary/labels.ts';
import type { Dataset, Version } from '../dictionary/model.ts';
import { compact } from '../import/compact.ts';
import type { DatasetEntry } from '../schema/dataset.ts';
import { paths, type DownloadFile } from '../urls.ts';
import { siteUrl } from './site-url.ts';

/** The files a version offers for download, as schema.org and the page list them. */
export const versionDownloads: { file: DownloadFile; format: string; title: string }[] = [
  { file: 'dictionary.json', format: 'application/json', title: 'Data dictionary (JSON)' },
  { file: 'dictionary.csv', format: 'text/csv', title: 'Data dictionary (CSV)' },
  { file: 'datapackage.json', format: 'application/json', title: 'Frictionless Data Package' },
  {
    file: 'croissant.json',
    format: 'application/ld+json; profile="http://mlcommons.org/croissant/1.1"',
    title: 'Croissant 1.1 metadata',
  },
];

/**
 * The schema.org `Dataset` description of one version, for a JSON-LD script
 * in the version page's head: what dataset search engines read. The
 * `distribution` lists the dictionary files, not the data, which are
 * obtained through the access steps.
 */
export function schemaOrgDataset(dataset: Dataset, version: Version, baseUrl: string) {
  const { entry } = dataset;
  const url = siteUrl(baseUrl, paths.version(dataset.id, version.id));
  const doi = version.entry.doi === undefined ? undefined : `https://doi.org/${version.entry.doi}`;
  const span = version.entry.timeframe;
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': url,
    name: entry.title,
    alternateName: entry.short_title,
    description: [entry.summary, version.entry.summary].filter(Boolean).join(' '),
    url,
    version: version.id,
    identifier: doi,
    sameAs: doi,
    datePublished: version.entry.released,
    license: entry.licence.url,
    creator: entry.creators.map(creatorOf),
    publisher: { '@type': 'Organization', name: entry.publisher },
    citation: citationText(dataset, version),
    isAccessibleForFree: entry.access.free_of_charge,
    conditionsOfAccess: labels.accessTier[entry.access.tier],
    temporalCoverage: span === undefined ? undefined : `${span.start}/${span.end}`,
    variableMeasured: version.tables.flatMap((table) => table.columns.map((column) => compact({
      '@type': 'PropertyValue',
      name: `${table.name}.${column.name}`,
      unitText: column.unit,
    }))),
    distribution: versionDownloads.map((download) => ({
      '@type': 'DataDownload',
      name: download.title,
      encodingFormat: download.format,
      contentUrl: siteUrl(baseUrl, paths.download(dataset.id, version.id, download.file)),
    })),
  });
}

function creatorOf(creator: DatasetEntry['creators'][number]) {
  return compact({
    '@type': creator.organisation ? 'Organization' : 'Person',
    name: creator.name,
    affiliation: creator.affiliation === undefined
      ? undefined
      : { '@type': 'Organization', name: creator.affiliation },
    sameAs: creator.orcid === undefined ? undefined : `https://orcid.org/${creator.orcid}`,
  });
}

