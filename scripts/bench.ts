/**
 * `npm run bench [-- --scale N] [--json]`: builds a synthetic dataset
 * (3 versions × 60·N tables × 25 columns, plus 2,000 Q&A threads) from cold,
 * with search, and reports
 * build time, peak memory (the search indexer included), pages per second,
 * table page sizes, JS per page, search index size and first-search bytes,
 * and the time the diff engine takes on two versions of 2,000 tables × 50 columns,
 * and the requests and API points the discussions sync needs for 2,000 threads.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchDiff } from '../site/lib/diff/synthetic.ts';
import { benchSync } from './lib/bench-sync.ts';
import { firstSearchBytes } from './lib/first-search.ts';
import { createLogger } from './lib/logger.ts';
import { watchPeakMemory } from './lib/process-memory.ts';
import { measureSite } from './lib/site-metrics.ts';
import { writeSyntheticContent, writeSyntheticThreads } from './lib/synthetic-content.ts';

const log = createLogger('rounds:bench');
const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const scale = Number(values.scale);
if (!Number.isInteger(scale) || scale < 1) {
  log.error(`--scale expects a whole number of 1 or more, got \`${values.scale}\``);
  process.exit(2);
}

const work = await mkdtemp(join(tmpdir(), 'rounds-bench-'));
const content = join(work, 'content');
const dist = join(work, 'dist');
const size = { versions: 3, tables: 60 * scale, columns: 25 };
const threads = 2000;
log.info(
  `writing ${size.versions} versions × ${size.tables} tables × ${size.columns} columns ` +
    `and ${threads} Q&A threads`,
);
await writeSyntheticContent(content, size);
await writeSyntheticThreads(content, threads, size.tables);

log.info('building from cold (no content or Vite cache)');
const started = performance.now();
const build = spawn(
  process.execPath,
  [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist],
  {
    env: { ...process.env, ROUNDS_CONTENT: content, ROUNDS_CACHE: join(work, 'cache') },
    stdio: ['ignore', 'pipe', 'pipe'],
  },
);
const stopWatching = watchPeakMemory(build.pid!);
let output = '';
build.stdout.on('data', (chunk: Buffer) => (output += chunk));
build.stderr.on('data', (chunk: Buffer) => (output += chunk));
const code = await new Promise<number>((done) => build.on('close', (c) => done(c ?? 1)));
const buildSeconds = (performance.now() - started) / 1000;
const peakBytes = await stopWatching();
if (code !== 0) {
  log.error(
    `the build failed (exit ${code}); its last lines:\n${output.split('\n').slice(-25).join('\n')}`,
  );
  process.exit(1);
}
const indexSeconds = Number(/indexed \d+ pages in ([\d.]+) s/.exec(output)?.[1] ?? NaN);
const site = await measureSite(dist, /^datasets\/[^/]+\/\d+\.0\/[^/]+\/index\.html$/);
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const searchBytes = existsSync(chromium)
  ? await firstSearchBytes(dist, chromium, 'pressure')
  : null;

const figures = {
  scale,
  pages: site.pages,
  buildSeconds: round(buildSeconds, 1),
  peakMemoryMB: Math.round(peakBytes / 2 ** 20),
  pagesPerSecond: Math.round(site.pages / buildSeconds),
  tableHtmlMedianKB: round(site.tableHtmlMedian / 1000, 1),
  tableHtmlP95KB: round(site.tableHtmlP95 / 1000, 1),
  tablePageJsKB: round(site.tableJsBytes / 1000, 1),
  searchIndexSeconds: round(indexSeconds, 1),
  searchIndexMB: round(site.searchIndexBytes / 1e6, 1),
  firstSearchKB: searchBytes === null ? null : round(searchBytes / 1000, 1),
  // Two versions of 2,000 tables × 50 columns, diffed in this process.
  diffMs2000x50: benchDiff({ tables: 2000, columns: 50 }).ms,
  // Requests and API points of the discussions sync against the test GitHub:
  // 2,000 threads from scratch, then an incremental run after one edit.
  ...(await benchSync(log)),
};

if (values.json) process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
else {
  const rows = Object.entries(figures).map(
    ([k, v]) => `| ${k.padEnd(20)} | ${String(v ?? 'n/a').padStart(9)} |`,
  );
  process.stdout.write(
    ['| figure               |     value |', '|---|---|', ...rows].join('\n') + '\n',
  );
}
if (!values.keep) await rm(work, { recursive: true, force: true });
else log.info(`kept ${work}`);

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
