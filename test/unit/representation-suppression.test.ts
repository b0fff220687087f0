import { describe, expect, it } from 'vitest';
import {
  estimatedCounts,
  knownShares,
  publishAttribute,
  unknownShare,
} from '../../site/lib/representation/published.ts';
import { suppressSmallCells } from '../../site/lib/representation/suppress.ts';
import type { RepresentationAttribute } from '../../site/lib/schema/representation.ts';

function attribute(counts: Record<string, number>, unknown = 0): RepresentationAttribute {
  return {
    attribute: 'care_unit',
    counted: 'stays',
    recorded: 'staff-recorded',
    categories: Object.entries(counts).map(([name, count]) => ({ name, count })),
    unknown,
  };
}

describe('small-cell suppression', () => {
  it('hides counts from 1 to one below the threshold', () => {
    const { counts } = suppressSmallCells([120, 9, 1, 10, 300], 10);
    expect(counts.map((c) => c.hidden ?? c.count)).toEqual([120, 'small', 'small', 10, 300]);
  });

  it('shows a count of 0', () => {
    const { counts } = suppressSmallCells([0, 0, 500], 10);
    expect(counts).toEqual([{ count: 0 }, { count: 0 }, { count: 500 }]);
  });

  it('hides the smallest other count when only one is small', () => {
    const { counts, totalHidden } = suppressSmallCells([500, 7, 40, 0, 90], 10);
    expect(counts.map((c) => c.hidden ?? c.count)).toEqual([500, 'small', 'complementary', 0, 90]);
    expect(totalHidden).toBe(false);
  });

  it('hides no other count when two or more are small', () => {
    const { counts } = suppressSmallCells([500, 7, 3, 40], 10);
    expect(counts.filter((c) => c.hidden === 'complementary')).toEqual([]);
  });

  it('asks to hide the total when nothing else can hide a lone small count', () => {
    const result = suppressSmallCells([0, 4, 0], 10);
    expect(result.totalHidden).toBe(true);
    expect(result.counts[1]).toEqual({ hidden: 'small' });
  });

  it('hides nothing with a threshold of 1', () => {
    const { counts } = suppressSmallCells([1, 2, 3], 1);
    expect(counts).toEqual([{ count: 1 }, { count: 2 }, { count: 3 }]);
  });
});

describe('published attributes', () => {
  it('hides a small group and the unknown count that would give it away', () => {
    const published = publishAttribute(attribute({ Medical: 600, Neuro: 7 }, 12), 10);
    expect(published.categories).toEqual([
      { category: 'Medical', count: 600 },
      { category: 'Neuro', hidden: 'small' },
    ]);
    expect(published.unknown).toEqual({ hidden: 'complementary' });
    expect(published.total).toBe(619);
  });

  it('names the attribute after its id when it has no title', () => {
    expect(publishAttribute(attribute({ A: 50 }), 10).title).toBe('Care unit');
  });

  it('takes a small count as half the threshold and gives its partner the rest', () => {
    const published = publishAttribute(attribute({ Medical: 600, Neuro: 7, Ridge: 400 }, 0), 10);
    expect(published.categories[2]).toEqual({ category: 'Ridge', hidden: 'complementary' });
    const { categories } = estimatedCounts(published);
    expect(categories[1]).toEqual({ category: 'Neuro', count: 5, estimated: true });
    expect(categories[2]).toEqual({ category: 'Ridge', count: 402, estimated: true });
  });

  it('shares what two small counts add up to evenly between them', () => {
    const published = publishAttribute(attribute({ Medical: 600, Neuro: 7, Burns: 3 }), 10);
    const { categories } = estimatedCounts(published);
    expect(categories.map((c) => c.count)).toEqual([600, 5, 5]);
  });

  it('never estimates more than what the hidden counts add up to', () => {
    const published = publishAttribute(attribute({ Medical: 600, Neuro: 1 }, 1), 10);
    const { categories, unknown } = estimatedCounts(published);
    expect(categories[1]!.count + unknown.count).toBe(2);
    expect(unknown.count).toBeGreaterThanOrEqual(0);
  });

  it('takes a hidden count as half the threshold when the total is hidden too', () => {
    const published = publishAttribute(attribute({ A: 0, B: 4 }), 10);
    expect(published.total).toBeUndefined();
    expect(estimatedCounts(published).categories[1]?.count).toBe(5);
  });

  it('works shares out over known values, leaving unknown aside', () => {
    const published = publishAttribute(attribute({ Female: 300, Male: 600 }, 100), 10);
    expect(knownShares(published).map((s) => s.share)).toEqual([1 / 3, 2 / 3]);
    expect(unknownShare(published).share).toBeCloseTo(0.1);
  });

  it('gives an unknown share of 0 when everyone has a value', () => {
    expect(unknownShare(publishAttribute(attribute({ A: 10, B: 20 }), 10)).share).toBe(0);
  });

  it('never publishes the true value of a hidden count', () => {
    const published = publishAttribute(attribute({ Medical: 600, Neuro: 3 }, 16), 10);
    const shown = JSON.stringify(published);
    expect(shown).not.toMatch(/"count":3\b/);
    expect(shown).not.toMatch(/"count":16\b/);
    expect(knownShares(published)[1]?.estimated).toBe(true);
  });
});
