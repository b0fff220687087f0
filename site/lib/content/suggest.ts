/** The closest of `options` to `word`, when it is close enough to be a typo. */
export function closest(word: string, options: readonly string[]): string | undefined {
  let best: string | undefined;
  // Short words are close to too much: allow one edit below five letters.
  let bestDistance = (word.length < 5 ? 1 : Math.max(2, Math.floor(word.length / 3))) + 1;
  for (const option of options) {
    const d = editDistance(word.toLowerCase(), option.toLowerCase());
    if (d < bestDistance) {
      best = option;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance, two rows at a time. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}
