import { z } from 'astro/zod';
import { slug, webUrl } from './common.ts';

/** Who may download the data, from least to most controlled. */
export const accessTier = z.enum(['open', 'registered', 'credentialed', 'restricted']);

/** How the people in the data agreed, or why they were not asked. */
export const consentModel = z.enum(['opt-in', 'opt-out', 'waiver', 'broad']);

/** The de-identification standard applied (45 CFR 164.514 names the two US ones). */
export const deidentificationMethod = z.enum([
  'safe-harbor',
  'expert-determination',
  'anonymisation',
  'pseudonymisation',
]);

/** A person or organisation credited for the dataset. */
export const creator = z.strictObject({
  name: z.string().min(1),
  affiliation: z.string().min(1).optional(),
  /** ORCID iD as the bare 16-digit identifier. */
  orcid: z.string().regex(/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/, {
    error: 'expected an ORCID iD such as `0000-0002-1825-0097`',
  }).optional(),
});

/** One dataset: `content/datasets/<id>/dataset.yaml`. */
export const datasetSchema = z.strictObject({
  /** Full title, as cited. */
  title: z.string().min(1),
  /** Short name for navigation and page titles. Default: the title. */
  short_title: z.string().min(1).optional(),
  /** One or two sentences shown on the home page and in search results. */
  summary: z.string().min(1),
  /** Longer description, Markdown allowed. */
  description: z.string().min(1).optional(),
  creators: z.array(creator).min(1, { error: 'expected at least one creator' }),
  /** The organisation that releases the data. */
  publisher: z.string().min(1),
  licence: z.strictObject({
    /** Licence name as shown to readers. */
    name: z.string().min(1),
    /** SPDX identifier where one exists, for machine-readable exports. */
    spdx: z.string().min(1).optional(),
    url: webUrl,
  }),
  homepage: webUrl.optional(),
  access: z.strictObject({
    tier: accessTier,
    /** What a researcher does, in order, to get the files. */
    steps: z.array(z.string().min(1)).default([]),
    /** Courses that must be completed first. */
    training: z
      .array(z.strictObject({ name: z.string().min(1), url: webUrl.optional() }))
      .default([]),
    /** The data-use agreement to sign. */
    data_use_agreement: webUrl.optional(),
    /** Typical days from request to access, for planning. */
    lead_time_days: z.number().int().nonnegative().optional(),
  }),
  consent: z.strictObject({
    model: consentModel,
    /** Ethics board and reference of the approval. */
    ethics_approval: z.string().min(1),
    /** How someone whose data is included can ask to be removed. */
    withdrawal: z.string().min(1).optional(),
  }),
  deidentification: z.strictObject({
    method: deidentificationMethod,
    /** What was changed in the data, one line each (date shifting, age capping...). */
    transforms: z.array(z.string().min(1)).default([]),
  }),
  intended_uses: z.array(z.string().min(1)).default([]),
  out_of_scope_uses: z.array(z.string().min(1)).default([]),
  limitations: z.array(z.string().min(1)).default([]),
  /** GitHub Discussions category for questions about this dataset. */
  discussion_category: z.string().min(1).optional(),
});
export type DatasetEntry = z.output<typeof datasetSchema>;
export const datasetId = slug;
