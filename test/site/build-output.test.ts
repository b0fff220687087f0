import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../site/lib/content/load-content.ts';
import type { Catalog } from '../../site/lib/dictionary/model.ts';
import { readBuiltPages, type BuiltPage } from '../support/html.ts';
import { siteBase, siteOutput } from '../support/site-build.ts';

let pages: BuiltPage[];
let byPath: Map<string, BuiltPage>;
let catalog: Catalog;

beforeAll(async () => {
  pages = await readBuiltPages(siteOutput);
  byPath = new Map(pages.map((p) => [p.path, p]));
  const loaded = await loadContent('content');
  if (!loaded.ok) throw new Error('the demo content is invalid; run npm run check');
  catalog = loaded.catalog;
});

/** Resolves an internal href to [path without base, anchor], or undefined for external ones. */
function internal(href: string, from: BuiltPage): [string, string] | undefined {
  if (/^(https?:|mailto:|data:)/.test(href)) return undefined;
  const url = new URL(href, `http://site${siteBase}${from.path}`);
  if (url.host !== 'site') return undefined;
  expect(url.pathname.startsWith(siteBase), `${from.file} links outside the base: ${href}`)
    .toBe(true);
  return [url.pathname.slice(siteBase.length), url.hash.slice(1)];
}

describe('the built demo site', () => {
  it('has a page for every table of every version', () => {
    const tables = catalog.datasets.flatMap((d) => d.versions.flatMap((v) => v.tables));
    expect(tables.length).toBeGreaterThan(30);
    for (const t of tables) {
      expect(byPath.has(`datasets/${t.dataset}/${t.version}/${t.name}/`), t.name).toBe(true);
    }
  });

  it('resolves every internal link and anchor', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const href of page.links) {
        const target = internal(href, page);
        if (!target) continue;
        const [path, anchor] = target;
        const targetPage = byPath.get(path) ?? byPath.get(`${path}/`);
        if (!targetPage) {
          if (!existsSync(join(siteOutput, path))) broken.push(`${page.file}: ${href}`);
          continue;
        }
        if (anchor && !targetPage.ids.has(decodeURIComponent(anchor))) {
          broken.push(`${page.file}: ${href} (no #${anchor})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('gives every page a title and a canonical URL under the site', () => {
    for (const page of pages) {
      expect(page.title, page.file).not.toBe('');
      expect(page.canonical, page.file).toMatch(new RegExp(`^https://[^/]+${siteBase}`));
    }
  });

  it('points every latest alias at the newest version', () => {
    for (const dataset of catalog.datasets) {
      const latest = dataset.latest!;
      const alias = byPath.get(`datasets/${dataset.id}/latest/`)!;
      expect(alias.canonical).toContain(`/datasets/${dataset.id}/${latest.id}/`);
      for (const table of latest.tables) {
        const tableAlias = byPath.get(`datasets/${dataset.id}/latest/${table.name}/`);
        expect(tableAlias?.canonical).toContain(`/${latest.id}/${table.name}/`);
      }
    }
  });

  it('keeps table pages within 20 kB for 25 columns', () => {
    const over: string[] = [];
    for (const dataset of catalog.datasets) {
      for (const version of dataset.versions) {
        for (const table of version.tables) {
          const page = byPath.get(`datasets/${dataset.id}/${version.id}/${table.name}/`)!;
          // The budget scales with the columns a table really has, and allows a
          // short line for each coded value and missing-value code it documents.
          const codes = table.columns.reduce((n, c) => n + c.values.length + c.missing.length, 0);
          const budget = 20_000 * Math.max(1, table.columns.length / 25) + 120 * codes;
          if (page.bytes > budget) over.push(`${page.file}: ${page.bytes} bytes > ${budget}`);
        }
      }
    }
    expect(over).toEqual([]);
  });

  it('writes a search index', () => {
    expect(existsSync(join(siteOutput, 'pagefind/pagefind.js'))).toBe(true);
  });
});
