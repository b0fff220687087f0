import { editDistance } from '../content/suggest.ts';
import { nameTokens, nameWords } from './tokens.ts';

/**
 * How much a shared name token says. Words found in many names of the
 * dataset (`id`, `time`, `value`) say little; rare ones say much. Weights
 * are learnt from the two versions being compared, so no word list is tuned
 * to a particular dataset.
 */
export class TokenWeights {
  readonly #names: (add: (name: string) => void) => void;
  #weights: Map<string, number> | undefined;
  #unseen = 0;

  /**
   * `names` hands every name to `add`; it is only called when a weight is
   * first asked for, which most diffs never do.
   */
  constructor(names: (add: (name: string) => void) => void) {
    this.#names = names;
  }

  of(token: string): number {
    this.#weights ??= this.#learn();
    return this.#weights.get(token) ?? this.#unseen;
  }

  #learn(): Map<string, number> {
    // Most names repeat across versions and tables: fold each spelling once.
    const spellings = new Set<string>();
    this.#names((name) => spellings.add(name));
    const documents = new Set<string>();
    for (const name of spellings) documents.add(name.toLowerCase());
    const counts = new Map<string, number>();
    for (const name of documents) {
      for (const token of new Set(nameTokens(name))) {
        counts.set(token, (counts.get(token) ?? 0) + 1);
      }
    }
    const total = Math.max(documents.size, 1);
    this.#unseen = Math.log(1 + total);
    return new Map([...counts].map(([token, count]) => [token, Math.log(1 + total / count)]));
  }
}

/** A name reduced once, so that comparing many pairs stays cheap. */
export interface NameFeatures {
  folded: string;
  /** Letters and digits only: `lab_events` and `labEvents` meet. */
  squashed: string;
  tokens: string[];
  /** Initials of every word, and of the words that are not connecting words. */
  initials: string[];
}

export function nameFeatures(name: string): NameFeatures {
  const words = nameWords(name);
  const tokens = nameTokens(name);
  const initials = [words, tokens].map((list) => list.map((w) => w[0] ?? '').join(''));
  return {
    folded: name.toLowerCase(),
    squashed: words.join(''),
    tokens,
    initials: [...new Set(initials.filter((i) => i.length >= 2))],
  };
}

// A shortened word (`temp`, `hosp`) still names the same idea.
const prefixCredit = 0.8;
const acronymCredit = 0.9;
// Below this, two spellings differ by more than a typo or a separator.
const minimumSpellingSimilarity = 0.8;

/** Name similarity in [0, 1] and which kind of evidence gave it. */
export interface NameSimilarity {
  score: number;
  basis: 'words' | 'acronym' | 'spelling' | 'none';
}

export function nameSimilarity(
  a: NameFeatures,
  b: NameFeatures,
  weights: TokenWeights,
): NameSimilarity {
  const words = tokenDice(a.tokens, b.tokens, weights);
  const acronym = isAcronymOf(a, b) || isAcronymOf(b, a) ? acronymCredit : 0;
  const spelling = spellingSimilarity(a.squashed, b.squashed);
  const spelt = spelling >= minimumSpellingSimilarity ? spelling : 0;
  const best = Math.max(words, acronym, spelt);
  if (best === 0) return { score: 0, basis: 'none' };
  if (best === words) return { score: words, basis: 'words' };
  if (best === acronym) return { score: acronym, basis: 'acronym' };
  return { score: spelt, basis: 'spelling' };
}

/**
 * Dice coefficient over weighted tokens, with partial credit for a token
 * that shortens another. Order is ignored, so `parent_stay_id` and
 * `stay_parent_id` are one name.
 */
export function tokenDice(a: string[], b: string[], weights: TokenWeights): number {
  const total = sumWeights(a, weights) + sumWeights(b, weights);
  if (total === 0) return 0;
  const unused = [...b];
  let shared = 0;
  for (const token of a) {
    let best = -1;
    let credit = 0;
    unused.forEach((other, i) => {
      const c = tokenCredit(token, other);
      if (c > credit) [best, credit] = [i, c];
    });
    if (best < 0) continue;
    const other = unused.splice(best, 1)[0] ?? token;
    shared += credit * (weights.of(token) + weights.of(other));
  }
  return shared / total;
}

function tokenCredit(a: string, b: string): number {
  if (a === b) return 1;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.startsWith(short) ? prefixCredit : 0;
}

function sumWeights(tokens: string[], weights: TokenWeights): number {
  return tokens.reduce((sum, token) => sum + weights.of(token), 0);
}

// `los` for `length_of_stay`, `hr` for `heart_rate`.
function isAcronymOf(short: NameFeatures, long: NameFeatures): boolean {
  if (short.tokens.length !== 1 || long.tokens.length < 2) return false;
  return long.initials.includes(short.squashed);
}

/** 1 minus the edit distance over the longer length. */
export function spellingSimilarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  // Cheap bound first: the distance is at least the difference in length.
  if (1 - Math.abs(a.length - b.length) / longest < minimumSpellingSimilarity) return 0;
  return 1 - editDistance(a, b) / longest;
}

/** Jaccard index of two sets; 0 when both are empty. */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared / (a.size + b.size - shared);
}
