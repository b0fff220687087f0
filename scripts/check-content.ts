/**
 * `npm run check`: validates the content folder as the build does, without
 * building. Prints every problem and exits 1 when there is any.
 * Usage: npm run check [-- --content DIR]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadContent } from '../site/lib/content/load-content.ts';
import { formatProblems } from '../site/lib/content/problem.ts';
import { loadDatathons } from '../site/lib/datathon/load-datathons.ts';
import { loadDiscussions } from '../site/lib/discussions/load-discussions.ts';
import { createLogger } from './lib/logger.ts';

const log = createLogger('rounds:check');
const { values } = parseArgs({ options: { content: { type: 'string', default: 'content' } } });
const started = performance.now();
const result = await loadContent(resolve(values.content));
const datathons = await loadDatathons(resolve(values.content),
  result.ok ? result.catalog : undefined);
const discussions = await loadDiscussions(resolve(values.content));
if (!result.ok || datathons.problems.length > 0 || !discussions.ok) {
  const problems = [...(result.ok ? [] : result.problems), ...datathons.problems,
    ...(discussions.ok ? [] : discussions.problems)];
  process.stderr.write(`${formatProblems(problems)}\n`);
  process.exit(1);
}
const versions = result.catalog.datasets.flatMap((d) => d.versions);
const tables = versions.reduce((n, v) => n + v.tables.length, 0);
const ms = Math.round(performance.now() - started);
log.info(`content is valid: ${result.catalog.datasets.length} datasets, ` +
  `${versions.length} versions, ${tables} tables, ` +
  `${datathons.datathons.length} datathons, ` +
  `${discussions.discussions.published.length} threads published and ` +
  `${discussions.discussions.heldBack.length} held back (${ms} ms)`);
