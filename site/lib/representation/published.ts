import type {
  CountedUnit,
  RecordedHow,
  RepresentationAttribute,
} from '../schema/representation.ts';
import type { Count, Share } from './shares.ts';
import { sharesOf } from './shares.ts';
import { suppressSmallCells, type PublishedCount } from './suppress.ts';

/** One group as published: its name and its count, or why the count is hidden. */
export type PublishedCategory = { category: string } & PublishedCount;

/**
 * One attribute of one version as the site publishes it: in the pages, in
 * the comparison tool's data and in the drift between versions. Every
 * figure the site shows is worked out from this, never from the true counts,
 * so a hidden count cannot leak through a share.
 *
 * TODO(suppressed-content): the true counts still sit in the public content
 * folder; let editors write a count as already hidden (`<10`) for providers
 * who may not publish it even there.
 */
export interface PublishedAttribute {
  attribute: string;
  title: string;
  counted: CountedUnit;
  recorded: RecordedHow;
  note?: string | undefined;
  categories: PublishedCategory[];
  unknown: PublishedCount;
  /** Everyone counted, unknown included; undefined when it would give a hidden count away. */
  total: number | undefined;
  /** Counts below this were hidden. */
  threshold: number;
}

/** The heading for an attribute: its title, or its id in words ("Age band"). */
export function attributeTitle(entry: { attribute: string; title?: string | undefined }) {
  if (entry.title) return entry.title;
  const words = entry.attribute.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Applies small-cell suppression to one attribute of a version. */
export function publishAttribute(
  entry: RepresentationAttribute,
  threshold: number,
): PublishedAttribute {
  const counts = [...entry.categories.map((c) => c.count), entry.unknown];
  const { counts: shown, totalHidden } = suppressSmallCells(counts, threshold);
  const total = counts.reduce((sum, n) => sum + n, 0);
  return {
    attribute: entry.attribute,
    title: attributeTitle(entry),
    counted: entry.counted,
    recorded: entry.recorded,
    note: entry.note,
    categories: entry.categories.map((c, i) => ({ category: c.name, ...shown[i]! })),
    unknown: shown.at(-1)!,
    total: totalHidden ? undefined : total,
    threshold,
  };
}

/**
 * Counts with hidden ones estimated. What the hidden counts add up to is the
 * total minus the shown counts (already public). A small count is taken as
 * half the threshold, the middle of what it can be, and a complementary one
 * gets the rest; with small counts alone, they share the rest evenly. Without
 * a total, each small count is taken as half the threshold.
 */
export function estimatedCounts(published: PublishedAttribute): {
  categories: Count[];
  unknown: Count;
} {
  const cells = [...published.categories, { category: '', ...published.unknown }];
  const small = cells.filter((c) => c.hidden === 'small').length;
  const complementary = cells.filter((c) => c.hidden === 'complementary').length;
  const shown = cells.reduce((sum, c) => sum + (c.count ?? 0), 0);
  const rest = published.total === undefined ? undefined : Math.max(0, published.total - shown);
  const half = published.threshold / 2;
  const eachSmall = rest === undefined
    ? half
    : complementary === 0
      ? rest / Math.max(1, small)
      : Math.min(half, rest / (small + complementary));
  const eachComplementary = complementary === 0 || rest === undefined
    ? 0
    : (rest - eachSmall * small) / complementary;
  const estimate = (c: PublishedCount & { category: string }): Count => {
    if (!c.hidden) return { category: c.category, count: c.count };
    const count = c.hidden === 'small' ? eachSmall : eachComplementary;
    return { category: c.category, count, estimated: true };
  };
  return {
    categories: published.categories.map(estimate),
    unknown: estimate({ category: 'Unknown', ...published.unknown }),
  };
}

/** Shares among those whose value is known, the way the site compares groups. */
export function knownShares(published: PublishedAttribute): Share[] {
  return sharesOf(estimatedCounts(published).categories);
}

/** The share with no recorded value, of everyone counted. */
export function unknownShare(published: PublishedAttribute): Share {
  const { categories, unknown } = estimatedCounts(published);
  const total = categories.reduce((sum, c) => sum + c.count, unknown.count);
  return {
    category: 'Unknown',
    share: total > 0 ? unknown.count / total : 0,
    ...(unknown.estimated ? { estimated: true } : {}),
  };
}
