import type { Moderation } from '../schema/people.ts';
import type { ThreadEntry } from '../schema/thread.ts';

type Post = ThreadEntry['comments'][number]['replies'][number];
import type { Finding } from './finding.ts';
import { screenThread } from './screen.ts';

/** A thread the site may show, with the text of its hidden posts removed. */
export interface PublishedThread {
  thread: ThreadEntry;
  /** Ids of comments and replies that are not shown. */
  hiddenPosts: string[];
}

/** Why a thread stays off the site. */
export type HoldReason = 'taken-down' | 'author-opted-out' | 'flagged';

export interface HeldBack {
  number: number;
  reason: HoldReason;
  findings: Finding[];
}

/**
 * Splits the cache into what the site publishes and what it holds back,
 * honouring the screen and every moderation decision. Hidden posts keep
 * their place (their replies may be shown) but lose their text and author,
 * so neither reaches the build's data store.
 */
export function publishThreads(
  threads: readonly ThreadEntry[],
  moderation: Moderation,
): { published: PublishedThread[]; heldBack: HeldBack[] } {
  const published: PublishedThread[] = [];
  const heldBack: HeldBack[] = [];
  for (const thread of threads) {
    const result = screenThread(thread, moderation);
    if (!result.publish) {
      const reason: HoldReason = result.takenDown ? 'taken-down'
        : result.authorOptedOut ? 'author-opted-out' : 'flagged';
      heldBack.push({ number: thread.number, reason, findings: result.findings });
      continue;
    }
    const hidden = new Set(result.hiddenPosts);
    // The author goes too: naming someone who opted out would say they took part.
    const blank = <T extends Post>(post: T): T => hidden.has(post.id)
      ? { ...post, author: { login: 'ghost', association: 'NONE' }, body: '', body_html: '' }
      : post;
    published.push({
      thread: {
        ...thread,
        comments: thread.comments.map((c) => ({ ...blank(c), replies: c.replies.map(blank) })),
      },
      hiddenPosts: result.hiddenPosts,
    });
  }
  return { published, heldBack };
}
