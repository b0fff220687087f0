import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { createGitHubClient } from './lib/sync/client.ts';
import { createLogger } from './lib/logger.ts';
import { createProgress, type Progress } from './lib/sync/progress.ts';
import { redact, redactingLogger } from './lib/sync/redact.ts';
import { formatReport } from './lib/sync/report.ts';
import { screenCache } from './lib/sync/screen-cache.ts';
import { readSettings, SettingsError } from './lib/sync/settings.ts';
import { formatSummary, syncDiscussions } from './lib/sync/sync-discussions.ts';

/**
 * `npm run sync`: brings content/discussions/ up to date with the
 * repository's GitHub Discussions. Exit codes: 0 done, 1 the sync failed
 * (the cache stays usable and the next run catches up), 2 the command line
 * or the settings are wrong.
 */
const usage = `Usage:
  npm run sync [-- --full] [--content DIR]
  npm run sync -- --report [--content DIR]

Reads the discussions of the repository in content/site.yaml (or
GITHUB_REPOSITORY) with GITHUB_TOKEN, and writes one JSON file per thread to
<content>/discussions/. Without --full it reads only threads updated since
the last complete run.

Options:
  --full          list every discussion, rewrite every thread and remove
                  the threads deleted or moved on GitHub
  --report        print what the privacy screen holds back and why, from the
                  cache alone (no token, no network)
  --content DIR   content folder (default: content)
  -h, --help      show this help

Environment:
  GITHUB_TOKEN        a token that can read the repository's discussions
  GITHUB_REPOSITORY   owner/name, overriding content/site.yaml
  GITHUB_GRAPHQL_URL  the GraphQL endpoint (default https://api.github.com/graphql)
`;

// Log lines clear the progress bar first, so that they never share its line.
let progress: Progress | undefined;
const stderr = new Writable({
  write(chunk: Buffer, _encoding, done) {
    progress?.interrupt();
    process.stderr.write(chunk);
    done();
  },
});
const log = createLogger('rounds:sync', stderr);

async function main(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        full: { type: 'boolean', default: false },
        report: { type: 'boolean', default: false },
        content: { type: 'string', default: 'content' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    log.error(`${(error as Error).message}\nrun with --help for the options`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(usage);
    return 0;
  }
  if (values.report) {
    if (values.full) log.warn('--full is ignored with --report, which reads only the cache');
    try {
      const screened = await screenCache(values.content);
      process.stdout.write(formatReport(screened, join(values.content, 'discussions')));
      return 0;
    } catch (error) {
      log.error(`the report cannot be made: ${(error as Error).message}`);
      return 1;
    }
  }
  let settings;
  try {
    settings = await readSettings(process.env, values.content);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    log.error(error.message);
    return 2;
  }
  const safeLog = redactingLogger(log, [settings.token]);
  const client = createGitHubClient({ token: settings.token, baseUrl: settings.baseUrl,
    log: safeLog });
  progress = createProgress(safeLog);
  try {
    const summary = await syncDiscussions({
      client,
      repository: settings.repository,
      contentDir: values.content,
      full: values.full,
      log: safeLog,
      progress,
    });
    const line = formatSummary(summary);
    safeLog.info(line);
    // A later workflow step quotes the summary in its pull request.
    const output = process.env['GITHUB_OUTPUT'];
    if (output) await appendFile(output, `summary=${redact(line, [settings.token])}\n`);
    return 0;
  } catch (error) {
    safeLog.error((error as Error).message);
    return 1;
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Whatever escaped still gets one line, not a stack trace.
  log.error(redact(`the sync stopped: ${(error as Error).message}`, [process.env['GITHUB_TOKEN']]));
  process.exitCode = 1;
}
