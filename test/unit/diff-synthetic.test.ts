import { describe, expect, it } from 'vitest';
import { diffVersions } from '../../site/lib/diff/diff-versions.ts';
import { benchDiff, syntheticPair } from '../../site/lib/diff/synthetic.ts';

describe('syntheticPair', () => {
  it('generates the same pair for the same seed', () => {
    const options = { tables: 30, columns: 10, seed: 7 };
    expect(syntheticPair(options)).toEqual(syntheticPair(options));
  });

  it('generates a different pair for another seed', () => {
    const a = syntheticPair({ tables: 30, columns: 10, seed: 7 });
    const b = syntheticPair({ tables: 30, columns: 10, seed: 8 });
    expect(a.before.tables.map((t) => t.name)).not.toEqual(b.before.tables.map((t) => t.name));
  });

  it('lets the diff find exactly the planted renames and moves', () => {
    const { before, after, planted } = syntheticPair({ tables: 400, columns: 20, seed: 3 });
    const diff = diffVersions(before, after);
    const tableRenames = diff.tables.flatMap((t) =>
      (t.rename ? [{ from: t.rename.from, to: t.rename.to }] : []));
    const columnRenames = diff.tables.flatMap((t) => t.columns.flatMap((c) =>
      (c.rename ? [{ table: t.name, from: c.rename.from, to: c.rename.to }] : [])));
    const moves = diff.tables.filter((t) => t.move).map((t) => t.name);
    const byName = (a: { from: string }, b: { from: string }) => a.from.localeCompare(b.from);
    expect(planted.columnRenames.length).toBeGreaterThan(0);
    expect(tableRenames.sort(byName)).toEqual([...planted.tableRenames].sort(byName));
    expect(columnRenames.sort(byName)).toEqual([...planted.columnRenames].sort(byName));
    expect(moves.sort()).toEqual([...planted.moves].sort());
  });
});

describe('benchDiff', () => {
  it('reports the size of what it compared', () => {
    const result = benchDiff({ tables: 50, columns: 10, warmUp: false });
    expect(result.tables).toBe(50);
    expect(result.columns).toBe(500);
    expect(result.ms).toBeGreaterThanOrEqual(0);
  });
});
