import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReport } from '../../scripts/lib/sync/report.ts';
import { screenCache } from '../../scripts/lib/sync/screen-cache.ts';
import type { SyncSummary } from '../../scripts/lib/sync/sync-discussions.ts';
import { startSyncFixture, type SyncFixture } from '../support/sync-fixture.ts';

const phone = '555-014-2290';
const email = 'ana.reyes@stmarys-hospital.org';

describe('the moderators\' report and the held-back count', () => {
  let fixture: SyncFixture;
  let summary: SyncSummary;
  let report: string;

  beforeAll(async () => {
    fixture = await startSyncFixture(5);
    const upstream = fixture.repository;
    upstream.edit(1, `My father's ward: call ${phone} if the chart is wrong.`);
    upstream.comment(2, `Write to ${email} for the extract.`);
    upstream.edit(3, `The unit's switchboard is ${phone}.`);
    upstream.edit(4, `Reach me on ${phone}.`);
    upstream.get(5).title = `Is ${phone} the unit's number?`;
    upstream.edit(5, 'Asking for the unit.');
    await mkdir(fixture.discussionsDir, { recursive: true });
    await writeFile(join(fixture.discussionsDir, 'moderation.yaml'), [
      'cleared:',
      '  - thread: 3',
      '    reason: the number is the ward\'s public switchboard',
      '    by: maintainer-chi',
      'takedowns:',
      '  - thread: 4',
      '    reason: the asker asked for it to be removed',
      '',
    ].join('\n'));
    summary = await fixture.sync();
    report = formatReport(await screenCache(fixture.contentDir), 'content/discussions');
  });
  afterAll(() => fixture.close());

  it('counts the flagged, uncleared threads as held back in the summary', () => {
    expect(summary.heldBack).toBe(3);
  });

  it('lists each held-back thread with where and why it was flagged', () => {
    expect(report).toContain('Held back: 3 threads kept off the site until a moderator ' +
      'clears them.');
    const first = report.split('\n\n').find((block) => block.startsWith('#1 ')) ?? '';
    expect(first.split('\n')).toEqual([
      '#1 "What does chartevents row 1 mean?"',
      '  https://github.com/rounds-health/rounds/discussions/1',
      expect.stringMatching(/^ {2}- phone in the body: .+ \(looks like a telephone number\)$/),
    ]);
    expect(report).toMatch(/#2 .*\n.*\n {2}- email in comment 3 by @nurse-ana: /);
  });

  it('lists the threads cleared in moderation.yaml with who cleared them and why', () => {
    expect(report).toContain('Cleared in moderation.yaml: 1 thread, published.');
    expect(report).toContain('  cleared by maintainer-chi: the number is the ward\'s public ' +
      'switchboard');
  });

  it('lists takedowns apart from the screen\'s findings', () => {
    expect(report).toContain('#4 taken down: the asker asked for it to be removed');
  });

  it('never quotes what it flagged, not even in a title', () => {
    expect(report).not.toContain(phone);
    expect(report).not.toContain(email);
    expect(report).toContain('#5 (title withheld: it has a finding)');
  });

  it('tells moderators how to clear or take down a thread', () => {
    expect(report).toMatch(/add it to\s+`cleared` in content\/discussions\/moderation\.yaml/);
  });
});

describe('a moderation.yaml that cannot be read', () => {
  it('stops the report with the file\'s problems rather than ignore the decisions', async () => {
    const content = await mkdtemp(join(tmpdir(), 'rounds-report-'));
    try {
      await mkdir(join(content, 'discussions'));
      await writeFile(join(content, 'discussions', 'moderation.yaml'),
        'cleared:\n  - thread: first\n');
      await expect(screenCache(content)).rejects.toThrowError(
        /moderation\.yaml\n {2}cleared\[0\]\.thread: /);
    } finally {
      await rm(content, { recursive: true, force: true });
    }
  });
});
