import { z } from 'astro/zod';
import { webUrl } from './common.ts';
import { attributeId } from './representation.ts';

/** One group's share of a reference population. */
export const categoryShare = z.strictObject({
  /** The group, spelled as the versions spell it, such as `Female` or `65-74`. */
  name: z.string().min(1),
  /** Percentage of the population in the group, from 0 to 100. */
  share: z.number().min(0).max(100, { error: 'expected a percentage from 0 to 100' }),
});

/** One attribute of a reference population, such as its age bands. */
export const populationAttribute = z.strictObject({
  /** The attribute id the versions use, such as `age_band`. */
  attribute: attributeId,
  /**
   * The shares, in percent. They should add up to 100 (rounding aside); the
   * comparison rescales them to exactly 100 over the groups listed.
   */
  categories: z.array(categoryShare).min(1, { error: 'expected at least one category' }),
});

/**
 * A population readers can compare a dataset with:
 * `content/populations/<id>.yaml`. The file name is its id.
 */
export const populationSchema = z.strictObject({
  /** What the population is, such as "Harbour County adults". */
  title: z.string().min(1),
  /** Who published the figures, and in which table or report. */
  source: z.string().min(1),
  /** The year the figures describe. */
  year: z.number().int().min(1900).max(2100),
  /** Where to read the source. */
  url: webUrl.optional(),
  /** True for made-up figures (demo content); the site says so beside the title. */
  fictional: z.boolean().default(false),
  /** Anything a reader should weigh: who is counted, how groups were formed. */
  note: z.string().min(1).optional(),
  /** The attributes the source gives figures for. At least one. */
  attributes: z.array(populationAttribute).min(1, { error: 'expected at least one attribute' }),
});
export type PopulationEntry = z.output<typeof populationSchema>;
