import { describe, expect, it } from 'vitest';
import { compareShares, groupsBelow } from '../../site/lib/representation/compare.ts';
import { absoluteGap, representationRatio } from '../../site/lib/representation/ratio.ts';
import {
  sharesFromPercentages,
  sharesOf,
  type Share,
} from '../../site/lib/representation/shares.ts';
import { totalVariationDistance } from '../../site/lib/representation/tvd.ts';

const shares = (entries: Record<string, number>): Share[] =>
  Object.entries(entries).map(([category, share]) => ({ category, share }));

describe('shares', () => {
  it('divides each count by the total', () => {
    expect(sharesOf([{ category: 'A', count: 30 }, { category: 'B', count: 10 }]))
      .toEqual([{ category: 'A', share: 0.75 }, { category: 'B', share: 0.25 }]);
  });

  it('gives every group a share of 0 when the total is 0', () => {
    expect(sharesOf([{ category: 'A', count: 0 }, { category: 'B', count: 0 }])
      .map((s) => s.share)).toEqual([0, 0]);
  });

  it('keeps the estimated mark of a count', () => {
    const [, hidden] = sharesOf([
      { category: 'A', count: 95 },
      { category: 'B', count: 5, estimated: true },
    ]);
    expect(hidden).toEqual({ category: 'B', share: 0.05, estimated: true });
  });

  it('rescales percentages that do not add up to 100', () => {
    const rescaled = sharesFromPercentages([
      { category: 'A', percent: 50.1 },
      { category: 'B', percent: 50.1 },
    ]);
    expect(rescaled.map((s) => s.share)).toEqual([0.5, 0.5]);
  });

  it('reads fractions and percentages alike', () => {
    const fractions = sharesFromPercentages([
      { category: 'A', percent: 0.2 },
      { category: 'B', percent: 0.8 },
    ]);
    const percentages = sharesFromPercentages([
      { category: 'A', percent: 20 },
      { category: 'B', percent: 80 },
    ]);
    expect(fractions.map((s) => s.share)).toEqual(percentages.map((s) => s.share));
  });
});

describe('representation ratio and gap', () => {
  it('divides the dataset share by the reference share', () => {
    expect(representationRatio(0.1, 0.2)).toBeCloseTo(0.5);
    expect(representationRatio(0.3, 0.2)).toBeCloseTo(1.5);
  });

  it('is 0 for a group the dataset lists with no one in it', () => {
    expect(representationRatio(0, 0.2)).toBe(0);
  });

  it('has no ratio where the reference share is 0', () => {
    expect(representationRatio(0.1, 0)).toBeUndefined();
    expect(representationRatio(0, 0)).toBeUndefined();
  });

  it('gives the gap as dataset share minus reference share', () => {
    expect(absoluteGap(0.1, 0.25)).toBeCloseTo(-0.15);
    expect(absoluteGap(0.4, 0.25)).toBeCloseTo(0.15);
  });
});

describe('total variation distance', () => {
  it('is 0 for the same mix', () => {
    expect(totalVariationDistance(shares({ A: 0.4, B: 0.6 }), shares({ A: 0.4, B: 0.6 })))
      .toBe(0);
  });

  it('is half the sum of the absolute differences', () => {
    const tvd = totalVariationDistance(
      shares({ A: 0.5, B: 0.3, C: 0.2 }),
      shares({ A: 0.3, B: 0.3, C: 0.4 }),
    );
    expect(tvd).toBeCloseTo(0.2);
  });

  it('is 1 when the mixes share no group', () => {
    expect(totalVariationDistance(shares({ A: 1 }), shares({ B: 1 }))).toBe(1);
  });

  it('counts a group missing on one side as 0 there', () => {
    const tvd = totalVariationDistance(shares({ A: 0.9, B: 0.1 }), shares({ A: 1 }));
    expect(tvd).toBeCloseTo(0.1);
  });

  it('matches groups whatever their case and spacing', () => {
    expect(totalVariationDistance(shares({ 'Black or  African American': 1 }),
      shares({ 'black or african american': 1 }))).toBe(0);
  });

  it('gives the same distance for a group listed as 0 as for one left out', () => {
    const reference = shares({ A: 0.5, B: 0.5 });
    const zero = totalVariationDistance(shares({ A: 1, B: 0 }), reference);
    const absent = totalVariationDistance(shares({ A: 1 }), reference);
    expect(zero).toBeCloseTo(0.5);
    expect(absent).toBe(zero);
  });
});

