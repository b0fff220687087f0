import { categoryKey } from './category-key.ts';

export interface ParsedShares {
  /** Groups in the order given, with the number as written. */
  shares: { category: string; percent: number }[];
  /** One line per line that could not be used, for the reader. */
  problems: string[];
}

// A group name, separators (tab, comma, semicolon, colon, equals sign or
// spaces) and a number at the end, with an optional % sign. Spreadsheets
// paste tabs; people type "Female: 51". The hyphen is not a separator, so
// that age bands such as `18-44` stay whole.
const line = /^(.*?)[\s,;:=]+(-?(?:\d+(?:\.\d*)?|\.\d+))\s*%?$/;

/**
 * Reads shares typed or pasted by a reader, one group per line, such as
 * `Female, 51.2` or `65-74<tab>9.8%`. Whether the numbers are percentages
 * or fractions does not matter: the comparison rescales them. Blank lines
 * and lines starting with `#` are skipped.
 */
export function parseShares(text: string): ParsedShares {
  const shares: ParsedShares['shares'] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const match = line.exec(trimmed);
    const name = unquote(match?.[1] ?? '');
    const number = Number(match?.[2]);
    if (!match || name === '') {
      problems.push(`Line ${i + 1}: write a group, then its share, such as "Female, 51".`);
    } else if (number < 0) {
      problems.push(`Line ${i + 1}: the share of ${name} is negative.`);
    } else if (seen.has(categoryKey(name))) {
      problems.push(`Line ${i + 1}: ${name} is listed twice; the first is used.`);
    } else {
      seen.add(categoryKey(name));
      shares.push({ category: name, percent: number });
    }
  });
  return { shares, problems };
}

/** Writes shares back as text that parseShares reads, one group per line. */
export function formatSharesText(shares: readonly { category: string; percent: number }[]) {
  return shares.map((s) => `${s.category}, ${s.percent}`).join('\n');
}

function unquote(name: string): string {
  const trimmed = name.trim();
  return /^".*"$/.test(trimmed) ? trimmed.slice(1, -1).trim() : trimmed;
}
