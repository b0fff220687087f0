import { z } from 'astro/zod';

/**
 * How the values of an attribute came to be written down. Who recorded a
 * value changes what it means: a race recorded by registration staff is the
 * clerk's impression, not the patient's own answer.
 */
export const recordedHow = z.enum([
  'self-reported', // the patient (or a proxy) gave the answer
  'staff-recorded', // staff wrote it down or measured it, such as a birth date or a bed
  'inferred', // worked out from other data, such as language from an interpreter request
]);
export type RecordedHow = z.infer<typeof recordedHow>;

/** What one count stands for; each matches a headline count in `counts`. */
export const countedUnit = z.enum(['patients', 'admissions', 'stays']);
export type CountedUnit = z.infer<typeof countedUnit>;

/**
 * An attribute id, shared by versions and reference populations so that they
 * can be compared: lower-case words joined by underscores, such as `age_band`.
 */
export const attributeId = z.string().regex(/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/, {
  error: (issue) => 'expected lower-case words joined by underscores, such as ' +
    `\`race_ethnicity\`; found \`${String(issue.input)}\``,
});

/** One group of an attribute and how many were in it. */
export const categoryCount = z.strictObject({
  /** The group as readers see it, such as `Female` or `65-74`. */
  name: z.string().min(1),
  /** How many patients (or stays, see `counted`) fell in the group; 0 is allowed. */
  count: z.number().int().nonnegative(),
});

/**
 * Who is in one version, by one attribute: `representation[]` in
 * version.yaml. Counts are the true numbers; the site hides small ones
 * (see `small_cell_threshold` in site.yaml) when it shows them.
 */
export const representationAttribute = z.strictObject({
  /** The attribute's id, such as `sex` or `age_band`; reference populations use the same id. */
  attribute: attributeId,
  /** The heading readers see. Default: the id with spaces, such as "Age band". */
  title: z.string().min(1).optional(),
  /** What one count is. Default: `patients`. */
  counted: countedUnit.default('patients'),
  /** How the values were recorded; see `recordedHow`. */
  recorded: recordedHow,
  /** When, or from which record, the value was taken: "at the first admission". */
  note: z.string().min(1).optional(),
  /** The groups, in the order readers should see them. At least one. */
  categories: z.array(categoryCount).min(1, { error: 'expected at least one category' }),
  /** How many had no value: not recorded, declined or unknown. Default: 0. */
  unknown: z.number().int().nonnegative().default(0),
});
export type RepresentationAttribute = z.output<typeof representationAttribute>;

/** A version's representation: one entry per attribute, in reading order. */
export const representation = z.array(representationAttribute);
