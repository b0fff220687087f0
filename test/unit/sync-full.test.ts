import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeRepository } from '../support/fake-discussions.ts';
import { readThread, startSyncFixture, type SyncFixture } from '../support/sync-fixture.ts';

describe('a full sync after threads were deleted or moved on GitHub', () => {
  let fixture: SyncFixture;
  const archive = new FakeRepository('rounds-health/archive');

  beforeAll(async () => {
    fixture = await startSyncFixture(120, undefined, [archive]);
    await fixture.sync();
    fixture.repository.delete(7);
    fixture.repository.transfer(12, archive);
  });
  afterAll(() => fixture.close());

  const file = (number: number) => join(fixture.discussionsDir, `${number}.json`);

  it('keeps them on an incremental run, which cannot tell', async () => {
    const summary = await fixture.sync();
    expect(summary.removed).toBe(0);
    expect(existsSync(file(7))).toBe(true);
    expect(existsSync(file(12))).toBe(true);
  });

  it('removes them on a full run, after asking GitHub for each by number', async () => {
    const answered = fixture.server.operations.length;
    const summary = await fixture.sync({ full: true });
    expect(summary).toMatchObject({ mode: 'full', removed: 2, new: 0 });
    expect(existsSync(file(7))).toBe(false);
    expect(existsSync(file(12))).toBe(false);
    expect(existsSync(file(13))).toBe(true);
    expect(fixture.server.operations.slice(answered)).toEqual([
      'RoundsDiscussionPage', 'RoundsDiscussionPage',
      'RoundsDiscussionByNumber', 'RoundsDiscussionByNumber',
    ]);
    expect(fixture.logged).toContain(
      '[rounds:sync] removed #7: deleted on GitHub or moved to another repository');
  });

  it('keeps a thread that moved up the list while the listing was read', async () => {
    const start = fixture.server.requests;
    const answered = fixture.server.operations.length;
    // Just before the second page is answered, an old thread from that page
    // is edited and jumps to the top, behind the cursor.
    fixture.server.beforeEach((index) => {
      if (index === start + 1) fixture.repository.edit(2, 'Edited during the sync.');
    });
    const summary = await fixture.sync({ full: true });
    fixture.server.beforeEach(undefined);
    expect(summary).toMatchObject({ removed: 0, updated: 1 });
    // The listing missed it; the check by number found it.
    expect(fixture.server.operations.slice(answered)).toContain('RoundsDiscussionByNumber');
    expect((await readThread(fixture.discussionsDir, 2))['body']).toBe('Edited during the sync.');
    expect(summary.watermark).toBe(fixture.repository.get(2).updatedAt);
  });
});
