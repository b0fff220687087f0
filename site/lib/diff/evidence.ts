/**
 * One clue that two differently named items are the same thing. Clues the
 * data cannot give (no descriptions in a CSV import, no units on either side)
 * are left out rather than scored 0, so a thin import is judged on what it
 * has: names, types and places.
 */
export interface Evidence {
  weight: number;
  /** In [0, 1]. */
  score: number;
  /** What a reader would check, such as "same type varchar(255)"; none when silent. */
  says: string | undefined;
}

export interface Weighed {
  score: number;
  reason: string;
}

/** The weighted mean of the available clues, and a one-line reason. */
export function weigh(evidence: readonly (Evidence | undefined)[]): Weighed {
  let total = 0;
  let sum = 0;
  const said: { text: string; strength: number }[] = [];
  for (const clue of evidence) {
    if (!clue) continue;
    total += clue.weight;
    sum += clue.weight * clue.score;
    if (clue.says) said.push({ text: clue.says, strength: clue.weight * clue.score });
  }
  said.sort((a, b) => b.strength - a.strength);
  return {
    score: total === 0 ? 0 : round(sum / total),
    reason: said.map((s) => s.text).join(', '),
  };
}

/** Two decimals: enough to rank, few enough to read. */
export function round(score: number): number {
  return Math.round(score * 100) / 100;
}
