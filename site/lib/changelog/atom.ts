/**
 * An Atom 1.0 feed (RFC 4287) written by hand: the format is small, and
 * writing it here keeps escaping in one place we can test.
 */
export interface AtomFeed {
  /** A permanent IRI; the feed's own address serves. */
  id: string;
  title: string;
  subtitle?: string | undefined;
  /** The feed's own address (rel="self"). */
  self: string;
  /** The HTML page the feed mirrors (rel="alternate"). */
  alternate: string;
  author: { name: string; uri?: string | undefined };
  entries: AtomEntry[];
}

export interface AtomEntry {
  id: string;
  title: string;
  /** The HTML page of the entry. */
  link: string;
  /** `YYYY-MM-DD` or an RFC 3339 date-time. */
  updated: string;
  /** Plain text. */
  summary: string;
  /** An HTML fragment, escaped here. */
  html: string;
}

/** The feed as XML text; `updated` is the newest entry's, or `fallbackUpdated` when none. */
export function atomFeed(feed: AtomFeed, fallbackUpdated = '1970-01-01'): string {
  const dates = feed.entries.map((e) => dateTime(e.updated, `entry ${e.id}`));
  const updated = dates.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b),
    dateTime(fallbackUpdated, 'feed'));
  const author = [`<name>${xml(feed.author.name)}</name>`,
    ...(feed.author.uri ? [`<uri>${xml(feed.author.uri)}</uri>`] : [])].join('');
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xml(feed.id)}</id>`,
    `  <title>${xml(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${xml(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(feed.alternate)}"/>`,
    `  <author>${author}</author>`,
  ];
  feed.entries.forEach((entry, i) => {
    lines.push(
      '  <entry>',
      `    <id>${xml(entry.id)}</id>`,
      `    <title>${xml(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xml(entry.link)}"/>`,
      `    <updated>${dates[i]}</updated>`,
      `    <summary>${xml(entry.summary)}</summary>`,
      `    <content type="html">${xml(entry.html)}</content>`,
      '  </entry>',
    );
  });
  lines.push('</feed>', '');
  return lines.join('\n');
}

const escapes: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;',
};

/**
 * Text for XML content and attributes. Characters XML 1.0 cannot hold at all
 * (most control characters, lone surrogates) are dropped rather than escaped.
 */
export function xml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/[&<>"']/g, (c) => escapes[c] ?? c);
}

/** RFC 3339 as Atom requires; a bare day is taken as midnight UTC. */
function dateTime(value: string, what: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T00:00:00Z`;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/.test(value)) {
    return value;
  }
  throw new Error(`atom feed, ${what}: updated \`${value}\` is not a date; ` +
    'expected YYYY-MM-DD or an RFC 3339 date-time such as 2024-03-01T09:00:00Z');
}
