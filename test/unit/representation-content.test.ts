/**
 * Representation and reference populations as an editor meets them: real
 * YAML in a temporary content folder, checked by loadContent. Each test
 * starts from the `fair` fixture and breaks one thing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../site/lib/content/load-content.ts';
import type { Problem } from '../../site/lib/content/problem.ts';
import {
  fixtureFiles,
  writeContent,
  type ContentFiles,
  type ContentFixture,
} from '../support/content-fixture.ts';

const baseline = fixtureFiles('fair');
const V1 = 'datasets/ward-demo/versions/1.0/version.yaml';
const V2 = 'datasets/ward-demo/versions/2.0/version.yaml';
const TOWN = 'populations/example-town.yaml';

let fixtures: ContentFixture[] = [];
afterEach(async () => {
  await Promise.all(fixtures.map((fixture) => fixture.cleanup()));
  fixtures = [];
});

async function load(overrides: ContentFiles = {}) {
  const fixture = await writeContent({ ...baseline, ...overrides });
  fixtures.push(fixture);
  return loadContent(fixture.contentDir, fixture.root);
}

async function problemsOf(overrides: ContentFiles): Promise<Problem[]> {
  const result = await load(overrides);
  if (result.ok) throw new Error('expected problems, but the content loaded');
  return result.problems;
}

/** A fixture file with one piece of text replaced; throws when the text is absent. */
function edit(path: string, from: string, to: string): string {
  const text = baseline[path];
  if (!text?.includes(from)) throw new Error(`${path} does not contain ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

describe('the fair fixture', () => {
  it('loads with its representation and its reference population', async () => {
    const result = await load();
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const version = result.catalog.datasets[0]?.latest;
    expect(version?.entry.representation.map((a) => a.attribute))
      .toEqual(['sex', 'age_band', 'ward']);
    expect(version?.entry.timeframe).toEqual({ start: '2019', end: '2023-06-30' });
    expect(result.catalog.populations.map((p) => p.id)).toEqual(['example-town']);
    expect(result.catalog.site.small_cell_threshold).toBe(10);
  });
});

describe('representation in version.yaml', () => {
  it('reports counts that do not add up to the headline count', async () => {
    const problems = await problemsOf({
      [V1]: edit(V1, '{ name: Female, count: 520 }', '{ name: Female, count: 530 }'),
    });
    expect(problems).toEqual([{
      file: `content/${V1}`,
      path: 'representation[0]',
      message: 'the categories and `unknown` add up to 1,010, but `counts.patients` is 1,000',
      hint: 'everyone counted has one value or is unknown, so the two agree; correct a count, ' +
        'or set `counted` if this attribute counts something else',
    }]);
  });

  it('checks an attribute counted in stays against the count of stays', async () => {
    const problems = await problemsOf({
      [V2]: edit(V2, '{ name: Isolation, count: 7 }', '{ name: Isolation, count: 8 }'),
    });
    expect(problems.map((p) => p.message))
      .toEqual(['the categories and `unknown` add up to 2,401, but `counts.stays` is 2,400']);
  });

  it('asks for unknown values to go in `unknown`, not in a group', async () => {
    const problems = await problemsOf({
      [V1]: edit(V1, '{ name: Sign language, count: 5 }', '{ name: Not recorded, count: 5 }'),
    });
    expect(problems).toEqual([expect.objectContaining({
      path: 'representation[1].categories[2].name',
      message: '`Not recorded` is not a group but a missing value',
    })]);
    expect(problems[0]?.hint).toMatch(/^remove it and add its count to `unknown`/);
  });

  it('reports an attribute described twice and a group listed twice', async () => {
    const problems = await problemsOf({
      [V1]: edit(V1, 'attribute: language', 'attribute: sex')
        .replace('{ name: Spanish, count: 95 }', '{ name: english, count: 95 }'),
    });
    const inVersion = problems.filter((p) => p.file === `content/${V1}`);
    expect(inVersion.map((p) => [p.path, p.message])).toEqual([
      ['representation[1].attribute', '`sex` repeats representation[0]'],
      ['representation[1].categories[1].name', '`english` repeats categories[0]'],
    ]);
  });

  it('explains a misspelt way of recording', async () => {
    const problems = await problemsOf({
      [V1]: edit(V1, 'recorded: self-reported', 'recorded: self-report'),
    });
    expect(problems).toEqual([expect.objectContaining({
      path: 'representation[1].recorded',
      hint: 'did you mean `self-reported`?',
    })]);
  });

  it('reports a timeframe that ends before it starts', async () => {
    const problems = await problemsOf({ [V2]: edit(V2, 'start: 2019', 'start: 2024') });
    expect(problems).toEqual([expect.objectContaining({
      path: 'timeframe.end',
      message: 'expected `start` to come before `end`',
    })]);
  });

  it('reports a timeframe that is neither a year nor a day', async () => {
    const problems = await problemsOf({ [V2]: edit(V2, 'start: 2019', 'start: spring 2019') });
    expect(problems[0]?.message)
      .toBe('expected a year such as `2016` or a day such as `2016-03-01`; found `spring 2019`');
  });

  it('rejects a threshold of 0 in site.yaml', async () => {
    const problems = await problemsOf({
      'site.yaml': edit('site.yaml', 'small_cell_threshold: 10', 'small_cell_threshold: 0'),
    });
    expect(problems.map((p) => [p.file, p.path])).toEqual([
      ['content/site.yaml', 'small_cell_threshold'],
    ]);
  });
});

describe('reference populations', () => {
  it('suggests the attribute a misspelt one was meant to be', async () => {
    const problems = await problemsOf({
      [TOWN]: edit(TOWN, 'attribute: language', 'attribute: langauge'),
    });
    expect(problems).toEqual([{
      file: `content/${TOWN}`,
      path: 'attributes[1].attribute',
      message: 'no version describes the attribute `langauge`',
      hint: 'did you mean `language`?',
    }]);
  });

  it('lists the attributes in use when nothing is close', async () => {
    const problems = await problemsOf({
      [TOWN]: edit(TOWN, 'attribute: language', 'attribute: income'),
    });
    expect(problems[0]?.hint).toBe('use an attribute the versions describe: sex, language, ' +
      'age_band, ward');
  });

  it('suggests the group a misspelt one was meant to be', async () => {
    const problems = await problemsOf({ [TOWN]: edit(TOWN, 'name: Spanish', 'name: Spansh') });
    expect(problems).toEqual([expect.objectContaining({
      path: 'attributes[1].categories[1].name',
      message: 'no version has a `language` group `Spansh`',
      hint: 'did you mean `Spanish`?',
    })]);
  });

  it('matches group names whatever their case', async () => {
    const result = await load({ [TOWN]: edit(TOWN, 'name: Female', 'name: female') });
    expect(result.ok).toBe(true);
  });

  it('reports shares that do not add up to 100', async () => {
    const problems = await problemsOf({ [TOWN]: edit(TOWN, 'share: 49', 'share: 39') });
    expect(problems).toEqual([expect.objectContaining({
      path: 'attributes[0].categories',
      message: 'the shares add up to 90, not 100',
    })]);
  });

  it('allows shares that miss 100 only by rounding', async () => {
    const result = await load({ [TOWN]: edit(TOWN, 'share: 49', 'share: 49.6') });
    expect(result.ok).toBe(true);
  });

  it('reports a share above 100 where it is written', async () => {
    const problems = await problemsOf({ [TOWN]: edit(TOWN, 'share: 80', 'share: 180') });
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      ['attributes[1].categories[0].share', 'expected a percentage from 0 to 100'],
    ]);
  });

  it('reports a file name that cannot be an id', async () => {
    const problems = await problemsOf({ 'populations/Example Town.yaml': baseline[TOWN]! });
    expect(problems).toEqual([expect.objectContaining({
      file: 'content/populations/Example Town.yaml',
      message: '`Example Town` cannot be a population id',
    })]);
  });

  it('waits for a broken version.yaml before judging group names', async () => {
    const problems = await problemsOf({ [V1]: edit(V1, "version: '1.0'", 'version: 1.0') });
    expect(problems.map((p) => p.file)).toEqual([`content/${V1}`]);
  });
});
