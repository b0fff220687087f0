import {
  headline,
  onlyRowCount,
  rowCountText,
  storiesOf,
  type Quoting,
} from './describe.ts';
import type { VersionDiff } from './version-diff.ts';

/**
 * The diff as plain text for a terminal: grouped by table, tables that
 * break something first, breaking lines marked so they can be grepped.
 */
export function renderText(diff: VersionDiff): string {
  const subject = diff.dataset ? `${diff.dataset} ` : '';
  const out = [`${subject}${diff.from} → ${diff.to}`];
  if (diff.tables.length === 0) out.push('No differences.');
  else out.push(headline(diff.summary));
  const stories = storiesOf(diff.tables, textQuoting);
  for (const story of stories.filter((s) => !onlyRowCount(s.table))) {
    out.push('', `${story.headline}${story.table.breaking ? '  [breaking]' : ''}`);
    for (const line of story.lines) {
      out.push(`  ${line.breaking ? 'BREAKING ' : '- '}${line.text}`);
    }
  }
  const counted = stories.filter((s) => onlyRowCount(s.table));
  if (counted.length > 0) {
    out.push('', 'Row counts only');
    for (const story of counted) out.push(`  - ${story.headline}: ${rowCountText(story.table)}`);
  }
  if (diff.warnings.length > 0) {
    out.push('', 'Warnings');
    for (const warning of diff.warnings) out.push(`  - ${warning}`);
  }
  return `${out.join('\n')}\n`;
}

const textQuoting: Quoting = {
  code: (text) => `\`${text.replace(/\s*\n\s*/g, ' ')}\``,
};
