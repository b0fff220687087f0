import { findTable, type Dataset, type Table } from '../dictionary/model.ts';
import { generatedBy as generatedByEnum, type GeneratedBy } from '../schema/column.ts';
import type { Topic } from './link-threads.ts';
import { likelyToKnow, type PersonRole } from './roles.ts';

/** The fields of a question the queue needs. */
export interface Waiting {
  number: number;
  created_at: string;
  answered: boolean;
  closed: boolean;
  locked: boolean;
  topics: Topic[];
}

export interface QueueTable<Q> {
  dataset: string;
  /** Undefined for questions about a dataset as a whole. */
  table: string | undefined;
  /** Oldest first. */
  questions: Q[];
}

/** Questions waiting for the people who record one kind of value. */
export interface QueueGroup<Q> {
  /** Undefined when no table or column says who records the value. */
  generatedBy: GeneratedBy | undefined;
  roles: PersonRole[];
  /** The table whose oldest question has waited longest comes first. */
  tables: QueueTable<Q>[];
}

interface Place {
  by: GeneratedBy | undefined;
  dataset: string;
  table: string | undefined;
}

/** The table a topic names, in its version, else in the newest version that has it. */
function tableOf(datasets: readonly Dataset[], topic: Topic, name: string): Table | undefined {
  const dataset = datasets.find((d) => d.id === topic.dataset);
  if (!dataset) return undefined;
  const versions = [...dataset.versions].reverse();
  const pinned = versions.find((v) => v.id === topic.version);
  return (pinned && findTable(pinned, name)) ??
    versions.map((v) => findTable(v, name)).find(Boolean);
}

/**
 * Who records what a question asks about: the `generated_by` of the columns
 * it names or, for a question about a whole table, the most common one among
 * the table's columns other than `system` (ids and timestamps say little
 * about who knows a table).
 */
function recordersOf(table: Table | undefined, columns: readonly string[]): GeneratedBy[] {
  if (!table) return [];
  const named = table.columns.filter((c) => columns.includes(c.name));
  const found = named.flatMap((c) => (c.generated_by ? [c.generated_by] : []));
  if (found.length > 0) return [...new Set(found)];
  const counts = new Map<GeneratedBy, number>();
  for (const column of table.columns) {
    if (column.generated_by && column.generated_by !== 'system') {
      counts.set(column.generated_by, (counts.get(column.generated_by) ?? 0) + 1);
    }
  }
  const [top] = [...counts].sort((a, b) => b[1] - a[1]);
  return top ? [top[0]] : [];
}

/**
 * The queue for nurses and coders: open questions without an accepted
 * answer, grouped by who is likely to know (from `generated_by`), then by
 * table, oldest first. A question about columns recorded by different people
 * appears in each of their groups.
 */
export function unansweredQueue<Q extends Waiting>(
  questions: readonly Q[],
  datasets: readonly Dataset[],
): QueueGroup<Q>[] {
  const groups = new Map<GeneratedBy | undefined, Map<string, QueueTable<Q>>>();
  const place = (by: GeneratedBy | undefined, dataset: string, table: string | undefined, q: Q) => {
    const tables = groups.get(by) ?? new Map<string, QueueTable<Q>>();
    const key = `${dataset}/${table ?? ''}`;
    const entry = tables.get(key) ?? { dataset, table, questions: [] };
    if (!entry.questions.includes(q)) entry.questions.push(q);
    tables.set(key, entry);
    groups.set(by, tables);
  };
  const waiting = questions.filter((q) => !q.answered && !q.closed && !q.locked);
  for (const question of waiting) {
    const places: Place[] = question.topics.flatMap((topic): Place[] => {
      const { dataset } = topic;
      if (topic.tables.length === 0) return [{ by: undefined, dataset, table: undefined }];
      return topic.tables.flatMap(({ name, columns }) => {
        const by = recordersOf(tableOf(datasets, topic, name), columns);
        return (by.length ? by : [undefined]).map((b) => ({ by: b, dataset, table: name }));
      });
    });
    if (places.length === 0) place(undefined, '', undefined, question);
    for (const p of places) place(p.by, p.dataset, p.table, question);
  }
  const order = [...generatedByEnum.options, undefined];
  const oldest = (q: Q) => q.created_at;
  return order.flatMap((by) => {
    const tables = groups.get(by);
    if (!tables) return [];
    const sorted = [...tables.values()].map((t) => ({
      ...t, questions: [...t.questions].sort((a, b) => oldest(a).localeCompare(oldest(b))),
    })).sort((a, b) => oldest(a.questions[0]!).localeCompare(oldest(b.questions[0]!)));
    return [{ generatedBy: by, roles: by ? likelyToKnow[by] : [], tables: sorted }];
  });
}
