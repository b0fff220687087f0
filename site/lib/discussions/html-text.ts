import sanitize from 'sanitize-html';

const entities: Record<string, string> = {
  '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ',
};

/**
 * The words of GitHub's rendered HTML, for the privacy screen: text with a
 * line break after each block, followed by the addresses of its links,
 * which the rendered text does not show.
 */
export function htmlText(html: string): string {
  const blocks = html.replace(/<\/(?:p|div|li|h\d|tr|pre|blockquote|summary)>|<br\s*\/?>/gi,
    '$&\n');
  const text = sanitize(blocks, { allowedTags: [], allowedAttributes: {} })
    .replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, (entity) => entities[entity] ?? entity);
  const links = [...html.matchAll(/\bhref\s*=\s*["']?([^"'\s>]+)/gi)].map((m) => m[1]);
  return links.length ? `${text}\n${links.join('\n')}` : text;
}
