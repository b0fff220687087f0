import type { Detector } from '../finding.ts';
import { digits, matchAll } from './context.ts';

// A hospital's own record numbers are only recognisable by the words in
// front of them: a bare eight-digit number is as likely to be an item id or
// one of the dataset's study numbers, which are safe to discuss.
const medicalRecord = new RegExp(
  String.raw`\b(?:MRN|MR ?#|MR no\.?|medical record(?: number| no\.?| #)?|URN|EMPI` +
    String.raw`|(?:health|hospital|chart|UR|NHS|CHI) (?:record )?(?:number|no\.?|#))s?` +
    String.raw`\s*(?:is|was|of|=|:|#)?\s*(?<value>[A-Z]{0,3}[- ]?\d[\d -]{3,}\d)`,
  'gid',
);

// "Account" and "member" are everyday words ("take into account 2019-2021"):
// only with "number", "no", "id" or "#" after them do they name a number.
const account = new RegExp(
  String.raw`\b(?:(?:account|encounter|billing|member|policy|insurance|medicare|medicaid)` +
    String.raw` ?(?:number|no\.?|id|#)|acct\.?(?: ?(?:number|no\.?|#))?)` +
    String.raw`\s*(?:is|was|of|=|:)?\s*(?<value>[A-Z]{0,3}[- ]?\d[\d-]{4,}\d)`,
  'gid',
);
// Epic's and Cerner's names for encounter and billing numbers; upper case only.
const accountAbbreviated = /\b(?:FIN|HAR|CSN)\s*[:#]?\s*(?<value>\d{6,})\b/gd;

// 123-45-6789, the only common shape of a US social security number.
const socialSecurity = /(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])/g;
const socialSecurityLabelled =
  /\b(?:SSN|social security(?: number| no\.?)?)\s*[:#]?\s*(?<value>\d{9})\b/gid;

/** Medical record numbers, written after a word that names them. */
export const detectRecordNumbers: Detector = (text) =>
  matchAll(text, medicalRecord, 'medical-record-number',
    'a number written after "MRN" or "medical record number"',
    (m) => digits(m.groups?.value ?? '') >= 5);

/** Account, encounter and health-plan numbers, written after a word that names them. */
export const detectAccountNumbers: Detector = (text) => [
  ...matchAll(text, account, 'account-number',
    'a number written after "account", "encounter", "member" or "policy" number',
    (m) => digits(m.groups?.value ?? '') >= 6),
  ...matchAll(text, accountAbbreviated, 'account-number',
    'a number written after "FIN", "HAR" or "CSN"'),
];

/** US social security numbers. */
export const detectSocialSecurityNumbers: Detector = (text) => [
  ...matchAll(text, socialSecurity, 'social-security-number',
    'three, two and four digits, the shape of a social security number'),
  ...matchAll(text, socialSecurityLabelled, 'social-security-number',
    'nine digits after "SSN"'),
];
