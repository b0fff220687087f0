import type { Detector, Match } from '../finding.ts';
import { matchAll } from './context.ts';

const octet = String.raw`(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)`;
const ipv4 = new RegExp(String.raw`(?<![\d.])${octet}(?:\.${octet}){3}(?!\d|\.\d)`, 'g');
// Groups of hex digits with at least one `::` or eight groups; times such as
// 03:00:00 have neither.
const ipv6 = /(?<![\w:])(?:[\da-f]{0,4}:){2,7}[\da-f]{0,4}(?![\w:])/gi;

// Loopback, "any" and the documentation ranges (RFC 5737, RFC 3849) name no one.
function harmlessIp(value: string): boolean {
  return /^(?:127\.|0\.0\.0\.0$|192\.0\.2\.|198\.51\.100\.|203\.0\.113\.)/.test(value) ||
    /^(?:::1|2001:db8:)/i.test(value);
}

function ipv6Like(value: string): boolean {
  const groups = value.split(':');
  const filled = groups.filter(Boolean);
  const shaped = value.includes('::') ? filled.length >= 2 : groups.length === 8;
  return shaped && filled.every((g) => g.length <= 4) && /[a-f]|[\da-f]{3}/i.test(value);
}

/** IPv4 and IPv6 addresses, except loopback and documentation ranges. */
export const detectIpAddresses: Detector = (text) => [
  ...matchAll(text, ipv4, 'ip-address', 'looks like an IPv4 address',
    ([value]) => !harmlessIp(value)),
  ...matchAll(text, ipv6, 'ip-address', 'looks like an IPv6 address',
    ([value]) => ipv6Like(value) && !harmlessIp(value)),
];

const url = /\bhttps?:\/\/[^\s<>"'`)\]]+/gi;

// Where a link leads to one person: social profiles, obituaries, fundraisers,
// people-search sites and patient portals.
const personalHosts = new RegExp(
  String.raw`(?:^|\.)(?:facebook\.com|fb\.com|instagram\.com|twitter\.com|x\.com|tiktok\.com` +
    String.raw`|linkedin\.com|gofundme\.com|legacy\.com|findagrave\.com|caringbridge\.org` +
    String.raw`|whitepages\.com|spokeo\.com|mychart\.[\w.]+)$`,
  'i',
);
const personalPaths = /\/(?:obituar(?:y|ies)|memorials?|tributes?|mychart|patients?\/\d+)/i;
const personalQuery = /[?&](?:mrn|patient(?:_?id)?|pid|person(?:_?id)?|dob|ssn|name)=[^&]+/i;

function identifying(address: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(address);
  } catch {
    return false;
  }
  return personalHosts.test(parsed.hostname) || personalPaths.test(parsed.pathname) ||
    personalQuery.test(parsed.search);
}

/**
 * Links that lead to one person: a profile, an obituary, a fundraiser, a
 * patient portal, or a query naming a patient. Links to GitHub, the site and
 * papers are not flagged.
 */
export const detectIdentifyingUrls: Detector = (text) => {
  const matches: Match[] = matchAll(text, url, 'identifying-url',
    'a link to a person\'s profile, obituary, fundraiser or patient record',
    ([value]) => identifying(value.replace(/[.,;:!?]+$/, '')));
  return matches.map((m) => {
    const trimmed = text.slice(m.start, m.end).replace(/[.,;:!?]+$/, '');
    return { ...m, end: m.start + trimmed.length };
  });
};
