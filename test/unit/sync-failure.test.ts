import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { createLogger } from '../../scripts/lib/logger.ts';
import { describeFailure } from '../../scripts/lib/sync/failure.ts';
import { ThreadShapeError } from '../../scripts/lib/sync/normalise.ts';
import { redact, redactingLogger } from '../../scripts/lib/sync/redact.ts';
import { SyncStateError } from '../../scripts/lib/sync/sync-state.ts';

const untouched = { written: 0, removed: 0 };
const repository = 'rounds-health/rounds';

function requestError(status: number, message: string, withResponse = true) {
  return Object.assign(new Error(message), {
    name: 'HttpError',
    status,
    ...(withResponse ? { response: { headers: {} } } : {}),
  });
}

describe('the message of a failed sync', () => {
  it('names a repository GitHub cannot find and where to fix the name', () => {
    const error = Object.assign(new Error('Request failed'), {
      name: 'GraphqlResponseError',
      errors: [{ type: 'NOT_FOUND', path: ['repository'],
        message: 'Could not resolve to a Repository' }],
    });
    expect(describeFailure(error, untouched, repository)).toBe('the sync stopped: GitHub has no ' +
      'repository `rounds-health/rounds` that this token can read; the cache is unchanged and ' +
      'its watermark did not move; check `repository` in content/site.yaml (or ' +
      'GITHUB_REPOSITORY) and what the token may read');
  });

  it('gives the reset time of a used-up rate limit', () => {
    const error = Object.assign(new Error('GraphQL Rate Limit Exceeded'), {
      data: { errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded' }] },
      response: { headers: { 'x-ratelimit-reset': '1767225600' } },
    });
    expect(describeFailure(error, untouched, repository)).toContain(
      'GitHub\'s GraphQL rate limit is used up until 2026-01-01T00:00:00Z;');
  });

  it('counts the complete files a failed run wrote', () => {
    const error = requestError(502, 'Bad Gateway');
    expect(describeFailure(error, { written: 1, removed: 0 }, repository)).toBe('the sync ' +
      'stopped: GitHub kept answering HTTP 502 (Bad Gateway), also on retry; 1 thread file ' +
      'was written completely before it stopped (none is half-written) and the watermark did ' +
      'not move, so the next run catches up; run `npm run sync` again later');
  });

  it('names a 5xx by its status when GitHub sends an HTML page', () => {
    const error = requestError(504, '<!DOCTYPE html>\n<html><body><h1>Unicorn!</h1></body></html>');
    expect(describeFailure(error, untouched, repository)).toContain(
      'GitHub kept answering HTTP 504 (Gateway Timeout), also on retry;');
  });

  it('tells a dropped connection from an answer GitHub gave', () => {
    const error = requestError(500, 'other side closed', false);
    expect(describeFailure(error, untouched, repository)).toMatch(
      /^the sync stopped: the connection to GitHub failed \(other side closed\), also on retry;/);
  });

  it('asks for a bug report when GitHub\'s answer does not fit the cache', () => {
    const error = new ThreadShapeError(12, ['url: Invalid URL']);
    const message = describeFailure(error, untouched, repository);
    expect(message).toMatch(/^the sync stopped: thread #12 from GitHub does not fit the cache /);
    expect(message).toContain('format (url: Invalid URL); ');
    expect(message).toMatch(/; report this as a bug in scripts\/lib\/sync$/);
  });

  it('passes on what is wrong with sync-state.json', () => {
    const error = new SyncStateError('content/discussions/sync-state.json is not valid JSON; ' +
      'delete it and run `npm run sync -- --full` to rebuild it');
    expect(describeFailure(error, untouched, repository)).toMatch(
      /^the sync stopped: content\/discussions\/sync-state\.json is not valid JSON; delete it/);
  });

  it('names a file it cannot write and what to check', () => {
    const error = Object.assign(new Error('EACCES: permission denied'), {
      code: 'EACCES', path: 'content/discussions/.4.json.ab12.tmp',
    });
    expect(describeFailure(error, untouched, repository)).toContain(
      'cannot write `content/discussions/.4.json.ab12.tmp` (EACCES);');
  });

  it('keeps to one line with no stack trace', () => {
    const error = Object.assign(new Error('Request failed due to following response errors:\n' +
      ' - Something odd\n - Something else'), { name: 'GraphqlResponseError', errors: [] });
    const message = describeFailure(error, untouched, repository);
    expect(message).not.toContain('\n');
    expect(message).not.toMatch(/\bat \S+:\d+/);
    expect(message).not.toMatch(/^Error/);
  });
});

describe('redacting the token', () => {
  const token = ['ghp', 'R0unds7estT0kenThatMustNeverLeak01'].join('_');

  it('replaces every occurrence in a text', () => {
    expect(redact(`token ${token} and again ${token}`, [token])).toBe('token *** and again ***');
  });

  it('leaves text alone when no secret is set', () => {
    expect(redact('nothing to hide', [undefined, ''])).toBe('nothing to hide');
  });

  it('redacts every level of a logger\'s output', () => {
    let output = '';
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        output += chunk.toString();
        done();
      },
    });
    const log = redactingLogger(createLogger('rounds:sync', stream), [token]);
    log.info(`using ${token}`);
    log.warn(`retrying with ${token}`);
    log.error(`refused ${token}`);
    expect(output).not.toContain(token);
    expect(output.match(/\*\*\*/g)).toHaveLength(3);
  });
});
