import type { Column, Dataset, Table, Version } from '../dictionary/model.ts';
import type { GeneratedBy } from '../schema/column.ts';
import type { VersionStatus } from '../schema/version.ts';

/**
 * `dictionary.json`: one dataset version's dictionary for programs. The shape
 * is a promise to its readers: every key is always present (null when the
 * content leaves it out), keys come in this order, and a change of shape
 * raises `format_version`. Foreign keys always list their referred columns.
 */
export interface DictionaryJson {
  format: 'rounds-dictionary';
  format_version: 1;
  dataset: {
    id: string;
    title: string;
    short_title: string | null;
    publisher: string;
    licence: { name: string; spdx: string | null; url: string };
    homepage: string | null;
  };
  version: string;
  released: string;
  status: VersionStatus;
  doi: string | null;
  /** By module, then name, as the site lists them. */
  tables: DictionaryJsonTable[];
}

export interface DictionaryJsonTable {
  name: string;
  module: string | null;
  description: string;
  row: string;
  row_count: number | null;
  source_system: string | null;
  renamed_from: string | null;
  primary_key: string[];
  foreign_keys: { columns: string[]; table: string; references: string[] }[];
  /** In the order of the released files. */
  columns: DictionaryJsonColumn[];
}

export interface DictionaryJsonColumn {
  name: string;
  /** 1-based place in the released files. */
  position: number;
  type: {
    /** As the data provider writes it, such as `NUMERIC(5, 2)`. */
    raw: string;
    /** One spelling per type, such as `numeric(5,2)`, for comparing. */
    normalised: string;
    /** integer, decimal, float, text, boolean, date, time, datetime, ... */
    family: string;
  };
  unit: string | null;
  description: string;
  required: boolean;
  examples: (string | number | boolean)[];
  values: { code: string | number | boolean; label: string }[];
  missing: { code: string | number | boolean; reason: string }[];
  code_system: string | null;
  generated_by: GeneratedBy | null;
  phi: { category: string; transform: string } | null;
  renamed_from: string | null;
  notes: string | null;
}

export function dictionaryJson(dataset: Dataset, version: Version): DictionaryJson {
  const { entry } = dataset;
  return {
    format: 'rounds-dictionary',
    format_version: 1,
    dataset: {
      id: dataset.id,
      title: entry.title,
      short_title: entry.short_title ?? null,
      publisher: entry.publisher,
      licence: {
        name: entry.licence.name,
        spdx: entry.licence.spdx ?? null,
        url: entry.licence.url,
      },
      homepage: entry.homepage ?? null,
    },
    version: version.id,
    released: version.entry.released,
    status: version.status,
    doi: version.entry.doi ?? null,
    tables: version.tables.map(tableJson),
  };
}

function tableJson(table: Table): DictionaryJsonTable {
  return {
    name: table.name,
    module: table.module ?? null,
    description: table.description,
    row: table.row,
    row_count: table.row_count ?? null,
    source_system: table.source_system ?? null,
    renamed_from: table.renamed_from ?? null,
    primary_key: table.primary_key,
    foreign_keys: table.foreign_keys.map((key) => ({
      columns: key.columns,
      table: key.table,
      references: key.references ?? key.columns,
    })),
    columns: table.columns.map(columnJson),
  };
}

function columnJson(column: Column): DictionaryJsonColumn {
  return {
    name: column.name,
    position: column.position,
    type: {
      raw: column.type.raw,
      normalised: column.type.canonical,
      family: column.type.family,
    },
    unit: column.unit ?? null,
    description: column.description,
    required: column.required,
    examples: column.examples,
    values: column.values,
    missing: column.missing,
    code_system: column.code_system ?? null,
    generated_by: column.generated_by ?? null,
    phi: column.phi ?? null,
    renamed_from: column.renamed_from ?? null,
    notes: column.notes ?? null,
  };
}
