import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog, Dataset, Version } from '../../site/lib/dictionary/model.ts';
import { compareShares } from '../../site/lib/representation/compare.ts';
import { formatRatio } from '../../site/lib/representation/format.ts';
import { knownShares, publishAttribute } from '../../site/lib/representation/published.ts';
import { sharesFromPercentages } from '../../site/lib/representation/shares.ts';
import { smallCellThreshold } from '../../site/lib/representation/threshold.ts';
import { seriousViolations } from '../support/browser.ts';
import { loadDemoCatalog, openDemoSite, type DemoSite } from '../support/demo-site.ts';

let browser: Browser;
let page: Page;
let site: DemoSite['site'];
let close: DemoSite['close'] | undefined;
let catalog: Catalog;
let icu: Dataset;

beforeAll(async () => {
  catalog = await loadDemoCatalog();
  icu = catalog.datasets.find((d) => d.latest?.entry.representation.length)!;
  ({ site, browser, page, close } = await openDemoSite());
});

afterAll(async () => {
  await close?.();
});

const newest = (): Version => icu.latest!;
const cardPath = (version: Version) => `datasets/${icu.id}/${version.id}/dataset-card/`;
const population = () => catalog.populations[0]!;
const summary = () => page.locator('#compare-summary');
const choice = '#compare-population-choice';

/** The ratio the site's own maths gives a group, formatted as the page shows it. */
function expectedRatio(attribute: string, group: string): string {
  const entry = newest().entry.representation.find((a) => a.attribute === attribute)!;
  const published = publishAttribute(entry, smallCellThreshold(catalog.site));
  const given = population().entry.attributes.find((a) => a.attribute === attribute)!;
  const reference = sharesFromPercentages(
    given.categories.map((c) => ({ category: c.name, percent: c.share })));
  const found = compareShares(knownShares(published), reference).groups
    .find((g) => g.category === group)!;
  return formatRatio(found.ratio);
}

function groupRow(attribute: string, group: string) {
  return page.locator(`#compare-results [data-attribute="${attribute}"] tr`, {
    has: page.locator('th', { hasText: new RegExp(`^${group}$`) }),
  });
}

describe('compare with my population', () => {
  it('compares the version with a reference population, group by group', async () => {
    await page.goto(site.url(cardPath(newest())));
    await page.selectOption(choice, population().id);
    await expect.poll(() => summary().textContent()).toContain(population().entry.title);
    const row = groupRow('race_ethnicity', 'Hispanic or Latino');
    const cells = await row.locator('td').allTextContents();
    expect(cells[2]).toContain(expectedRatio('race_ethnicity', 'Hispanic or Latino'));
    expect(cells[3]).toMatch(/^[+\u2212]?\d+\.\d$/);
    const distance = page.locator('[data-attribute="race_ethnicity"] .compare-distance');
    expect(await distance.textContent()).toMatch(/Distance between the two mixes: \d+\.\d%/);
    expect(await page.locator('.population-compare .notice').textContent())
      .toContain('Representation is not performance');
  });

  it('lists the groups below the chosen ratio, and fewer as the ratio falls', async () => {
    await page.goto(site.url(`${cardPath(newest())}?population=${population().id}&below=2`));
    await expect.poll(() => summary().textContent()).toMatch(/groups? (has|have) a ratio below 2/);
    const many = await page.locator('#compare-results tr.below').count();
    await page.fill('#compare-below', '0.5');
    await expect.poll(() => page.locator('#compare-results tr.below').count())
      .toBeLessThan(many);
    expect(page.url()).toContain('below=0.5');
  });

  it('restores a comparison of one\'s own figures from a shared link', async () => {
    await page.goto(site.url(cardPath(newest())));
    await page.selectOption(choice, 'own');
    await page.fill('#own-sex', 'Female, 70\nMale, 30');
    await expect.poll(() => groupRow('sex', 'Male').locator('td').nth(1).textContent())
      .toBe('30.0%');
    const shared = await page.locator('#compare-link').getAttribute('href');
    expect(shared).toContain('own.sex=');

    const other = await browser.newPage();
    await other.goto(shared!);
    expect(await other.locator(choice).inputValue()).toBe('own');
    expect(await other.locator('#own-sex').inputValue()).toBe('Female, 70\nMale, 30');
    const cell = other.locator('#compare-results [data-attribute="sex"] tr', {
      has: other.locator('th', { hasText: /^Female$/ }),
    }).locator('td').nth(1);
    await expect.poll(() => cell.textContent()).toBe('70.0%');
    await other.close();
  });

  it('starts one\'s own figures from the population shown before', async () => {
    await page.goto(site.url(`${cardPath(newest())}?population=${population().id}`));
    await page.selectOption(choice, 'own');
    const first = population().entry.attributes[0]!;
    const text = await page.locator(`#own-${first.attribute}`).inputValue();
    expect(text.split('\n')[0]).toBe(`${first.categories[0]!.name}, ${first.categories[0]!.share}`);
  });

  it('can be used with the keyboard alone', async () => {
    await page.goto(site.url(`${cardPath(newest())}?population=${population().id}`));
    await page.focus(choice);
    const before = await page.locator(choice).inputValue();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator(choice).inputValue()).not.toBe(before);
    await expect.poll(() => page.url()).not.toContain(`population=${before}`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('compare-below');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('3');
    await expect.poll(() => summary().textContent()).toContain('below 3');
  });

  it('shows small counts as below the threshold', async () => {
    const threshold = smallCellThreshold(catalog.site);
    const version = icu.versions.find((v) => v.entry.representation.some((a) =>
      a.categories.some((c) => c.count > 0 && c.count < threshold)))!;
    await page.goto(site.url(cardPath(version)));
    const cells = await page.locator('.figure-table td').allTextContents();
    expect(cells).toContain(`<${threshold}`);
    expect(cells).toContain('hidden');
  });

  it('has no serious or critical axe violations, in light or dark', async () => {
    const found: string[] = [];
    await page.goto(site.url(`${cardPath(newest())}?population=own&own.sex=Female%2C%2050`));
    await summary().filter({ hasText: /\S/ }).waitFor();
    found.push(...await seriousViolations(page));
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(site.url(`${cardPath(newest())}?population=${population().id}`));
    await summary().filter({ hasText: /\S/ }).waitFor();
    found.push(...(await seriousViolations(page)).map((v) => `dark: ${v}`));
    await page.emulateMedia({ colorScheme: 'light' });
    expect(found).toEqual([]);
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const phone = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await phone.goto(site.url(`${cardPath(newest())}?population=${population().id}`));
    await phone.locator('#compare-results table').first().waitFor();
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    await phone.close();
    expect(width).toBeLessThanOrEqual(360);
  });
});
