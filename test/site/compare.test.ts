import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../site/lib/dictionary/model.ts';
import { seriousViolations } from '../support/browser.ts';
import { loadDemoCatalog, openDemoSite, type DemoSite } from '../support/demo-site.ts';

let browser: Browser;
let page: Page;
let site: DemoSite['site'];
let close: DemoSite['close'] | undefined;
let dataset: Dataset;

beforeAll(async () => {
  dataset = (await loadDemoCatalog()).datasets
    .reduce((a, b) => (a.versions.length >= b.versions.length ? a : b));
  ({ site, browser, page, close } = await openDemoSite());
});

afterAll(async () => {
  await close?.();
});

const oldest = () => dataset.versions[0]!;
const newest = () => dataset.versions.at(-1)!;
const changes = () => `datasets/${dataset.id}/changes/`;

describe('the compare picker', () => {
  it('goes to the pair page chosen with the keyboard, breaking changes first', async () => {
    await page.goto(site.url(changes()));
    await page.locator('#compare-from').focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('compare-to');
    await page.keyboard.press('End');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/${changes()}${oldest().id}...${newest().id}/`);
    const first = page.locator('.change-table').first();
    expect(await first.locator('.badge.breaking').count()).toBe(1);
    expect(await first.locator('li').first().textContent()).toMatch(/^\s*Breaking:/);
  });

  it('shows how representation moved between the two versions', async () => {
    await page.goto(site.url(`${changes()}${oldest().id}...${newest().id}/`));
    const drift = page.locator('#representation-drift');
    expect(await drift.textContent()).toContain(`${oldest().id} to ${newest().id}`);
    const rows = page.locator('.representation-drift tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await rows.first().locator('td').first().textContent()).toMatch(/\d/);
  });

  it('swaps a pair chosen newer first, and asks for two versions when both match', async () => {
    await page.goto(site.url(changes()));
    await page.selectOption('#compare-from', newest().id);
    await page.selectOption('#compare-to', oldest().id);
    await page.locator('.compare-picker button').press('Enter');
    await page.waitForURL(`**/${changes()}${oldest().id}...${newest().id}/`);
    await page.selectOption('#compare-from', newest().id);
    await page.selectOption('#compare-to', newest().id);
    await page.locator('.compare-picker button').click();
    await expect.poll(() => page.locator('.compare-status').textContent())
      .toBe('Choose two different versions to compare.');
    expect(page.url()).toContain(`${oldest().id}...${newest().id}/`);
  });

  it('lands on a list of every pair when JavaScript is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(site.url(changes()));
    await plain.locator('.compare-picker button').click();
    await plain.waitForURL(`**/${changes()}?from=*`);
    const pairs = await plain.locator('.pairs a').count();
    await context.close();
    const n = dataset.versions.length;
    expect(pairs).toBe((n * (n - 1)) / 2);
  });
});

describe('accessibility of the change pages', () => {
  it('has no serious or critical axe violations on the compare and what\'s-new pages', async () => {
    const pages = {
      index: changes(),
      compare: `${changes()}${oldest().id}...${newest().id}/`,
      whatsNew: `${changes()}${newest().id}/`,
      first: `${changes()}${oldest().id}/`,
    };
    const found: string[] = [];
    for (const [kind, path] of Object.entries(pages)) {
      await page.goto(site.url(path));
      found.push(...(await seriousViolations(page)).map((v) => `${kind}: ${v}`));
    }
    expect(found).toEqual([]);
  });

  it('lists the disagreements between release notes and data in a labelled notice', async () => {
    await page.goto(site.url(`${changes()}${newest().id}/`));
    const notice = page.getByRole('region', { name: 'The release notes and the data disagree' });
    expect(await notice.locator('li').count()).toBeGreaterThan(0);
    const target = await notice.locator('li a').first().getAttribute('href');
    expect(await page.locator(target!).count()).toBe(1);
  });
});
