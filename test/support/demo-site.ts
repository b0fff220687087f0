/**
 * The setup every browser test file shares: the demo content as a catalog, and
 * the demo site's test build served locally with one Chromium page open on it.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { loadContent } from '../../site/lib/content/load-content.ts';
import type { Catalog } from '../../site/lib/dictionary/model.ts';
import { launchBrowser } from './browser.ts';
import { siteBase, siteOutput } from './site-build.ts';
import { serveSite } from './static-server.ts';

/** The demo content, loaded as the build loads it; throws when it is invalid. */
export async function loadDemoCatalog(): Promise<Catalog> {
  const loaded = await loadContent('content');
  if (!loaded.ok) throw new Error('the demo content is invalid; run npm run check');
  return loaded.catalog;
}

export interface DemoSiteOptions {
  /** Options for the page's browser context, such as a time zone or locale. */
  context?: BrowserContextOptions;
  /** Permissions granted to the page for the site's origin, such as the clipboard. */
  permissions?: string[];
}

export interface DemoSite {
  site: Awaited<ReturnType<typeof serveSite>>;
  browser: Browser;
  context: BrowserContext;
  /** Waits give up after 10 seconds, so a missing element fails well inside a test's timeout. */
  page: Page;
  /** Closes the browser and stops the server. */
  close: () => Promise<void>;
}

/** Serves the test build of the demo site and opens a page in a fresh browser. */
export async function openDemoSite(options: DemoSiteOptions = {}): Promise<DemoSite> {
  const site = await serveSite(siteOutput, siteBase);
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await site.close();
  };
  try {
    browser = await launchBrowser();
    const context = await browser.newContext(options.context);
    if (options.permissions) {
      await context.grantPermissions(options.permissions, { origin: site.origin });
    }
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    return { site, browser, context, page, close };
  } catch (error) {
    // Nothing is returned to close, so the server and browser must not outlive the failure.
    await close();
    throw error;
  }
}
