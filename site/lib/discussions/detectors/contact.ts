import type { Detector, Match } from '../finding.ts';
import { digits, matchAll } from './context.ts';

// North American numbers written the usual ways: (555) 014-2290, 555-014-2290,
// 555.014.2290, +1 555 014 2290. The lookarounds keep lab ranges, counts and
// timestamps out: those never group three, three and four digits.
const northAmerican =
  /(?<![\w.+-])(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}(?![\w-]|\.\d)/g;

// International numbers need their `+`: without it, digit groups are too
// easily a count or an identifier from the dataset itself.
const international = /(?<![\w+])\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,5}(?![\w-]|\.\d)/g;

// A number right after a word that says it is one: "tel 01632 960 123".
const labelled = new RegExp(
  String.raw`\b(?:tel|phone|telephone|mobile|cell|call|fax|pager|contact)\b\.?` +
    String.raw`(?: ?(?:no\.?|number|#))?\s*[:=]?\s*(?<value>\+?[\d(][\d ().-]{5,}\d)`,
  'gid',
);

const faxNearby = /\bfax\b[^\n]{0,20}$/i;

/** Phone numbers, and fax numbers when the word fax comes just before. */
export const detectPhones: Detector = (text) => {
  const reason = 'looks like a telephone number';
  const found: Match[] = [
    ...matchAll(text, northAmerican, 'phone', reason),
    ...matchAll(text, international, 'phone', reason,
      ([value]) => digits(value) >= 8 && digits(value) <= 15),
    ...matchAll(text, labelled, 'phone', `${reason} (after a word such as "tel")`,
      (m) => digits(m.groups?.value ?? '') >= 7),
  ];
  return found.map((match) => {
    const before = text.slice(Math.max(0, match.start - 24), match.start);
    return faxNearby.test(before)
      ? { ...match, kind: 'fax', reason: 'looks like a fax number' }
      : match;
  });
};

const email = /(?<![\w.+-])[\w.%+-]+@(?<domain>[A-Za-z\d-]+(?:\.[A-Za-z\d-]+)*\.[A-Za-z]{2,})\b/g;

// Reserved for documentation (RFC 2606) or not anyone's mailbox.
const harmlessDomains =
  /(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid|localhost|noreply\.github\.com)$/i;

/** Email addresses, except the reserved example domains and GitHub's no-reply ones. */
export const detectEmails: Detector = (text) =>
  matchAll(text, email, 'email', 'looks like an email address',
    (m) => !harmlessDomains.test(m.groups?.domain ?? ''));
