import { chromium } from 'playwright-core';
import { serveSite } from '../../test/support/static-server.ts';

/**
 * Bytes a reader's browser downloads for a first search: the search page's
 * request for Pagefind's script, WebAssembly, index and result fragments.
 */
export async function firstSearchBytes(dist: string, executablePath: string, query: string) {
  const site = await serveSite(dist, '/');
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    let bytes = 0;
    page.on('response', async (response) => {
      if (!response.url().includes('/pagefind/')) return;
      bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.goto(site.url(`search/?q=${encodeURIComponent(query)}`));
    await page.locator('#search-results li').first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    return bytes;
  } finally {
    await browser.close();
    await site.close();
  }
}
