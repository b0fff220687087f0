/**
 * Threads and a small two-dataset catalog for the Q&A unit tests, built from
 * the real schemas so that defaults match what the loader produces.
 */
import type { ContentTree } from '../../site/lib/content/content-tree.ts';
import { buildCatalog, type Catalog } from '../../site/lib/dictionary/model.ts';
import { datasetSchema } from '../../site/lib/schema/dataset.ts';
import { moderationSchema, type Moderation } from '../../site/lib/schema/people.ts';
import { tableSchema } from '../../site/lib/schema/table.ts';
import { threadSchema, type ThreadEntry } from '../../site/lib/schema/thread.ts';
import { versionSchema } from '../../site/lib/schema/version.ts';

type Comment = ThreadEntry['comments'][number];
type Reply = Comment['replies'][number];

const at = '2025-03-01T10:00:00Z';
let serial = 0;

/** A reply with everything but what the test sets filled in. */
export function reply(fields: Partial<Reply> = {}): Reply {
  serial++;
  return {
    id: `DC_reply_${serial}`,
    author: { login: 'a-nurse', association: 'CONTRIBUTOR' },
    created_at: at,
    updated_at: at,
    body: 'A reply.',
    body_html: '<p>A reply.</p>',
    upvotes: 0,
    minimized: false,
    deleted: false,
    ...fields,
  };
}

export function comment(fields: Partial<Comment> = {}): Comment {
  return { ...reply(), id: `DC_comment_${++serial}`, is_answer: false, replies: [], ...fields };
}

/** A valid thread; `body` also sets a matching `body_html` unless that is given. */
export function thread(fields: Partial<ThreadEntry> = {}): ThreadEntry {
  const body = fields.body ?? 'What does this column hold?';
  return threadSchema.parse({
    number: 1,
    id: 'D_thread',
    title: 'A question',
    url: 'https://github.com/example/rounds/discussions/1',
    category: 'Q&A',
    author: { login: 'a-researcher', association: 'NONE' },
    created_at: at,
    updated_at: at,
    body,
    body_html: `<p>${body}</p>`,
    ...fields,
  });
}

export function moderation(fields: Partial<Moderation> = {}): Moderation {
  return moderationSchema.parse(fields);
}

const dataset = (title: string) => datasetSchema.parse({
  title,
  summary: 'A made-up dataset for tests.',
  creators: [{ name: 'Ada Example' }],
  publisher: 'Rounds Test Group',
  licence: { name: 'Test licence', url: 'https://example.org/licence' },
  access: { tier: 'open' },
  consent: { model: 'waiver', ethics_approval: 'Example board, 2024-001' },
  deidentification: { method: 'safe-harbor' },
  discussion_category: 'Q&A',
});

type ColumnSpec = [name: string, generatedBy?: string, renamedFrom?: string];

const table = (name: string, columns: ColumnSpec[]) => tableSchema.parse({
  name,
  description: `The ${name} table.`,
  row: 'one thing',
  columns: columns.map(([column, generated_by, renamed_from]) => ({
    name: column, type: 'integer', description: `The ${column}.`,
    ...(generated_by && { generated_by }), ...(renamed_from && { renamed_from }),
  })),
});

const version = (id: string, released: string) => versionSchema.parse({ version: id, released });

/**
 * `ward-icu` 1.0 and 2.0 (in 2.0 `stays.first_careunit` is renamed
 * `first_care_unit`) and `ed-demo` 2024.1, with `icd_code` in both datasets.
 */
export function catalog(): Catalog {
  const stays1 = table('stays', [['stay_id', 'system'], ['first_careunit', 'admission-clerk'],
    ['los_days', 'derived']]);
  const stays2 = table('stays', [['stay_id', 'system'],
    ['first_care_unit', 'admission-clerk', 'first_careunit'], ['los_days', 'derived']]);
  const vitals = table('vitals', [['stay_id', 'system'], ['charted_at', 'nurse-charting'],
    ['value_num', 'nurse-charting'], ['unit', 'system']]);
  const diagnoses = table('diagnoses', [['stay_id', 'system'], ['seq_num', 'clinical-coder'],
    ['icd_code', 'clinical-coder']]);
  const triage = table('triage', [['visit_id', 'system'], ['esi_level', 'nurse-charting']]);
  const codes = table('ed_codes', [['visit_id', 'system'], ['icd_code', 'physician-order']]);
  const file = (name: string) => `content/${name}`;
  const tree: ContentTree = {
    site: { file: file('site.yaml'), data: {
      title: 'Rounds', description: 'Test site.', repository: 'example/rounds', branch: 'main',
      content_path: 'content',
    } },
    datasets: [
      { id: 'ward-icu', file: file('ward.yaml'), data: dataset('Ward ICU'), versionFolders: 2,
        versions: [
          { id: '1.0', file: file('v1.yaml'), data: version('1.0', '2023-01-01'), tables: [
            { id: 'stays', file: file('s1.yaml'), data: stays1 },
            { id: 'vitals', file: file('v1.yaml'), data: vitals },
            { id: 'diagnoses', file: file('d1.yaml'), data: diagnoses },
          ] },
          { id: '2.0', file: file('v2.yaml'), data: version('2.0', '2024-01-01'), tables: [
            { id: 'stays', file: file('s2.yaml'), data: stays2 },
            { id: 'vitals', file: file('v2.yaml'), data: vitals },
            { id: 'diagnoses', file: file('d2.yaml'), data: diagnoses },
          ] },
        ] },
      { id: 'ed-demo', file: file('ed.yaml'), data: dataset('ED Demo'), versionFolders: 1,
        versions: [
          { id: '2024.1', file: file('e1.yaml'), data: version('2024.1', '2024-04-01'), tables: [
            { id: 'triage', file: file('t.yaml'), data: triage },
            { id: 'ed_codes', file: file('c.yaml'), data: codes },
          ] },
        ] },
    ],
  };
  return buildCatalog(tree);
}
