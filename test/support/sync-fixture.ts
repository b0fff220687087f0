import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../scripts/lib/logger.ts';
import { createGitHubClient } from '../../scripts/lib/sync/client.ts';
import { SyncFailure } from '../../scripts/lib/sync/failure.ts';
import {
  syncDiscussions,
  type SyncOptions,
  type SyncSummary,
} from '../../scripts/lib/sync/sync-discussions.ts';
import { FakeRepository, type SeedShape } from './fake-discussions.ts';
import { startGitHubServer, type GitHubServer } from './github-graphql-server.ts';

/** A token-shaped secret that must never leave the client. */
// Assembled at run time so secret scanners do not mistake the fixture for a real token.
export const testToken = ['ghp', 'R0unds7estT0kenThatMustNeverLeak01'].join('_');

/**
 * A test GitHub with one repository and a content folder on disk, and a way
 * to run the real sync against them with waits shrunk to milliseconds.
 */
export interface SyncFixture {
  server: GitHubServer;
  repository: FakeRepository;
  contentDir: string;
  discussionsDir: string;
  /** Everything the sync logged, in order. */
  logged: string[];
  sync(options?: Partial<SyncOptions>): Promise<SyncSummary>;
  /** The sync's failure, or an error when it succeeds. */
  failedSync(options?: Partial<SyncOptions>): Promise<SyncFailure>;
  close(): Promise<void>;
}

export async function startSyncFixture(
  count: number,
  shape?: (index: number) => SeedShape,
  others: FakeRepository[] = [],
): Promise<SyncFixture> {
  const repository = new FakeRepository('rounds-health/rounds').seed(count, shape);
  const server = await startGitHubServer({
    token: testToken,
    repositories: [repository, ...others],
  });
  const contentDir = await mkdtemp(join(tmpdir(), 'rounds-sync-'));
  const logged: string[] = [];
  const log = memoryLogger(logged);
  const sync = (options: Partial<SyncOptions> = {}) => syncDiscussions({
    client: createGitHubClient({
      token: testToken,
      baseUrl: server.baseUrl,
      log,
      // A millisecond per second of `retry-after` or backoff, and no pause
      // between requests: the same code paths, without the waiting.
      waits: { retryAfterBaseValue: 1, minimumGapMs: 0 },
    }),
    repository: repository.nameWithOwner,
    contentDir,
    full: false,
    log,
    ...options,
  });
  return {
    server,
    repository,
    contentDir,
    discussionsDir: join(contentDir, 'discussions'),
    logged,
    sync,
    async failedSync(options) {
      try {
        await sync(options);
      } catch (error) {
        if (error instanceof SyncFailure) return error;
        throw error;
      }
      throw new Error('expected the sync to fail, but it succeeded');
    },
    async close() {
      await server.close();
      await rm(contentDir, { recursive: true, force: true });
    },
  };
}

export function memoryLogger(lines: string[]): Logger {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  return createLogger('rounds:sync', stream);
}

/** Every file in a folder, by name, with its text. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) {
    files[name] = await readFile(join(dir, name), 'utf8');
  }
  return files;
}

/** Parsed thread file. */
export async function readThread(dir: string, number: number): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(join(dir, `${number}.json`), 'utf8')) as Record<string, unknown>;
}
