import type { Quoting } from '../diff/describe.ts';

/**
 * Sentences that mix prose with names and values, kept as plain strings
 * until a page or a feed renders them. Names are wrapped in two characters
 * from Unicode's private use area, which content never holds, so a name or
 * value containing backticks or angle brackets survives intact.
 */
const open = '\u{E000}';
const close = '\u{E001}';

/** Quoting for the diff's sentence builders when the output is HTML. */
export const markedQuoting: Quoting = {
  code: (text) => `${open}${text.replace(/[\u{E000}\u{E001}]/gu, '')}${close}`,
};

/** Quoting for tests and plain text: names between backticks. */
export const backtickQuoting: Quoting = { code: (text) => `\`${text}\`` };

export interface Segment {
  text: string;
  /** True for a name or value, shown as code. */
  code: boolean;
}

/** Splits a sentence made with `markedQuoting` into prose and code. */
export function segments(text: string): Segment[] {
  const out: Segment[] = [];
  let rest = text;
  while (rest.length > 0) {
    const start = rest.indexOf(open);
    const end = start < 0 ? -1 : rest.indexOf(close, start);
    if (start < 0 || end < 0) {
      out.push({ text: rest, code: false });
      break;
    }
    if (start > 0) out.push({ text: rest.slice(0, start), code: false });
    out.push({ text: rest.slice(start + 1, end), code: true });
    rest = rest.slice(end + 1);
  }
  return out;
}

/** The same sentence with names between backticks, for plain-text output. */
export function plainText(text: string): string {
  return segments(text).map((s) => (s.code ? `\`${s.text}\`` : s.text)).join('');
}

const htmlEscapes: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
};

/** Text made safe for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => htmlEscapes[c] ?? c);
}

/** A marked sentence as an HTML fragment, names in `<code>`. */
export function toHtml(text: string): string {
  return segments(text)
    .map((s) => (s.code ? `<code>${escapeHtml(s.text)}</code>` : escapeHtml(s.text)))
    .join('');
}
