import Bottleneck from 'bottleneck';
import { Octokit } from '@octokit/core';
import { paginateGraphQL } from '@octokit/plugin-paginate-graphql';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Logger } from '../logger.ts';

// The order of octokit's own `octokit` package: throttling outermost, so that
// a secondary rate limit waits for `retry-after` rather than retry's backoff.
const SyncOctokit = Octokit.plugin(paginateGraphQL, retry, throttling);
export type SyncOctokit = InstanceType<typeof SyncOctokit>;

/** How long the client may wait; tests shrink these, production keeps GitHub's pace. */
export interface ClientWaits {
  /**
   * Milliseconds per second of any wait octokit computes (`retry-after`,
   * the rate-limit reset, retry backoff). Default 1000: real seconds.
   */
  retryAfterBaseValue?: number;
  /**
   * Least milliseconds between two GraphQL requests. Default: octokit's
   * (one second), which GitHub asks of clients that send many POSTs.
   */
  minimumGapMs?: number;
  /** Longest wait, in seconds, the sync accepts before giving up. Default 900. */
  maxWaitSeconds?: number;
}

export interface ClientOptions {
  token: string;
  /** GitHub's API root, such as `https://api.github.com`; `/graphql` is appended. */
  baseUrl: string;
  log: Logger;
  waits?: ClientWaits;
}

export interface GitHubClient {
  octokit: SyncOctokit;
  /** HTTP requests sent so far, retries included. */
  readonly requests: number;
}

/** Retries of a secondary rate limit before the run gives up. */
const secondaryRetries = 3;
/** Waits for the primary limit to reset: one, since a reset can be an hour away. */
const primaryRetries = 1;

/**
 * An octokit client for the sync: GraphQL pagination, retries of 5xx and
 * dropped connections (plugin-retry), GitHub's pacing and rate limits
 * (plugin-throttling), and a count of the requests it sends.
 */
export function createGitHubClient(options: ClientOptions): GitHubClient {
  const { log, waits = {} } = options;
  const base = waits.retryAfterBaseValue ?? 1000;
  const maxWait = waits.maxWaitSeconds ?? 900;
  let requests = 0;
  const countingFetch: typeof fetch = (input, init) => {
    requests += 1;
    return fetch(input, init);
  };
  const write = waits.minimumGapMs === undefined
    ? undefined
    : new Bottleneck.Group({ maxConcurrent: 1, minTime: waits.minimumGapMs });
  // TODO(ghes-throttle): plugin-throttling recognises GraphQL by a path that
  // starts with /graphql, so on GitHub Enterprise Server (/api/graphql) a
  // RATE_LIMITED answer fails the run instead of waiting for the reset.
  const octokit = new SyncOctokit({
    auth: options.token,
    baseUrl: options.baseUrl,
    userAgent: 'rounds-sync',
    request: { fetch: countingFetch },
    log: { debug: log.debug, info: log.debug, warn: log.warn, error: log.error },
    // 429 is left to the throttling plugin, which honours `retry-after`;
    // plugin-retry would back off on its own schedule instead.
    retry: { retryAfterBaseValue: base, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    throttle: {
      retryAfterBaseValue: base,
      ...(write ? { write } : {}),
      onSecondaryRateLimit: (retryAfter, _request, _octokit, retryCount) => {
        if (retryCount >= secondaryRetries || retryAfter > maxWait) return false;
        log.warn(`GitHub's secondary rate limit: waiting ${retryAfter} s as it asks ` +
          `(retry ${retryCount + 1} of ${secondaryRetries})`);
        return true;
      },
      onRateLimit: (retryAfter, _request, _octokit, retryCount) => {
        if (retryCount >= primaryRetries || retryAfter > maxWait) return false;
        log.warn(`GitHub's rate limit is used up: waiting ${retryAfter} s for it to reset`);
        return true;
      },
    },
  });
  return {
    octokit,
    get requests() {
      return requests;
    },
  };
}

/**
 * The API root octokit wants from GitHub Actions' `GITHUB_GRAPHQL_URL`
 * (`https://api.github.com/graphql`, or `https://HOST/api/graphql` on GitHub
 * Enterprise Server): the same URL without `/graphql`.
 */
export function baseUrlFromGraphqlUrl(graphqlUrl: string): string | undefined {
  const match = /^(https?:\/\/.+?)\/graphql\/?$/.exec(graphqlUrl.trim());
  return match?.[1];
}
