/**
 * What an organiser sees when an event or project cannot be right: real files
 * in a temporary content folder beside the minimal dictionary fixture, read
 * and checked as `npm run check` and the build do.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../site/lib/content/load-content.ts';
import { formatProblems, type Problem } from '../../site/lib/content/problem.ts';
import { loadDatathons } from '../../site/lib/datathon/load-datathons.ts';
import {
  fixtureFiles,
  writeContent,
  type ContentFiles,
  type ContentFixture,
} from '../support/content-fixture.ts';
import {
  baselineEvent,
  baselineProject,
  edit,
  EVENT,
  PROJECT,
} from '../support/datathon-fixture.ts';

const dictionary = fixtureFiles('minimal');
const shown = (path: string) => `content/${path}`;

let fixtures: ContentFixture[] = [];
afterEach(async () => {
  await Promise.all(fixtures.map((f) => f.cleanup()));
  fixtures = [];
});

async function problemsOf(overrides: ContentFiles = {}): Promise<Problem[]> {
  const fixture = await writeContent({
    ...dictionary,
    [EVENT]: baselineEvent,
    [PROJECT]: baselineProject,
    ...overrides,
  });
  fixtures.push(fixture);
  const loaded = await loadContent(fixture.contentDir, fixture.root);
  if (!loaded.ok) throw new Error(formatProblems(loaded.problems));
  return (await loadDatathons(fixture.contentDir, loaded.catalog, fixture.root)).problems;
}

/** Problems after replacing one piece of the baseline event. */
const eventWith = (from: string, to: string) =>
  problemsOf({ [EVENT]: edit(baselineEvent, from, to) });

describe('a valid datathon', () => {
  it('loads the baseline event and project without problems', async () => {
    expect(await problemsOf()).toEqual([]);
  });
});

describe('dataset versions', () => {
  it('names the missing version and lists the known ones', async () => {
    const problems = await eventWith('datasets:\n  - dataset: icu-demo\n    version: "1.0"',
      'datasets:\n  - dataset: icu-demo\n    version: "2.0"');
    expect(problems).toEqual([{
      file: shown(EVENT),
      path: 'datasets[0].version',
      message: '`icu-demo` has no version `2.0`',
      hint: 'known versions of `icu-demo`: 1.0',
    }, {
      file: shown(EVENT),
      path: 'challenges[0].version',
      message: '`icu-demo` 1.0 is not among the event\'s `datasets`',
      hint: 'add it to `datasets`, so participants see the access it needs, or pin the ' +
        'challenge to a version listed there',
    }]);
  });

  it('suggests the dataset an unknown name is closest to', async () => {
    const problems = await eventWith('- dataset: icu-demo\n', '- dataset: icu-dem\n');
    expect(problems[0]).toMatchObject({
      path: 'datasets[0].dataset',
      message: 'no dataset `icu-dem`',
      hint: 'did you mean `icu-demo`?',
    });
  });

  it('checks the versions a project used', async () => {
    const project = edit(baselineProject, 'version: "1.0"', 'version: "3.0"');
    const problems = await problemsOf({ [PROJECT]: project });
    expect(problems).toEqual([expect.objectContaining({
      file: shown(PROJECT),
      path: 'datasets[0].version',
      message: '`icu-demo` has no version `3.0`',
    })]);
  });

  it('asks for quotes when a version is written as a number', async () => {
    const problems = await eventWith('version: "1.0"\nsessions', 'version: 1.0\nsessions');
    expect(problems[0]).toMatchObject({
      path: 'datasets[0].version',
      hint: 'put the value in quotes, such as "1.10", so YAML keeps it as written',
    });
  });
});

