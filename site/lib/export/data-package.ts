import type { Dataset, Table, Version } from '../dictionary/model.ts';
import { compact } from '../import/compact.ts';
import { paths } from '../urls.ts';
import { fieldOf, type FieldDescriptor } from './data-package-field.ts';

/**
 * `datapackage.json`: a version's dictionary as a Frictionless Data Package
 * (v2), so that Frictionless tools can check the released files against it.
 *
 * Table Schema cannot say everything the dictionary says. Two properties of
 * Rounds' own carry the rest, and the datapackage importer reads them back:
 * `rounds:type` on a field keeps the exact type (`bigint`, `numeric(5,2)`)
 * behind the broader Table Schema type, and `rounds:unit` the unit;
 * `rounds:module` on a resource keeps the table's module.
 */
export interface DataPackageOptions {
  /** The site's address, base path included, such as `https://example.org/rounds/`. */
  baseUrl: string;
}

export interface DataPackageDescriptor {
  $schema: string;
  name: string;
  id?: string;
  title: string;
  description: string;
  version: string;
  homepage: string;
  licenses: { name?: string; path: string; title: string }[];
  contributors: { title: string; path?: string; organization?: string; roles: string[] }[];
  resources: ResourceDescriptor[];
}

export interface ResourceDescriptor {
  name: string;
  type: 'table';
  path: string;
  format: 'csv';
  mediatype: 'text/csv';
  description: string;
  homepage: string;
  'rounds:module'?: string;
  schema: {
    fields: FieldDescriptor[];
    primaryKey?: string[];
    foreignKeys?: { fields: string[]; reference: { resource?: string; fields: string[] } }[];
  };
}

export function dataPackage(
  dataset: Dataset,
  version: Version,
  options: DataPackageOptions,
): DataPackageDescriptor {
  const { entry } = dataset;
  const url = (path: string) => `${options.baseUrl.replace(/\/+$/, '')}${path}`;
  const doi = version.entry.doi;
  return compact({
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: dataset.id,
    id: doi === undefined ? undefined : `https://doi.org/${doi}`,
    title: entry.title,
    description: entry.summary,
    version: version.id,
    homepage: url(paths.version(dataset.id, version.id)),
    licenses: [
      compact({ name: entry.licence.spdx, path: entry.licence.url, title: entry.licence.name }),
    ],
    contributors: entry.creators.map((creator) => compact({
      title: creator.name,
      path: creator.orcid === undefined ? undefined : `https://orcid.org/${creator.orcid}`,
      organization: creator.affiliation,
      roles: ['creator'],
    })),
    resources: version.tables.map((table) =>
      resourceOf(table, url(paths.table(dataset.id, version.id, table.name)))),
  });
}

function resourceOf(table: Table, homepage: string): ResourceDescriptor {
  const self = table.name.toLowerCase();
  return compact({
    name: table.name,
    type: 'table' as const,
    // TODO(export-paths): content does not record the released file names;
    // this guesses `<module>/<table>.csv`, which a data provider may differ from.
    path: table.module === undefined ? `${table.name}.csv` : `${table.module}/${table.name}.csv`,
    format: 'csv' as const,
    mediatype: 'text/csv' as const,
    description: table.description,
    homepage,
    'rounds:module': table.module,
    schema: compact({
      fields: table.columns.map(fieldOf),
      primaryKey: table.primary_key.length > 0 ? table.primary_key : undefined,
      foreignKeys: table.foreign_keys.length > 0
        ? table.foreign_keys.map((key) => ({
          fields: key.columns,
          // v2 leaves `resource` out for a key into the same resource.
          reference: compact({
            resource: key.table.toLowerCase() === self ? undefined : key.table,
            fields: key.references ?? key.columns,
          }),
        }))
        : undefined,
    }),
  });
}
