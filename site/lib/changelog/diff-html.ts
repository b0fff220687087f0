import { headline, onlyRowCount, rowCountText, storiesOf } from '../diff/describe.ts';
import type { TableDiff, VersionDiff } from '../diff/version-diff.ts';
import { escapeHtml, markedQuoting, toHtml } from './code-text.ts';

/**
 * A diff as an HTML fragment for feed readers: the headline, then each table
 * that changed, breaking ones first, each linked to its page. Everything
 * from content is escaped; the caller escapes the fragment again for XML.
 */
export function diffHtml(diff: VersionDiff, tableUrl: (table: TableDiff) => string): string {
  const out = [`<p>${escapeHtml(headline(diff.summary))}</p>`];
  const stories = storiesOf(diff.tables, markedQuoting);
  for (const story of stories.filter((s) => !onlyRowCount(s.table))) {
    const mark = story.table.breaking ? ' (breaking)' : '';
    const link = `<a href="${escapeHtml(tableUrl(story.table))}">` +
      `<code>${escapeHtml(story.table.name)}</code></a>`;
    out.push(`<h3>${link}${mark}</h3>`, '<ul>');
    for (const line of story.lines) {
      const lead = line.breaking ? '<strong>Breaking:</strong> ' : '';
      out.push(`<li>${lead}${toHtml(line.text)}</li>`);
    }
    out.push('</ul>');
  }
  const counted = stories.filter((s) => onlyRowCount(s.table));
  if (counted.length > 0) {
    out.push('<h3>Row counts only</h3>', '<ul>');
    for (const story of counted) {
      out.push(`<li><code>${escapeHtml(story.table.name)}</code>: ` +
        `${escapeHtml(rowCountText(story.table))}</li>`);
    }
    out.push('</ul>');
  }
  return out.join('\n');
}
