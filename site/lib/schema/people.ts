import { z } from 'astro/zod';

/**
 * The clinical or technical role shown beside an answer. It tells a reader
 * whose knowledge the answer rests on: the nurse who charts the value, the
 * coder who assigns the code, the engineer who built the pipeline.
 */
export const personRole = z.enum([
  'icu-nurse',
  /** Emergency department nurses, who triage and chart in the ED datasets. */
  'emergency-nurse',
  'clinical-coder',
  'physician',
  'pharmacist',
  'respiratory-therapist',
  'data-engineer',
  'maintainer',
  'researcher',
]);

/** `content/people.yaml`: GitHub login → how the person appears on the site. */
export const personSchema = z.strictObject({
  /** Name as the person wants it shown. */
  name: z.string().min(1),
  role: personRole,
  /** Where they work, optional. */
  affiliation: z.string().min(1).optional(),
});

export const peopleSchema = z.record(z.string().min(1), personSchema);
export type People = z.output<typeof peopleSchema>;

/**
 * `content/discussions/moderation.yaml`: decisions the site honours over the
 * automatic privacy screen.
 */
export const moderationSchema = z.strictObject({
  /** Threads the screen flagged that a moderator checked and cleared. */
  cleared: z.array(z.strictObject({
    thread: z.number().int().positive(),
    /** What was flagged and why it is not an identifier. */
    reason: z.string().min(1),
    /** Moderator's GitHub login. */
    by: z.string().min(1),
  })).default([]),
  /** Threads removed from the site, whatever the screen says. */
  takedowns: z.array(z.strictObject({
    thread: z.number().int().positive(),
    reason: z.string().min(1),
  })).default([]),
  /** People whose posts are never published (their text is left out). */
  opt_outs: z.array(z.strictObject({ login: z.string().min(1) })).default([]),
});
export type Moderation = z.output<typeof moderationSchema>;
