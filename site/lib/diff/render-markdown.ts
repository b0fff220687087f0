import {
  headline,
  onlyRowCount,
  rowCountText,
  storiesOf,
  type Quoting,
} from './describe.ts';
import type { VersionDiff } from './version-diff.ts';

export interface MarkdownOptions {
  /** Level of the top heading, so that a page can nest the changelog. Default: 2. */
  headingLevel?: number;
}

/**
 * The diff as Markdown for release notes and pull requests: a summary, then
 * one section per table that differs, tables that break something first,
 * and within each table the breaking lines first.
 */
export function renderMarkdown(diff: VersionDiff, options: MarkdownOptions = {}): string {
  const level = Math.min(Math.max(options.headingLevel ?? 2, 1), 5);
  const hashes = (extra: number) => '#'.repeat(level + extra);
  const subject = diff.dataset ? `${diff.dataset}: changes` : 'Changes';
  const out = [`${hashes(0)} ${subject} from ${diff.from} to ${diff.to}`, ''];
  if (diff.tables.length === 0) {
    out.push(`No differences between ${diff.from} and ${diff.to}.`);
  } else {
    out.push(headline(diff.summary));
  }
  const stories = storiesOf(diff.tables, markdownQuoting);
  for (const story of stories.filter((s) => !onlyRowCount(s.table))) {
    const mark = story.table.breaking ? ' (breaking)' : '';
    out.push('', `${hashes(1)} ${story.headline}${mark}`, '');
    for (const line of story.lines) {
      out.push(`- ${line.breaking ? '**Breaking:** ' : ''}${oneLine(line.text)}`);
    }
  }
  const counted = stories.filter((s) => onlyRowCount(s.table));
  if (counted.length > 0) {
    out.push('', `${hashes(1)} Row counts only`, '', '| Table | Rows |', '| --- | --- |');
    for (const story of counted) out.push(`| ${story.headline} | ${rowCountText(story.table)} |`);
  }
  if (diff.warnings.length > 0) {
    out.push('', `${hashes(1)} Warnings`, '');
    for (const warning of diff.warnings) out.push(`- ${oneLine(warning)}`);
  }
  return `${out.join('\n')}\n`;
}

export const markdownQuoting: Quoting = {
  code(text: string): string {
    const flat = oneLine(text);
    // A value holding backticks needs a longer fence, padded when it touches one.
    const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const padded = flat.startsWith('`') || flat.endsWith('`') ? ` ${flat} ` : flat;
    return `${fence}${padded}${fence}`;
  },
};

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}
