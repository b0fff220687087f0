import { z } from 'astro/zod';
import { webUrl } from './common.ts';

/** Site-wide settings: `content/site.yaml`. */
export const siteSchema = z.strictObject({
  title: z.string().min(1),
  /** One sentence for the home page and search engines. */
  description: z.string().min(1),
  /** GitHub repository holding this content, as `owner/name`: edit links and Q&A. */
  repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/, {
    error: 'expected `owner/name`, such as `rounds-health/rounds`',
  }),
  /** Branch the edit links point at. Default: `main`. */
  branch: z.string().min(1).default('main'),
  /** Where the content folder sits inside the repository. Default: `content`. */
  content_path: z.string().min(1).default('content'),
  /** Contact for corrections and takedown requests. */
  contact: z.string().min(1).optional(),
  homepage: webUrl.optional(),
  /**
   * Counts from 1 up to one below this number are shown as "fewer than" it
   * (`<10`) wherever the site publishes representation counts. 1 shows every
   * count. Default: `defaultSmallCellThreshold`.
   */
  small_cell_threshold: z.number().int().positive().optional(),
});

/**
 * The default for `small_cell_threshold`. Kept out of the schema's own
 * `.default()` so that settings built in code need not spell it out.
 */
export const defaultSmallCellThreshold = 10;
export type SiteEntry = z.output<typeof siteSchema>;
