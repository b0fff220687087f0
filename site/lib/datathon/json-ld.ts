import type { AttendanceMode } from '../schema/datathon.ts';
import type { Datathon } from './model.ts';
import { isoInZone } from './time.ts';

const attendanceModes: Record<AttendanceMode, string> = {
  'in-person': 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
};

/** A dataset version the event works with, as a named link. */
export interface LinkedDataset {
  name: string;
  url: string;
}

/**
 * The schema.org `Event` description of a datathon, for search engines and
 * calendars that read pages. Times carry the event's offset, so the wall-clock
 * time stays visible to anyone reading the data.
 */
export function datathonJsonLd(
  datathon: Datathon,
  pageUrl: string,
  datasets: LinkedDataset[],
): Record<string, unknown> {
  const { entry } = datathon;
  const locations: Record<string, unknown>[] = [];
  if (entry.venue && entry.attendance !== 'online') {
    locations.push({
      '@type': 'Place',
      name: entry.venue.name,
      ...(entry.venue.address && { address: entry.venue.address }),
      ...(entry.venue.url && { url: entry.venue.url }),
    });
  }
  if (entry.attendance !== 'in-person') {
    locations.push({ '@type': 'VirtualLocation', url: entry.online_url ?? pageUrl });
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: entry.title,
    description: entry.summary,
    url: pageUrl,
    startDate: isoInZone(datathon.start, entry.time_zone),
    endDate: isoInZone(datathon.end, entry.time_zone),
    eventAttendanceMode: attendanceModes[entry.attendance],
    // TODO(datathon-json-ld): always "scheduled"; add a `cancelled` or
    // `postponed` field to event.yaml the first time an event needs it.
    eventStatus: 'https://schema.org/EventScheduled',
    location: locations.length === 1 ? locations[0] : locations,
    ...(entry.organisers.length > 0 && {
      organizer: entry.organisers.map((o) => ({
        '@type': 'Organization',
        name: o.name,
        ...(o.url && { url: o.url }),
      })),
    }),
    about: datasets.map((d) => ({ '@type': 'Dataset', name: d.name, url: d.url })),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element. `<` is escaped so
 * that no text from content can close the element early.
 */
export function jsonLdText(data: Record<string, unknown>): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}
