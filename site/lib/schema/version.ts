import { z } from 'astro/zod';
import { doi, isoDate } from './common.ts';
import { representation } from './representation.ts';

/**
 * Where a version stands. `current` and `superseded` are worked out from the
 * order of versions when left out; `deprecated` and `withdrawn` are decisions
 * an editor writes down. A withdrawn version is never "latest".
 */
export const versionStatus = z.enum(['current', 'superseded', 'deprecated', 'withdrawn']);
export type VersionStatus = z.infer<typeof versionStatus>;

/** A year or a YYYY-MM-DD day, as text; a bare year may be written without quotes. */
const yearOrDay = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : value),
  z.string().regex(/^\d{4}(?:-\d{2}-\d{2})?$/, {
    error: (issue) => `expected a year such as \`2016\` or a day such as \`2016-03-01\`; ` +
      `found \`${String(issue.input)}\``,
  }),
);

/** One release of a dataset: `versions/<version>/version.yaml`. */
export const versionSchema = z.strictObject({
  /**
   * The version as cited, such as `2.1` or `2024.03`. It must match the folder
   * name. Dotted numbers are ordered numerically; anything else needs `order`.
   */
  version: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, {
    error: 'expected a version such as `2.1`, `2024.03` or `v3-beta`',
  }),
  /** Position among the dataset's versions, 1 for the oldest. Overrides the
   * numeric order of version strings; needed when they cannot be compared. */
  order: z.number().int().positive().optional(),
  /** The day the version was published. */
  released: isoDate,
  /** The version's own DOI. */
  doi: doi.optional(),
  /** Where the version stands; see `versionStatus`. Default: from the order. */
  status: versionStatus.optional(),
  /** Why a version is deprecated or withdrawn, shown beside its status. */
  status_note: z.string().min(1).optional(),
  /** One paragraph on what this release is about. */
  summary: z.string().min(1).optional(),
  /**
   * The citation to use for this version, as plain text. Default: one built
   * from the dataset's creators, title, version, publisher, year and DOI.
   */
  citation: z.string().min(1).optional(),
  /** Headline counts for the release, shown on the version page. */
  counts: z
    .strictObject({
      patients: z.number().int().nonnegative().optional(),
      admissions: z.number().int().nonnegative().optional(),
      stays: z.number().int().nonnegative().optional(),
    })
    .optional(),
  /**
   * The real calendar period the records cover, before any date shifting:
   * `start` and `end`, each a year (`2016`) or a day (`2016-03-01`).
   */
  timeframe: z
    .strictObject({ start: yearOrDay, end: yearOrDay })
    .refine((span) => span.start <= span.end, {
      error: 'expected `start` to come before `end`',
      path: ['end'],
    })
    .optional(),
  /** Who is in this version, attribute by attribute. Default: not described. */
  representation: representation.default([]),
});
export type VersionEntry = z.output<typeof versionSchema>;
