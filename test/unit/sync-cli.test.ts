import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeRepository } from '../support/fake-discussions.ts';
import { startGitHubServer, type GitHubServer } from '../support/github-graphql-server.ts';
import { testToken } from '../support/sync-fixture.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real script with the Node that runs the tests. Asynchronously:
 * the test GitHub answers from this process, so it must not be blocked.
 */
function sync(args: string[], env: Record<string, string | undefined>): Promise<Run> {
  const { ROUNDS_DEBUG: _debug, GITHUB_TOKEN: _token, ...inherited } = process.env;
  const child = spawn(process.execPath, ['scripts/sync.ts', ...args], {
    cwd: root,
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  return new Promise((done) => child.on('close', (status) => done({ status, stdout, stderr })));
}

describe('npm run sync', () => {
  let server: GitHubServer;
  let work: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    const repository = new FakeRepository('rounds-health/rounds').seed(3);
    server = await startGitHubServer({ token: testToken, repositories: [repository] });
    work = await mkdtemp(join(tmpdir(), 'rounds-sync-cli-'));
    env = {
      GITHUB_TOKEN: testToken,
      GITHUB_REPOSITORY: 'rounds-health/rounds',
      GITHUB_GRAPHQL_URL: server.graphqlUrl,
      GITHUB_OUTPUT: join(work, 'output'),
    };
  });
  afterAll(async () => {
    await server.close();
    await rm(work, { recursive: true, force: true });
  });

  it('syncs, prints the summary line and exits 0', async () => {
    const run = await sync(['--content', join(work, 'content')], env);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(new RegExp('^\\[rounds:sync\\] synced rounds-health/rounds ' +
      '\\(first\\): 3 new, 0 updated, 0 removed, 0 held back; 12 API points in 1 request; ' +
      '[\\d.]+ s$', 'm'));
    expect(await readFile(join(work, 'output'), 'utf8')).toMatch(/^summary=synced /);
    expect(await readFile(join(work, 'content', 'discussions', '3.json'), 'utf8'))
      .toContain('"number": 3');
  });

  it('prints plain progress lines when stderr is not a terminal', async () => {
    const run = await sync(['--content', join(work, 'content'), '--full'], env);
    expect(run.stderr).toContain('[rounds:sync] read 3 of 3 threads\n');
  });

  it('exits 1 with one redacted line when GitHub quotes the token back', async () => {
    server.fault({ kind: 'echo-credentials', status: 401 });
    const run = await sync(['--content', join(work, 'content')], env);
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines.at(-1)).toBe('[rounds:sync] the sync stopped: GitHub refused the token ' +
      '(HTTP 401: Bad credentials: token ***); the cache is unchanged and its watermark did not ' +
      'move; set GITHUB_TOKEN to a token that can read the repository\'s discussions');
    expect(run.stderr + run.stdout).not.toContain(testToken);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('never writes the token to the cache', async () => {
    const files = [await readFile(join(work, 'content', 'discussions', '1.json'), 'utf8'),
      await readFile(join(work, 'content', 'discussions', 'sync-state.json'), 'utf8'),
      await readFile(join(work, 'output'), 'utf8')];
    for (const text of files) expect(text).not.toContain(testToken);
  });

  it('exits 2 and says what to do when GITHUB_TOKEN is missing', async () => {
    const run = await sync(['--content', join(work, 'content')],
      { ...env, GITHUB_TOKEN: undefined });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^\[rounds:sync\] GITHUB_TOKEN is not set; export a token/);
  });

  it('reports from the cache alone with --report, without a token', async () => {
    const run = await sync(['--report', '--content', join(work, 'content')], {});
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Privacy screen report for .*discussions\n\nHeld back: none\./);
  });
});
