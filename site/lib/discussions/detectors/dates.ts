import type { Detector, Match } from '../finding.ts';
import { onePerson, sentenceAround } from './context.ts';

const month = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?` +
  String.raw`|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const day = String.raw`\d{1,2}(?:st|nd|rd|th)?`;

// Only dates with a day, a month and a year: HIPAA lets the year stand alone.
const fullDate = new RegExp([
  String.raw`(?<iso>\d{4})[-/](?<isoMonth>\d{1,2})[-/](?<isoDay>\d{1,2})(?![\d/-])`,
  String.raw`(?<![\d/.-])(?<a>\d{1,2})[/.-](?<b>\d{1,2})[/.-](?<year>\d{4}|\d{2})(?![\d/-]|\.\d)`,
  String.raw`\b${day}[ -]${month}[ ,-]+(?<textYear>\d{4}|\d{2})\b`,
  String.raw`\b${month} ${day},? (?<textYear2>\d{4})\b`,
].join('|'), 'gi');

// Words that make a date someone's birthday.
const birth = /\b(?:DOB|D\.O\.B\.?|date of birth|birth ?date|birthday|born)(?!\w)/i;
// Words that make a date the day of someone's admission, discharge or death,
// which identifies them only when the sentence is about one person.
const event = new RegExp(
  String.raw`\b(?:admit(?:ted)?|admission|discharged?|died|death|deceased|passed away` +
    String.raw`|presented|arrived|transferred|intubated|seen)\b`,
  'i',
);

/**
 * The dataset's own dates are shifted into the 22nd century, so a year from
 * 2100 on is a de-identified date that is safe to quote.
 */
const shiftedFrom = 2100;

function plausible(found: RegExpMatchArray): boolean {
  const g = found.groups ?? {};
  if (g.iso) {
    const m = Number(g.isoMonth);
    const d = Number(g.isoDay);
    return Number(g.iso) < shiftedFrom && m >= 1 && m <= 12 && d >= 1 && d <= 31;
  }
  if (g.a && g.b && g.year) {
    const [a, b] = [Number(g.a), Number(g.b)];
    // Either day first or month first: both conventions appear in posts.
    const valid = (d: number, m: number) => d >= 1 && d <= 31 && m >= 1 && m <= 12;
    return (valid(a, b) || valid(b, a)) && !(g.year.length === 4 && Number(g.year) >= shiftedFrom);
  }
  const year = g.textYear ?? g.textYear2 ?? '';
  return !(year.length === 4 && Number(year) >= shiftedFrom);
}

/**
 * Full dates of birth, and of admission, discharge or death when the
 * sentence is about one person. A date alone ("the pump interface went live
 * on 2019-03-01") is not an identifier.
 */
export const detectDates: Detector = (text) => {
  const matches: Match[] = [];
  for (const found of text.matchAll(fullDate)) {
    if (!plausible(found)) continue;
    const start = found.index;
    const end = start + found[0].length;
    const sentence = sentenceAround(text, start, end);
    if (birth.test(sentence)) {
      const reason = 'a full date beside a word for birth';
      matches.push({ kind: 'full-date', start, end, reason });
    } else if (event.test(sentence) && onePerson.test(sentence)) {
      matches.push({
        kind: 'full-date', start, end,
        reason: 'a full date of an admission, discharge or death in a sentence about one person',
      });
    }
  }
  return matches;
};
