import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { seededRandom } from '../../site/lib/seeded-random.ts';

/** Size of a synthetic dataset; scale 1 is 3 versions × 60 tables × 25 columns. */
export interface SyntheticSize {
  versions: number;
  tables: number;
  columns: number;
}

const types = ['integer', 'bigint', 'varchar(255)', 'numeric(8,2)', 'timestamp(0)', 'text', 'date'];
const words = [
  'heart',
  'rate',
  'pressure',
  'lactate',
  'sodium',
  'potassium',
  'infusion',
  'dose',
  'fluid',
  'balance',
  'ventilator',
  'oxygen',
  'saturation',
  'glucose',
  'creatinine',
  'urine',
  'output',
  'sedation',
  'score',
  'weight',
  'temperature',
  'platelet',
  'bilirubin',
  'culture',
  'order',
];

/**
 * Writes a synthetic but valid content folder for the benchmark: one dataset
 * whose versions grow a little, each table with keys and varied columns.
 */
export async function writeSyntheticContent(dir: string, size: SyntheticSize): Promise<void> {
  const next = seededRandom(42);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  await mkdir(join(dir, 'datasets/synthetic'), { recursive: true });
  await writeFile(
    join(dir, 'site.yaml'),
    stringify({
      title: 'Rounds benchmark',
      description: 'Synthetic content for npm run bench.',
      repository: 'rounds-health/rounds',
    }),
  );
  await writeFile(
    join(dir, 'datasets/synthetic/dataset.yaml'),
    stringify({
      title: 'Synthetic ICU Database',
      summary: 'Generated content for measuring build speed.',
      creators: [{ name: 'Benchmark' }],
      publisher: 'Rounds',
      licence: { name: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
      access: { tier: 'open' },
      consent: { model: 'waiver', ethics_approval: 'not applicable: synthetic data' },
      deidentification: { method: 'safe-harbor' },
    }),
  );
  for (let v = 1; v <= size.versions; v++) {
    const versionDir = join(dir, `datasets/synthetic/versions/${v}.0`);
    await mkdir(join(versionDir, 'tables'), { recursive: true });
    await writeFile(
      join(versionDir, 'version.yaml'),
      stringify({
        version: `${v}.0`,
        released: `${2020 + v}-03-01`,
        doi: `10.5555/synthetic.${v}`,
      }),
    );
    for (let t = 0; t < size.tables; t++) {
      const name = `table_${String(t).padStart(4, '0')}`;
      const columns = Array.from({ length: size.columns }, (_, c) => ({
        name: c === 0 ? 'row_id' : c === 1 ? 'stay_id' : `${pick(words)}_${pick(words)}_${c}`,
        type: c < 2 ? 'bigint' : pick(types),
        ...(c > 1 && next() < 0.4 ? { unit: pick(['mmHg', 'mg/dL', 'mL/h', '/min', 'kg']) } : {}),
        description:
          `The ${pick(words)} ${pick(words)} recorded for the stay, ` +
          `as charted at the bedside during version ${v}.`,
        required: c < 2,
        ...(c > 1 && next() < 0.2 ? { examples: [Math.round(next() * 200), 42] } : {}),
      }));
      await writeFile(
        join(versionDir, 'tables', `${name}.yaml`),
        stringify({
          name,
          module: `module_${t % 6}`,
          description: `Synthetic table ${t} of version ${v}. It holds generated observations.`,
          row: 'one generated observation',
          primary_key: 'row_id',
          foreign_keys:
            t > 0 ? [{ columns: 'stay_id', table: 'table_0000', references: 'row_id' }] : [],
          row_count: Math.round(next() * 1e6),
          columns,
        }),
      );
    }
  }
}

/** Writes `count` synthetic Q&A threads about the synthetic tables, half answered. */
export async function writeSyntheticThreads(
  dir: string,
  count: number,
  tables: number,
): Promise<void> {
  const folder = join(dir, 'discussions');
  await mkdir(folder, { recursive: true });
  const next = seededRandom(7);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  const at = (day: number) => new Date(Date.UTC(2024, 0, 1) + day * 86_400_000).toISOString();
  const author = (login: string) => ({ login, association: 'NONE' });
  for (let n = 1; n <= count; n++) {
    const table = `table_${String(n % tables).padStart(4, '0')}`;
    const term = `${pick(words)} ${pick(words)}`;
    const body = `How is the ${term} in \`${table}\` recorded during the night shift?`;
    const answered = n % 2 === 0;
    const answer = `It is charted hourly from the bedside monitor; the ${term} is checked.`;
    const comments = answered
      ? [
          {
            id: `DC_${n}`,
            author: author('charge-nurse'),
            created_at: at(n % 700 + 1),
            updated_at: at(n % 700 + 1),
            body: answer,
            body_html: `<p>${answer}</p>`,
            upvotes: 1,
            minimized: false,
            deleted: false,
            is_answer: true,
            replies: [],
          },
        ]
      : [];
    const thread = {
      number: n,
      id: `D_${n}`,
      title: `Recording of ${term} in ${table}`,
      url: `https://github.com/rounds-health/rounds/discussions/${n}`,
      category: 'Q&A',
      labels: ['dataset:synthetic', `table:${table}`],
      author: author(`researcher-${n % 50}`),
      created_at: at(n % 700),
      updated_at: at(n % 700 + 1),
      answer_chosen_at: answered ? at(n % 700 + 1) : null,
      closed: false,
      locked: false,
      state_reason: null,
      upvotes: n % 5,
      body,
      body_html: `<p>${body.replace(/`([^`]+)`/g, '<code>$1</code>')}</p>`,
      comments,
    };
    await writeFile(join(folder, `${n}.json`), `${JSON.stringify(thread, null, 2)}\n`);
  }
}
