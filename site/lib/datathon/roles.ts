import {
  roleSides,
  type ParticipantRole,
  type RequiredRole,
  type RoleSide,
} from '../schema/datathon-team.ts';

/** True when `role` satisfies a requirement for `wanted` (a role or a side). */
export function fills(role: ParticipantRole, wanted: RequiredRole['role']): boolean {
  if (wanted === 'clinical' || wanted === 'technical') {
    return (roleSides[wanted] as readonly string[]).includes(role);
  }
  return role === wanted;
}

/** The side a role is on, or undefined for roles on neither. */
export function sideOf(role: ParticipantRole): RoleSide | undefined {
  if (fills(role, 'clinical')) return 'clinical';
  if (fills(role, 'technical')) return 'technical';
  return undefined;
}
