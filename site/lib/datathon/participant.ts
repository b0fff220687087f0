import type { ParticipantRole } from '../schema/datathon-team.ts';

/** One registration, as the team tool reads it. */
export interface Participant {
  /** 1-based row in the registration file, not counting the header. */
  row: number;
  name: string;
  role: ParticipantRole;
  skills: string[];
  /** Challenge ids or topics, most wanted first. */
  preferences: string[];
  /** True only when the person agreed to have their name published. */
  publish: boolean;
}

/**
 * The name that may leave the organisers' hands: the person's own when they
 * agreed to publish it, otherwise a stand-in that only the registration file
 * can map back to a person.
 */
export function publicName(person: Participant): string {
  return person.publish ? person.name : `Participant ${person.row}`;
}
