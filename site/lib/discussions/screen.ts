/**
 * The privacy screen. Every thread passes through it before it is published,
 * on the site and in the sync's report. It looks for identifiers of the kinds
 * HIPAA's Safe Harbor method lists, with patterns and the words around them:
 *
 * - names only where a patient is meant (after Mr/Mrs, "patient", "name:",
 *   or before a date of birth);
 * - full dates (day, month and year) beside a word for birth, or of an
 *   admission, discharge or death in a sentence about one person;
 * - phone and fax numbers, emails, IP addresses, street addresses;
 * - record, account and health-plan numbers after the words that name them,
 *   and social security numbers by their shape;
 * - links to a person's profile, obituary, fundraiser or patient portal.
 *
 * It is a net, not a guarantee. It errs towards holding a thread back, and a
 * moderator clears false positives in moderation.yaml. It cannot see
 * identifiers in images, names without context, rare identifiers (licence
 * plates, device serials, biometrics) or a combination of harmless facts
 * that points to one person. docs/privacy-screen.md explains each heuristic.
 */
import type { Moderation } from '../schema/people.ts';
import type { ThreadEntry } from '../schema/thread.ts';
import { detectors } from './detectors/index.ts';
import { maskedExcerpt, withoutOverlaps, type Finding } from './finding.ts';
import { htmlText } from './html-text.ts';
import { hiddenPosts, isOptedOut, type Post } from './visibility.ts';

export type { Finding } from './finding.ts';

/** What the screen decided about one thread, and why. */
export interface ScreenResult {
  /** True when the site may show the thread. */
  publish: boolean;
  /** Everything that looks like an identifier in what would be shown. */
  findings: Finding[];
  /** A moderator cleared the thread's findings as false positives. */
  cleared: boolean;
  /** A moderator took the thread down: never shown, whatever the findings. */
  takenDown: boolean;
  /** The asker opted out of publication, so the thread is not shown. */
  authorOptedOut: boolean;
  /** Comments and replies left out: deleted, hidden on GitHub or by people who opted out. */
  hiddenPosts: string[];
}

/** Screens one piece of text; `where` names it in the findings. */
export function screenText(text: string, where: string): Finding[] {
  return findingsWithValues(text, where).map(({ finding }) => finding);
}

function findingsWithValues(text: string, where: string) {
  const matches = withoutOverlaps(detectors.flatMap((detect) => detect(text)));
  return matches.map((match) => ({
    // The raw value stays inside this module: it only tells repeats apart.
    value: `${match.kind}:${text.slice(match.start, match.end).replace(/\s+/g, ' ')}`,
    finding: {
      kind: match.kind,
      where,
      excerpt: maskedExcerpt(text, match, matches),
      reason: match.reason,
    },
  }));
}

/**
 * Screens the Markdown as written and the text of GitHub's rendering, which
 * can differ (autolinks, expanded references); an identifier found in both
 * is reported once.
 */
function screenPost(markdown: string, html: string, where: string): Finding[] {
  const written = findingsWithValues(markdown, where);
  const seen = new Set(written.map((w) => w.value));
  const rendered = findingsWithValues(htmlText(html), where).filter((r) => !seen.has(r.value));
  return [...written, ...rendered].map(({ finding }) => finding);
}

/**
 * Decides whether a thread may be published. Pure: the sync calls it for its
 * report and held-back count, the site's loader to choose what to build.
 */
export function screenThread(thread: ThreadEntry, moderation: Moderation): ScreenResult {
  const takenDown = moderation.takedowns.some((t) => t.thread === thread.number);
  const authorOptedOut = isOptedOut(thread.author.login, moderation);
  const hidden = hiddenPosts(thread, moderation);
  const shown = (post: Post) => !hidden.has(post.id);
  const findings = [
    ...screenText(thread.title, 'title'),
    ...screenPost(thread.body, thread.body_html, 'body'),
    ...thread.comments.flatMap((comment) => [
      ...(shown(comment) ? screenPost(comment.body, comment.body_html, comment.id) : []),
      ...comment.replies.filter(shown)
        .flatMap((reply) => screenPost(reply.body, reply.body_html, reply.id)),
    ]),
  ];
  // TODO(moderation): a clearance covers later edits too; record when it was
  // given and screen posts edited after that again.
  const cleared = moderation.cleared.some((c) => c.thread === thread.number);
  return {
    publish: !takenDown && !authorOptedOut && (findings.length === 0 || cleared),
    findings,
    cleared,
    takenDown,
    authorOptedOut,
    hiddenPosts: [...hidden],
  };
}
