import type { CountedUnit, RecordedHow } from '../schema/representation.ts';
import { categoryKey } from './category-key.ts';
import { knownShares, unknownShare, type PublishedAttribute } from './published.ts';
import type { Share } from './shares.ts';
import { totalVariationDistance } from './tvd.ts';

/** How one group's share changed between two versions. */
export interface GroupShift {
  category: string;
  /** Share among known values; undefined when the version lists no such group. */
  before: number | undefined;
  after: number | undefined;
  /** after − before, a group missing on one side counting as 0 there. */
  change: number;
  /** True when either share rests on a hidden small count. */
  estimated: boolean;
}

/** How one attribute's mix changed between two versions. */
export interface AttributeDrift {
  attribute: string;
  title: string;
  /** Total variation distance between the two mixes of known values. */
  tvd: number;
  /** The groups that moved most, largest change first. */
  moved: GroupShift[];
  /** The share with no value, before and after. */
  unknown: { before: number; after: number };
  /** Set when the two versions count different things (patients, stays). */
  counted?: { before: CountedUnit; after: CountedUnit };
  /** Set when the way values were recorded changed. */
  recorded?: { before: RecordedHow; after: RecordedHow };
}

export interface RepresentationDrift {
  /** Attributes both versions describe, in the newer version's order. */
  attributes: AttributeDrift[];
  /** Titles of attributes only one version describes. */
  onlyBefore: string[];
  onlyAfter: string[];
}

/**
 * Representation drift from one version to the next, per attribute. A group
 * that only one version lists counts as 0 in the other: a group that
 * appears is a real change in who the data describe, or in how they are
 * recorded, and either is worth a reader's attention.
 */
export function representationDrift(
  before: readonly PublishedAttribute[],
  after: readonly PublishedAttribute[],
  top = 3,
): RepresentationDrift {
  const earlier = new Map(before.map((a) => [a.attribute, a]));
  const later = new Set(after.map((a) => a.attribute));
  const attributes = after.flatMap((next) => {
    const previous = earlier.get(next.attribute);
    return previous ? [attributeDrift(previous, next, top)] : [];
  });
  return {
    attributes,
    onlyBefore: before.filter((a) => !later.has(a.attribute)).map((a) => a.title),
    onlyAfter: after.filter((a) => !earlier.has(a.attribute)).map((a) => a.title),
  };
}

function attributeDrift(
  previous: PublishedAttribute,
  next: PublishedAttribute,
  top: number,
): AttributeDrift {
  const from = knownShares(previous);
  const to = knownShares(next);
  const drift: AttributeDrift = {
    attribute: next.attribute,
    title: next.title,
    tvd: totalVariationDistance(from, to),
    moved: shifts(from, to)
      .filter((s) => s.change !== 0)
      .sort((a, b) => Math.abs(b.change) - Math.abs(a.change))
      .slice(0, top),
    unknown: { before: unknownShare(previous).share, after: unknownShare(next).share },
  };
  if (previous.counted !== next.counted) {
    drift.counted = { before: previous.counted, after: next.counted };
  }
  if (previous.recorded !== next.recorded) {
    drift.recorded = { before: previous.recorded, after: next.recorded };
  }
  return drift;
}

function shifts(from: readonly Share[], to: readonly Share[]): GroupShift[] {
  const earlier = new Map(from.map((s) => [categoryKey(s.category), s]));
  const result: GroupShift[] = to.map((s) => {
    const old = earlier.get(categoryKey(s.category));
    earlier.delete(categoryKey(s.category));
    return {
      category: s.category,
      before: old?.share,
      after: s.share,
      change: s.share - (old?.share ?? 0),
      estimated: s.estimated === true || old?.estimated === true,
    };
  });
  for (const old of earlier.values()) {
    result.push({
      category: old.category,
      before: old.share,
      after: undefined,
      change: -old.share,
      estimated: old.estimated === true,
    });
  }
  return result;
}
