/**
 * `npm run datathon:teams -- registrations.csv`: proposes balanced teams from
 * a registration CSV, under an event's team rules, and prints (or writes) YAML
 * organisers can edit. Exit codes: 0 done, 1 the registrations or the event
 * have problems, 2 the command line is wrong.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblems } from '../site/lib/content/problem.ts';
import { proposeTeams } from '../site/lib/datathon/balance-teams.ts';
import { readYamlFile } from '../site/lib/content/read-yaml.ts';
import { readRegistrations } from '../site/lib/datathon/registrations.ts';
import { teamsYaml } from '../site/lib/datathon/teams-yaml.ts';
import { datathonSchema } from '../site/lib/schema/datathon.ts';
import { teamRules, type TeamRules } from '../site/lib/schema/datathon-team.ts';
import { createLogger } from './lib/logger.ts';

const usage = `Usage:
  npm run datathon:teams -- REGISTRATIONS.csv [--event SLUG] [--seed N]
    [--out FILE] [--content DIR]

Reads a CSV with the columns name, role, skills, preferences and publish (yes
or no), and proposes teams under the team rules of the event SLUG (default:
3 to 5 members with a clinical and a technical member). The same seed gives
the same teams. Prints YAML, or writes it to FILE (never over an existing file).
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
    event: { type: 'string' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    content: { type: 'string', default: 'content' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  process.stdout.write(usage);
  process.exit(0);
}
const [csvPath, ...extra] = positionals;
if (!csvPath || extra.length > 0) {
  process.stderr.write(usage);
  fail(2, 'expected one registration CSV file');
}
const seed = Number(values.seed);
if (!Number.isInteger(seed) || seed < 0) {
  fail(2, `--seed expects a whole number, 0 or more; found \`${values.seed}\``);
}

async function rulesOf(slug: string | undefined): Promise<TeamRules> {
  if (!slug) return teamRules.parse({});
  const file = join(resolve(values.content), 'datathons', slug, 'event.yaml');
  const event = await readYamlFile(datathonSchema, file, relative(process.cwd(), file));
  if (!event.ok) {
    process.stderr.write(`${formatProblems(event.problems)}\n`);
    fail(1, `the team rules of \`${slug}\` cannot be read`);
  }
  return event.data.team_rules;
}

const shownCsv = relative(process.cwd(), resolve(csvPath)) || csvPath;
// .gitignore keeps registrations*.csv out of git; a file named otherwise is not covered.
const insideRepository = !shownCsv.startsWith('..') && !isAbsolute(shownCsv);
if (insideRepository && !/^registrations[^/\\]*\.csv$/.test(basename(shownCsv))) {
  log.warn(`${shownCsv} is inside the repository but not named registrations*.csv, so ` +
    'git may pick it up; rename it, or keep it outside the repository');
}
const text = await readFile(csvPath, 'utf8').catch(() =>
  fail(2, `cannot read ${shownCsv}`, 'check the path; registration files stay out of git'));
const { participants, problems } = readRegistrations(text, shownCsv);
if (problems.length > 0) {
  process.stderr.write(`${formatProblems(problems)}\n`);
  process.exit(1);
}
const rules = await rulesOf(values.event);
const proposal = proposeTeams(participants, rules, seed);
for (const warning of proposal.warnings) log.warn(warning);
const yaml = teamsYaml(proposal, {
  event: values.event,
  seed,
  registrations: participants.length,
});
if (values.out) {
  await writeFile(values.out, yaml, { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
    fail(2, `${values.out} already exists; nothing was written`,
      'choose another --out file, or move the edited one aside');
  });
} else {
  process.stdout.write(yaml);
}
const hidden = participants.filter((p) => !p.publish).length;
const where = values.out ? ` in ${values.out}` : '';
log.info(`proposed ${proposal.teams.length} teams from ${participants.length} registrations ` +
  `(seed ${seed}; ${hidden} name(s) replaced by stand-ins)${where}`);
