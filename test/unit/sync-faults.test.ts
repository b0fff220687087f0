import { readdir } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { threadSchema } from '../../site/lib/schema/thread.ts';
import {
  readThread,
  snapshot,
  startSyncFixture,
  type SyncFixture,
} from '../support/sync-fixture.ts';

let fixture: SyncFixture;
afterEach(() => fixture.close());

describe('a fault that passes', () => {
  beforeEach(async () => {
    fixture = await startSyncFixture(30);
  });

  it('retries a 502 and completes the run', async () => {
    fixture.server.fault({ kind: 'status', status: 502 });
    const summary = await fixture.sync();
    expect(summary).toMatchObject({ new: 30, requests: 2 });
  });

  for (const status of [403, 429] as const) {
    it(`waits as long as retry-after asks on a secondary rate limit (${status})`, async () => {
      fixture.server.fault({ kind: 'secondary-limit', status, retryAfter: 7 });
      const summary = await fixture.sync();
      expect(summary).toMatchObject({ new: 30, requests: 2 });
      expect(fixture.logged).toContain('[rounds:sync] warning: GitHub\'s secondary rate limit: ' +
        'waiting 7 s as it asks (retry 1 of 3)');
    });
  }
});

describe('a fault that persists', () => {
  let before: Record<string, string>;

  beforeEach(async () => {
    fixture = await startSyncFixture(30);
    await fixture.sync();
    for (let number = 1; number <= 10; number += 1) fixture.repository.edit(number, 'Edited.');
    before = await snapshot(fixture.discussionsDir);
  });

  it('stops on a RATE_LIMITED error after one wait, leaving the cache unchanged', async () => {
    fixture.server.fault({ kind: 'rate-limited', after: fixture.server.requests, times: Infinity });
    const failure = await fixture.failedSync();
    expect(failure.message).toMatch(new RegExp(
      '^the sync stopped: GitHub\'s GraphQL rate limit is used up until \\S+Z; ' +
      'the cache is unchanged and its watermark did not move; ' +
      'run `npm run sync` again once it resets$'));
    expect(await snapshot(fixture.discussionsDir)).toEqual(before);
  });

  it('stops when the secondary rate limit outlasts three waits', async () => {
    fixture.server.fault({ kind: 'secondary-limit', status: 403, retryAfter: 1,
      times: Infinity });
    const sent = fixture.server.requests;
    const failure = await fixture.failedSync();
    expect(fixture.server.requests - sent).toBe(4);
    expect(failure.message).toBe('the sync stopped: GitHub kept answering with its secondary ' +
      'rate limit (HTTP 403) after the waits it asked for; the cache is unchanged and its ' +
      'watermark did not move; wait a few minutes, then run `npm run sync` again');
    expect(await snapshot(fixture.discussionsDir)).toEqual(before);
  });

  it('stops when a 502 outlasts three retries', async () => {
    fixture.server.fault({ kind: 'status', status: 502, times: Infinity });
    const failure = await fixture.failedSync();
    expect(failure.message).toMatch(new RegExp('^the sync stopped: GitHub kept answering ' +
      'HTTP 502 \\(Bad Gateway\\), also on retry; the cache is unchanged'));
    expect(failure.message).not.toContain('\n');
    expect(await snapshot(fixture.discussionsDir)).toEqual(before);
  });
});

describe('a connection dropped in the middle of a run', () => {
  let before: Record<string, string>;

  beforeEach(async () => {
    fixture = await startSyncFixture(120);
    await fixture.sync();
    // Sixty edits: an incremental run reads them in three pages of 25.
    for (let number = 1; number <= 60; number += 1) {
      fixture.repository.edit(number, `Edited ${number}.`);
    }
    before = await snapshot(fixture.discussionsDir);
    fixture.server.fault({ kind: 'drop', after: fixture.server.requests + 1, times: Infinity });
  });

  it('keeps every file complete and the watermark where it was', async () => {
    const failure = await fixture.failedSync();
    expect(failure.message).toMatch(
      /^the sync stopped: the connection to GitHub failed \(.+\), also on retry; /);
    expect(failure.message).toMatch(/; 25 thread files were written completely before it /);
    expect(failure.message).toMatch(/\(none is half-written\) and the watermark did not move, /);
    expect(failure.message).toMatch(
      /so the next run catches up; check the network, then run `npm run sync` again later$/);
    const after = await snapshot(fixture.discussionsDir);
    expect(after['sync-state.json']).toBe(before['sync-state.json']);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const [name, text] of Object.entries(after)) {
      if (name !== 'sync-state.json') threadSchema.parse(JSON.parse(text));
    }
    const changed = Object.keys(after).filter((name) => after[name] !== before[name]);
    expect(changed).toHaveLength(25);
    expect(await readdir(fixture.discussionsDir)).not.toContainEqual(expect.stringMatching(/tmp/));
  });

  it('catches up on the next run', async () => {
    await fixture.failedSync();
    fixture.server.clearFaults();
    const summary = await fixture.sync();
    // The 25 written before the drop, and thread 120 inside the margin.
    expect(summary).toMatchObject({ updated: 35, unchanged: 26 });
    for (const number of [1, 30, 60]) {
      expect((await readThread(fixture.discussionsDir, number))['body']).toBe(`Edited ${number}.`);
    }
    expect(summary.watermark).toBe(fixture.repository.get(60).updatedAt);
  });
});
