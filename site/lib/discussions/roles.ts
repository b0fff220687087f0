import type { GeneratedBy } from '../schema/column.ts';
import type { personRole } from '../schema/people.ts';
import type { z } from 'astro/zod';

export type PersonRole = z.output<typeof personRole>;

/** How a role reads on a badge beside a post. */
export const roleLabels: Record<PersonRole, string> = {
  'icu-nurse': 'ICU nurse',
  'emergency-nurse': 'Emergency nurse',
  'clinical-coder': 'Clinical coder',
  physician: 'Physician',
  pharmacist: 'Pharmacist',
  'respiratory-therapist': 'Respiratory therapist',
  'data-engineer': 'Data engineer',
  maintainer: 'Maintainer',
  researcher: 'Researcher',
};

/**
 * GitHub's authorAssociation, for people not in people.yaml. NONE and the
 * first-timer values say nothing a reader needs, so they get no badge.
 */
const associationLabels: Record<string, string> = {
  OWNER: 'Repository owner',
  MEMBER: 'Organisation member',
  COLLABORATOR: 'Collaborator',
  CONTRIBUTOR: 'Contributor',
};

export function associationLabel(association: string): string | undefined {
  return associationLabels[association.toUpperCase()];
}

/**
 * Who is likely to know the answer about a column, from who records it.
 * Values made by systems and the pipeline are the data engineers' to explain.
 */
export const likelyToKnow: Record<GeneratedBy, PersonRole[]> = {
  'nurse-charting': ['icu-nurse', 'emergency-nurse'],
  'physician-order': ['physician', 'pharmacist'],
  'clinical-coder': ['clinical-coder'],
  'admission-clerk': ['data-engineer'],
  laboratory: ['data-engineer', 'physician'],
  pharmacy: ['pharmacist'],
  device: ['respiratory-therapist', 'icu-nurse'],
  derived: ['data-engineer'],
  system: ['data-engineer'],
};
