import {
  findColumn,
  findTable,
  type Column,
  type Dataset,
  type Table,
  type Version,
} from '../dictionary/model.ts';
import { compact } from '../import/compact.ts';
import { paths } from '../urls.ts';
import { citationBibtex } from './bibtex.ts';
import { croissantConformsTo, croissantContext } from './croissant-context.ts';
import { croissantDataType } from './croissant-data-type.ts';
import { croissantRai } from './croissant-rai.ts';
import { siteUrl } from './site-url.ts';

export interface CroissantOptions {
  /** The site's address with its base path, such as `https://example.org/rounds/`. */
  baseUrl: string;
  /** Counts below this are hidden in the representation figures (site.yaml). */
  smallCellThreshold: number;
}

/**
 * `croissant.json`: one version described in MLCommons Croissant 1.1, so that
 * ML tools can find the dataset and know its tables before loading them.
 * A RecordSet per table and a Field per column, foreign keys as
 * `references`, and the Responsible AI fields from the dataset card.
 *
 * The data themselves are not on this site, so each table's FileObject has
 * a relative `contentUrl` (the file inside the release, as the Data Package
 * guesses it) and no checksum.
 * TODO(croissant-files): record released file names and sha256 checksums in
 * content, so loaders such as mlcroissant can verify a download.
 */
export function croissant(dataset: Dataset, version: Version, options: CroissantOptions) {
  const { entry } = dataset;
  return compact({
    '@context': croissantContext,
    '@type': 'sc:Dataset',
    'dct:conformsTo': croissantConformsTo,
    name: entry.title,
    description: [entry.summary, version.entry.summary].filter(Boolean).join(' '),
    version: version.id,
    datePublished: version.entry.released,
    license: entry.licence.url,
    url: siteUrl(options.baseUrl, paths.version(dataset.id, version.id)),
    sameAs: version.entry.doi === undefined ? undefined : `https://doi.org/${version.entry.doi}`,
    creator: entry.creators.map((creator) => compact({
      '@type': creator.organisation ? 'sc:Organization' : 'sc:Person',
      name: creator.name,
      sameAs: creator.orcid === undefined ? undefined : `https://orcid.org/${creator.orcid}`,
    })),
    publisher: { '@type': 'sc:Organization', name: entry.publisher },
    citeAs: citationBibtex(dataset, version, options.baseUrl).trim(),
    isLiveDataset: false,
    distribution: version.tables.map((table) => ({
      '@type': 'cr:FileObject',
      '@id': fileOf(table),
      name: fileOf(table),
      description: `The ${table.name} table: ${table.summary}`,
      contentUrl: fileOf(table),
      encodingFormat: 'text/csv',
    })),
    recordSet: version.tables.map((table) => recordSetOf(table, version)),
    ...croissantRai(dataset, version, options.smallCellThreshold),
  });
}

/** The table's file inside the release; the same guess as data-package.ts makes. */
function fileOf(table: Table): string {
  return table.module === undefined ? `${table.name}.csv` : `${table.module}/${table.name}.csv`;
}

function recordSetOf(table: Table, version: Version) {
  const references = referencesOf(table, version);
  const key = table.primary_key.map((name) => ({ '@id': fieldId(table, name) }));
  return compact({
    '@type': 'cr:RecordSet',
    '@id': table.name,
    name: table.name,
    description: `${table.description} One record is ${table.row}.`,
    key: key.length > 0 ? key : undefined,
    field: table.columns.map((column) => fieldOf(table, column, references.get(column.name))),
  });
}

function fieldOf(table: Table, column: Column, references: string[] | undefined) {
  const target = references?.map((id) => ({ '@id': id }));
  return compact({
    '@type': 'cr:Field',
    '@id': fieldId(table, column.name),
    name: column.name,
    description: column.description,
    dataType: croissantDataType(column.type.family),
    source: { fileObject: { '@id': fileOf(table) }, extract: { column: column.name } },
    references: target === undefined ? undefined : target.length === 1 ? target[0] : target,
  });
}

/** Field ids referred to, by the exact name of the referring column. */
function referencesOf(table: Table, version: Version): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const key of table.foreign_keys) {
    const target = findTable(version, key.table);
    if (!target) continue;
    key.columns.forEach((name, i) => {
      const from = findColumn(table, name);
      const to = findColumn(target, (key.references ?? key.columns)[i] ?? name);
      if (!from || !to) return;
      result.set(from.name, [...(result.get(from.name) ?? []), fieldId(target, to.name)]);
    });
  }
  return result;
}

/** A field's id, prefixed with its RecordSet's as the specification recommends. */
function fieldId(table: Table, column: string): string {
  const exact = findColumn(table, column)?.name ?? column;
  return `${table.name}/${exact}`;
}
