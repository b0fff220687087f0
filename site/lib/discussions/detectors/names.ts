import type { Detector, Match } from '../finding.ts';
import { matchAll } from './context.ts';

// A capitalised word that could be part of a name: O'Brien, Ruiz-Vega, Zoë.
const word = String.raw`\p{Lu}[\p{Ll}'’-]+`;
const twoOrThree = String.raw`${word}(?:\s+${word}){1,2}`;

// Courtesy titles are used for patients, rarely for colleagues in a forum
// (who are "Dr", which is left alone).
const titled = new RegExp(
  String.raw`\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+(?<value>${word}(?:\s+${word})?)`, 'gdu');

// "patient John Harlow", "pt: Maria Jensen", "patient named Jo Bell".
const patientLabel = new RegExp(
  String.raw`\b(?:[Pp]atient|[Pp]t|[Rr]esident)(?:'s)?\s+(?:[Nn]ame\s+)?` +
    String.raw`(?:is\s+|was\s+|named\s+|called\s+|[:=–-]\s*)?(?<value>${twoOrThree})`,
  'gdu');

// "Name: Maria Jensen", "surname = Harlow".
const nameLabel = new RegExp(
  String.raw`\b(?:[Nn]ame|[Ss]urname|[Ff]ull name|[Ff]irst name|[Ll]ast name)\s*[:=]\s*` +
    String.raw`(?<value>${word}(?:[ ,]+${word}){0,2})`,
  'gdu');

// "Jo Bell (DOB ...)", "Ann Lee, born ...".
const beforeBirth = new RegExp(
  String.raw`(?<value>${twoOrThree})\s*[(,]?\s*(?:DOB|D\.O\.B|[Bb]orn|[Dd]ate of birth)`, 'gdu');

// Capitalised words that are not names: the start of a sentence after
// "patient", places, tables, units and other words of the field.
const notNames = new Set([
  'The', 'This', 'That', 'These', 'Those', 'And', 'But', 'Or', 'If', 'In', 'On', 'At', 'For',
  'With', 'After', 'Before', 'When', 'While', 'Who', 'What', 'Which', 'Why', 'How', 'Is',
  'ICU', 'ED', 'Meridian', 'Northgate', 'Central', 'Lakeside', 'Ridgeview', 'Hospital',
  'Health', 'Unit', 'Care', 'Record', 'Records', 'Portal', 'Safety', 'Data', 'Table', 'Column',
  'Version', 'Admission', 'Admissions', 'Discharge', 'Transfer', 'Level', 'Class', 'Type',
  'Room', 'Bed', 'Ward', 'Day', 'Night', 'Monday', 'Tuesday', 'Wednesday', 'Thursday',
  'Friday', 'Saturday', 'Sunday', 'Identifier', 'Number', 'Experience', 'Reported',
]);

function looksLikeName(found: RegExpMatchArray): boolean {
  const value = found.groups?.value ?? '';
  return value.split(/[\s,]+/).every((part) => !notNames.has(part));
}

/**
 * Names written where a patient is meant: after a courtesy title, after
 * "patient" or "name:", or just before a date of birth. A bare name with no
 * such words around it is not recognised (see docs/privacy-screen.md).
 */
export const detectNames: Detector = (text) => {
  const reason = (where: string) => `a name ${where}`;
  const found: Match[] = [
    ...matchAll(text, titled, 'patient-name', reason('after Mr, Mrs, Ms or Miss'), looksLikeName),
    ...matchAll(text, patientLabel, 'patient-name', reason('right after "patient"'),
      looksLikeName),
    ...matchAll(text, nameLabel, 'patient-name', reason('after "name:"'), looksLikeName),
    ...matchAll(text, beforeBirth, 'patient-name', reason('just before a date of birth'),
      looksLikeName),
  ];
  return found;
};
