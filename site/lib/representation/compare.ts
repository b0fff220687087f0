import { categoryKey } from './category-key.ts';
import { absoluteGap, representationRatio } from './ratio.ts';
import type { Share } from './shares.ts';
import { totalVariationDistance } from './tvd.ts';

/** One group, seen in the dataset and in a reference population. */
export interface GroupComparison {
  /** As the dataset spells it, or as the reference does for its own groups. */
  category: string;
  /** Share among the groups both sides list; undefined when the dataset lists no such group. */
  datasetShare: number | undefined;
  /** Likewise for the reference; undefined when it lists no such group. */
  referenceShare: number | undefined;
  /** Dataset share ÷ reference share; undefined when either is missing or the reference is 0. */
  ratio: number | undefined;
  /** Dataset share − reference share; undefined when either is missing. */
  gap: number | undefined;
  /** True when the dataset share rests on a hidden small count. */
  estimated: boolean;
}

export interface AttributeComparison {
  /** The dataset's groups in its order, then groups only the reference lists. */
  groups: GroupComparison[];
  /** Total variation distance over the groups both sides list; undefined when none match. */
  tvd: number | undefined;
  /** Share of each side in groups the other side does not list, before rescaling. */
  unmatched: { dataset: number; reference: number };
}

/**
 * Compares a dataset's mix with a reference population's, group by group.
 *
 * Groups that only one side lists (a reference with no "Other" group, age
 * bands cut differently) are set aside, and both sides are rescaled over the
 * groups they share. Otherwise a group the reference does not count would
 * make every other group look under-represented. How much was set aside is
 * reported, so a reader can see when the comparison covers too little.
 * A group listed with a share of 0 is not missing: it is compared as 0.
 */
export function compareShares(
  dataset: readonly Share[],
  reference: readonly Share[],
): AttributeComparison {
  const inReference = new Map(reference.map((s) => [categoryKey(s.category), s]));
  const inDataset = new Set(dataset.map((s) => categoryKey(s.category)));
  const matchedDataset = dataset.filter((s) => inReference.has(categoryKey(s.category)));
  const matchedReference = reference.filter((s) => inDataset.has(categoryKey(s.category)));
  const datasetMass = sum(matchedDataset);
  const referenceMass = sum(matchedReference);
  const rescale = (share: number, mass: number) => (mass > 0 ? share / mass : 0);

  const groups: GroupComparison[] = dataset.map((s) => {
    const match = inReference.get(categoryKey(s.category));
    const estimated = s.estimated === true;
    if (!match) {
      return { category: s.category, datasetShare: undefined, referenceShare: undefined,
        ratio: undefined, gap: undefined, estimated };
    }
    const datasetShare = rescale(s.share, datasetMass);
    const referenceShare = rescale(match.share, referenceMass);
    return {
      category: s.category,
      datasetShare,
      referenceShare,
      ratio: representationRatio(datasetShare, referenceShare),
      gap: absoluteGap(datasetShare, referenceShare),
      estimated,
    };
  });
  for (const s of reference) {
    if (inDataset.has(categoryKey(s.category))) continue;
    groups.push({ category: s.category, datasetShare: undefined, referenceShare: undefined,
      ratio: undefined, gap: undefined, estimated: false });
  }
  const matched = matchedDataset.length > 0 && datasetMass + referenceMass > 0;
  return {
    groups,
    tvd: matched
      ? totalVariationDistance(
        matchedDataset.map((s) => ({ ...s, share: rescale(s.share, datasetMass) })),
        matchedReference.map((s) => ({ ...s, share: rescale(s.share, referenceMass) })),
      )
      : undefined,
    unmatched: { dataset: sum(dataset) - datasetMass, reference: sum(reference) - referenceMass },
  };
}

/** Groups whose ratio is below `threshold`, lowest first. */
export function groupsBelow(
  comparison: AttributeComparison,
  threshold: number,
): GroupComparison[] {
  return comparison.groups
    .filter((g) => g.ratio !== undefined && g.ratio < threshold)
    .sort((a, b) => a.ratio! - b.ratio!);
}

function sum(shares: readonly Share[]): number {
  return shares.reduce((total, s) => total + s.share, 0);
}
