import { z } from 'astro/zod';

/**
 * A table or column name as databases spell it: a letter or underscore, then
 * letters, digits or underscores. Case is kept; comparisons fold it.
 */
export const identifier = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, {
    error: 'expected a name of letters, digits and underscores, starting with a letter',
  });

/** A folder-safe id for datasets and datathons: lower-case words and hyphens. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'expected lower-case letters, digits and single hyphens, such as `icu-demo`',
  });

/** A calendar date written as YYYY-MM-DD; kept as text so no time zone shifts it. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date written as YYYY-MM-DD' })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), {
    error: 'expected a real calendar date',
  });

/** An absolute http(s) address. */
export const webUrl = z.url({ protocol: /^https?$/, error: 'expected an http(s) address' });

/** A DOI such as `10.5555/rounds.icu.2-0`, without the `https://doi.org/` prefix. */
export const doi = z
  .string()
  .regex(/^10\.\d{4,9}\/\S+$/, { error: 'expected a DOI such as `10.5555/example.1`' });

/** A value as it appears in the data: text, a number or a boolean. */
export const scalar = z.union([z.string(), z.number(), z.boolean()]);
