import { fold, type ComparableTable } from './comparable.ts';
import { weigh, type Evidence, type Weighed } from './evidence.ts';
import {
  jaccard,
  nameFeatures,
  nameSimilarity,
  type NameFeatures,
  type TokenWeights,
} from './similarity.ts';
import { textTokens } from './tokens.ts';

/** A table reduced once for scoring against many others. */
export interface TableFeatures {
  name: NameFeatures;
  module: string | undefined;
  columns: Set<string>;
  description: Set<string> | undefined;
  rowCount: number | undefined;
}

export function tableFeatures(table: ComparableTable): TableFeatures {
  const described = table.description?.trim();
  return {
    name: nameFeatures(table.name),
    module: table.module === undefined ? undefined : fold(table.module),
    columns: new Set(table.columns.map((c) => fold(c.name))),
    description: described ? textTokens(described) : undefined,
    rowCount: table.row_count,
  };
}

/**
 * A renamed table usually keeps most of its columns, so shared column names
 * weigh most; the name comes next, as for columns.
 */
export const tableWeights = {
  columns: 4,
  name: 3,
  description: 2,
  module: 1,
  rowCount: 0.5,
} as const;

export const tableGate = { columns: 0.5, name: 0.5 } as const;
export const tableThreshold = 0.6;

export function scoreTableRename(
  a: TableFeatures,
  b: TableFeatures,
  weights: TokenWeights,
): Weighed | undefined {
  const columns = jaccard(a.columns, b.columns);
  const name = nameSimilarity(a.name, b.name, weights);
  if (columns < tableGate.columns && name.score < tableGate.name) return undefined;
  const description = a.description && b.description
    ? jaccard(a.description, b.description)
    : undefined;
  return weigh([
    {
      weight: tableWeights.columns,
      score: columns,
      says: columns >= 0.5 ? `${Math.round(columns * 100)}% of columns in common` : undefined,
    },
    {
      weight: tableWeights.name,
      score: name.score,
      says: name.score >= 0.5 ? 'similar name' : undefined,
    },
    description === undefined ? undefined : {
      weight: tableWeights.description,
      score: description,
      says: description >= 0.5 ? 'similar description' : undefined,
    },
    {
      weight: tableWeights.module,
      score: a.module === b.module ? 1 : 0,
      says: a.module === b.module && a.module !== undefined ? `same module ${a.module}` : undefined,
    },
    rowCountEvidence(a.rowCount, b.rowCount),
  ]);
}

function rowCountEvidence(a: number | undefined, b: number | undefined): Evidence | undefined {
  if (a === undefined || b === undefined) return undefined;
  const larger = Math.max(a, b);
  const score = larger === 0 ? 1 : Math.min(a, b) / larger;
  const says = score >= 0.9 ? 'similar row count' : undefined;
  return { weight: tableWeights.rowCount, score, says };
}
