import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../scripts/lib/logger.ts';
import {
  cachedThreadNumbers,
  removeLeftovers,
  writeFileAtomically,
  writeThread,
} from '../../scripts/lib/sync/cache.ts';
import { createProgress } from '../../scripts/lib/sync/progress.ts';
import {
  readSyncState,
  stopBefore,
  SyncStateError,
  watermarkMarginMs,
} from '../../scripts/lib/sync/sync-state.ts';
import { threadSchema, type ThreadEntry } from '../../site/lib/schema/thread.ts';

const thread: ThreadEntry = threadSchema.parse({
  number: 8,
  id: 'D_8',
  title: 'Does admittime include the ED wait?',
  url: 'https://github.com/rounds-health/rounds/discussions/8',
  category: 'Q&A',
  author: { login: 'researcher-dee', association: 'NONE' },
  created_at: '2025-05-01T10:00:00Z',
  updated_at: '2025-05-01T10:00:00Z',
  body: 'Does it?',
  body_html: '<p>Does it?</p>',
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rounds-cache-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('the thread cache on disk', () => {
  it('writes a new file, then reports it unchanged, then updated', async () => {
    expect(await writeThread(dir, thread)).toBe('new');
    expect(await writeThread(dir, thread)).toBe('unchanged');
    expect(await writeThread(dir, { ...thread, title: 'Edited title' })).toBe('updated');
    expect(await readFile(join(dir, '8.json'), 'utf8')).toContain('"title": "Edited title"');
  });

  it('leaves no temporary file behind after a write', async () => {
    await writeFileAtomically(join(dir, '9.json'), '{}\n');
    expect(await readdir(dir)).toEqual(['9.json']);
  });

  it('removes the temporary files an interrupted run left, and nothing else', async () => {
    await writeFile(join(dir, '.8.json.0a1b2c.tmp'), '{"number": ');
    await writeFile(join(dir, '8.json'), '{}\n');
    await writeFile(join(dir, 'moderation.yaml'), 'cleared: []\n');
    expect(await removeLeftovers(dir)).toBe(1);
    expect((await readdir(dir)).sort()).toEqual(['8.json', 'moderation.yaml']);
  });

  it('lists only numbered thread files, in order', async () => {
    for (const name of ['10.json', '9.json', 'sync-state.json', 'notes.json', '.1.json.x.tmp']) {
      await writeFile(join(dir, name), '{}\n');
    }
    expect(await cachedThreadNumbers(dir)).toEqual([9, 10]);
  });
});

describe('the sync state', () => {
  it('is absent before the first run', async () => {
    expect(await readSyncState(dir)).toBeNull();
  });

  it('refuses a broken file and says how to recover', async () => {
    await writeFile(join(dir, 'sync-state.json'), '{"repository": "a/b", "watermark": 3}');
    await expect(readSyncState(dir)).rejects.toThrowError(SyncStateError);
    await expect(readSyncState(dir)).rejects.toThrowError(new RegExp(
      'sync-state\\.json does not match the sync state format \\(watermark: .*\\); ' +
      'fix it, or delete it and run `npm run sync -- --full`'));
  });

  it('stops listing ten minutes before the watermark of the same repository', () => {
    const state = { repository: 'Rounds-Health/Rounds', watermark: '2025-06-01T12:00:00Z',
      completed_at: '2025-06-01T12:01:00Z' };
    expect(watermarkMarginMs).toBe(600_000);
    expect(stopBefore(state, 'rounds-health/rounds')?.toISOString())
      .toBe('2025-06-01T11:50:00.000Z');
    expect(stopBefore(state, 'rounds-health/other')).toBeNull();
  });
});

describe('progress', () => {
  it('prints one plain line per page when not on a terminal', () => {
    let output = '';
    const stream = Object.assign(new Writable({
      write(chunk: Buffer, _encoding, done) {
        output += chunk.toString();
        done();
      },
    }), { isTTY: false }) as unknown as NodeJS.WriteStream;
    const progress = createProgress(createLogger('rounds:sync', stream), stream);
    progress.listed(100, 230);
    progress.listed(3, undefined);
    progress.finish();
    expect(output).toBe('[rounds:sync] read 100 of 230 threads\n' +
      '[rounds:sync] read 3 updated threads\n');
  });

  it('redraws a bar in place on a terminal and clears it at the end', () => {
    let output = '';
    const stream = Object.assign(new Writable({
      write(chunk: Buffer, _encoding, done) {
        output += chunk.toString();
        done();
      },
    }), { isTTY: true }) as unknown as NodeJS.WriteStream;
    const progress = createProgress(createLogger('rounds:sync', stream), stream);
    progress.listed(115, 230);
    progress.finish();
    const bar = `▕${'█'.repeat(12)}${'░'.repeat(12)}▏`;
    expect(output).toBe(`\r[rounds:sync] ${bar} 115/230 threads\x1b[K\r\x1b[K`);
  });
});
