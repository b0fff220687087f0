/**
 * The kinds of identifier the privacy screen looks for, named after the
 * HIPAA Safe Harbor list (45 CFR 164.514(b)(2)) where one fits.
 */
export type IdentifierKind =
  | 'patient-name'
  | 'full-date'
  | 'phone'
  | 'fax'
  | 'email'
  | 'medical-record-number'
  | 'account-number'
  | 'social-security-number'
  | 'street-address'
  | 'ip-address'
  | 'identifying-url';

/** One stretch of text a detector takes for an identifier. */
export interface Match {
  kind: IdentifierKind;
  /** Offsets into the text screened, end exclusive. */
  start: number;
  end: number;
  /** Why it looks like an identifier, in a moderator's words. */
  reason: string;
}

/** Reads one text and returns what it takes for identifiers. */
export type Detector = (text: string) => Match[];

/**
 * What the screen reports to moderators. The excerpt never carries the
 * identifier itself: reports end up in CI logs, which may be public.
 */
export interface Finding {
  kind: IdentifierKind;
  /** `title`, `body`, or the GitHub node id of the comment or reply. */
  where: string;
  /** The words around the match, with every match in it masked. */
  excerpt: string;
  reason: string;
}

const around = 28;

/**
 * The text near `match`, with letters and digits of every match in the
 * window replaced by `•`, so a moderator sees the shape and the context.
 */
export function maskedExcerpt(text: string, match: Match, all: readonly Match[]): string {
  const from = Math.max(0, match.start - around);
  const to = Math.min(text.length, match.end + around);
  let window = text.slice(from, to);
  for (const other of all) {
    const start = Math.max(other.start, from) - from;
    const end = Math.min(other.end, to) - from;
    if (end <= start) continue;
    const masked = window.slice(start, end).replace(/[\p{L}\p{N}]/gu, '•');
    window = window.slice(0, start) + masked + window.slice(end);
  }
  const flat = window.replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${flat}${to < text.length ? '…' : ''}`;
}

/** Matches that overlap an earlier, longer one are dropped: one finding per place. */
export function withoutOverlaps(matches: readonly Match[]): Match[] {
  const sorted = [...matches].sort((a, b) =>
    a.start - b.start || (b.end - b.start) - (a.end - a.start));
  const kept: Match[] = [];
  for (const match of sorted) {
    const last = kept.at(-1);
    if (last && match.start < last.end) continue;
    kept.push(match);
  }
  return kept;
}
