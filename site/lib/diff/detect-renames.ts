import { assignBest, candidatePairs, type Candidate } from './assign.ts';
import { typeOf, type ComparableTable } from './comparable.ts';
import {
  columnFeatures,
  columnThreshold,
  scoreColumnRename,
  type ColumnFeatures,
} from './column-evidence.ts';
import { placesOf } from './column-places.ts';
import type { Weighed } from './evidence.ts';
import { matchNames, type NameMatching, type Pair } from './match-names.ts';
import { jaccard, type NameFeatures, type TokenWeights } from './similarity.ts';
import { scoreTableRename, tableFeatures, tableThreshold } from './table-evidence.ts';

/**
 * Renames in three steps: what the content says (`renamed_from`), then what
 * keeps its name, then the probable renames the evidence supports among
 * what is left. What no step pairs is a removal or an addition.
 */
export function matchTables(
  before: readonly ComparableTable[],
  after: readonly ComparableTable[],
  weights: TokenWeights,
): NameMatching {
  const named = matchNames(before, after, (t) => `table \`${t.name}\``);
  const features = lazy((side: 'before' | 'after', i: number) =>
    tableFeatures((side === 'before' ? before : after)[i]!));
  const keys = (side: 'before' | 'after', i: number) => {
    const f = features(side, i);
    return [...nameKeys(f.name), ...[...f.columns].map((c) => `column:${c}`)];
  };
  const candidates = candidatePairs(named.removed, named.added, keys).flatMap(([i, j]) => {
    const scored = scoreTableRename(features('before', i), features('after', j), weights);
    return scored ? [{ before: i, after: j, ...scored }] : [];
  });
  const chosen = assignBest(candidates, tableThreshold);
  return settle(named, chosen, (i) => before[i]?.name ?? '', (j) => after[j]?.name ?? '');
}

/** Column matching, with a caution for names that may have been reused. */
export interface ColumnMatching extends NameMatching {
  /** By newer-version index: why a same-name pair may be two different columns. */
  notes: Map<number, string>;
}

/** Where each column's foreign key points, folded, in the newer version's table names. */
export type TargetOf = (side: 'before' | 'after', column: string) => string | undefined;

export function matchColumns(
  before: ComparableTable,
  after: ComparableTable,
  weights: TokenWeights,
  targetOf: TargetOf,
): ColumnMatching {
  const named = matchNames(before.columns, after.columns, (c) =>
    `column \`${after.name}.${c.name}\``);
  // Built on first use: most tables of a release have nothing to pair.
  let built: ColumnScorer | undefined;
  const scorer = () => (built ??= columnScorer(before, after, named, weights, targetOf));
  let settled = named;
  if (named.removed.length > 0 && named.added.length > 0) {
    const { score, keys } = scorer();
    const candidates = candidatePairs(named.removed, named.added, keys).flatMap(([i, j]) => {
      const scored = score(i, j);
      return scored ? [{ before: i, after: j, ...scored }] : [];
    });
    settled = settle(named, assignBest(candidates, columnThreshold),
      (i) => before.columns[i]?.name ?? '', (j) => after.columns[j]?.name ?? '');
  }
  const notes = new Map<number, string>();
  for (const pair of settled.pairs) {
    // The cheap test first: nearly every pair keeps its kind of type.
    const [old, now] = [before.columns[pair.before], after.columns[pair.after]];
    if (pair.rename || !old || !now || typeOf(old).family === typeOf(now).family) continue;
    const note = reuseNote(pair, scorer(), settled.added, (j) => after.columns[j]?.name ?? '');
    if (note) notes.set(pair.after, note);
  }
  return { ...settled, notes };
}

interface ColumnScorer {
  features(side: 'before' | 'after', i: number): ColumnFeatures;
  /** The score of "newer column j is older column i renamed". */
  score(i: number, j: number): Weighed | undefined;
  keys(side: 'before' | 'after', i: number): string[];
}

function columnScorer(
  before: ComparableTable,
  after: ComparableTable,
  named: NameMatching,
  weights: TokenWeights,
  targetOf: TargetOf,
): ColumnScorer {
  const shared = new Map(named.pairs.map((p) => [p.before, p.after]));
  const places = {
    before: placesOf(before.columns.length, shared),
    after: placesOf(after.columns.length, new Map(named.pairs.map((p) => [p.after, p.after]))),
  };
  const features = lazy((side: 'before' | 'after', i: number): ColumnFeatures => {
    const column = (side === 'before' ? before : after).columns[i]!;
    return columnFeatures(column, targetOf(side, column.name));
  });
  return {
    features,
    score: (i, j) => scoreColumnRename(features('before', i), features('after', j),
      [places.before[i]!, places.after[j]!], weights),
    keys: (side, i) => {
      const f = features(side, i);
      return [...nameKeys(f.name), ...[...f.description ?? []].map((t) => `word:${t}`)];
    },
  };
}

// Below this description overlap, two descriptions speak of different things.
const unrelatedDescriptions = 0.2;

/**
 * A column that keeps its name but changes both its kind of type and its
 * meaning is probably a new column under an old name. Without a hint the
 * engine cannot be sure, so it keeps the pair and says why to look closer.
 */
function reuseNote(
  pair: Pair,
  scorer: ColumnScorer,
  added: readonly number[],
  nameOf: (after: number) => string,
): string | undefined {
  const a = scorer.features('before', pair.before);
  const b = scorer.features('after', pair.after);
  if (a.type.family === b.type.family || !a.description || !b.description) return undefined;
  if (jaccard(a.description, b.description) >= unrelatedDescriptions) return undefined;
  let best: { j: number; score: number } | undefined;
  for (const j of added) {
    const s = scorer.score(pair.before, j)?.score ?? 0;
    if (s >= columnThreshold && s > (best?.score ?? 0)) best = { j, score: s };
  }
  const elsewhere = best ? `; the old column may now be \`${nameOf(best.j)}\`` : '';
  return 'the name may now hold a different column: its kind of type and its description ' +
    `both changed${elsewhere}; add renamed_from to the content to say which`;
}

/** Folds the chosen renames into the name matching. */
function settle(
  named: NameMatching,
  chosen: Candidate[],
  beforeName: (i: number) => string,
  afterName: (j: number) => string,
): NameMatching {
  const inferred: Pair[] = chosen.map((c) => ({
    before: c.before,
    after: c.after,
    rename: {
      from: beforeName(c.before),
      to: afterName(c.after),
      confidence: c.score,
      reason: c.reason,
      source: 'inferred',
    },
  }));
  const usedBefore = new Set(chosen.map((c) => c.before));
  const usedAfter = new Set(chosen.map((c) => c.after));
  return {
    pairs: [...named.pairs, ...inferred],
    removed: named.removed.filter((i) => !usedBefore.has(i)),
    added: named.added.filter((j) => !usedAfter.has(j)),
    warnings: named.warnings,
  };
}

/** Keys a plausible rename shares: a word start, an acronym or the whole spelling. */
function nameKeys(name: NameFeatures): string[] {
  return [
    ...name.tokens.map((t) => `prefix:${t.slice(0, 3)}`),
    ...name.initials.map((i) => `initials:${i}`),
    `initials:${name.squashed}`,
  ];
}

/** Features are computed once per item, and only for items that are scored. */
function lazy<T>(make: (side: 'before' | 'after', i: number) => T) {
  const cache = { before: new Map<number, T>(), after: new Map<number, T>() };
  return (side: 'before' | 'after', i: number): T => {
    let value = cache[side].get(i);
    if (value === undefined) {
      value = make(side, i);
      cache[side].set(i, value);
    }
    return value;
  };
}
