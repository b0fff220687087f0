import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { schema as published } from '@octokit/graphql-schema';
import {
  buildSchema,
  execute,
  getOperationAST,
  parse,
  validate,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import type { FakeRepository } from './fake-discussions.ts';
import { queryCost } from './graphql-cost.ts';
import { rootValue, type RateLimitView } from './github-resolvers.ts';

/**
 * A real HTTP server on 127.0.0.1 that answers GraphQL the way GitHub does:
 * it executes GitHub's published schema (the SDL in @octokit/graphql-schema)
 * over fake repositories, charges points by GitHub's rule, sends the
 * rate-limit headers, and can be told to fail: 5xx, secondary rate limits
 * with `retry-after`, `RATE_LIMITED` errors, dropped connections.
 */

export type Fault =
  | { kind: 'status'; status: number }
  | { kind: 'secondary-limit'; status: 403 | 429; retryAfter: number }
  | { kind: 'rate-limited' }
  | { kind: 'drop' }
  /** Refuses the request, quoting its credentials back: a server that leaks. */
  | { kind: 'echo-credentials'; status: 401 | 403 };

/** A fault for `times` requests once `after` requests have been received. */
export type FaultRule = Fault & { after?: number; times?: number };

export interface GitHubServer {
  /** What GitHub Actions puts in GITHUB_GRAPHQL_URL. */
  graphqlUrl: string;
  /** The API root octokit takes as `baseUrl`. */
  baseUrl: string;
  /** HTTP requests received, failed ones included. */
  readonly requests: number;
  /** Operation names of the queries answered, in order. */
  readonly operations: string[];
  /** Every distinct query text received. */
  readonly queries: Set<string>;
  /** Points charged so far. */
  readonly points: number;
  /** Runs before each request is answered, with its index from 0: to change data mid-run. */
  beforeEach(hook: ((index: number) => void) | undefined): void;
  fault(rule: FaultRule): void;
  clearFaults(): void;
  close(): Promise<void>;
}

let schema: GraphQLSchema | undefined;

/**
 * GitHub's SDL defines a few fields twice (it is generated), which graphql-js
 * rejects when it checks the SDL; execution needs no such check.
 */
function githubSchema(): GraphQLSchema {
  schema ??= buildSchema(published.idl, { assumeValidSDL: true });
  return schema;
}

export async function startGitHubServer(options: {
  token: string;
  repositories: readonly FakeRepository[];
}): Promise<GitHubServer> {
  const rules: (FaultRule & { used: number })[] = [];
  const operations: string[] = [];
  const queries = new Set<string>();
  let hook: ((index: number) => void) | undefined;
  const limit = 5000;
  let requests = 0;
  let used = 0;
  const resetSeconds = Math.ceil(Date.now() / 1000) + 3600;

  async function answer(request: IncomingMessage, response: ServerResponse) {
    const index = requests++;
    const body = await readBody(request);
    hook?.(index);
    const rule = rules.find((r) => index >= (r.after ?? 0) && r.used < (r.times ?? 1));
    if (rule) rule.used += 1;
    if (rule?.kind === 'drop') {
      request.socket.destroy();
      return;
    }
    const credentials = request.headers.authorization ?? '';
    if (rule?.kind === 'echo-credentials') {
      return send(response, rule.status, { message: `Bad credentials: ${credentials}` });
    }
    const scheme = /^(token|bearer) /i;
    if (!scheme.test(credentials) || credentials.replace(scheme, '') !== options.token) {
      return send(response, 401, {
        message: 'Bad credentials',
        documentation_url: 'https://docs.github.com/graphql',
      });
    }
    if (rule?.kind === 'status') {
      const reason = STATUS_CODES[rule.status] ?? 'Error';
      return sendText(response, rule.status, `<html><body>${rule.status} ${reason}</body></html>`);
    }
    if (rule?.kind === 'secondary-limit') {
      return send(response, rule.status, {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before ' +
          'you try again.',
        documentation_url: 'https://docs.github.com/graphql/overview/rate-limits',
      }, { 'retry-after': String(rule.retryAfter) });
    }
    if (rule?.kind === 'rate-limited') {
      const soon = String(Math.ceil(Date.now() / 1000) + 1);
      return send(response, 200, {
        errors: [{
          type: 'RATE_LIMITED',
          message: 'API rate limit already exceeded for user ID 1.',
        }],
      }, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': soon });
    }
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (request.method !== 'POST' || path !== '/graphql') {
      return send(response, 404, { message: 'Not Found' });
    }
    const { query, variables = {}, operationName } = JSON.parse(body) as {
      query: string; variables?: Record<string, unknown>; operationName?: string;
    };
    queries.add(query);
    let document: DocumentNode;
    try {
      document = parse(query);
    } catch (error) {
      return send(response, 200, { errors: [{ message: (error as Error).message }] });
    }
    const problems = validate(githubSchema(), document);
    if (problems.length > 0) {
      return send(response, 200, { errors: problems.map((p) => p.toJSON()) });
    }
    operations.push(getOperationAST(document, operationName)?.name?.value ?? 'anonymous');
    const cost = queryCost(githubSchema(), document, variables, operationName);
    used += cost;
    const rateLimit: RateLimitView = {
      cost, limit, nodeCount: 0, remaining: Math.max(0, limit - used), used,
      resetAt: new Date(resetSeconds * 1000).toISOString(),
    };
    const result = await execute({
      schema: githubSchema(),
      document,
      rootValue: rootValue(options.repositories, rateLimit),
      variableValues: variables,
      operationName: operationName ?? null,
    });
    const errors = result.errors?.map(githubShaped);
    send(response, 200, { data: result.data ?? null, ...(errors ? { errors } : {}) }, {
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(rateLimit.remaining),
      'x-ratelimit-used': String(used),
      'x-ratelimit-reset': String(resetSeconds),
      'x-ratelimit-resource': 'graphql',
    });
  }

  const server = createServer((request, response) => {
    answer(request, response).catch((error: unknown) => {
      send(response, 500, { message: `test server: ${(error as Error).message}` });
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    graphqlUrl: `${baseUrl}/graphql`,
    baseUrl,
    get requests() {
      return requests;
    },
    operations,
    queries,
    get points() {
      return used;
    },
    beforeEach: (next) => {
      hook = next;
    },
    fault: (rule) => rules.push({ ...rule, used: 0 }),
    clearFaults: () => rules.splice(0),
    close: () => new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  };
}

/** GitHub puts an error's `type` beside its message, not under `extensions`. */
function githubShaped(error: { toJSON(): GraphQLFormattedError }) {
  const { extensions, ...rest } = error.toJSON();
  return { ...rest, ...(extensions?.['type'] ? { type: extensions['type'] } : {}) };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((done, fail) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (text += chunk));
    request.on('end', () => done(text));
    request.on('error', fail);
  });
}

function send(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
  response.end(text);
}