describe('comparing a dataset with a reference', () => {
  it('gives each group its ratio and gap, and the distance', () => {
    const comparison = compareShares(
      shares({ Female: 0.4, Male: 0.6 }),
      shares({ Female: 0.5, Male: 0.5 }),
    );
    expect(comparison.tvd).toBeCloseTo(0.1);
    const [female, male] = comparison.groups;
    expect(female?.ratio).toBeCloseTo(0.8);
    expect(female?.gap).toBeCloseTo(-0.1);
    expect(male?.ratio).toBeCloseTo(1.2);
    expect(comparison.unmatched).toEqual({ dataset: 0, reference: 0 });
  });

  it('sets aside groups the reference does not list and rescales the rest', () => {
    const comparison = compareShares(
      shares({ English: 0.8, Spanish: 0.1, Vietnamese: 0.1 }),
      shares({ English: 0.9, Spanish: 0.1 }),
    );
    const byName = new Map(comparison.groups.map((g) => [g.category, g]));
    expect(byName.get('Vietnamese')).toMatchObject({ datasetShare: undefined, ratio: undefined });
    expect(byName.get('English')?.datasetShare).toBeCloseTo(0.8 / 0.9);
    expect(comparison.unmatched.dataset).toBeCloseTo(0.1);
    expect(comparison.tvd).toBeCloseTo(0.9 - 0.8 / 0.9);
  });

  it('lists groups only the reference has after the dataset\'s own', () => {
    const comparison = compareShares(shares({ A: 1 }), shares({ A: 0.7, Z: 0.3 }));
    expect(comparison.groups.map((g) => g.category)).toEqual(['A', 'Z']);
    expect(comparison.groups[1]).toMatchObject({ referenceShare: undefined, gap: undefined });
    expect(comparison.unmatched.reference).toBeCloseTo(0.3);
    expect(comparison.tvd).toBe(0);
  });

  it('compares a group the dataset lists as 0 rather than setting it aside', () => {
    const comparison = compareShares(shares({ A: 1, B: 0 }), shares({ A: 0.8, B: 0.2 }));
    const b = comparison.groups.find((g) => g.category === 'B');
    expect(b).toMatchObject({ datasetShare: 0, ratio: 0 });
    expect(comparison.tvd).toBeCloseTo(0.2);
  });

  it('has no ratio for a group the reference lists as 0', () => {
    const comparison = compareShares(shares({ A: 0.9, B: 0.1 }), shares({ A: 1, B: 0 }));
    const b = comparison.groups.find((g) => g.category === 'B');
    expect(b?.ratio).toBeUndefined();
    expect(b?.gap).toBeCloseTo(0.1);
  });

  it('has no distance when no group matches', () => {
    const comparison = compareShares(shares({ '18-44': 1 }), shares({ '18-39': 1 }));
    expect(comparison.tvd).toBeUndefined();
  });

  it('marks groups whose dataset share is an estimate', () => {
    const comparison = compareShares(
      [{ category: 'A', share: 0.99 }, { category: 'B', share: 0.01, estimated: true }],
      shares({ A: 0.9, B: 0.1 }),
    );
    expect(comparison.groups.map((g) => g.estimated)).toEqual([false, true]);
  });

  it('lists the groups below a ratio, lowest first', () => {
    const comparison = compareShares(
      shares({ A: 0.7, B: 0.2, C: 0.1 }),
      shares({ A: 0.4, B: 0.3, C: 0.3 }),
    );
    expect(groupsBelow(comparison, 0.8).map((g) => g.category)).toEqual(['C', 'B']);
    expect(groupsBelow(comparison, 0.3)).toEqual([]);
  });
});
