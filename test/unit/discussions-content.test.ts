import { readdir, readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDiscussions } from '../../site/lib/discussions/load-discussions.ts';
import { buildQuestion } from '../../site/lib/discussions/model.ts';
import { publishThreads } from '../../site/lib/discussions/publish.ts';
import { threadSchema } from '../../site/lib/schema/thread.ts';
import { writeContent, yaml, type ContentFixture } from '../support/content-fixture.ts';
import { comment, moderation, reply, thread } from '../support/discussion-fixture.ts';

let fixture: ContentFixture | undefined;
afterEach(() => fixture?.cleanup());

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

async function problemsOf(files: Record<string, string>) {
  fixture = await writeContent(files);
  const loaded = await loadDiscussions(fixture.contentDir, fixture.root);
  if (loaded.ok) throw new Error('expected the content to have problems');
  return loaded.problems;
}

describe('the demo Q&A cache', () => {
  it('loads, and holds back exactly the flagged, taken-down and opted-out threads', async () => {
    const loaded = await loadDiscussions('content');
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const { published, heldBack } = loaded.discussions;
    expect(published.length + heldBack.length).toBeGreaterThanOrEqual(40);
    expect(heldBack.map((h) => [h.number, h.reason])).toEqual([
      [48, 'author-opted-out'], [57, 'flagged'], [80, 'flagged'], [86, 'taken-down'],
    ]);
    expect(published.map((p) => p.thread.number)).toContain(63);
  });

  it('writes every thread as the sync does: schema key order, two spaces, final newline',
    async () => {
      const files = (await readdir('content/discussions')).filter((f) => /^\d+\.json$/.test(f));
      for (const file of files) {
        const text = await readFile(`content/discussions/${file}`, 'utf8');
        expect(json(threadSchema.parse(JSON.parse(text))), file).toBe(text);
      }
    });
});

describe('problems in Q&A files', () => {
  it('name a thread file whose number differs from its name, with a hint', async () => {
    const problems = await problemsOf({ 'discussions/12.json': json(thread({ number: 13 })) });
    expect(problems).toEqual([{
      file: 'content/discussions/12.json',
      path: 'number',
      message: '`13` does not match its file name `12.json`',
      hint: 'rename the file to `13.json`; the sync names each file after its thread',
    }]);
  });

  it('name a thread file that is not JSON', async () => {
    const [problem] = await problemsOf({ 'discussions/3.json': '{ "number": 3,' });
    expect(problem).toMatchObject({ file: 'content/discussions/3.json', path: '' });
    expect(problem?.message).toMatch(/^JSON cannot be read: /);
    expect(problem?.hint).toMatch(/npm run sync/);
  });

  it('name an unknown field with the field it was probably meant to be', async () => {
    const { labels: _, ...rest } = thread({ number: 4 });
    const [problem] = await problemsOf({ 'discussions/4.json': json({ ...rest, lables: [] }) });
    expect(problem).toMatchObject({ path: '', message: 'unknown field `lables`',
      hint: 'did you mean `labels` for `lables`?' });
  });

  it('name a person whose role is not one the site knows', async () => {
    const [problem] = await problemsOf({ 'people.yaml': yaml`
      hokafor-rn:
        name: Hana Okafor
        role: icu-nurs
    ` });
    expect(problem).toMatchObject({ file: 'content/people.yaml', path: 'hokafor-rn.role',
      hint: 'did you mean `icu-nurse`?' });
  });

  it('name an opt-out written with an @', async () => {
    const [problem] = await problemsOf({ 'discussions/moderation.yaml': yaml`
      opt_outs:
        - login: "@quiet-reviewer"
    ` });
    expect(problem).toEqual({
      file: 'content/discussions/moderation.yaml',
      path: 'opt_outs[0].login',
      message: '`@quiet-reviewer` is not a GitHub login',
      hint: 'write the login without `@`: `quiet-reviewer`',
    });
  });

  it('accept content with no Q&A at all', async () => {
    fixture = await writeContent({ 'site.yaml': 'title: x\n' });
    const loaded = await loadDiscussions(fixture.contentDir, fixture.root);
    expect(loaded.ok && loaded.discussions.published).toEqual([]);
  });
});

describe('publishing', () => {
  it('removes the words and the author of hidden posts before anything is stored', () => {
    const quiet = comment({ id: 'DC_q', author: { login: 'quiet', association: 'NONE' },
      body: 'My words.', body_html: '<p>My words.</p>', replies: [reply({ id: 'DC_r' })] });
    const { published } = publishThreads([thread({ comments: [quiet] })],
      moderation({ opt_outs: [{ login: 'quiet' }] }));
    const stored = published[0]!.thread.comments[0]!;
    expect(stored).toMatchObject({ body: '', body_html: '', author: { login: 'ghost' } });
    expect(stored.replies[0]?.body).toBe('A reply.');
  });
});

describe('the page model of a thread', () => {
  const people = {
    'a-nurse': { name: 'Hana Okafor', role: 'icu-nurse' as const, affiliation: 'Central ICU' },
  };
  const answer = comment({ id: 'DC_answer', is_answer: true, created_at: '2025-03-03T10:00:00Z' });
  const early = comment({ id: 'DC_early', author: { login: 'someone', association: 'MEMBER' },
    created_at: '2025-03-02T10:00:00Z' });
  const build = (hidden: string[] = []) => buildQuestion({
    thread: thread({ answer_chosen_at: '2025-03-04T10:00:00Z', comments: [answer, early] }),
    hiddenPosts: hidden,
  }, people, [], []);

  it('puts the accepted answer apart from the other answers', () => {
    const question = build();
    expect(question.answered).toBe(true);
    expect(question.answer?.id).toBe('DC_answer');
    expect(question.comments.map((c) => c.id)).toEqual(['DC_early']);
  });

  it('badges authors with their role from people.yaml, else GitHub\'s association', () => {
    const question = build();
    expect(question.answer?.author).toMatchObject({ name: 'Hana Okafor', badge: 'ICU nurse' });
    expect(question.comments[0]?.author).toMatchObject({ name: 'someone',
      badge: 'Organisation member' });
    expect(question.author.badge).toBeUndefined();
    expect(question.answererRoles).toEqual(['icu-nurse']);
  });

  it('stays answered when the accepted answer is hidden, but does not show it', () => {
    const question = build(['DC_answer']);
    expect(question.answered).toBe(true);
    expect(question.answer).toBeUndefined();
    expect(question.hiddenCount).toBe(1);
  });
});
