import type { Datathon, Session } from './model.ts';
import { dayInZone, offsetLabel } from './time.ts';

// British English order ("17 October 2025", 24-hour clock) reads the same to
// an international audience, unlike month-first dates and am/pm.
const locale = 'en-GB';

function format(zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, { timeZone: zone, ...options });
}

/** A coded value as readers see it: `data-scientist` becomes "data scientist". */
export function codeWords(code: string): string {
  return code.replaceAll('-', ' ');
}

/** "17–19 October 2025", in the event's zone. */
export function dateRange(datathon: Datathon): string {
  const zone = datathon.entry.time_zone;
  return format(zone, { day: 'numeric', month: 'long', year: 'numeric' })
    .formatRange(datathon.start, datathon.end)
    .replace(/\s–\s/, '–');
}

/** "7 October 2025" for a calendar day written YYYY-MM-DD. */
export function dayText(day: string): string {
  return format('UTC', { day: 'numeric', month: 'long', year: 'numeric' })
    .format(Date.parse(`${day}T00:00:00Z`));
}

/** "09:00", in `zone`. */
export function timeOfDay(ms: number, zone: string): string {
  return format(zone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);
}

/** "Central Time (America/Chicago, UTC−05:00)": name, IANA id and offset at `ms`. */
export function zoneLabel(zone: string, ms: number): string {
  const name = format(zone, { timeZoneName: 'longGeneric' })
    .formatToParts(ms)
    .find((part) => part.type === 'timeZoneName')?.value;
  const id = `${zone}, ${offsetLabel(ms, zone)}`;
  return name && name !== zone ? `${name} (${id})` : id;
}

/** One day of the programme, in the event's zone. */
export interface ScheduleDay {
  /** YYYY-MM-DD, also the day's anchor. */
  day: string;
  /** "Friday 17 October 2025". */
  heading: string;
  sessions: Session[];
}

/** Sessions grouped by the day they start on, in the event's zone. */
export function scheduleDays(datathon: Datathon): ScheduleDay[] {
  const zone = datathon.entry.time_zone;
  const heading = format(zone, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const days: ScheduleDay[] = [];
  for (const session of datathon.sessions) {
    const day = dayInZone(session.startsAt, zone);
    const last = days.at(-1);
    if (last?.day === day) last.sessions.push(session);
    else {
      const title = heading.format(session.startsAt).replace(',', '');
      days.push({ day, heading: title, sessions: [session] });
    }
  }
  return days;
}
