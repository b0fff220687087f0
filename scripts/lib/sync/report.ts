import type { Finding } from '../../../site/lib/discussions/screen.ts';
import type { ThreadEntry } from '../../../site/lib/schema/thread.ts';
import type { ScreenedCache, ScreenedThread } from './screen-cache.ts';

/**
 * `npm run sync -- --report`: what the privacy screen holds back and why,
 * written for moderators. It quotes only the screen's masked excerpts, never
 * the text it flagged (CI logs may be public), and withholds a title that
 * carries a finding.
 */
export function formatReport(screened: ScreenedCache, where: string): string {
  const lines = [`Privacy screen report for ${where}`, ''];
  const { held, cleared, removedByModerators, unreadable } = screened;
  lines.push(held.length === 0
    ? 'Held back: none. Every flagged thread has been cleared.'
    : `Held back: ${threads(held.length)} kept off the site until a moderator clears ` +
      `${held.length === 1 ? 'it' : 'them'}.`);
  for (const entry of held) lines.push('', ...describeThread(entry));
  if (cleared.length > 0) {
    lines.push('', `Cleared in moderation.yaml: ${threads(cleared.length)}, published.`);
    for (const entry of cleared) {
      const decision = screened.moderation.cleared.find((c) => c.thread === entry.thread.number);
      lines.push('', ...describeThread(entry),
        `  cleared by ${decision?.by ?? 'a moderator'}: ${decision?.reason ?? ''}`.trimEnd());
    }
  }
  if (removedByModerators.length > 0) {
    lines.push('', `Off the site by moderators' decision: ${threads(removedByModerators.length)}.`);
    for (const { thread, result } of removedByModerators) {
      const takedown = screened.moderation.takedowns.find((t) => t.thread === thread.number);
      const why = result.takenDown
        ? `taken down: ${takedown?.reason ?? ''}`
        : 'the asker opted out';
      lines.push(`#${thread.number} ${why}`.trimEnd());
    }
  }
  if (unreadable.length > 0) {
    lines.push('', `Unreadable thread files (not published): ${unreadable.length}`,
      ...unreadable.map((problem) => `  ${problem.replaceAll('\n', '\n  ')}`));
  }
  if (held.length > 0) {
    lines.push('',
      'To publish a held-back thread whose findings are false positives, add it to',
      '`cleared` in content/discussions/moderation.yaml with the reason and your',
      'login; to keep it off for good, add it to `takedowns`.');
  }
  return `${lines.join('\n')}\n`;
}

function describeThread({ thread, result }: ScreenedThread): string[] {
  const titleFlagged = result.findings.some((finding) => finding.where === 'title');
  const title = titleFlagged ? '(title withheld: it has a finding)' : `"${thread.title}"`;
  return [
    `#${thread.number} ${title}`,
    `  ${thread.url}`,
    ...result.findings.map((finding) => `  - ${finding.kind} in ${place(thread, finding)}: ` +
      `${finding.excerpt} (${finding.reason})`),
  ];
}

/** Names a finding's place as a moderator finds it on GitHub. */
function place(thread: ThreadEntry, finding: Finding): string {
  if (finding.where === 'title' || finding.where === 'body') return `the ${finding.where}`;
  for (const [c, comment] of thread.comments.entries()) {
    if (comment.id === finding.where) return `comment ${c + 1} by @${comment.author.login}`;
    for (const [r, reply] of comment.replies.entries()) {
      if (reply.id === finding.where) {
        return `reply ${r + 1} to comment ${c + 1}, by @${reply.author.login}`;
      }
    }
  }
  return finding.where;
}

function threads(count: number): string {
  return count === 1 ? '1 thread' : `${count} threads`;
}
