import type { IdentifierKind, Match } from '../finding.ts';

/**
 * The sentence around a position: from the previous full stop, question
 * mark, exclamation mark or line break to the next. Courtesy titles such as
 * `Mr.` do not end a sentence, so their name stays in context.
 */
export function sentenceAround(text: string, start: number, end: number): string {
  const boundary = /(?<!\b(?:Mr|Mrs|Ms|Dr|Mx|St|No|pt|e\.g|i\.e))[.!?](?=\s)|\n/g;
  let from = 0;
  let to = text.length;
  for (const found of text.matchAll(boundary)) {
    const at = found.index;
    if (at < start) from = at + 1;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return text.slice(from, to);
}

/**
 * Every match of a global regular expression, as a finding of one kind.
 * A named group `value` narrows the finding to that part of the match; such
 * patterns carry the `d` flag so that the group's offsets are known.
 */
export function matchAll(
  text: string,
  pattern: RegExp,
  kind: IdentifierKind,
  reason: string,
  keep: (found: RegExpMatchArray) => boolean = () => true,
): Match[] {
  const matches: Match[] = [];
  for (const found of text.matchAll(pattern)) {
    if (!keep(found)) continue;
    const whole: [number, number] = [found.index, found.index + found[0].length];
    const [start, end] = found.indices?.groups?.value ?? whole;
    matches.push({ kind, start, end, reason });
  }
  return matches;
}

/** Counts the digits in a string. */
export function digits(value: string): number {
  return value.replace(/\D/g, '').length;
}

/**
 * Words that make a sentence about one person rather than about patients
 * in general: a singular patient, pronouns, titles and ages.
 */
export const onePerson = new RegExp(
  String.raw`\b(?:the|a|this|that|my|our|one) (?:patient|pt|man|woman|gentleman|lady|boy|girl)\b` +
    String.raw`|\b(?:he|she|him|his|her|hers)\b|\b(?:Mr|Mrs|Ms|Miss|Mx)\b\.?` +
    String.raw`|\b\d{1,3}[- ]?(?:year[- ]old|yo|y\/o|yr[- ]old)\b`,
  'i',
);
