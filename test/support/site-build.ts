import { execFile } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Where the test build of the demo site goes, and the base path it is built under. */
export const siteOutput = resolve('test/.output/site');
/** Built under a base path, as for a GitHub Pages project site, so that is tested too. */
export const siteBase = '/rounds/';

/**
 * Vitest global setup for the site tests: builds the demo site once, with
 * search, for every browser and build-output test file.
 */
export default async function buildSite(): Promise<void> {
  if (process.env.ROUNDS_REUSE_BUILD) return;
  await rm(siteOutput, { recursive: true, force: true });
  await mkdir(siteOutput, { recursive: true });
  const astro = resolve('node_modules/astro/bin/astro.mjs');
  await run(process.execPath, [astro, 'build', '--outDir', siteOutput], {
    env: {
      ...process.env,
      ROUNDS_BASE: siteBase,
      ROUNDS_CACHE: resolve('test/.output/cache'),
      ROUNDS_CONTENT: resolve('content'),
    },
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: { stdout?: string; stderr?: string }) => {
    throw new Error(`The test build of the demo site failed:\n${error.stdout}\n${error.stderr}`);
  });
}
