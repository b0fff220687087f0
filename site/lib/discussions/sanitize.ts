import sanitize from 'sanitize-html';

/** Where the site is published, to tell its own links from external ones. */
export interface SiteAddress {
  /** The public address with the base path, such as `https://x.github.io/rounds/`. */
  siteUrl: string;
  /** The base path the site's own links start with, such as `/rounds/`. */
  base: string;
}

// What GitHub's Markdown produces that a reader needs. Everything else is
// unwrapped: the tag goes, its text stays.
const allowedTags = [
  'p', 'br', 'hr', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'pre', 'code', 'em',
  'strong', 'b', 'i', 'del', 's', 'sup', 'sub', 'kbd', 'a', 'table', 'thead', 'tbody', 'tr',
  'th', 'td', 'details', 'summary', 'img',
];

// Containers whose content is code, a separate document or a trap for
// parsers (SVG and MathML change how the browser parses what follows):
// dropped with everything inside them.
const droppedWithContent = [
  'script', 'style', 'textarea', 'option', 'select', 'noscript', 'template', 'svg', 'math',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'xmp', 'noembed', 'noframes',
  'title', 'plaintext',
];

// The thread's title is the page's h1, and sections use h2 and h3.
const headings = { h1: 'h4', h2: 'h5', h3: 'h6', h4: 'h6', h5: 'h6' };

type Attributes = Record<string, string>;

/** What an image shows instead of itself; text already made this way stays as it is. */
function imageText(alt: string | undefined): string {
  if (!alt) return 'image not shown';
  return alt.startsWith('image: ') || alt === 'image not shown' ? alt : `image: ${alt}`;
}

/** A link kept only for http and https; anything else becomes plain text. */
function link(address: SiteAddress) {
  return (_tag: string, attribs: Attributes) => {
    const raw = attribs.href?.trim() ?? '';
    // A fragment points at an id GitHub made; ids are not kept, so it would dangle.
    if (!raw || raw.startsWith('#')) return { tagName: 'a', attribs: {} };
    let url: URL;
    try {
      // GitHub's relative links are relative to github.com.
      url = new URL(raw, 'https://github.com/');
    } catch {
      return { tagName: 'a', attribs: {} };
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return { tagName: 'a', attribs: {} };
    if (url.href.startsWith(address.siteUrl)) {
      const path = url.href.slice(address.siteUrl.length);
      return { tagName: 'a', attribs: { href: `${address.base}${path}` } };
    }
    return { tagName: 'a', attribs: { href: url.href, rel: 'nofollow ugc noopener' } };
  };
}

/**
 * Makes GitHub's rendering of a post safe to put in a page. Thread content is
 * untrusted: only the tags above survive, with no attributes but a link's
 * address (http and https only), a list's start number and an image's alt text. Scripts, styles,
 * event handlers, frames, SVG and MathML never reach the page, while the
 * text around them is kept. Links to the site become site links; all others
 * get `rel="nofollow ugc noopener"`. Images lose their source and show only
 * their alt text: they may show what the text screen cannot read, and they
 * would let a third party see every reader.
 */
export function sanitizeBody(html: string, address: SiteAddress): string {
  return sanitize(html, {
    allowedTags,
    allowedAttributes: { a: ['href', 'rel'], ol: ['start'], img: ['alt'] },
    allowedSchemes: ['http', 'https'],
    allowedSchemesByTag: {},
    allowedSchemesAppliedToAttributes: ['href'],
    allowProtocolRelative: false,
    nonTextTags: droppedWithContent,
    disallowedTagsMode: 'discard',
    parseStyleAttributes: false,
    nestingLimit: 32,
    transformTags: {
      ...headings,
      a: link(address),
      // No src: the browser shows the alt text in its place and fetches nothing.
      img: (_tag, attribs) => ({ tagName: 'img', attribs: { alt: imageText(attribs.alt) } }),
      ol: (_tag, attribs) => ({
        tagName: 'ol',
        attribs: /^\d{1,6}$/.test(attribs.start ?? '') ? { start: attribs.start! } : {},
      }),
    },
  });
}
