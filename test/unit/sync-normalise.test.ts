import { describe, expect, it } from 'vitest';
import { serialiseThread, ThreadShapeError, toThread } from '../../scripts/lib/sync/normalise.ts';
import type {
  CommentAnswer,
  DiscussionAnswer,
  PostAnswer,
} from '../../scripts/lib/sync/queries.ts';
import { threadSchema } from '../../site/lib/schema/thread.ts';

function post(id: string, overrides: Partial<PostAnswer> = {}): PostAnswer {
  return {
    id,
    author: { login: 'nurse-ana' },
    authorAssociation: 'CONTRIBUTOR',
    createdAt: '2025-04-01T10:00:00Z',
    updatedAt: '2025-04-01T10:05:00Z',
    body: `Text of ${id}`,
    bodyHTML: `<p>Text of ${id}</p>`,
    upvoteCount: 2,
    isMinimized: false,
    deletedAt: null,
    ...overrides,
  };
}

function comment(id: string, replies: PostAnswer[] = [], overrides: Partial<PostAnswer> = {}) {
  const answer: CommentAnswer = {
    ...post(id, overrides),
    replies: { pageInfo: { hasNextPage: false, endCursor: null }, nodes: replies },
  };
  return { ...answer, allReplies: replies };
}

const discussion: DiscussionAnswer = {
  id: 'D_kwDO1',
  number: 41,
  title: 'Is chartevents.valuenum in the unit of valueuom?',
  url: 'https://github.com/rounds-health/rounds/discussions/41',
  category: { name: 'Q&A' },
  labels: { totalCount: 2, nodes: [{ name: 'table:chartevents' }, { name: 'dataset:meridian' }] },
  author: null,
  authorAssociation: 'NONE',
  createdAt: '2025-04-01T09:00:00Z',
  updatedAt: '2025-04-02T09:00:00Z',
  answerChosenAt: '2025-04-02T08:00:00Z',
  closed: true,
  locked: false,
  stateReason: 'RESOLVED',
  upvoteCount: 5,
  body: 'Which unit?',
  bodyHTML: '<p>Which unit?</p>',
  answer: { id: 'DC_2' },
  comments: { pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] },
};

describe('normalising a GitHub discussion', () => {
  const thread = toThread(discussion, [
    comment('DC_1', [post('DC_1_1', { author: null }), post('DC_1_2', { isMinimized: true })]),
    comment('DC_2'),
    comment('DC_3', [], { deletedAt: '2025-04-02T07:00:00Z' }),
  ]);

  it('produces a thread the cache schema accepts as it is', () => {
    expect(threadSchema.parse(thread)).toEqual(thread);
  });

  it('marks as the answer only the comment whose id is the discussion\'s answer', () => {
    expect(thread.comments.map((c) => c.is_answer)).toEqual([false, true, false]);
  });

  it('writes a deleted account as ghost, keeping GitHub\'s association', () => {
    expect(thread.author).toEqual({ login: 'ghost', association: 'NONE' });
    expect(thread.comments[0]?.replies[0]?.author.login).toBe('ghost');
  });

  it('keeps a deleted comment\'s place but none of its text', () => {
    expect(thread.comments[2]).toMatchObject({ deleted: true, body: '', body_html: '' });
  });

  it('carries minimised replies, labels, category and state', () => {
    expect(thread.comments[0]?.replies[1]?.minimized).toBe(true);
    expect(thread).toMatchObject({
      labels: ['table:chartevents', 'dataset:meridian'],
      category: 'Q&A',
      closed: true,
      state_reason: 'RESOLVED',
      answer_chosen_at: '2025-04-02T08:00:00Z',
      upvotes: 5,
    });
  });

  it('orders keys as the schema declares them, for small git diffs', () => {
    expect(Object.keys(thread)).toEqual(Object.keys(threadSchema.shape));
    const text = serialiseThread(thread);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "number": 41,');
  });

  it('refuses an answer that does not fit the cache, naming the thread and field', () => {
    expect(() => toThread({ ...discussion, url: 'not a url' }, []))
      .toThrowError(ThreadShapeError);
    expect(() => toThread({ ...discussion, url: 'not a url' }, []))
      .toThrowError(/thread #41 .*\(url: /);
  });
});
