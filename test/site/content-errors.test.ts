import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureFiles, writeContent, type ContentFixture } from '../support/content-fixture.ts';

const run = promisify(execFile);

// Invalid content must stop the real build and `npm run check` with the same
// editor-facing list: the file, the field, the message and a hint, no stack.
let fixture: ContentFixture;
const admissions = 'datasets/icu-demo/versions/1.0/tables/admissions.yaml';

beforeAll(async () => {
  const files = fixtureFiles('minimal');
  fixture = await writeContent({
    ...files,
    [admissions]: files[admissions]!
      .replace('type: timestamp(0)', 'type: timestamp(0)\n    generated_by: nurse-chartng'),
  });
});

afterAll(() => fixture?.cleanup());

async function failure(args: string[]): Promise<{ code: number; output: string }> {
  try {
    await run(process.execPath, args, {
      env: { ...process.env, ROUNDS_CONTENT: fixture.contentDir,
        ROUNDS_CACHE: resolve(fixture.root, 'cache') },
    });
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, output: `${stdout}\n${stderr}` };
  }
  throw new Error(`expected \`${args.join(' ')}\` to fail on invalid content`);
}

describe('invalid content', () => {
  it('fails the build naming the file, the field and a hint, with no stack trace', async () => {
    const astro = resolve('node_modules/astro/bin/astro.mjs');
    const { code, output } = await failure([astro, 'build', '--outDir',
      resolve(fixture.root, 'dist')]);
    expect(code).not.toBe(0);
    expect(output).toContain(`content/${admissions}`);
    expect(output).toMatch(/columns\[\d+\]\.generated_by: expected one of/);
    expect(output).toContain('hint: did you mean `nurse-charting`?');
    expect(output).not.toMatch(/^\s+at /m);
  });

  it('fails npm run check with the same problem', async () => {
    const { code, output } = await failure(['scripts/check-content.ts', '--content',
      fixture.contentDir]);
    expect(code).toBe(1);
    expect(output).toContain('The content has 1 problem.');
    expect(output).toContain('hint: did you mean `nurse-charting`?');
  });
});
