import ical, { ICalCalendarMethod } from 'ical-generator';
import type { Datathon, Session } from './model.ts';

export interface CalendarOptions {
  /** The event page's absolute address, linked from every entry. */
  pageUrl: string;
  /** The site's host name: the right-hand side of every UID. */
  host: string;
  /** When the file is made (DTSTAMP); the build passes its own clock. */
  stamp: Date;
}

/** A session, or the whole event when it has no programme yet. */
interface Entry {
  key: string;
  title: string;
  startsAt: number;
  endsAt: number;
  description: string | undefined;
  location: string | undefined;
}

function entries(datathon: Datathon): Entry[] {
  if (datathon.sessions.length === 0) {
    return [{
      key: 'event',
      title: datathon.entry.title,
      startsAt: datathon.start,
      endsAt: datathon.end,
      description: datathon.entry.summary,
      location: placeOf(datathon, undefined),
    }];
  }
  return datathon.sessions.map((session) => ({
    key: session.key,
    title: `${session.title} (${datathon.entry.title})`,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    description: session.description,
    location: placeOf(datathon, session),
  }));
}

/** Room, venue and stream, in the order someone on their way needs them. */
function placeOf(datathon: Datathon, session: Session | undefined): string | undefined {
  const { venue, online_url } = datathon.entry;
  const parts = [
    session?.room,
    venue?.name,
    venue?.address,
    session?.stream ?? (datathon.entry.attendance === 'online' ? online_url : undefined),
  ].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/**
 * The event's programme as an iCalendar file (RFC 5545). Times are written in
 * UTC, which every calendar reads without a VTIMEZONE block and shows in its
 * reader's own zone. UIDs are made from the event slug and the session key, so
 * a rebuilt file updates entries people have already imported.
 */
export function datathonCalendar(datathon: Datathon, options: CalendarOptions): string {
  const calendar = ical({
    name: datathon.entry.title,
    description: datathon.entry.summary,
    prodId: { company: 'Rounds', product: 'Datathons', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    url: options.pageUrl,
  });
  for (const entry of entries(datathon)) {
    const about = [entry.description, `Programme and details: ${options.pageUrl}`];
    calendar.createEvent({
      id: `${datathon.slug}-${entry.key}@${options.host}`,
      stamp: options.stamp,
      start: new Date(entry.startsAt),
      end: new Date(entry.endsAt),
      summary: entry.title,
      description: about.filter(Boolean).join('\n\n'),
      location: entry.location ?? null,
      url: options.pageUrl,
    });
  }
  return calendar.toString();
}
