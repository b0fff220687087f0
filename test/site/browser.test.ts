import { readdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog, Dataset, Table } from '../../site/lib/dictionary/model.ts';
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
  icu = catalog.datasets.reduce((a, b) => (a.versions.length >= b.versions.length ? a : b));
  ({ site, browser, page, close } = await openDemoSite({
    permissions: ['clipboard-read', 'clipboard-write'],
  }));
});

afterAll(async () => {
  await close?.();
});

const newest = () => icu.latest!;
const tablePath = (t: Table) => `datasets/${t.dataset}/${t.version}/${t.name}/`;

/** A column name that appears in just one table of the newest version. */
function distinctiveColumn(): { table: Table; column: string } {
  const counts = new Map<string, number>();
  for (const t of newest().tables) {
    for (const c of t.columns) counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
  }
  for (const table of newest().tables) {
    const column = table.columns.find((c) => counts.get(c.name) === 1 && c.name.includes('_'));
    if (column) return { table, column: column.name };
  }
  throw new Error('the demo content has no column unique to one table');
}

describe('search', () => {
  it('finds a single column and deep-links to its anchor', async () => {
    const { table, column } = distinctiveColumn();
    await page.goto(site.url(''));
    await page.fill('#home-search', column);
    await page.press('#home-search', 'Enter');
    const hit = page.locator('#search-results a', { hasText: new RegExp(`^${column}$`) }).first();
    await hit.click();
    await page.waitForURL(`**/${tablePath(table)}#${column}`);
    const anchored = await page.evaluate(() => document.querySelector(':target')?.id);
    expect(anchored).toBe(column);
  });

  it('lists the newest version first and filters by kind', async () => {
    const { column } = distinctiveColumn();
    await page.goto(site.url(`search/?q=${column}`));
    const badges = () => page.locator('#search-results > li.result .badge').allTextContents();
    // The first table result comes from the newest version.
    await expect
      .poll(async () => (await badges()).find((b) => b.startsWith('table')), { timeout: 10_000 })
      .toContain(newest().id);
    await page.selectOption('select[name="kind"]', 'table');
    await expect.poll(() => page.url()).toContain('kind=table');
    // The list is replaced once the filtered search returns: poll until it has.
    await expect
      .poll(async () => {
        const kinds = await badges();
        return kinds.length > 0 && kinds.every((kind) => kind.startsWith('table'));
      }, { timeout: 10_000 })
      .toBe(true);
  });
});

describe('versions', () => {
  it('switches version and stays on the same table', async () => {
    const table = newest().tables.find((t) =>
      icu.versions[0]!.tables.some((old) => old.name === t.name))!;
    const oldest = icu.versions[0]!;
    await page.goto(site.url(tablePath(table)));
    await page.locator('.version-switcher a', { hasText: new RegExp(`^${oldest.id}`) }).click();
    await page.waitForURL(`**/datasets/${icu.id}/${oldest.id}/${table.name}/`);
    const banner = page.locator('.notice[role="note"]');
    await expect.poll(() => banner.textContent()).toContain(`newest version is ${newest().id}`);
  });

  it('lands on the version page with a notice when the table is missing there', async () => {
    const removed = icu.versions
      .flatMap((v) => v.tables)
      .find((t) => !newest().tables.some((n) => n.name === t.name && !n.renamed_from))!;
    expect(removed, 'the demo content should remove a table between versions').toBeDefined();
    await page.goto(site.url(tablePath(removed)));
    await page.locator('.version-switcher a', { hasText: new RegExp(`^${newest().id}`) }).click();
    await page.waitForURL(`**/datasets/${icu.id}/${newest().id}/?missing=*`);
    const notice = page.locator('#missing-table');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain(removed.name);
  });

  it('resolves the latest alias to the newest version, keeping the column anchor', async () => {
    const { table, column } = distinctiveColumn();
    await page.goto(site.url(`datasets/${icu.id}/latest/${table.name}/#${column}`));
    await page.waitForURL(`**/${tablePath(table)}#${column}`);
    expect(await page.locator('h1').textContent()).toBe(table.name);
  });
});

describe('keyboard use', () => {
  it('focuses search with the slash key and skips to the content', async () => {
    const { table } = distinctiveColumn();
    await page.goto(site.url(tablePath(table)));
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.goto(site.url(tablePath(table)));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main-content');
  });

  it('copies a column permalink from its copy-link control', async () => {
    const { table, column } = distinctiveColumn();
    await page.goto(site.url(tablePath(table)));
    const control = page.locator(`a.copy-link[href="#${column}"]`);
    await control.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#copy-status').textContent()).toContain('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(site.url(`${tablePath(table)}#${column}`));
  });
});

describe('accessibility and layout', () => {
  it('has no serious or critical axe violations on any page kind', async () => {
    const { table } = distinctiveColumn();
    const version = newest();
    const guide = readdirSync(`content/datasets/${icu.id}/docs`)[0]!.replace(/\.mdx$/, '');
    const kinds = {
      guide: `datasets/${icu.id}/guides/${guide}/`,
      home: '',
      dataset: `datasets/${icu.id}/`,
      version: `datasets/${icu.id}/${version.id}/`,
      older: `datasets/${icu.id}/${icu.versions[0]!.id}/`,
      table: tablePath(table),
      search: `search/?q=${table.name}`,
      missing: 'no-such-page/',
    };
    const found: string[] = [];
    for (const [kind, path] of Object.entries(kinds)) {
      await page.goto(site.url(path));
      if (kind === 'search') await page.locator('#search-results li').first().waitFor();
      found.push(...(await seriousViolations(page)).map((v) => `${kind}: ${v}`));
    }
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(site.url(tablePath(table)));
    found.push(...(await seriousViolations(page)).map((v) => `table, dark: ${v}`));
    await page.emulateMedia({ colorScheme: 'light' });
    expect(found).toEqual([]);
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const { table } = distinctiveColumn();
    const phone = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await phone.goto(site.url(tablePath(table)));
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    await phone.close();
    expect(width).toBeLessThanOrEqual(360);
  });
});
