/**
 * `npm run datathon:new -- <slug>`: scaffolds content/datathons/<slug>/event.yaml,
 * a two-day event that passes every check, pinned to a dataset version that
 * exists. It never overwrites. Exit codes: 0 written, 1 the content has
 * problems, 2 the command line is wrong or the folder already exists.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadContent } from '../site/lib/content/load-content.ts';
import { formatProblems } from '../site/lib/content/problem.ts';
import { loadDatathons } from '../site/lib/datathon/load-datathons.ts';
import { scaffoldEvent, titleFromSlug } from '../site/lib/datathon/scaffold.ts';
import { isTimeZone } from '../site/lib/datathon/time.ts';
import { findDataset, findVersion } from '../site/lib/dictionary/model.ts';
import { createLogger } from './lib/logger.ts';

const usage = `Usage:
  npm run datathon:new -- <slug> [--title TEXT] [--start YYYY-MM-DD]
    [--time-zone ZONE] [--dataset ID [--version V]] [--content DIR]

Creates content/datathons/<slug>/event.yaml. Defaults: a title made from the
slug, a start 90 days from today, this computer's time zone, and the newest
version of the first dataset.
`;

const log = createLogger('datathon');

function fail(code: number, message: string, hint?: string): never {
  log.error(message);
  if (hint) log.error(`hint: ${hint}`);
  process.exit(code);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    title: { type: 'string' },
    start: { type: 'string' },
    'time-zone': { type: 'string' },
    dataset: { type: 'string' },
    version: { type: 'string' },
    content: { type: 'string', default: 'content' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  process.stdout.write(usage);
  process.exit(0);
}
const [slug, ...extra] = positionals;
if (!slug || extra.length > 0) {
  process.stderr.write(usage);
  fail(2, 'expected exactly one slug');
}
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
  fail(2, `\`${slug}\` cannot be a web address`,
    'use lower-case letters, digits and single hyphens, such as `sepsis-2027`');
}
const start = values.start ??
  new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(start) || Number.isNaN(Date.parse(start))) {
  fail(2, `--start expects a day written YYYY-MM-DD; found \`${start}\``);
}
const localZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const timeZone = values['time-zone'] ?? (isTimeZone(localZone) ? localZone : 'UTC');
if (!isTimeZone(timeZone)) {
  fail(2, `\`${timeZone}\` is not an IANA time zone`,
    'write it as Area/City, such as `Europe/London`');
}

const contentDir = resolve(values.content);
const dictionary = await loadContent(contentDir);
if (!dictionary.ok) {
  process.stderr.write(`${formatProblems(dictionary.problems)}\n`);
  fail(1, 'the dictionary has problems; fix them before adding a datathon');
}
const { catalog } = dictionary;
const dataset = values.dataset ? findDataset(catalog, values.dataset) : catalog.datasets[0];
if (!dataset) {
  const known = catalog.datasets.map((d) => d.id).join(', ') || 'none';
  fail(2, values.dataset ? `no dataset \`${values.dataset}\`` : 'the content has no dataset',
    `datasets: ${known}`);
}
const version = values.version ? findVersion(dataset, values.version) : dataset.latest;
if (!version) {
  fail(2, `\`${dataset.id}\` has no version \`${values.version ?? 'latest'}\``,
    `versions: ${dataset.versions.map((v) => v.id).join(', ')}`);
}

const dir = join(contentDir, 'datathons', slug);
const shown = relative(process.cwd(), dir) || dir;
await mkdir(join(contentDir, 'datathons'), { recursive: true });
// A plain mkdir fails when the folder exists: nothing an organiser wrote is touched.
await mkdir(dir).catch((error: NodeJS.ErrnoException) => {
  if (error.code !== 'EEXIST') throw error;
  fail(2, `${shown} already exists; nothing was written`,
    'choose another slug, or edit the event.yaml that is there');
});
const file = join(dir, 'event.yaml');
await writeFile(file, scaffoldEvent({
  slug,
  title: values.title ?? titleFromSlug(slug),
  start,
  timeZone,
  dataset: { dataset: dataset.id, version: version.id },
}), { flag: 'wx' });

const check = await loadDatathons(contentDir, catalog);
const mine = check.problems.filter((p) => p.file.startsWith(shown));
if (mine.length > 0) {
  process.stderr.write(`${formatProblems(mine)}\n`);
  fail(1, `wrote ${shown}/event.yaml, but it does not pass the check; please report this`);
}
log.info(`created ${shown}/event.yaml for ${dataset.id} ${version.id}, ` +
  `starting ${start} in ${timeZone}`);
log.info('next: fill in the summary, venue, challenges and code of conduct, ' +
  'then run npm run check');
