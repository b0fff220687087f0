/**
 * Where a column sits, told by its neighbours that both versions share
 * rather than by its number. Inserting a column mid-table shifts every
 * number after it, but leaves each column between the same neighbours.
 */
export interface Place {
  /** Newer-version index of the nearest shared column before it; -1 at the start. */
  previous: number;
  /** Newer-version index of the nearest shared column after it; Infinity at the end. */
  next: number;
  /** How many unshared columns precede it since `previous`. */
  offset: number;
  index: number;
}

/**
 * Places of every column of one side. `shared` maps an index on this side
 * to the index of the same column in the newer version.
 */
export function placesOf(length: number, shared: ReadonlyMap<number, number>): Place[] {
  const places: Place[] = [];
  let previous = -1;
  let offset = 0;
  for (let index = 0; index < length; index++) {
    const mapped = shared.get(index);
    places.push({ previous, next: Infinity, offset, index });
    if (mapped === undefined) offset++;
    else [previous, offset] = [mapped, 0];
  }
  let next = Infinity;
  for (let index = length - 1; index >= 0; index--) {
    const place = places[index];
    if (place) place.next = next;
    next = shared.get(index) ?? next;
  }
  return places;
}

/** 1 for the same place between the same neighbours, less as the match loosens. */
export function placeScore(a: Place, b: Place): { score: number; says: string | undefined } {
  const samePrevious = a.previous === b.previous;
  const sameNext = a.next === b.next;
  if (samePrevious && sameNext) {
    return a.offset === b.offset
      ? { score: 1, says: 'same place among unchanged columns' }
      : { score: 0.8, says: 'between the same neighbours' };
  }
  if (samePrevious || sameNext) return { score: 0.5, says: 'one neighbour in common' };
  return a.index === b.index ? { score: 0.3, says: undefined } : { score: 0, says: undefined };
}
