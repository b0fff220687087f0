import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { datathonCalendar } from '../../site/lib/datathon/calendar.ts';
import { buildDatathon, type Datathon } from '../../site/lib/datathon/model.ts';
import { baselineEvent, edit, sourceOf } from '../support/datathon-fixture.ts';

const options = {
  pageUrl: 'https://rounds.example/datathons/demo-day/',
  host: 'rounds.example',
  stamp: new Date(Date.UTC(2025, 0, 1)),
};

/** Parses an iCalendar text back with ical.js, as a calendar application would. */
function parseBack(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const start = vevent.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = vevent.getFirstPropertyValue('dtend') as ICAL.Time;
    return {
      uid: String(vevent.getFirstPropertyValue('uid')),
      summary: String(vevent.getFirstPropertyValue('summary')),
      location: vevent.getFirstPropertyValue('location'),
      start,
      end,
    };
  });
  return { calendar, events };
}

const datathon = (text = baselineEvent): Datathon => buildDatathon(sourceOf(text), 0);

describe('the calendar file', () => {
  it('parses back with one entry per session, in UTC', () => {
    const event = datathon();
    const { calendar, events } = parseBack(datathonCalendar(event, options));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(String(calendar.getFirstPropertyValue('prodid'))).toContain('Rounds');
    expect(events).toHaveLength(event.sessions.length);
    for (const [i, entry] of events.entries()) {
      const session = event.sessions[i]!;
      expect(entry.start.zone?.tzid).toBe('UTC');
      expect(entry.start.toJSDate().getTime()).toBe(session.startsAt);
      expect(entry.end.toJSDate().getTime()).toBe(session.endsAt);
      expect(entry.summary).toBe(`${session.title} (Demo Day)`);
    }
    // Welcome, 09:00 in Chicago in October, is 14:00 UTC.
    expect(events[0]!.start.toString()).toBe('2025-10-17T14:00:00Z');
    expect(events[0]!.location).toBe('Room 1, Teaching Centre');
  });

  it('writes lines RFC 5545 accepts: CRLF endings, folded within 75 octets', () => {
    const text = datathonCalendar(datathon(), options);
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const lines = text.split('\r\n');
    expect(lines.every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toContain('\n');
  });

  it('keeps each entry\'s UID when the file is made again or sessions are reordered', () => {
    const first = parseBack(datathonCalendar(datathon(), options)).events.map((e) => e.uid);
    const later = { ...options, stamp: new Date(Date.UTC(2026, 5, 1)) };
    const again = parseBack(datathonCalendar(datathon(), later)).events.map((e) => e.uid);
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    expect(first).toContain('demo-day-work@rounds.example');
    // Moving the welcome session after the others in the file changes nothing.
    const welcome = '  - title: Welcome\n    kind: opening\n    start: 2025-10-17T09:00\n' +
      '    end: 2025-10-17T09:30\n    room: Room 1\n';
    const reordered = edit(baselineEvent, welcome, '')
      .replace('challenges:', `${welcome}challenges:`);
    expect(sourceOf(reordered).data.sessions.at(-1)?.title).toBe('Welcome');
    const uids = parseBack(datathonCalendar(datathon(reordered), options)).events
      .map((e) => e.uid);
    expect([...uids].sort()).toEqual([...first].sort());
  });

  it('holds one entry for the whole event when there is no programme yet', () => {
    const bare = baselineEvent.replace(/sessions:\n(?: {2}.*\n)+/, '');
    const { events } = parseBack(datathonCalendar(datathon(bare), options));
    expect(events).toHaveLength(1);
    expect(events[0]!.summary).toBe('Demo Day');
    expect(events[0]!.uid).toBe('demo-day-event@rounds.example');
    expect(events[0]!.end.toString()).toBe('2025-10-17T22:00:00Z');
  });
});
