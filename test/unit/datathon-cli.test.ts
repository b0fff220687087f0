import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fixtureFiles, writeContent, type ContentFixture } from '../support/content-fixture.ts';
import { baselineEvent, EVENT } from '../support/datathon-fixture.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a real script with this Node, which runs TypeScript directly. */
function run(script: string, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(root, 'scripts', script), ...args], { cwd: root },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      });
  });
}

let fixture: ContentFixture;
beforeEach(async () => {
  fixture = await writeContent({ ...fixtureFiles('minimal'), [EVENT]: baselineEvent });
});
afterEach(() => fixture.cleanup());

describe('datathon:new', () => {
  it('scaffolds an event that passes npm run check', async () => {
    const made = await run('datathon-new.ts', 'sepsis-2027', '--content', fixture.contentDir,
      '--start', '2027-03-28', '--time-zone', 'Europe/London');
    expect(made.code).toBe(0);
    expect(made.stderr).toContain('[rounds:datathon] created ');
    expect(made.stderr).toContain('sepsis-2027/event.yaml for icu-demo 1.0, starting ' +
      '2027-03-28 in Europe/London');
    const text = await readFile(join(fixture.contentDir, 'datathons/sepsis-2027/event.yaml'),
      'utf8');
    // 28 March 2027 is the night British clocks go forward; 09:00 is still safe.
    expect(parse(text)).toMatchObject({ title: 'Sepsis 2027', start: '2027-03-28T09:00' });
    const check = await run('check-content.ts', '--content', fixture.contentDir);
    expect(check.stderr).toContain('content is valid');
    expect(check.stderr).toContain('2 datathons');
    expect(check.code).toBe(0);
  });

  it('refuses to overwrite an event that exists', async () => {
    const made = await run('datathon-new.ts', 'demo-day', '--content', fixture.contentDir);
    expect(made.code).toBe(2);
    expect(made.stderr).toContain('datathons/demo-day already exists; nothing was written');
    const text = await readFile(join(fixture.contentDir, EVENT), 'utf8');
    expect(text).toBe(baselineEvent);
  });

  it('rejects a slug that cannot be a web address', async () => {
    const made = await run('datathon-new.ts', 'Sepsis 2027', '--content', fixture.contentDir);
    expect(made.code).toBe(2);
    expect(made.stderr).toContain('`Sepsis 2027` cannot be a web address');
  });
});

describe('npm run check with datathons', () => {
  it('fails with the problem when an event has one', async () => {
    await writeFile(join(fixture.contentDir, EVENT),
      baselineEvent.replace('weight: 40', 'weight: 45'));
    const check = await run('check-content.ts', '--content', fixture.contentDir);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('  rubric: the weights add up to 105, not 100\n');
    expect(check.stderr).not.toContain('Error:');
  });
});

describe('datathon:teams', () => {
  const csv = [
    'name,role,skills,preferences,publish,email',
    'Ana Ruiz,clinician,sepsis,old-age,yes,ana@example.org',
    'Ben Okafor,data scientist,python,old-age,no,ben@example.org',
    'Chen Wei,nurse,,,no,chen@example.org',
    'Dara Kim,statistician,R,,yes,dara@example.org',
    'Eli Stone,engineer,sql,,yes,eli@example.org',
    'Fay Moreau,physician,,,yes,fay@example.org',
  ].join('\n');

  it('writes the same editable teams for the same seed, hiding unpublished names', async () => {
    const file = join(fixture.root, 'registrations-demo.csv');
    await writeFile(file, csv);
    const args = ['--event', 'demo-day', '--seed', '11', '--content', fixture.contentDir];
    const out = join(fixture.root, 'teams.yaml');
    const first = await run('datathon-teams.ts', file, ...args, '--out', out);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('proposed 2 teams from 6 registrations (seed 11; 2 name(s)');
    const written = await readFile(out, 'utf8');
    expect(written).not.toMatch(/Ben Okafor|Chen Wei|example\.org/);
    expect(written).toContain('Participant 2');
    const printed = await run('datathon-teams.ts', file, ...args);
    expect(printed.stdout).toBe(written);
    const again = await run('datathon-teams.ts', file, ...args, '--out', out);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists; nothing was written');
  });

  it('reports an unreadable registration by row and column', async () => {
    const file = join(fixture.root, 'registrations-bad.csv');
    await writeFile(file, `${csv}\nGil,surgeon-ish,,,maybe,g@example.org`);
    const result = await run('datathon-teams.ts', file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('row 7 (line 8), role: `surgeon-ish` is not a role');
    expect(result.stderr).toContain('row 7 (line 8), publish: expected yes or no, found `maybe`');
  });
});
