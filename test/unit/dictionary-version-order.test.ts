import { describe, expect, it } from 'vitest';
import {
  compareDotted,
  orderVersions,
  versionNumbers,
  type OrderableVersion,
} from '../../site/lib/dictionary/version-order.ts';

/** Versions named by folder only, as most datasets write them. */
const named = (...ids: string[]): OrderableVersion[] => ids.map((id) => ({ id }));

/** Orders and expects success, so a test reads as "these ids, in this order". */
function orderedIds(versions: OrderableVersion[]): string[] {
  const result = orderVersions(versions);
  if (!result.ok) throw new Error(`expected an order, got: ${result.reason}`);
  return result.ids;
}

/** Orders and expects failure, returning the reason and hint shown to editors. */
function failure(versions: OrderableVersion[]): { reason: string; hint: string } {
  const result = orderVersions(versions);
  if (result.ok) throw new Error(`expected no order, got: ${result.ids.join(', ')}`);
  return { reason: result.reason, hint: result.hint };
}

describe('dotted numeric versions', () => {
  it('puts 1.10 after 1.9, comparing parts as numbers rather than text', () => {
    expect(orderedIds(named('1.10', '1.9', '1.2'))).toEqual(['1.2', '1.9', '1.10']);
  });

  it('orders versions with different numbers of parts', () => {
    expect(orderedIds(named('2.0.1', '2.0', '1.4.3', '10'))).toEqual([
      '1.4.3',
      '2.0',
      '2.0.1',
      '10',
    ]);
  });

  it('accepts a leading v in either case and keeps the folder name as the id', () => {
    expect(orderedIds(named('v2.1', '2.0', 'V1.0'))).toEqual(['V1.0', '2.0', 'v2.1']);
  });

  it('orders a single version and no versions at all', () => {
    expect(orderedIds(named('1.0'))).toEqual(['1.0']);
    expect(orderedIds([])).toEqual([]);
  });

  it('does not change the array it is given', () => {
    const versions = named('2.0', '1.0');
    orderVersions(versions);
    expect(versions.map((v) => v.id)).toEqual(['2.0', '1.0']);
  });
});

describe('versions naming the same number', () => {
  it('reports 2.0 and 2.0.0 as one version number', () => {
    expect(failure(named('2.0', '2.0.0'))).toEqual({
      reason: '`2.0` and `2.0.0` are the same version number',
      hint: 'keep one folder per version number, or add `order` to every version',
    });
  });

  it('reports leading zeros as the same number', () => {
    expect(failure(named('2024.03', '2024.3')).reason).toBe(
      '`2024.03` and `2024.3` are the same version number',
    );
  });

  it('reports v2.1 and 2.1 as the same number', () => {
    // Both folders are named; which comes first is left open.
    const { reason } = failure(named('v2.1', '2.1'));
    expect(reason).toMatch(/ are the same version number$/);
    expect(reason).toContain('`v2.1`');
    expect(reason).toContain('`2.1`');
  });

  it('accepts same-numbered folders once every version has an order', () => {
    expect(orderedIds([{ id: '2.0.0', order: 2 }, { id: '2.0', order: 1 }])).toEqual([
      '2.0',
      '2.0.0',
    ]);
  });
});

describe('dated versions', () => {
  it('orders 2024.1 before 2024.2 before 2025.1', () => {
    expect(orderedIds(named('2025.1', '2024.2', '2024.1'))).toEqual([
      '2024.1',
      '2024.2',
      '2025.1',
    ]);
  });

  it('orders zero-padded months numerically', () => {
    expect(orderedIds(named('2024.10', '2024.03', '2023.12'))).toEqual([
      '2023.12',
      '2024.03',
      '2024.10',
    ]);
  });
});

describe('versions that are not dotted numbers', () => {
  it('needs an order for a name such as beta, and says which one', () => {
    expect(failure(named('1.0', 'beta'))).toEqual({
      reason: '`beta` cannot be compared as dotted numbers such as `2.1`',
      hint: 'add `order: N` to every version.yaml of the dataset, 1 for the oldest',
    });
  });

  it('lists every name that cannot be compared', () => {
    expect(failure(named('beta', '1.0', '1.0-rc1')).reason).toBe(
      '`beta`, `1.0-rc1` cannot be compared as dotted numbers such as `2.1`',
    );
  });

  it('orders names by their explicit order, oldest first', () => {
    const versions = [
      { id: 'gamma', order: 3 },
      { id: 'alpha', order: 1 },
      { id: 'beta', order: 2 },
    ];
    expect(orderedIds(versions)).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('lets an explicit order overrule the numbers in the names', () => {
    expect(orderedIds([{ id: '1.10', order: 1 }, { id: '1.9', order: 2 }])).toEqual([
      '1.10',
      '1.9',
    ]);
  });

  it('accepts gaps between orders', () => {
    expect(orderedIds([{ id: 'b', order: 10 }, { id: 'a', order: 5 }])).toEqual(['a', 'b']);
  });
});

describe('partial order', () => {
  it('reports which versions lack an order when some have one', () => {
    const versions = [{ id: 'beta', order: 2 }, { id: 'alpha' }, { id: 'gamma' }];
    expect(failure(versions)).toEqual({
      reason: 'some versions have `order` but `alpha`, `gamma` do not',
      hint: 'give every version of the dataset an `order` (1 for the oldest), or none',
    });
  });

  it('reports a partial order even when every name is a dotted number', () => {
    const versions = [{ id: '1.0', order: 1 }, { id: '2.0' }];
    // A single name takes the singular verb.
    expect(failure(versions).reason).toBe('some versions have `order` but `2.0` does not');
  });
});

describe('duplicate order', () => {
  it('reports two versions sharing an order', () => {
    const versions = [{ id: 'beta', order: 2 }, { id: 'alpha', order: 2 }];
    expect(failure(versions)).toEqual({
      reason: 'two versions share `order: 2`',
      hint: 'number the versions 1, 2, 3... from the oldest, each once',
    });
  });

  it('finds the clash wherever it sits after sorting', () => {
    const versions = [{ id: 'b', order: 3 }, { id: 'c', order: 1 }, { id: 'a', order: 3 }];
    expect(failure(versions).reason).toBe('two versions share `order: 3`');
  });
});

describe('versionNumbers', () => {
  it('reads the numeric parts, with or without a leading v', () => {
    expect(versionNumbers('2.1')).toEqual([2, 1]);
    expect(versionNumbers('v2.1')).toEqual([2, 1]);
    expect(versionNumbers('2024.03')).toEqual([2024, 3]);
  });

  it.each(['beta', '2.', '.2', '1..2', 'vv1', '1.0-rc1', ''])(
    'finds no numbers in %j',
    (id) => {
      expect(versionNumbers(id)).toBeUndefined();
    },
  );
});

describe('compareDotted', () => {
  it('treats missing parts as zero', () => {
    expect(compareDotted([2], [2, 0, 0])).toBe(0);
  });

  it('compares part by part', () => {
    expect(compareDotted([1, 9], [1, 10])).toBeLessThan(0);
    expect(compareDotted([2], [1, 99])).toBeGreaterThan(0);
    expect(compareDotted([1, 0, 1], [1])).toBeGreaterThan(0);
  });
});
