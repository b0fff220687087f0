import { describe, expect, it } from 'vitest';
import type { Topic } from '../../site/lib/discussions/link-threads.ts';
import { unansweredQueue, type Waiting } from '../../site/lib/discussions/unanswered.ts';
import { catalog } from '../support/discussion-fixture.ts';

const { datasets } = catalog();

function question(number: number, created: string, topics: Topic[], more: Partial<Waiting> = {}) {
  return {
    number, created_at: `${created}T09:00:00Z`, answered: false, closed: false, locked: false,
    topics, ...more,
  };
}
const about = (table: string, columns: string[] = [], dataset = 'ward-icu'): Topic[] =>
  [{ dataset, version: undefined, tables: [{ name: table, columns }] }];
const numbers = (q: { number: number }[]) => q.map((x) => x.number);

describe('the unanswered queue', () => {
  it('groups questions by who records the columns they ask about', () => {
    const groups = unansweredQueue([
      question(1, '2025-01-01', about('vitals', ['value_num'])),
      question(2, '2025-01-02', about('diagnoses', ['icd_code'])),
    ], datasets);
    expect(groups.map((g) => [g.generatedBy, g.roles])).toEqual([
      ['nurse-charting', ['icu-nurse', 'emergency-nurse']],
      ['clinical-coder', ['clinical-coder']],
    ]);
  });

  it('files a question about a whole table under who records most of it, not the system', () => {
    const [group] = unansweredQueue([question(1, '2025-01-01', about('diagnoses'))], datasets);
    expect(group?.generatedBy).toBe('clinical-coder');
  });

  it('puts a question about columns recorded by different people in each group', () => {
    const groups = unansweredQueue(
      [question(5, '2025-01-01', about('stays', ['first_care_unit', 'los_days']))], datasets);
    expect(groups.map((g) => g.generatedBy)).toEqual(['admission-clerk', 'derived']);
  });

  it('orders questions oldest first, and tables by their longest wait', () => {
    const [group] = unansweredQueue([
      question(3, '2025-03-01', about('vitals', ['value_num'])),
      question(1, '2025-01-01', about('vitals', ['charted_at'])),
      question(2, '2024-06-01', about('triage', ['esi_level'], 'ed-demo')),
    ], datasets);
    expect(group?.tables.map((t) => [t.table, numbers(t.questions)])).toEqual([
      ['triage', [2]],
      ['vitals', [1, 3]],
    ]);
  });

  it('leaves out answered, closed and locked questions', () => {
    const groups = unansweredQueue([
      question(1, '2025-01-01', about('vitals', ['value_num']), { answered: true }),
      question(2, '2025-01-01', about('vitals', ['value_num']), { closed: true }),
      question(3, '2025-01-01', about('vitals', ['value_num']), { locked: true }),
    ], datasets);
    expect(groups).toEqual([]);
  });

  it('keeps questions about no table in a last group of their own', () => {
    const groups = unansweredQueue([
      question(1, '2025-01-01', []),
      question(2, '2025-01-02', [{ dataset: 'ward-icu', version: undefined, tables: [] }]),
      question(3, '2025-01-03', about('vitals', ['value_num'])),
    ], datasets);
    expect(groups.at(-1)?.generatedBy).toBeUndefined();
    expect(groups.at(-1)?.tables.flatMap((t) => numbers(t.questions))).toEqual([1, 2]);
  });
});
