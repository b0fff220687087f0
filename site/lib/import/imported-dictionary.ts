import type { Problem } from '../content/problem.ts';

/**
 * What every importer produces: the tables of one dataset version as the
 * source describes them, before any content file is written. Types keep the
 * source's spelling; descriptions stay undefined when the source has none so
 * that the writer can tell a real description from a placeholder.
 */
export interface ImportedDictionary {
  /** The file the dictionary came from, as named in messages. */
  source: string;
  tables: ImportedTable[];
  /** Things the importer decided on the reader's behalf; worth a look. */
  warnings: Problem[];
}

export interface ImportedTable {
  /** The grouping of tables, such as a SQL schema name. */
  module?: string;
  name: string;
  description?: string;
  /** The columns that identify a row, in order; empty when none is declared. */
  primary_key: string[];
  foreign_keys: ImportedForeignKey[];
  /** In the order of the released files. */
  columns: ImportedColumn[];
  /** Where the source defines the table, such as `row 4` or `line 12`. */
  origin?: string;
}

export interface ImportedForeignKey {
  columns: string[];
  table: string;
  /** The referred columns, as many as `columns` and in the same order. */
  references: string[];
}

export interface ImportedColumn {
  name: string;
  /** The type as the source spells it, such as `varchar(50)`. */
  type: string;
  description?: string;
  unit?: string;
  required: boolean;
  /** 1-based place in the table. */
  position: number;
  /** Coded values with what they mean; empty for an open value set. */
  values: { code: string | number | boolean; label: string }[];
  /** Codes that stand in for a missing value, with the reason. */
  missing: { code: string | number | boolean; reason: string }[];
  notes?: string;
  /** Where the source defines the column, such as `row 9`. */
  origin?: string;
}
