import type { Moderation } from '../schema/people.ts';
import type { ThreadEntry } from '../schema/thread.ts';

/** A comment or a reply: the fields that decide whether it is shown. */
export interface Post {
  id: string;
  author: { login: string };
  deleted: boolean;
  minimized: boolean;
}

/** GitHub logins compare without letter case. */
export function isOptedOut(login: string, moderation: Moderation): boolean {
  const folded = login.toLowerCase();
  return moderation.opt_outs.some((o) => o.login.toLowerCase() === folded);
}

/**
 * Whether a comment or reply stays off the site: deleted on GitHub, hidden
 * there by a moderator (minimised posts are usually spam or off-topic, and
 * their text may be why they were hidden), or written by someone who opted out.
 */
export function isHidden(post: Post, moderation: Moderation): boolean {
  return post.deleted || post.minimized || isOptedOut(post.author.login, moderation);
}

// TODO(opt-outs): an @mention of someone who opted out, in another person's
// post, still shows their login; rewriting mentions needs the rendered HTML.

/** Ids of the comments and replies of a thread that are not shown. */
export function hiddenPosts(thread: ThreadEntry, moderation: Moderation): Set<string> {
  const hidden = new Set<string>();
  for (const comment of thread.comments) {
    if (isHidden(comment, moderation)) hidden.add(comment.id);
    for (const reply of comment.replies) {
      if (isHidden(reply, moderation)) hidden.add(reply.id);
    }
  }
  return hidden;
}
