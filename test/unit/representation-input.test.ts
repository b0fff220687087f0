import { describe, expect, it } from 'vitest';
import {
  defaultBelow,
  readState,
  writeState,
} from '../../site/lib/representation/compare-state.ts';
import {
  formatCount,
  formatGap,
  formatRatio,
  formatShare,
} from '../../site/lib/representation/format.ts';
import { formatSharesText, parseShares } from '../../site/lib/representation/parse-shares.ts';

describe('reading shares a reader types or pastes', () => {
  it('reads a group and a share on each line, whatever the separator', () => {
    const { shares, problems } = parseShares(
      'Female, 51.2\nMale\t48.8%\n65-74: 9\n"Black or African American";12\nAsian = .5',
    );
    expect(shares).toEqual([
      { category: 'Female', percent: 51.2 },
      { category: 'Male', percent: 48.8 },
      { category: '65-74', percent: 9 },
      { category: 'Black or African American', percent: 12 },
      { category: 'Asian', percent: 0.5 },
    ]);
    expect(problems).toEqual([]);
  });

  it('keeps age bands whole instead of reading their hyphen as a minus', () => {
    const { shares, problems } = parseShares('18-44\n45-64 30');
    expect(shares).toEqual([{ category: '45-64', percent: 30 }]);
    expect(problems).toEqual(['Line 1: write a group, then its share, such as "Female, 51".']);
  });

  it('skips blank lines and comments', () => {
    expect(parseShares('\n# from the 2021 census\n\nEnglish 90\n').shares)
      .toEqual([{ category: 'English', percent: 90 }]);
  });

  it('reports a negative share and a group listed twice', () => {
    const { shares, problems } = parseShares('A, -3\nB, 40\nb, 60');
    expect(shares).toEqual([{ category: 'B', percent: 40 }]);
    expect(problems).toEqual([
      'Line 1: the share of A is negative.',
      'Line 3: b is listed twice; the first is used.',
    ]);
  });

  it('writes shares back as text it reads again', () => {
    const shares = [{ category: 'Female', percent: 51.4 }, { category: '85 and over', percent: 3 }];
    expect(parseShares(formatSharesText(shares)).shares).toEqual(shares);
  });
});

describe('the comparison state in the address', () => {
  const known = { populations: ['harbour', 'ridge'], attributes: ['sex', 'age_band'] };

  it('restores what it wrote, own figures included', () => {
    const state = {
      population: 'own',
      below: 0.9,
      own: { sex: 'Female, 51\nMale, 49', age_band: '18-44; 40 & more' },
    };
    expect(readState(writeState(state), known)).toEqual(state);
  });

  it('leaves the default ratio and unused own figures out of the address', () => {
    const query = writeState({ population: 'ridge', below: defaultBelow, own: { sex: 'F 1' } });
    expect(query).toBe('?population=ridge');
  });

  it('falls back to the first population and the default ratio for unknown values', () => {
    const state = readState('?population=atlantis&below=-2&own.nonsense=1', known);
    expect(state).toEqual({ population: 'harbour', below: defaultBelow, own: {} });
  });

  it('starts with the reader\'s own figures when there is no population to offer', () => {
    expect(readState('', { populations: [], attributes: [] }).population).toBe('own');
  });
});

describe('figures as readers see them', () => {
  it('writes shares as percentages with one decimal', () => {
    expect(formatShare(0.4312)).toBe('43.1%');
    expect(formatShare(0)).toBe('0.0%');
    expect(formatShare(0.0001)).toBe('<0.1%');
  });

  it('writes ratios with two decimals, and says when there is none', () => {
    expect(formatRatio(0.8249)).toBe('0.82');
    expect(formatRatio(undefined)).toBe('no ratio');
  });

  it('signs gaps in points with a true minus sign', () => {
    expect(formatGap(0.031)).toBe('+3.1');
    expect(formatGap(-0.02)).toBe('\u22122.0');
    expect(formatGap(-0.0001)).toBe('0.0');
  });

  it('writes hidden counts as below the threshold or as hidden', () => {
    expect(formatCount({ hidden: 'small' }, 10)).toBe('<10');
    expect(formatCount({ hidden: 'complementary' }, 10)).toBe('hidden');
    expect(formatCount({ count: 38452 }, 10)).toBe('38,452');
  });
});
