import { validate } from '@octokit/graphql-schema';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncSummary } from '../../scripts/lib/sync/sync-discussions.ts';
import { syncStateSchema, threadSchema, type ThreadEntry } from '../../site/lib/schema/thread.ts';
import { snapshot, startSyncFixture, type SyncFixture } from '../support/sync-fixture.ts';

// 230 threads: three listing pages of 100. Thread 11 has 130 comments (two
// follow-up comment pages), thread 21 has comments with 120 replies each (more
// than the listing's 100), and comment 103 of thread 31 has 120 replies (more
// than a follow-up page's 100).
const shape = (index: number) =>
  index === 10 ? { comments: 130, replies: 2 }
  : index === 20 ? { comments: 3, replies: 120 }
  : index === 30 ? { comments: 105, replies: 0 }
  : { comments: index % 4, replies: index % 3 };

describe('a first sync of several pages of discussions', () => {
  let fixture: SyncFixture;
  let summary: SyncSummary;
  const progress: string[] = [];

  beforeAll(async () => {
    fixture = await startSyncFixture(230, shape);
    const long = fixture.repository.get(31).comments[102]!;
    for (let r = 0; r < 120; r += 1) fixture.repository.reply(long, `Reply ${r + 1}.`);
    summary = await fixture.sync({
      progress: {
        listed: (read, total) => progress.push(`${read}/${total}`),
        finish() {},
        interrupt() {},
      },
    });
  });
  afterAll(() => fixture.close());

  async function thread(number: number): Promise<ThreadEntry> {
    const text = await readFile(join(fixture.discussionsDir, `${number}.json`), 'utf8');
    return threadSchema.parse(JSON.parse(text));
  }

  it('writes one valid file per thread and a sync state', async () => {
    const files = Object.keys(await snapshot(fixture.discussionsDir));
    expect(files).toHaveLength(231);
    expect(files).toContain('sync-state.json');
    for (const number of [1, 100, 101, 230]) {
      expect((await thread(number)).number).toBe(number);
    }
  });

  it('reports the run in its summary', () => {
    expect(summary).toMatchObject({
      mode: 'first', new: 230, updated: 0, removed: 0, heldBack: 0,
    });
    expect(summary.requests).toBe(fixture.server.requests);
    expect(summary.points).toBe(fixture.server.points);
  });

  it('gathers comments beyond the first page of a thread', async () => {
    const long = await thread(11);
    expect(long.comments).toHaveLength(130);
    expect(long.comments.at(-1)?.body).toBe('Answer 130 to 11.');
    expect(long.comments.every((c) => c.replies.length === 2)).toBe(true);
  });

  it('gathers replies beyond the first page of a comment', async () => {
    expect((await thread(21)).comments.map((c) => c.replies.length)).toEqual([120, 120, 120]);
    const replies = (await thread(31)).comments[102]?.replies ?? [];
    expect(replies).toHaveLength(120);
    expect(replies.map((r) => r.body).slice(-2)).toEqual(['Reply 119.', 'Reply 120.']);
  });

  it('asks for follow-up pages only where a thread needs them', () => {
    const counts: Record<string, number> = {};
    for (const name of fixture.server.operations) counts[name] = (counts[name] ?? 0) + 1;
    expect(counts).toEqual({ RoundsDiscussionPage: 3, RoundsCommentPage: 3, RoundsReplyPage: 4 });
  });

  it('uses the points GitHub\'s cost rule charges: 12 a listing page, 1 a follow-up', () => {
    expect(summary.points).toBe(3 * 12 + 3 + 4);
  });

  it('sends only queries that GitHub\'s published schema accepts', () => {
    expect(fixture.server.queries.size).toBe(3);
    for (const query of fixture.server.queries) expect(validate(query)).toEqual([]);
  });

  it('shows progress per listing page against the total', () => {
    expect(progress).toEqual(['100/230', '200/230', '230/230']);
  });

  it('sets the watermark to the newest updatedAt it saw', async () => {
    const state = syncStateSchema.parse(JSON.parse(
      await readFile(join(fixture.discussionsDir, 'sync-state.json'), 'utf8')));
    const newest = [...fixture.repository.discussions.values()]
      .map((d) => d.updatedAt).sort().at(-1);
    expect(state).toMatchObject({ repository: 'rounds-health/rounds', watermark: newest });
  });

  it('rewrites nothing when a full sync finds nothing changed', async () => {
    const before = await snapshot(fixture.discussionsDir);
    const again = await fixture.sync({ full: true });
    expect(again).toMatchObject({ mode: 'full', new: 0, updated: 0, removed: 0, unchanged: 230 });
    const after = await snapshot(fixture.discussionsDir);
    delete before['sync-state.json'];
    delete after['sync-state.json'];
    expect(after).toEqual(before);
  });
});
