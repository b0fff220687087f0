import { z } from 'astro/zod';

/**
 * The parts of a Frictionless Data Package (v1 and v2) that describe tables.
 * Objects are loose: packages carry many properties Rounds does not read,
 * and those must not stop an import.
 */
const scalar = z.union([z.string(), z.number(), z.boolean()]);

/** One name or a list of names: both versions allow either. */
const names = z.union([z.string(), z.array(z.string())], {
  error: 'expected a field name or a list of field names',
})
  .transform((value) => (typeof value === 'string' ? [value] : value));

/** v1 lists strings; v2 may label each: `{ value: "-9", label: "refused" }`. */
export const missingValues = z.array(z.union([
  z.string(),
  z.looseObject({ value: z.string(), label: z.string().optional() }),
]));

export const field = z.looseObject({
  name: z.string().min(1),
  type: z.string().optional(),
  format: z.string().optional(),
  title: z.string().optional(),
  description: z.string().optional(),
  constraints: z.looseObject({
    required: z.boolean().optional(),
    maxLength: z.number().int().nonnegative().optional(),
    enum: z.array(scalar).optional(),
  }).optional(),
  /** v2: the values a field may hold, bare or with a label. */
  categories: z.array(z.union([
    scalar,
    z.looseObject({ value: scalar, label: z.string().optional() }),
  ])).optional(),
  /** v2: missing values for this field, in place of the schema's. */
  missingValues: missingValues.optional(),
  /** Rounds' own export: the exact SQL type, which Table Schema cannot say. */
  'rounds:type': z.string().min(1).optional(),
  'rounds:unit': z.string().min(1).optional(),
});
export type Field = z.output<typeof field>;

export const tableSchema = z.looseObject({
  fields: z.array(field),
  primaryKey: names.optional(),
  foreignKeys: z.array(z.looseObject({
    fields: names,
    reference: z.looseObject({
      /** Absent (v2) or empty (v1) when the key refers to its own resource. */
      resource: z.string().optional(),
      fields: names,
    }),
  })).optional(),
  missingValues: missingValues.optional(),
});
export type TableSchema = z.output<typeof tableSchema>;

export const dataPackage = z.looseObject({
  resources: z.array(z.looseObject({
    name: z.string().min(1),
    title: z.string().optional(),
    description: z.string().optional(),
    /** Inline, or a path or URL to a schema file. */
    schema: z.unknown().optional(),
    'rounds:module': z.string().min(1).optional(),
  })).min(1, { error: 'expected at least one resource' }),
});
export type DataPackage = z.output<typeof dataPackage>;
