/**
 * The state of the "compare with my population" tool, kept in the page's
 * query string so that a comparison can be shared as a link:
 * `?population=harbour-county&below=0.8`, or `?population=own&own.sex=...`
 * with the reader's own shares exactly as typed.
 */
export interface CompareState {
  /** A reference population's id, or `own` for the reader's own shares. */
  population: string;
  /** Groups with a representation ratio below this are listed. */
  below: number;
  /** The reader's own shares as typed, by attribute id. */
  own: Record<string, string>;
}

export const ownPopulation = 'own';
export const defaultBelow = 0.8;
const ownPrefix = 'own.';

/**
 * Reads the state from a query string. Anything unknown or malformed falls
 * back to the default, so an old or mistyped link still opens the tool.
 */
export function readState(
  search: string,
  known: { populations: readonly string[]; attributes: readonly string[] },
): CompareState {
  const params = new URLSearchParams(search);
  const requested = params.get('population');
  const fallback = known.populations[0] ?? ownPopulation;
  const population = requested === ownPopulation || known.populations.includes(requested ?? '')
    ? requested!
    : fallback;
  const below = Number(params.get('below'));
  const own: Record<string, string> = {};
  for (const attribute of known.attributes) {
    const text = params.get(`${ownPrefix}${attribute}`);
    if (text !== null) own[attribute] = text;
  }
  return {
    population,
    below: Number.isFinite(below) && below > 0 && below <= 10 ? below : defaultBelow,
    own,
  };
}

/** Writes the state as a query string, leaving out what is at its default. */
export function writeState(state: CompareState): string {
  const params = new URLSearchParams();
  params.set('population', state.population);
  if (state.below !== defaultBelow) params.set('below', String(state.below));
  if (state.population === ownPopulation) {
    for (const [attribute, text] of Object.entries(state.own)) {
      if (text.trim() !== '') params.set(`${ownPrefix}${attribute}`, text);
    }
  }
  return `?${params.toString()}`;
}
