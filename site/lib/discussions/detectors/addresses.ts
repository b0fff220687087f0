import type { Detector } from '../finding.ts';
import { matchAll } from './context.ts';

const streetTypes = [
  'Street', 'St', 'Avenue', 'Ave', 'Road', 'Rd', 'Lane', 'Ln', 'Drive', 'Dr', 'Boulevard', 'Blvd',
  'Court', 'Ct', 'Way', 'Place', 'Pl', 'Terrace', 'Close', 'Crescent', 'Parkway', 'Pkwy',
  'Highway', 'Hwy', 'Circle', 'Cir', 'Square', 'Sq', 'Gardens', 'Grove',
].join('|');

// "42 Harbour Lane", "1200 N. Lakeshore Dr": a house number, one to three
// capitalised words and a street type.
const street = new RegExp(
  String.raw`\b\d{1,5}[A-Za-z]?\s+(?:[NSEW]\.?\s+)?(?:\p{Lu}[\p{Ll}'’-]+\s+){1,3}` +
    String.raw`(?:${streetTypes})\b\.?`,
  'gu',
);

const poBox = /\bP\.? ?O\.? Box \d+\b/gi;

// Two-letter state codes followed by a ZIP code: "Springfield, IL 62704".
const states = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA',
  'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM',
  'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA',
  'WV', 'WI', 'WY',
].join('|');
const stateZip = new RegExp(String.raw`\b(?:${states}) \d{5}(?:-\d{4})?\b`, 'g');

/** Street addresses, post office boxes and state-plus-ZIP codes. */
export const detectAddresses: Detector = (text) => [
  ...matchAll(text, street, 'street-address', 'a house number followed by a street name'),
  ...matchAll(text, poBox, 'street-address', 'a post office box'),
  ...matchAll(text, stateZip, 'street-address', 'a state and a ZIP code'),
];
