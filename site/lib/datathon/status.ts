/** Where an event stands at a given moment. */
export type DatathonStatus = 'upcoming' | 'ongoing' | 'past';

/**
 * The status at `now`, all in epoch milliseconds. The end is exclusive: an
 * event that ends at 17:00 is past at 17:00.
 */
export function statusAt(start: number, end: number, now: number): DatathonStatus {
  if (now < start) return 'upcoming';
  if (now < end) return 'ongoing';
  return 'past';
}

interface Dated {
  start: number;
  end: number;
  status: DatathonStatus;
}

/**
 * The order of the datathon list: ongoing events first (ending soonest
 * first), then upcoming ones (soonest first), then past ones (most recent
 * first), so the archive reads backwards in time.
 */
export function compareForListing(a: Dated, b: Dated): number {
  const rank = { ongoing: 0, upcoming: 1, past: 2 } as const;
  const byStatus = rank[a.status] - rank[b.status];
  if (byStatus !== 0) return byStatus;
  if (a.status === 'past') return b.end - a.end;
  if (a.status === 'ongoing') return a.end - b.end;
  return a.start - b.start;
}