describe('times', () => {
  it('reports an end before the start in the event\'s words', async () => {
    const problems = await eventWith('end: 2025-10-17T17:00', 'end: 2025-10-16T17:00');
    expect(problems).toContainEqual({
      file: shown(EVENT),
      path: 'end',
      message: 'the event ends at `2025-10-16T17:00`, which is not after its start ' +
        '`2025-10-17T09:00`',
      hint: 'make `end` later than `start`; both are wall-clock times in America/Chicago',
    });
  });

  it('suggests the time zone a misspelt one is closest to', async () => {
    const problems = await eventWith('time_zone: America/Chicago', 'time_zone: America/Chicgo');
    expect(problems).toEqual([expect.objectContaining({
      path: 'time_zone',
      message: '`America/Chicgo` is not an IANA time zone',
      hint: expect.stringContaining('did you mean `America/Chicago`?'),
    })]);
  });

  it('reports a session outside the event', async () => {
    const problems = await eventWith('start: 2025-10-17T16:00\n    end: 2025-10-17T17:00',
      'start: 2025-10-17T16:00\n    end: 2025-10-17T18:30');
    expect(problems).toEqual([expect.objectContaining({
      path: 'sessions[2]',
      message: 'the session runs from `2025-10-17T16:00` to `2025-10-17T18:30`, outside the ' +
        'event (`2025-10-17T09:00` to `2025-10-17T17:00`)',
    })]);
  });

  it('reports a wall-clock time the clocks skip', async () => {
    const problems = await eventWith('start: 2025-10-17T09:00\nend',
      'start: 2025-03-09T02:30\nend');
    expect(problems).toContainEqual(expect.objectContaining({
      path: 'start',
      message: '`2025-03-09T02:30` does not happen in America/Chicago: the clocks skip it ' +
        'that night',
    }));
  });

  it('rejects a time written with an offset, since the zone gives it', async () => {
    const problems = await eventWith('start: 2025-10-17T09:00\nend',
      'start: 2025-10-17T09:00-05:00\nend');
    expect(problems).toEqual([expect.objectContaining({
      path: 'start',
      message: 'expected the local time without an offset, such as `2025-10-17T09:00`; ' +
        'found `2025-10-17T09:00-05:00` (the offset comes from `time_zone`)',
    })]);
  });
});

describe('rubric, teams and venue', () => {
  it('reports rubric weights that do not add up to 100', async () => {
    const problems = await eventWith('weight: 40', 'weight: 30');
    expect(problems).toEqual([{
      file: shown(EVENT),
      path: 'rubric',
      message: 'the weights add up to 90, not 100',
      hint: 'weights are percentages: change them so that they add up to 100',
    }]);
  });

  it('reports required roles that cannot fit in the largest team', async () => {
    const rules = 'team_rules:\n  max_size: 2\n  min_size: 1\n  require:\n' +
      '    - role: clinical\n      at_least: 2\n    - role: technical\n';
    const problems = await problemsOf({ [EVENT]: `${baselineEvent}${rules}` });
    expect(problems).toEqual([expect.objectContaining({
      path: 'team_rules.require',
      message: 'the required roles need 3 members, but a team may have at most 2',
    })]);
  });

  it('asks for a venue when people attend in person', async () => {
    const problems = await eventWith('venue:\n  name: Teaching Centre\n', '');
    expect(problems).toEqual([expect.objectContaining({
      path: 'venue',
      message: 'missing; an event with `attendance: in-person` needs a venue',
    })]);
  });
});

describe('references into the dictionary', () => {
  it('suggests the table a challenge meant', async () => {
    const problems = await eventWith('- table: patients', '- table: patient');
    expect(problems).toEqual([{
      file: shown(EVENT),
      path: 'challenges[0].tables[0].table',
      message: '`icu-demo` 1.0 has no table `patient`',
      hint: 'did you mean `patients`?',
    }]);
  });

  it('suggests the column a challenge meant', async () => {
    const problems = await eventWith('[subject_id, anchor_age]', '[subject_id, anchor_ages]');
    expect(problems).toEqual([expect.objectContaining({
      path: 'challenges[0].tables[0].columns[1]',
      message: '`patients` in `icu-demo` 1.0 has no column `anchor_ages`',
      hint: 'did you mean `anchor_age`?',
    })]);
  });

  it('reports a project naming a challenge the event does not have', async () => {
    const project = edit(baselineProject, 'challenge: old-age', 'challenge: old-ages');
    const problems = await problemsOf({ [PROJECT]: project });
    expect(problems).toEqual([expect.objectContaining({
      file: shown(PROJECT),
      path: 'challenge',
      message: 'the event has no challenge `old-ages`',
      hint: 'did you mean `old-age`?',
    })]);
  });
});

describe('files and folders', () => {
  it('reports a folder name that cannot be a web address', async () => {
    const problems = await problemsOf({
      [EVENT]: null,
      [PROJECT]: null,
      'datathons/Demo_Day/event.yaml': baselineEvent,
    });
    expect(problems).toEqual([expect.objectContaining({
      file: shown('datathons/Demo_Day'),
      message: 'the folder name `Demo_Day` cannot be a web address',
    })]);
  });

  it('lists problems for the editor without an error prefix or a stack', async () => {
    const problems = await eventWith('weight: 40', 'weight: 30');
    const text = formatProblems(problems);
    expect(text.split('\n')).toEqual([
      'The content has 1 problem. Fix and build again.',
      '',
      shown(EVENT),
      '  rubric: the weights add up to 90, not 100',
      '    hint: weights are percentages: change them so that they add up to 100',
    ]);
  });
});
