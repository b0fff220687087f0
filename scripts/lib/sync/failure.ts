import { STATUS_CODES } from 'node:http';
import { ThreadShapeError } from './normalise.ts';
import { SyncStateError } from './sync-state.ts';

/** What a failed run had done to the cache when it stopped. */
export interface CacheDamage {
  /** Thread files written (each complete) before the failure. */
  written: number;
  /** Thread files removed (only a `--full` run removes, and only at its end). */
  removed: number;
}

/** A run that stopped: the cause, and how much of the cache it had touched. */
export class SyncFailure extends Error {
  readonly damage: CacheDamage;
  constructor(cause: unknown, damage: CacheDamage, repository: string) {
    super(describeFailure(cause, damage, repository), { cause });
    this.name = 'SyncFailure';
    this.damage = damage;
  }
}

interface Described {
  what: string;
  todo: string;
}

const again = 'run `npm run sync` again later';

/**
 * One line for the log: what failed, what state the cache is in, and what
 * to do. It never includes a stack trace. Callers still pass it through
 * `redact`, since GitHub's own error text is quoted.
 */
export function describeFailure(cause: unknown, damage: CacheDamage, repository: string): string {
  const { what, todo } = describeCause(cause, repository);
  const state = damage.written === 0 && damage.removed === 0
    ? 'the cache is unchanged and its watermark did not move'
    : `${damage.written} thread ${damage.written === 1 ? 'file was' : 'files were'} written ` +
      'completely before it stopped (none is half-written) and the watermark did not move, ' +
      'so the next run catches up';
  return oneLine(`the sync stopped: ${what}; ${state}; ${todo}`);
}

function describeCause(cause: unknown, repository: string): Described {
  if (cause instanceof SyncStateError) return { what: cause.message, todo: 'then run it again' };
  if (cause instanceof ThreadShapeError) {
    return { what: cause.message, todo: 'report this as a bug in scripts/lib/sync' };
  }
  const error = cause as ErrorLike;
  const types = graphqlErrorTypes(error);
  if (types.includes('RATE_LIMITED')) {
    return {
      what: `GitHub's GraphQL rate limit is used up${resetText(error)}`,
      todo: 'run `npm run sync` again once it resets',
    };
  }
  if (types.includes('NOT_FOUND') && aboutRepository(error)) {
    return {
      what: `GitHub has no repository \`${repository}\` that this token can read`,
      todo: 'check `repository` in content/site.yaml (or GITHUB_REPOSITORY) and what the ' +
        'token may read',
    };
  }
  if (types.length > 0 || error?.name === 'GraphqlResponseError') {
    return {
      what: `GitHub rejected a query (${graphqlMessages(error)})`,
      todo: 'report this as a bug in scripts/lib/sync',
    };
  }
  if (typeof error?.status === 'number') return describeHttp(error);
  if (typeof error?.code === 'string' && typeof error.path === 'string') {
    return {
      what: `cannot write \`${error.path}\` (${error.code})`,
      todo: 'check the folder\'s permissions and free disk space, then run it again',
    };
  }
  return { what: messageOf(cause), todo: again };
}

function describeHttp(error: ErrorLike): Described {
  const status = error.status ?? 0;
  const message = httpMessage(status, messageOf(error));
  if ((status === 403 || status === 429) && /secondary rate/i.test(message)) {
    return {
      what: `GitHub kept answering with its secondary rate limit (HTTP ${status}) after the ` +
        'waits it asked for',
      todo: 'wait a few minutes, then run `npm run sync` again',
    };
  }
  if (status === 401) {
    return {
      what: `GitHub refused the token (HTTP 401: ${message})`,
      todo: 'set GITHUB_TOKEN to a token that can read the repository\'s discussions',
    };
  }
  if (status === 403) {
    return {
      what: `GitHub refused access (HTTP 403: ${message})`,
      todo: 'give the token read access to the repository\'s discussions',
    };
  }
  if (status >= 500 && !error.response) {
    return {
      what: `the connection to GitHub failed (${message}), also on retry`,
      todo: `check the network, then ${again}`,
    };
  }
  return {
    what: `GitHub kept answering HTTP ${status} (${message}), also on retry`,
    todo: again,
  };
}

interface ErrorLike {
  name?: string;
  message?: string;
  status?: number;
  code?: string;
  path?: string;
  response?: { headers?: Record<string, string | undefined> };
  errors?: GraphqlErrorLike[];
  data?: { errors?: GraphqlErrorLike[] };
}

interface GraphqlErrorLike {
  type?: string;
  message?: string;
  path?: (string | number)[];
}

/** A NOT_FOUND at `repository`, or the listing finding no repository at all. */
function aboutRepository(error: ErrorLike): boolean {
  if (error.name === 'MissingRepositoryError') return true;
  return (error.errors ?? []).some((entry) => entry.path?.[0] === 'repository');
}

function graphqlErrorTypes(error: ErrorLike | undefined): string[] {
  const errors = error?.errors ?? error?.data?.errors ?? [];
  return Array.isArray(errors) ? errors.map((entry) => entry.type ?? '') : [];
}

function graphqlMessages(error: ErrorLike | undefined): string {
  const errors = error?.errors ?? error?.data?.errors ?? [];
  const messages = errors.map((entry) => entry.message).filter(Boolean);
  return messages.length > 0 ? messages.join('; ') : messageOf(error);
}

function resetText(error: ErrorLike): string {
  const reset = Number(error.response?.headers?.['x-ratelimit-reset']);
  if (!Number.isFinite(reset) || reset <= 0) return '';
  return ` until ${new Date(reset * 1000).toISOString().replace(/\.\d+Z$/, 'Z')}`;
}

function messageOf(error: unknown): string {
  const message = (error as ErrorLike | undefined)?.message;
  return typeof message === 'string' && message ? message : String(error);
}

/**
 * GitHub's 5xx pages are HTML; quoting one would bury the line. Such a body
 * becomes the status's name, and any message is cut to a readable length.
 */
function httpMessage(status: number, message: string): string {
  if (/<[a-z!][^>]*>/i.test(message)) return STATUS_CODES[status] ?? 'an HTML page';
  const flat = message.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 157)}...` : flat;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*-?\s*/g, ' ').replace(/\s{2,}/g, ' ').trim();
}
