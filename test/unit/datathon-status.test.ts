import { describe, expect, it } from 'vitest';
import { buildDatathon } from '../../site/lib/datathon/model.ts';
import { compareForListing, statusAt } from '../../site/lib/datathon/status.ts';
import { isoInZone, toInstant } from '../../site/lib/datathon/time.ts';
import { datathonsUsing } from '../../site/lib/datathon/version-usage.ts';
import { baselineEvent, edit, sourceOf } from '../support/datathon-fixture.ts';

// The baseline runs 09:00 to 17:00 on 17 October 2025 in Chicago (UTC-5 then).
const opens = Date.UTC(2025, 9, 17, 14, 0);
const closes = Date.UTC(2025, 9, 17, 22, 0);
const minute = 60_000;

describe('status at build time', () => {
  it('is upcoming before the start, ongoing from it, and past from the end', () => {
    expect(statusAt(opens, closes, opens - minute)).toBe('upcoming');
    expect(statusAt(opens, closes, opens)).toBe('ongoing');
    expect(statusAt(opens, closes, closes - minute)).toBe('ongoing');
    expect(statusAt(opens, closes, closes)).toBe('past');
  });

  it('reads the event\'s times in its own zone, not the build machine\'s', () => {
    const source = sourceOf(baselineEvent);
    expect(buildDatathon(source, opens - minute).status).toBe('upcoming');
    expect(buildDatathon(source, opens).status).toBe('ongoing');
    const london = sourceOf(edit(baselineEvent, 'America/Chicago', 'Europe/London'));
    // 09:00 in London is 08:00 UTC, long before Chicago's 09:00.
    expect(buildDatathon(london, opens).status).toBe('ongoing');
    expect(buildDatathon(london, Date.UTC(2025, 9, 17, 16, 0)).status).toBe('past');
  });

  it('lists ongoing events first, then upcoming soonest first, then past newest first', () => {
    const day = 86_400_000;
    const event = (name: string, start: number, end: number, now: number) =>
      ({ name, start, end, status: statusAt(start, end, now) });
    const now = 100 * day;
    const events = [
      event('long ago', 10 * day, 11 * day, now),
      event('next year', 400 * day, 401 * day, now),
      event('now', 99 * day, 101 * day, now),
      event('last month', 70 * day, 71 * day, now),
      event('next week', 107 * day, 108 * day, now),
    ];
    expect(events.sort(compareForListing).map((e) => e.name))
      .toEqual(['now', 'next week', 'next year', 'last month', 'long ago']);
  });
});

describe('wall-clock times', () => {
  it('turns a local time into the instant it names, with the zone\'s offset', () => {
    const { ms, exists } = toInstant('2025-10-17T09:00', 'America/Chicago');
    expect(exists).toBe(true);
    expect(new Date(ms).toISOString()).toBe('2025-10-17T14:00:00.000Z');
    expect(isoInZone(ms, 'America/Chicago')).toBe('2025-10-17T09:00:00-05:00');
    expect(isoInZone(ms, 'Asia/Kolkata')).toBe('2025-10-17T19:30:00+05:30');
  });

  it('takes the first of the two times an hour repeats when clocks go back', () => {
    const { ms } = toInstant('2025-11-02T01:30', 'America/Chicago');
    expect(new Date(ms).toISOString()).toBe('2025-11-02T06:30:00.000Z');
  });

  it('flags a time the clocks skip when they go forward', () => {
    expect(toInstant('2025-03-30T01:30', 'Europe/London').exists).toBe(false);
    expect(toInstant('2025-03-30T02:30', 'Europe/London').exists).toBe(true);
  });

  it('orders sessions by their instants and keys them stably', () => {
    const datathon = buildDatathon(sourceOf(baselineEvent), 0);
    expect(datathon.sessions.map((s) => s.key))
      .toEqual(['welcome-2025-10-17', 'work', 'presentations-2025-10-17']);
    expect(datathon.sessions[0]!.startsAt).toBe(opens);
  });
});

describe('datathons using a version', () => {
  it('finds events that pin the version and projects that used it', () => {
    const source = sourceOf(baselineEvent);
    source.projects.push({
      id: 'p',
      file: 'p.yaml',
      data: {
        title: 'A project',
        summary: 'Used an older release.',
        team: [{ name: 'Ada', role: 'clinician' }],
        datasets: [{ dataset: 'icu-demo', version: '0.9' }],
      },
    });
    const datathon = buildDatathon(source, 0);
    expect(datathonsUsing([datathon], 'icu-demo', '1.0'))
      .toEqual([{ datathon, pinned: true, projects: [] }]);
    expect(datathonsUsing([datathon], 'icu-demo', '0.9')[0]?.projects.map((p) => p.id))
      .toEqual(['p']);
    expect(datathonsUsing([datathon], 'other', '1.0')).toEqual([]);
  });
});

describe('registration at build time', () => {
  const withRegistration = edit(baselineEvent, 'datasets:',
    'registration:\n  url: https://example.org/register\n  opens: 2025-09-01\n' +
    '  closes: 2025-10-10\ndatasets:');
  const at = (iso: string) => buildDatathon(sourceOf(withRegistration), Date.parse(iso))
    .registration;

  it('opens and closes on whole days in the event\'s zone', () => {
    expect(at('2025-09-01T04:59:00Z')).toBe('not-yet-open');
    expect(at('2025-09-01T05:00:00Z')).toBe('open');
    expect(at('2025-10-11T04:59:00Z')).toBe('open');
    expect(at('2025-10-11T05:00:00Z')).toBe('closed');
  });

  it('is absent when the event takes no registrations', () => {
    expect(buildDatathon(sourceOf(baselineEvent), 0).registration).toBeUndefined();
  });
});
