/**
 * The key a group is matched by across versions, populations and pasted
 * shares: case and surrounding spaces do not matter, so `female` pasted
 * from a spreadsheet finds `Female`.
 */
export function categoryKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

// Names editors use for "no value"; such counts belong in `unknown`, because
// shares are worked out over the people whose value is known.
const unknownNames = new Set([
  'unknown', 'not known', 'not recorded', 'not stated', 'missing', 'none recorded',
  'unknown or not recorded', 'not available', 'n/a',
]);

/** True for a group name that means "no value", such as `Unknown`. */
export function meansUnknown(name: string): boolean {
  return unknownNames.has(categoryKey(name));
}
