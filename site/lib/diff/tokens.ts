/**
 * Words of names and descriptions, reduced so that spellings of one idea
 * meet: `dischargeLocation`, `discharge_location` and `discharged_location`
 * all give the tokens `discharg` and `location`.
 */

// Connecting words carry no meaning of their own in a name.
const nameStopWords = new Set([
  'a', 'an', 'and', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'per', 'the', 'to',
  'with',
]);

const textStopWords = new Set([
  ...nameStopWords, 'as', 'be', 'been', 'is', 'are', 'was', 'were', 'it', 'its', 'this',
  'that', 'these', 'which', 'when', 'where', 'who', 'not', 'no', 'each', 'one', 'any',
  'all', 'if', 'than', 'then', 'into', 'has', 'have', 'had', 'may', 'can',
]);

/** Lower-case words of a name, split on separators, case and digits. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([A-Za-z])([0-9])|([0-9])([A-Za-z])/g, '$1$3 $2$4')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

/** Stemmed words of a name, connecting words left out unless nothing else remains. */
export function nameTokens(name: string): string[] {
  const words = nameWords(name);
  const meaningful = words.filter((word) => !nameStopWords.has(word));
  return (meaningful.length > 0 ? meaningful : words).map(stem);
}

/** The distinct stemmed content words of free text such as a description. */
export function textTokens(text: string): Set<string> {
  const tokens = new Set<string>();
  for (const word of text.toLowerCase().split(/[^a-z0-9]+/)) {
    if (word.length < 2 || textStopWords.has(word)) continue;
    tokens.add(stem(word));
  }
  return tokens;
}

/**
 * A light suffix stripper for English. It only has to be consistent, not
 * linguistically right: `discharge` and `discharged` both become `discharg`.
 * Short words are left alone because abbreviations dominate there.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /^[0-9]+$/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ing') && w.length > 5) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length > 4) w = undouble(w.slice(0, -2));
  else if (/(?:s|x|z|ch|sh)es$/.test(w) && w.length > 4) w = w.slice(0, -2);
  else if (/[^su]s$/.test(w) && !/is$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

// `admitted` → `admitt` → `admit`, to meet `admit`.
function undouble(word: string): string {
  return /([b-df-hj-km-rtv-z])\1$/.test(word) && !/(?:ll|ss|zz)$/.test(word)
    ? word.slice(0, -1)
    : word;
}
