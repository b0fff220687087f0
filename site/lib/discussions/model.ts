import type { People } from '../schema/people.ts';
import type { ThreadEntry } from '../schema/thread.ts';
import type { Topic } from './link-threads.ts';
import type { PublishedThread } from './publish.ts';
import type { Release } from './release-refs.ts';
import { associationLabel, roleLabels, type PersonRole } from './roles.ts';

/** Who wrote a post, as the site shows them. */
export interface Author {
  login: string;
  /** The name from people.yaml, else the login. */
  name: string;
  role: PersonRole | undefined;
  /** The role's label, else GitHub's association; undefined for neither. */
  badge: string | undefined;
  affiliation: string | undefined;
}

/** A comment or a reply as the thread page shows it. */
export interface Post {
  id: string;
  author: Author;
  created_at: string;
  updated_at: string;
  /** GitHub's rendering, not yet sanitised: pages pass it through sanitizeBody. */
  body_html: string;
  upvotes: number;
  /** Left out (deleted, hidden, opted out); kept only for its replies. */
  hidden: boolean;
  replies: Post[];
}

/** One published thread, ready for the pages. */
export interface Question {
  number: number;
  title: string;
  url: string;
  category: string;
  labels: string[];
  author: Author;
  created_at: string;
  updated_at: string;
  body_html: string;
  upvotes: number;
  closed: boolean;
  locked: boolean;
  state_reason: string | null;
  /** The asker accepted an answer. */
  answered: boolean;
  /** The accepted answer, unless it is hidden. */
  answer: Post | undefined;
  /** Every other comment, oldest first. */
  comments: Post[];
  /** Comments and replies left out of the page. */
  hiddenCount: number;
  /** Roles of the people who answered, other than the asker. */
  answererRoles: PersonRole[];
  topics: Topic[];
  addressedIn: Release[];
  /** The newest post's time: the order of the question list. */
  lastActivity: string;
}

export function authorOf(author: ThreadEntry['author'], people: People): Author {
  const folded = author.login.toLowerCase();
  const person = people[author.login] ??
    Object.entries(people).find(([login]) => login.toLowerCase() === folded)?.[1];
  return {
    login: author.login,
    name: person?.name ?? author.login,
    role: person?.role,
    badge: person ? roleLabels[person.role] : associationLabel(author.association),
    affiliation: person?.affiliation,
  };
}

type RawComment = ThreadEntry['comments'][number];
type RawReply = RawComment['replies'][number];

/** Builds the page model of a published thread. */
export function buildQuestion(
  { thread, hiddenPosts }: PublishedThread,
  people: People,
  topics: Topic[],
  addressedIn: Release[],
): Question {
  const hidden = new Set(hiddenPosts);
  const post = (raw: RawComment | RawReply, replies: Post[] = []): Post => ({
    id: raw.id,
    author: authorOf(raw.author, people),
    created_at: raw.created_at,
    updated_at: raw.updated_at,
    body_html: raw.body_html,
    upvotes: raw.upvotes,
    hidden: hidden.has(raw.id),
    replies,
  });
  const all = thread.comments
    .map((c) => ({ raw: c, post: post(c, c.replies.map((r) => post(r)).filter((r) => !r.hidden)) }))
    // A hidden comment stays only as the place its visible replies hang from.
    .filter(({ post: p }) => !p.hidden || p.replies.length > 0)
    .sort((a, b) => a.post.created_at.localeCompare(b.post.created_at));
  const accepted = all.find(({ raw }) => raw.is_answer && !hidden.has(raw.id));
  const visible = all.flatMap(({ post: p }) => [p, ...p.replies]).filter((p) => !p.hidden);
  const roles = new Set(visible
    .filter((p) => p.author.login.toLowerCase() !== thread.author.login.toLowerCase())
    .flatMap((p) => (p.author.role ? [p.author.role] : [])));
  const times = [thread.updated_at, ...visible.map((p) => p.updated_at)].sort();
  return {
    number: thread.number,
    title: thread.title,
    url: thread.url,
    category: thread.category,
    labels: thread.labels,
    author: authorOf(thread.author, people),
    created_at: thread.created_at,
    updated_at: thread.updated_at,
    body_html: thread.body_html,
    upvotes: thread.upvotes,
    closed: thread.closed,
    locked: thread.locked,
    state_reason: thread.state_reason,
    answered: thread.answer_chosen_at !== null,
    answer: accepted?.post,
    comments: all.filter((c) => c !== accepted).map(({ post: p }) => p),
    hiddenCount: hiddenPosts.length,
    answererRoles: [...roles].sort(),
    topics,
    addressedIn,
    lastActivity: times.at(-1) ?? thread.updated_at,
  };
}
