import { z } from 'astro/zod';

/**
 * The synced Q&A cache: one file per GitHub discussion in
 * `content/discussions/<number>.json`, written by `npm run sync` (or by hand
 * for the demo). It is the public record: the site builds from it without
 * network or token. Keys are written in a stable order so git diffs stay
 * reviewable. Times are ISO 8601 in UTC, as GitHub returns them.
 */

/** Who wrote a post, as GitHub reports it; roles come from content/people.yaml. */
export const postAuthor = z.strictObject({
  /** GitHub login; `ghost` when the account was deleted. */
  login: z.string().min(1),
  /** GitHub's authorAssociation: OWNER, MEMBER, COLLABORATOR, CONTRIBUTOR, NONE... */
  association: z.string().min(1),
});

const postFields = {
  /** GitHub's node id of the comment. */
  id: z.string().min(1),
  author: postAuthor,
  created_at: z.iso.datetime(),
  updated_at: z.iso.datetime(),
  /** The Markdown as written: untrusted, screened before publishing. */
  body: z.string(),
  /** GitHub's rendering of the body: untrusted, sanitised before display. */
  body_html: z.string(),
  upvotes: z.number().int().nonnegative().default(0),
  /** Hidden by a moderator on GitHub; shown collapsed or not at all. */
  minimized: z.boolean().default(false),
  /** Deleted on GitHub; its text is gone and it is not shown. */
  deleted: z.boolean().default(false),
};

/** A reply to a comment (GitHub nests replies one level deep). */
export const replySchema = z.strictObject(postFields);

/** A top-level comment; one of them may be the accepted answer. */
export const commentSchema = z.strictObject({
  ...postFields,
  /** True for the comment the asker marked as the answer. */
  is_answer: z.boolean().default(false),
  replies: z.array(replySchema).default([]),
});

/** One discussion thread. */
export const threadSchema = z.strictObject({
  /** The discussion number in its repository; also the file name. */
  number: z.number().int().positive(),
  /** GitHub's node id, stable across title edits. */
  id: z.string().min(1),
  title: z.string().min(1),
  /** The discussion on GitHub, for "continue on GitHub". */
  url: z.url(),
  /** The discussion category's name, such as `Q&A`. */
  category: z.string().min(1),
  /** Label names; `dataset:<id>`, `version:<v>`, `table:<name>` link the thread. */
  labels: z.array(z.string()).default([]),
  author: postAuthor,
  created_at: z.iso.datetime(),
  updated_at: z.iso.datetime(),
  /** When the asker accepted an answer; null while unanswered. */
  answer_chosen_at: z.iso.datetime().nullable().default(null),
  closed: z.boolean().default(false),
  locked: z.boolean().default(false),
  /** GitHub's stateReason when closed: RESOLVED, OUTDATED, DUPLICATE. */
  state_reason: z.string().nullable().default(null),
  upvotes: z.number().int().nonnegative().default(0),
  body: z.string(),
  body_html: z.string(),
  comments: z.array(commentSchema).default([]),
});
export type ThreadEntry = z.output<typeof threadSchema>;

/** `content/discussions/sync-state.json`: where the last complete sync stopped. */
export const syncStateSchema = z.strictObject({
  /** The repository synced, as `owner/name`. */
  repository: z.string().min(1),
  /** updatedAt of the newest thread seen by the last complete run. */
  watermark: z.iso.datetime().nullable(),
  /** When the last complete run finished. */
  completed_at: z.iso.datetime().nullable(),
});
export type SyncState = z.output<typeof syncStateSchema>;
