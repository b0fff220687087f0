/**
 * The discussions of one fictional repository, held in memory for the test
 * GitHub server. Tests and the benchmark change them between runs (edit,
 * comment, delete, transfer) the way people do on GitHub.
 */

export interface FakePost {
  id: string;
  /** null for a deleted account, which GitHub shows as `ghost`. */
  author: string | null;
  association: string;
  createdAt: string;
  updatedAt: string;
  body: string;
  upvotes: number;
  minimized: boolean;
  deletedAt: string | null;
}

export interface FakeComment extends FakePost {
  replies: FakePost[];
}

export interface FakeDiscussion {
  id: string;
  number: number;
  title: string;
  category: string;
  labels: string[];
  author: string | null;
  association: string;
  createdAt: string;
  updatedAt: string;
  answerId: string | null;
  answerChosenAt: string | null;
  closed: boolean;
  locked: boolean;
  stateReason: string | null;
  upvotes: number;
  body: string;
  comments: FakeComment[];
}

/** How a seeded discussion is shaped; numbers are counts. */
export interface SeedShape {
  comments: number;
  replies: number;
}

const start = Date.parse('2025-03-01T08:00:00Z');
const hour = 3_600_000;
const tables = ['admissions', 'chartevents', 'labevents', 'diagnoses_icd', 'prescriptions'];
const people: [string, string][] = [
  ['nurse-ana', 'CONTRIBUTOR'],
  ['coder-ben', 'MEMBER'],
  ['maintainer-chi', 'OWNER'],
  ['researcher-dee', 'NONE'],
];

export class FakeRepository {
  readonly owner: string;
  readonly name: string;
  readonly discussions = new Map<number, FakeDiscussion>();
  /** Hours after the start of the fake timeline; every change moves it on. */
  private clock = 0;
  private nextNumber = 1;

  constructor(nameWithOwner: string) {
    const [owner = '', name = ''] = nameWithOwner.split('/');
    this.owner = owner;
    this.name = name;
  }

  get nameWithOwner(): string {
    return `${this.owner}/${this.name}`;
  }

  /** The next moment on the fake timeline, an hour after the last. */
  tick(): string {
    this.clock += 1;
    return new Date(start + this.clock * hour).toISOString().replace('.000Z', 'Z');
  }

  /** Adds `count` discussions; `shape` picks each one's comments and replies. */
  seed(count: number, shape: (index: number) => SeedShape = () => ({ comments: 2, replies: 1 })) {
    for (let index = 0; index < count; index += 1) this.add(shape(index));
    return this;
  }

  add(shape: SeedShape): FakeDiscussion {
    const number = this.nextNumber++;
    const at = this.tick();
    const [author, association] = people[number % people.length]!;
    const table = tables[number % tables.length]!;
    const discussion: FakeDiscussion = {
      id: `D_kwDOfake${number}`,
      number,
      title: `What does ${table} row ${number} mean?`,
      category: 'Q&A',
      labels: [`table:${table}`],
      author,
      association,
      createdAt: at,
      updatedAt: at,
      answerId: null,
      answerChosenAt: null,
      closed: false,
      locked: false,
      stateReason: null,
      upvotes: number % 3,
      body: `How is \`${table}\` filled in for question ${number}?`,
      comments: [],
    };
    this.discussions.set(number, discussion);
    for (let c = 0; c < shape.comments; c += 1) {
      const comment = this.comment(number, `Answer ${c + 1} to ${number}.`);
      for (let r = 0; r < shape.replies; r += 1) this.reply(comment, `Reply ${r + 1}.`);
    }
    // Every other thread with comments has its first comment accepted.
    if (discussion.comments[0] && number % 2 === 0) {
      discussion.answerId = discussion.comments[0].id;
      discussion.answerChosenAt = discussion.updatedAt;
    }
    return discussion;
  }

  /** Adds a comment, which bumps the discussion's updatedAt as on GitHub. */
  comment(number: number, body: string, author: string | null = 'nurse-ana'): FakeComment {
    const discussion = this.get(number);
    const at = this.tick();
    const comment: FakeComment = {
      ...this.post(`DC_${number}_${discussion.comments.length + 1}`, body, author, at),
      replies: [],
    };
    discussion.comments.push(comment);
    discussion.updatedAt = at;
    return comment;
  }

  reply(comment: FakeComment, body: string, author: string | null = 'coder-ben'): FakePost {
    const number = Number(/^DC_(\d+)_/.exec(comment.id)?.[1]);
    const at = this.tick();
    const reply = this.post(`${comment.id}_${comment.replies.length + 1}`, body, author, at);
    comment.replies.push(reply);
    this.get(number).updatedAt = at;
    return reply;
  }

  /** Edits the discussion's body. */
  edit(number: number, body: string): void {
    const discussion = this.get(number);
    discussion.body = body;
    discussion.updatedAt = this.tick();
  }

  /** Transfers a discussion to another repository, where it gets a new number. */
  transfer(number: number, to: FakeRepository): FakeDiscussion {
    const discussion = this.get(number);
    this.discussions.delete(number);
    const moved = { ...discussion, number: to.nextNumber++, updatedAt: to.tick() };
    to.discussions.set(moved.number, moved);
    return moved;
  }

  /** Deletes a discussion: GitHub keeps no trace of it. */
  delete(number: number): void {
    this.discussions.delete(number);
  }

  get(number: number): FakeDiscussion {
    const discussion = this.discussions.get(number);
    if (!discussion) throw new Error(`no fake discussion #${number}`);
    return discussion;
  }

  private post(id: string, body: string, author: string | null, at: string): FakePost {
    const association = people.find(([login]) => login === author)?.[1] ?? 'NONE';
    return {
      id, author, association, createdAt: at, updatedAt: at, body,
      upvotes: 0, minimized: false, deletedAt: null,
    };
  }
}
