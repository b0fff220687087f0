import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncSummary } from '../../scripts/lib/sync/sync-discussions.ts';
import {
  readThread,
  snapshot,
  startSyncFixture,
  type SyncFixture,
} from '../support/sync-fixture.ts';

// Thread 5 is long enough to need a follow-up page of comments.
const shape = (index: number) =>
  (index === 4 ? { comments: 40, replies: 1 } : { comments: 2, replies: 1 });

describe('an incremental sync after edits on GitHub', () => {
  let fixture: SyncFixture;
  let before: Record<string, string>;
  let after: Record<string, string>;
  let summary: SyncSummary;
  let requests: number;
  let operations: string[];

  beforeAll(async () => {
    fixture = await startSyncFixture(150, shape);
    await fixture.sync();
    before = await snapshot(fixture.discussionsDir);
    fixture.repository.edit(3, 'Edited: which admissions count as elective?');
    fixture.repository.comment(5, 'One more comment, the 41st.');
    fixture.repository.add({ comments: 1, replies: 0 });
    const sent = fixture.server.requests;
    const answered = fixture.server.operations.length;
    summary = await fixture.sync();
    requests = fixture.server.requests - sent;
    operations = fixture.server.operations.slice(answered);
    after = await snapshot(fixture.discussionsDir);
  });
  afterAll(() => fixture.close());

  it('fetches only the changed threads: one listing page and one follow-up', () => {
    expect(requests).toBe(2);
    expect(operations).toEqual(['RoundsDiscussionPage', 'RoundsCommentPage']);
    expect(summary).toMatchObject({ mode: 'incremental', new: 1, updated: 2, removed: 0 });
    // The newest thread of the last run sits inside the safety margin; it is
    // read again from the listing page and skipped, costing nothing more.
    expect(summary.unchanged).toBe(1);
  });

  it('costs 3 points for the 25-thread listing page and 1 for the follow-up', () => {
    expect(summary.points).toBe(4);
  });

  it('rewrites only the files of the changed threads', () => {
    const changed = Object.keys(after).filter((name) => after[name] !== before[name]);
    expect(changed.sort()).toEqual(['151.json', '3.json', '5.json', 'sync-state.json']);
    expect(Object.keys(after)).toHaveLength(Object.keys(before).length + 1);
  });

  it('takes in the edit, the late comment and the new thread', async () => {
    expect((await readThread(fixture.discussionsDir, 3))['body'])
      .toBe('Edited: which admissions count as elective?');
    const long = await readThread(fixture.discussionsDir, 5);
    expect((long['comments'] as unknown[]).length).toBe(41);
    expect((await readThread(fixture.discussionsDir, 151))['number']).toBe(151);
  });

  it('moves the watermark to the newest thread', async () => {
    const state = JSON.parse(
      await readFile(join(fixture.discussionsDir, 'sync-state.json'), 'utf8')) as
      { watermark: string };
    expect(state.watermark).toBe(fixture.repository.get(151).updatedAt);
    expect(summary.watermark).toBe(state.watermark);
  });

  it('needs a single request when nothing changed since', async () => {
    const sent = fixture.server.requests;
    const quiet = await fixture.sync();
    expect(fixture.server.requests - sent).toBe(1);
    expect(quiet).toMatchObject({ new: 0, updated: 0, removed: 0 });
  });
});

describe('a thread deleted while the sync reads it', () => {
  let fixture: SyncFixture;

  beforeAll(async () => {
    fixture = await startSyncFixture(20, shape);
    await fixture.sync();
  });
  afterAll(() => fixture.close());

  it('is skipped, and the watermark stays low enough to list it again', async () => {
    fixture.repository.comment(5, 'The 41st comment, on a follow-up page.');
    const gone = fixture.repository.get(5).updatedAt;
    fixture.repository.edit(9, 'Edited after thread 5.');
    const start = fixture.server.requests;
    // Thread 5 goes between the listing and its follow-up comment page.
    fixture.server.beforeEach((index) => {
      if (index === start + 1) fixture.repository.delete(5);
    });
    const summary = await fixture.sync();
    fixture.server.beforeEach(undefined);
    expect(summary).toMatchObject({ updated: 1 });
    expect(fixture.logged).toContain('[rounds:sync] skipped #5: it vanished while it was ' +
      'read; a full run removes it if it is gone');
    // Thread 9 is newer, but the watermark stops at the vanished thread.
    expect(fixture.repository.get(9).updatedAt > gone).toBe(true);
    expect(summary.watermark).toBe(gone);
  });
});
