import type { DatathonEntry } from '../schema/datathon.ts';
import { dayInZone } from './time.ts';

/** Whether people can register, on the build's day in the event's zone. */
export type RegistrationState = 'not-yet-open' | 'open' | 'closed';

/**
 * The registration state at `now`. `opens` and `closes` are whole days in the
 * event's zone, both included; registration also closes once the event ends.
 */
export function registrationState(
  entry: DatathonEntry,
  end: number,
  now: number,
): RegistrationState | undefined {
  const { registration } = entry;
  if (!registration) return undefined;
  const today = dayInZone(now, entry.time_zone);
  if (now >= end || (registration.closes && today > registration.closes)) return 'closed';
  if (registration.opens && today < registration.opens) return 'not-yet-open';
  return 'open';
}
