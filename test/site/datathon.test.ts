import ICAL from 'ical.js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timeOfDay } from '../../site/lib/datathon/format.ts';
import { loadDatathons } from '../../site/lib/datathon/load-datathons.ts';
import { buildDatathon, type Datathon } from '../../site/lib/datathon/model.ts';
import { seriousViolations } from '../support/browser.ts';
import { loadDemoCatalog, openDemoSite, type DemoSite } from '../support/demo-site.ts';

let browser: Browser;
let page: Page;
let site: DemoSite['site'];
let close: DemoSite['close'] | undefined;
/** The demo event with the most to check: challenges, projects and sessions. */
let event: Datathon;

beforeAll(async () => {
  const { datathons, problems } = await loadDatathons('content', await loadDemoCatalog());
  if (problems.length > 0) throw new Error('the demo datathons are invalid; run npm run check');
  event = datathons
    .map((source) => buildDatathon(source, Date.now()))
    .sort((a, b) => b.projects.length - a.projects.length)[0]!;
  ({ site, browser, page, close } = await openDemoSite({
    // A reader far from the event, so their times visibly differ from the event's.
    context: { timezoneId: 'Asia/Tokyo', locale: 'en-GB' },
  }));
});

afterAll(async () => {
  await close?.();
});

const eventPath = () => `datathons/${event.slug}/`;
const firstTime = () => page.locator('[data-time-range] time').first();

describe('the event page', () => {
  it('shows the schedule in the event\'s time zone', async () => {
    await page.goto(site.url(eventPath()));
    const zone = event.entry.time_zone;
    expect(await page.locator('#schedule-zone').textContent()).toContain(zone);
    const first = event.sessions[0]!;
    expect(await firstTime().textContent()).toBe(timeOfDay(first.startsAt, zone));
    expect(await firstTime().getAttribute('datetime')).toBe(new Date(first.startsAt)
      .toISOString());
  });

  it('switches the schedule to the reader\'s time zone and back', async () => {
    await page.goto(site.url(eventPath()));
    const toggle = page.locator('#time-toggle');
    expect(await toggle.isVisible()).toBe(true);
    const eventText = await firstTime().textContent();
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const tokyo = timeOfDay(event.sessions[0]!.startsAt, 'Asia/Tokyo');
    expect(await firstTime().textContent()).toContain(tokyo);
    expect(await page.locator('#schedule-zone').textContent()).toContain('Asia/Tokyo');
    await toggle.click();
    expect(await firstTime().textContent()).toBe(eventText);
  });

  it('links every challenge into the dictionary, down to the column', async () => {
    await page.goto(site.url(eventPath()));
    const links = await page.locator('.challenge a[href*="/datasets/"]')
      .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    const suggested = event.entry.challenges
      .flatMap((c) => c.tables.flatMap((t) => [t.table, ...t.columns]));
    expect(links.length).toBeGreaterThanOrEqual(suggested.length);
    for (const link of new Set(links.map((l) => l.split('#')[0]!))) {
      expect((await page.request.get(link)).status(), link).toBe(200);
    }
    const column = links.find((link) => link.includes('#'))!;
    await page.goto(column);
    const anchor = decodeURIComponent(new URL(column).hash.slice(1));
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(anchor);
  });

  it('describes itself as a schema.org Event', async () => {
    await page.goto(site.url(eventPath()));
    const text = await page.locator('head script[type="application/ld+json"]').textContent();
    const data = JSON.parse(text ?? '') as Record<string, unknown>;
    expect(data['@type']).toBe('Event');
    expect(data.name).toBe(event.entry.title);
    expect(data.startDate).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    expect(Date.parse(data.startDate as string)).toBe(event.start);
  });

  it('serves the calendar file it links to', async () => {
    await page.goto(site.url(eventPath()));
    const href = await page.locator('a[href$="calendar.ics"]').getAttribute('href');
    const response = await page.request.get(new URL(href!, page.url()).href);
    expect(response.status()).toBe(200);
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(event.sessions.length);
  });

  it('has no serious or critical axe violations, with or without the local times', async () => {
    const found: string[] = [];
    await page.goto(site.url('datathons/'));
    found.push(...(await seriousViolations(page)).map((v) => `list: ${v}`));
    await page.goto(site.url(eventPath()));
    await page.locator('#time-toggle').click();
    found.push(...(await seriousViolations(page)).map((v) => `event: ${v}`));
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    found.push(...(await seriousViolations(page)).map((v) => `event, dark: ${v}`));
    await page.emulateMedia({ colorScheme: 'light' });
    expect(found).toEqual([]);
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const phone = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await phone.goto(site.url(eventPath()));
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    await phone.close();
    expect(width).toBeLessThanOrEqual(360);
  });
});
