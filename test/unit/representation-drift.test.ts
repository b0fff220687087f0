import { describe, expect, it } from 'vitest';
import { representationDrift } from '../../site/lib/representation/drift.ts';
import { publishAttribute } from '../../site/lib/representation/published.ts';
import type { RepresentationAttribute } from '../../site/lib/schema/representation.ts';

function published(
  attribute: string,
  counts: Record<string, number>,
  extra: Partial<RepresentationAttribute> = {},
) {
  return publishAttribute({
    attribute,
    counted: 'patients',
    recorded: 'staff-recorded',
    categories: Object.entries(counts).map(([name, count]) => ({ name, count })),
    unknown: 0,
    ...extra,
  }, 10);
}

describe('representation drift between two versions', () => {
  it('gives the distance between the two mixes of an attribute', () => {
    const drift = representationDrift(
      [published('sex', { Female: 400, Male: 600 })],
      [published('sex', { Female: 500, Male: 500 })],
    );
    expect(drift.attributes).toHaveLength(1);
    expect(drift.attributes[0]?.tvd).toBeCloseTo(0.1);
  });

  it('lists the groups that moved most, largest first', () => {
    const drift = representationDrift(
      [published('race', { A: 500, B: 300, C: 200 })],
      [published('race', { A: 400, B: 310, C: 290 })],
      2,
    );
    const moved = drift.attributes[0]!.moved;
    expect(moved.map((g) => g.category)).toEqual(['A', 'C']);
    expect(moved[0]?.change).toBeCloseTo(-0.1);
    expect(moved[1]).toMatchObject({ before: 0.2, after: 0.29 });
  });

  it('counts a group new in the later version as a move from 0', () => {
    const drift = representationDrift(
      [published('unit', { Medical: 1000 })],
      [published('unit', { Medical: 900, Neuro: 100 })],
    );
    const neuro = drift.attributes[0]!.moved.find((g) => g.category === 'Neuro');
    expect(neuro).toMatchObject({ before: undefined, after: 0.1 });
    expect(neuro?.change).toBeCloseTo(0.1);
    expect(drift.attributes[0]?.tvd).toBeCloseTo(0.1);
  });

  it('counts a group the later version drops as a move to 0', () => {
    const drift = representationDrift(
      [published('unit', { Medical: 900, Retired: 100 })],
      [published('unit', { Medical: 1000 })],
    );
    const retired = drift.attributes[0]!.moved.find((g) => g.category === 'Retired');
    expect(retired).toMatchObject({ after: undefined });
    expect(retired?.change).toBeCloseTo(-0.1);
  });

  it('reports the change in the share with no value', () => {
    const drift = representationDrift(
      [published('race', { A: 900 }, { unknown: 100 })],
      [published('race', { A: 950 }, { unknown: 50 })],
    );
    expect(drift.attributes[0]?.unknown).toEqual({ before: 0.1, after: 0.05 });
    expect(drift.attributes[0]?.tvd).toBe(0);
    expect(drift.attributes[0]?.moved).toEqual([]);
  });

  it('marks moves that rest on a hidden small count', () => {
    const drift = representationDrift(
      [published('unit', { Medical: 990, Neuro: 4, Lakeside: 20 })],
      [published('unit', { Medical: 900, Neuro: 100, Lakeside: 20 })],
    );
    const neuro = drift.attributes[0]!.moved.find((g) => g.category === 'Neuro');
    expect(neuro?.estimated).toBe(true);
  });

  it('names attributes only one version describes', () => {
    const drift = representationDrift(
      [published('sex', { F: 50 }), published('insurance', { Private: 50 })],
      [published('sex', { F: 50 }), published('language', { English: 50 })],
    );
    expect(drift.onlyBefore).toEqual(['Insurance']);
    expect(drift.onlyAfter).toEqual(['Language']);
    expect(drift.attributes.map((a) => a.attribute)).toEqual(['sex']);
  });

  it('notes a change in how an attribute was recorded or what it counts', () => {
    const drift = representationDrift(
      [published('race', { A: 50 })],
      [published('race', { A: 50 }, { recorded: 'self-reported', counted: 'stays' })],
    );
    expect(drift.attributes[0]?.recorded).toEqual({
      before: 'staff-recorded',
      after: 'self-reported',
    });
    expect(drift.attributes[0]?.counted).toEqual({ before: 'patients', after: 'stays' });
  });
});
