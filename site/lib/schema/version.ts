import { z } from 'astro/zod';
import { doi, isoDate } from './common.ts';

/**
 * Where a version stands. `current` and `superseded` are worked out from the
 * order of versions when left out; `deprecated` and `withdrawn` are decisions
 * an editor writes down. A withdrawn version is never "latest".
 */
export const versionStatus = z.enum(['current', 'superseded', 'deprecated', 'withdrawn']);
export type VersionStatus = z.infer<typeof versionStatus>;

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
});
export type VersionEntry = z.output<typeof versionSchema>;
