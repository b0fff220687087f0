import type { Problem } from '../content/problem.ts';
import { closest } from '../content/suggest.ts';
import type { DatathonEntry } from '../schema/datathon.ts';
import { isTimeZone, knownTimeZones, toInstant } from './time.ts';

/**
 * The rules about time: a real time zone, an end after the start, wall-clock
 * times that happen in that zone, sessions inside the event and registration
 * before its end.
 */
export function checkSchedule(file: string, event: DatathonEntry): Problem[] {
  const problems: Problem[] = [];
  const zone = event.time_zone;
  if (!isTimeZone(zone)) {
    const guess = closest(zone, knownTimeZones());
    problems.push({
      file,
      path: 'time_zone',
      message: `\`${zone}\` is not an IANA time zone`,
      hint: `${guess ? `did you mean \`${guess}\`? ` : ''}write it as Area/City, ` +
        'such as `Europe/London` or `America/Chicago`',
    });
    // Every other rule here reads times in the zone; they wait for a real one.
    return problems;
  }
  const instant = (local: string, path: string): number => {
    const { ms, exists } = toInstant(local, zone);
    if (!exists) {
      problems.push({
        file,
        path,
        message: `\`${local}\` does not happen in ${zone}: the clocks skip it that night`,
        hint: 'pick a time outside the hour the clocks go forward',
      });
    }
    return ms;
  };
  const start = instant(event.start, 'start');
  const end = instant(event.end, 'end');
  if (end <= start) {
    problems.push({
      file,
      path: 'end',
      message: `the event ends at \`${event.end}\`, which is not after its start ` +
        `\`${event.start}\``,
      hint: `make \`end\` later than \`start\`; both are wall-clock times in ${zone}`,
    });
  }
  const ids = new Map<string, number>();
  event.sessions.forEach((session, i) => {
    const path = `sessions[${i}]`;
    if (session.id !== undefined) {
      const first = ids.get(session.id);
      if (first !== undefined) {
        problems.push({
          file,
          path: `${path}.id`,
          message: `\`${session.id}\` is also the id of sessions[${first}]`,
          hint: 'give each session its own id; calendars tell sessions apart by it',
        });
      } else ids.set(session.id, i);
    }
    const from = instant(session.start, `${path}.start`);
    const to = instant(session.end, `${path}.end`);
    if (to <= from) {
      problems.push({
        file,
        path: `${path}.end`,
        message: `the session ends at \`${session.end}\`, which is not after its start ` +
          `\`${session.start}\``,
        hint: 'make `end` later than `start`',
      });
    } else if (end > start && (from < start || to > end)) {
      problems.push({
        file,
        path,
        message: `the session runs from \`${session.start}\` to \`${session.end}\`, outside ` +
          `the event (\`${event.start}\` to \`${event.end}\`)`,
        hint: 'move the session inside the event, or change the event\'s `start` or `end`',
      });
    }
  });
  problems.push(...checkRegistration(file, event));
  return problems;
}

function checkRegistration(file: string, event: DatathonEntry): Problem[] {
  const { registration } = event;
  if (!registration) return [];
  const problems: Problem[] = [];
  const lastDay = event.end.slice(0, 10);
  if (registration.opens && registration.closes && registration.closes < registration.opens) {
    problems.push({
      file,
      path: 'registration.closes',
      message: `registration closes on \`${registration.closes}\`, before it opens on ` +
        `\`${registration.opens}\``,
      hint: 'swap the dates, or correct the one that is wrong',
    });
  }
  if (registration.closes && registration.closes > lastDay) {
    problems.push({
      file,
      path: 'registration.closes',
      message: `registration closes on \`${registration.closes}\`, after the event ends on ` +
        `\`${lastDay}\``,
      hint: 'close registration on or before the last day of the event',
    });
  }
  return problems;
}
