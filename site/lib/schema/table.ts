import { z } from 'astro/zod';
import { identifier } from './common.ts';
import { columnSchema } from './column.ts';

/** A link from columns of this table to the key of another table. */
export const foreignKey = z.strictObject({
  /** The column (or columns, in order) in this table that hold the reference. */
  columns: z.union([identifier, z.array(identifier).min(1)])
    .transform((value) => (typeof value === 'string' ? [value] : value)),
  /** The table referred to, in the same dataset version. */
  table: identifier,
  /** The referred columns, in order. Default: the same names as `columns`. */
  references: z.union([identifier, z.array(identifier).min(1)])
    .transform((value) => (typeof value === 'string' ? [value] : value))
    .optional(),
});
export type ForeignKeyEntry = z.output<typeof foreignKey>;

/** One table of a dataset version: `versions/<version>/tables/<table>.yaml`. */
export const tableSchema = z.strictObject({
  /** The table's name; it must match the file name. */
  name: identifier,
  /** A grouping of tables, such as `hosp` or `icu` (the schema, in SQL terms). */
  module: identifier.optional(),
  /** What the table holds, in one or two sentences. The first is its summary. */
  description: z.string().min(1),
  /** What one row stands for, such as "one charted vital sign observation". */
  row: z.string().min(1),
  /** The columns that identify a row. Default: none declared. */
  primary_key: z.union([identifier, z.array(identifier)])
    .transform((value) => (typeof value === 'string' ? [value] : value))
    .default([]),
  /** Links to other tables. Default: none. */
  foreign_keys: z.array(foreignKey).default([]),
  /** How many rows this version releases. */
  row_count: z.number().int().nonnegative().optional(),
  /** The clinical system the rows come from, such as "bedside charting system". */
  source_system: z.string().min(1).optional(),
  /** The table's name in the previous version, when it was renamed. */
  renamed_from: identifier.optional(),
  /** The columns, in the order they appear in the released files. */
  columns: z.array(columnSchema).min(1, { error: 'expected at least one column' }),
});
export type TableEntry = z.output<typeof tableSchema>;
