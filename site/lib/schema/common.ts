import { z } from 'astro/zod';

/** Quotes the offending value for a message: "found `2024-02-30`". */
const found = (input: unknown) => `found \`${String(input)}\``;

/**
 * A table or column name as databases spell it: a letter or underscore, then
 * letters, digits or underscores. Case is kept; comparisons fold it.
 */
export const identifier = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, {
  error: (issue) => 'expected a name of letters, digits and underscores, not starting ' +
    `with a digit; ${found(issue.input)}`,
});

/** A folder-safe id for datasets and datathons: lower-case words and hyphens. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: (issue) => 'expected lower-case letters, digits and single hyphens, such as ' +
    `\`icu-demo\`; ${found(issue.input)}`,
});

/** True for a YYYY-MM-DD string naming a day that exists (no 30 February). */
function isCalendarDate(value: string): boolean {
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** A calendar date written as YYYY-MM-DD; kept as text so no time zone shifts it. */
export const isoDate = z.string().superRefine((value, context) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    context.addIssue({
      code: 'custom',
      input: value,
      message: `expected a date written as YYYY-MM-DD; ${found(value)}`,
    });
  } else if (!isCalendarDate(value)) {
    context.addIssue({
      code: 'custom',
      input: value,
      message: `expected a day that exists in the calendar; ${found(value)}`,
    });
  }
});

/** An absolute http(s) address. */
export const webUrl = z.url({
  protocol: /^https?$/,
  // Only text that fails to be an address gets this wording; a missing or
  // empty value falls through to the general "missing" and "expected" messages.
  error: (issue) => typeof issue.input === 'string' && issue.input !== ''
    ? `expected an http(s) address; ${found(issue.input)}`
    : undefined,
});

/** A DOI such as `10.5555/rounds.icu.2-0`, without the `https://doi.org/` prefix. */
export const doi = z.string().regex(/^10\.\d{4,9}\/\S+$/, {
  error: (issue) => `expected a DOI such as \`10.5555/example.1\`; ${found(issue.input)}`,
});

/** A value as it appears in the data: text, a number or a boolean. */
export const scalar = z.union([z.string(), z.number(), z.boolean()]);
