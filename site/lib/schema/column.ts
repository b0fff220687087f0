import { z } from 'astro/zod';
import { identifier, scalar } from './common.ts';

/**
 * Who or what puts a value into a column. Readers use it to judge how a value
 * was made, and the Q&A queue uses it to route questions to people who know.
 */
export const generatedBy = z.enum([
  'nurse-charting', // bedside documentation by nursing staff
  'physician-order', // orders and notes entered by prescribers
  'clinical-coder', // diagnosis and procedure codes assigned after discharge
  'admission-clerk', // registration and bed-management staff
  'laboratory', // laboratory information system
  'pharmacy', // pharmacy and medication administration systems
  'device', // monitors, ventilators and pumps, captured automatically
  'derived', // computed by the dataset's own pipeline
  'system', // identifiers and timestamps made by source systems
]);
export type GeneratedBy = z.infer<typeof generatedBy>;

/** One coded value a column may hold, with what it means. */
export const valueSetEntry = z.strictObject({
  /** The value exactly as stored. */
  code: scalar,
  /** What the value means, in words a clinician would use. */
  label: z.string().min(1),
});

/** A code that stands in for a missing value, and why it is missing. */
export const missingValue = z.strictObject({
  /** The stand-in as stored, such as `-1`, `UNK` or an empty string. */
  code: scalar,
  /** Why a value is missing when this code appears. */
  reason: z.string().min(1),
});

/** What makes a column personally identifying, and what was done about it. */
export const phi = z.strictObject({
  /** Which identifier kind this is (HIPAA Safe Harbor wording where it fits). */
  category: z.string().min(1),
  /** The de-identification applied, such as "shifted by a per-patient offset". */
  transform: z.string().min(1),
});

/** One column of a table, as one dataset version documents it. */
export const columnSchema = z.strictObject({
  /** The column's name in the released files. */
  name: identifier,
  /**
   * The type as the data provider spells it, such as `varchar(255)`,
   * `NUMERIC(5, 2)` or `timestamp(0)`. Rounds normalises it for comparison
   * and keeps this spelling for display.
   */
  type: z.string().min(1, { error: 'expected a type such as `integer` or `varchar(50)`' }),
  /** Unit of measure, UCUM where one exists (`mmHg`, `mg/dL`, `mL/h`). */
  unit: z.string().min(1).optional(),
  /** What the column holds, for a reader who has never seen the source system. */
  description: z.string().min(1),
  /** True when every row has a value. Default: false. */
  required: z.boolean().default(false),
  /** A few representative values, as stored. Default: none. */
  examples: z.array(scalar).default([]),
  /** The coded values the column may hold. Default: an open value set. */
  values: z.array(valueSetEntry).default([]),
  /** Codes standing in for missing values. Default: missing is a null. */
  missing: z.array(missingValue).default([]),
  /** The code system of the values, such as `ICD-10-CM`, `LOINC` or `SNOMED CT`. */
  code_system: z.string().min(1).optional(),
  /** Who or what records the value; see `generatedBy`. */
  generated_by: generatedBy.optional(),
  /** Present when the column is, or was derived from, an identifier. */
  phi: phi.optional(),
  /** The column's name in the previous version, when it was renamed. */
  renamed_from: identifier.optional(),
  /** Anything else a reader should know: caveats, known errors, history. */
  notes: z.string().min(1).optional(),
});
export type ColumnEntry = z.output<typeof columnSchema>;
