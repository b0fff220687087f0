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
  /**
   * True for an organisation rather than a person: citation files then keep
   * the name whole instead of splitting off a family name. Default: false.
   */
  organisation: z.boolean().default(false),
});

/** A hospital, clinic or other place whose records are in the dataset. */
export const collectionSite = z.strictObject({
  name: z.string().min(1),
  /** What kind of place it is and what it contributes, in a sentence. */
  description: z.string().min(1).optional(),
});

/** How the records came to be gathered. */
export const collection = z.strictObject({
  /** The places whose records are included. At least one. */
  sites: z.array(collectionSite).min(1, { error: 'expected at least one site' }),
  /** Where in those places care happened, such as "medical ICU" or "emergency department". */
  care_settings: z.array(z.string().min(1)).default([]),
  /** How the records were gathered: systems, extraction, inclusion rules. */
  method: z.string().min(1).optional(),
});

/** A person or team to write to about the dataset. */
export const contact = z.strictObject({
  name: z.string().min(1),
  /** What to write to them about, such as "errors in the data". */
  role: z.string().min(1).optional(),
  email: z.email({ error: 'expected an email address such as `data@example.org`' }).optional(),
  url: webUrl.optional(),
});

/** Who keeps the dataset up to date. */
export const maintenance = z.strictObject({
  /** The team or organisation responsible for new versions and corrections. */
  maintainer: z.string().min(1),
  /** How often new versions come out and how long old ones stay available. */
  schedule: z.string().min(1).optional(),
  /** Where known errors are listed or reported. */
  errata: webUrl.optional(),
  contacts: z.array(contact).default([]),
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
    /**
     * False when access costs money. Default: true (conditions such as
     * training may still apply). Exported as schema.org `isAccessibleForFree`.
     */
    free_of_charge: z.boolean().default(true),
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
  /** Where and how the records were gathered; shown on the dataset card. */
  collection: collection.optional(),
  /** Who keeps the dataset up to date and how to reach them. */
  maintenance: maintenance.optional(),
  intended_uses: z.array(z.string().min(1)).default([]),
  out_of_scope_uses: z.array(z.string().min(1)).default([]),
  limitations: z.array(z.string().min(1)).default([]),
  /** GitHub Discussions category for questions about this dataset. */
  discussion_category: z.string().min(1).optional(),
});
export type DatasetEntry = z.output<typeof datasetSchema>;
export const datasetId = slug;
