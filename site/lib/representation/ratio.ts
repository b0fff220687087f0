/**
 * The representation ratio: the group's share of the dataset divided by its
 * share of the reference population. 1 is parity; 0.5 means the group is
 * half as common in the dataset as where the reader works. Undefined when
 * the reference share is 0, where no ratio means anything.
 */
export function representationRatio(datasetShare: number, referenceShare: number) {
  return referenceShare > 0 ? datasetShare / referenceShare : undefined;
}

/**
 * The absolute gap, dataset share minus reference share, from -1 to 1. It
 * complements the ratio: a ratio of 0.5 is a 1-point gap for a group of 2%
 * and a 20-point gap for a group of 40%.
 */
export function absoluteGap(datasetShare: number, referenceShare: number): number {
  return datasetShare - referenceShare;
}
