import type { ComparableColumn, ComparableTable, ComparableVersion } from './comparable.ts';
import { seededRandom } from '../seeded-random.ts';
import { diffVersions } from './diff-versions.ts';

/**
 * A deterministic pair of large versions for timing the engine and checking
 * that it finds what was planted. The second version drops, adds, renames
 * and moves a few tables, and edits a tenth of the rest.
 */
export interface SyntheticOptions {
  tables?: number;
  columns?: number;
  seed?: number;
}

export interface SyntheticPair {
  before: ComparableVersion;
  after: ComparableVersion;
  planted: {
    tableRenames: { from: string; to: string }[];
    columnRenames: { table: string; from: string; to: string }[];
    moves: string[];
  };
}

const words = [
  'patient', 'stay', 'admission', 'discharge', 'ward', 'bed', 'order', 'drug', 'dose', 'route',
  'chart', 'vital', 'lab', 'result', 'specimen', 'culture', 'organism', 'note', 'procedure',
  'diagnosis', 'code', 'provider', 'service', 'transfer', 'location', 'device', 'reading',
  'fluid', 'input', 'output', 'score', 'severity', 'event', 'status', 'reason', 'source',
  'start', 'end', 'time', 'date', 'value', 'unit', 'flag', 'priority', 'category', 'label',
  'weight', 'height', 'rate', 'volume', 'amount', 'count', 'level', 'type', 'group', 'comment',
];
const modules = ['core', 'hosp', 'icu', 'ed', 'note', 'derived'];
const types = [
  'integer', 'bigint', 'varchar(50)', 'varchar(255)', 'text', 'numeric(10,2)', 'timestamp',
  'date', 'boolean', 'double precision',
];

export function syntheticPair(options: SyntheticOptions = {}): SyntheticPair {
  const tableCount = options.tables ?? 2000;
  const columnCount = options.columns ?? 50;
  const next = seededRandom(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const sentence = () => Array.from({ length: 8 }, () => pick(words)).join(' ');

  const makeColumn = (name: string): ComparableColumn => ({
    name, type: pick(types), description: `The ${sentence()}.`, required: next() < 0.3,
  });
  const makeTable = (i: number): ComparableTable => {
    const names = new Set<string>([`row_${i}_id`]);
    while (names.size < columnCount) names.add(`${pick(words)}_${pick(words)}`);
    const columns = [...names].map(makeColumn);
    return {
      name: `${pick(words)}_${pick(words)}_${i}`,
      module: pick(modules),
      description: `One ${sentence()}.`,
      primary_key: [`row_${i}_id`],
      row_count: Math.floor(next() * 1_000_000),
      columns,
    };
  };

  const before = Array.from({ length: tableCount }, (_, i) => makeTable(i));
  const planted: SyntheticPair['planted'] = { tableRenames: [], columnRenames: [], moves: [] };
  const after: ComparableTable[] = [];
  for (const table of before) {
    const roll = next();
    if (roll < 0.01) continue;
    if (roll < 0.02) {
      const [a = '', b = '', n = ''] = table.name.split('_');
      const name = `${b}_${a}_${n}`;
      planted.tableRenames.push({ from: table.name, to: name });
      after.push({ ...table, name });
      continue;
    }
    if (roll < 0.03) {
      const module = modules.find((m) => m !== table.module);
      planted.moves.push(table.name);
      after.push({ ...table, module });
      continue;
    }
    after.push(next() < 0.1 ? editTable(table, next, pick, planted) : table);
  }
  for (let i = 0; i < tableCount / 100; i++) after.push(makeTable(tableCount + i));
  return {
    before: { id: '1.0', dataset: 'synthetic', tables: before },
    // Copied so that no object is shared, as with two versions read from disk.
    after: { id: '2.0', dataset: 'synthetic', tables: structuredClone(after) },
    planted,
  };
}

function editTable(
  table: ComparableTable,
  next: () => number,
  pick: <T>(list: readonly T[]) => T,
  planted: SyntheticPair['planted'],
): ComparableTable {
  const columns = [...table.columns];
  const at = 1 + Math.floor(next() * (columns.length - 1));
  const column = columns[at]!;
  const edit = next();
  if (edit < 0.25) {
    columns[at] = { ...column, type: column.type === 'integer' ? 'bigint' : 'varchar(4000)' };
  } else if (edit < 0.5) {
    // Reordered words: the rename a CSV-only import must still recognise.
    const name = column.name.split('_').reverse().join('_');
    if (!columns.some((c) => c.name === name)) {
      planted.columnRenames.push({ table: table.name, from: column.name, to: name });
      columns[at] = { ...column, name };
    }
  } else if (edit < 0.75) {
    columns.splice(at, 0, { name: `added_${pick(['flag', 'note', 'code'])}_${at}`, type: 'text' });
  } else {
    columns.splice(at, 1);
  }
  return { ...table, columns };
}

export interface BenchOptions extends SyntheticOptions {
  /**
   * Diff a small pair first so that the figure measures the engine rather
   * than the JavaScript compiler warming up. Default: true.
   */
  warmUp?: boolean;
}

/** Times one diff of the synthetic pair, generation excluded. */
export function benchDiff(options: BenchOptions = {}): {
  tables: number;
  columns: number;
  ms: number;
} {
  if (options.warmUp ?? true) {
    const small = syntheticPair({ ...options, tables: 200 });
    diffVersions(small.before, small.after);
  }
  const { before, after } = syntheticPair(options);
  const started = performance.now();
  diffVersions(before, after);
  const ms = performance.now() - started;
  const columns = before.tables.reduce((sum, t) => sum + t.columns.length, 0);
  return { tables: before.tables.length, columns, ms: Math.round(ms * 10) / 10 };
}
