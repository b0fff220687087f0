import { z } from 'astro/zod';

/**
 * What a participant does, as they register and as a project lists its team.
 * The roles fall into a clinical and a technical side (see `roleSides`), which
 * team rules and the team tool use to mix clinicians with data people.
 */
export const participantRole = z.enum([
  'clinician', // physicians of any specialty, including trainees
  'nurse', // registered nurses and nurse practitioners
  'pharmacist', // clinical pharmacists
  'allied-health', // respiratory therapists, dietitians, physiotherapists and others
  'data-scientist', // machine learning and analytics
  'statistician', // statisticians and epidemiologists
  'engineer', // software and data engineers
  'student', // students of any field who have not chosen a side yet
  'other', // anyone else: patient partners, designers, managers
]);
export type ParticipantRole = z.infer<typeof participantRole>;

/** The two sides a team should mix; roles on neither side count for neither. */
export const roleSides = {
  clinical: ['clinician', 'nurse', 'pharmacist', 'allied-health'],
  technical: ['data-scientist', 'statistician', 'engineer'],
} as const satisfies Record<string, readonly ParticipantRole[]>;
export type RoleSide = keyof typeof roleSides;

/** A role a team must include: one role, or a whole side (`clinical`, `technical`). */
export const requiredRole = z.strictObject({
  /** A participant role, or `clinical` or `technical` for any role on that side. */
  role: z.enum([...participantRole.options, 'clinical', 'technical']),
  /** How many members with that role each team needs. Default: 1. */
  at_least: z.number().int().positive().default(1),
});
export type RequiredRole = z.output<typeof requiredRole>;

/** How teams are formed at an event. */
export const teamRules = z.strictObject({
  /** Fewest members a team may have. Default: 3. */
  min_size: z.number().int().positive().default(3),
  /** Most members a team may have. Default: 5. */
  max_size: z.number().int().positive().default(5),
  /**
   * Roles every team must include. Default: at least one clinical and one
   * technical member, because a question without a clinician drifts away from
   * the bedside and one without a data person rarely reaches a result.
   */
  require: z.array(requiredRole).default([
    { role: 'clinical', at_least: 1 },
    { role: 'technical', at_least: 1 },
  ]),
});
export type TeamRules = z.output<typeof teamRules>;
