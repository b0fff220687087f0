import type { ColumnType } from '../dictionary/column-type.ts';
import { typeOf, type ComparableColumn } from './comparable.ts';
import { placeScore, type Place } from './column-places.ts';
import { compareTypes } from './compare-types.ts';
import { weigh, type Evidence, type Weighed } from './evidence.ts';
import {
  jaccard,
  nameFeatures,
  nameSimilarity,
  type NameFeatures,
  type TokenWeights,
} from './similarity.ts';
import { textTokens } from './tokens.ts';

/** A column reduced once for scoring against many others. */
export interface ColumnFeatures {
  name: NameFeatures;
  type: ColumnType;
  description: Set<string> | undefined;
  unit: string | undefined;
  codes: Set<string> | undefined;
  codeSystem: string | undefined;
  /** The table its foreign key points at, folded, in the newer version's names. */
  target: string | undefined;
}

export function columnFeatures(
  column: ComparableColumn,
  target: string | undefined,
): ColumnFeatures {
  const described = column.description?.trim();
  const codes = column.values?.map((v) => String(v.code)) ?? [];
  return {
    name: nameFeatures(column.name),
    type: typeOf(column),
    description: described ? textTokens(described) : undefined,
    unit: column.unit,
    codes: codes.length > 0 ? new Set(codes) : undefined,
    codeSystem: column.code_system,
    target,
  };
}

/**
 * The relative say of each clue. The name dominates because renames keep
 * some of it; the description is next because it says what the column
 * means. Type and place confirm but cannot make a rename on their own.
 */
export const columnWeights = {
  name: 3,
  description: 2,
  type: 1.5,
  place: 1.5,
  target: 1,
  values: 1,
  unit: 0.5,
  codeSystem: 0.5,
} as const;

/** A pair is only considered when its name or its meaning carries over. */
export const columnGate = { name: 0.5, description: 0.5 } as const;
export const columnThreshold = 0.6;

/** The score of "b is a as renamed", or undefined when neither name nor meaning carries over. */
export function scoreColumnRename(
  a: ColumnFeatures,
  b: ColumnFeatures,
  places: [Place, Place],
  weights: TokenWeights,
): Weighed | undefined {
  const name = nameSimilarity(a.name, b.name, weights);
  const description = a.description && b.description
    ? jaccard(a.description, b.description)
    : undefined;
  if (name.score < columnGate.name && (description ?? 0) < columnGate.description) return undefined;
  const place = placeScore(places[0], places[1]);
  return weigh([
    { weight: columnWeights.name, score: name.score, says: nameSays[name.basis] },
    description === undefined ? undefined : {
      weight: columnWeights.description,
      score: description,
      says: description >= 0.5 ? 'similar description' : undefined,
    },
    typeEvidence(a.type, b.type),
    { weight: columnWeights.place, score: place.score, says: place.says },
    sameEvidence(columnWeights.target, a.target, b.target, (t) => `same foreign-key target ${t}`),
    setEvidence(columnWeights.values, a.codes, b.codes, 'value set'),
    sameEvidence(columnWeights.unit, a.unit, b.unit, (u) => `same unit ${u}`),
    sameEvidence(columnWeights.codeSystem, a.codeSystem, b.codeSystem,
      (s) => `same code system ${s}`),
  ]);
}

const nameSays = {
  words: 'shares name words',
  acronym: 'one name abbreviates the other',
  spelling: 'near-identical spelling',
  none: undefined,
} as const;

function typeEvidence(a: ColumnType, b: ColumnType): Evidence {
  const weight = columnWeights.type;
  const comparison = compareTypes(a, b);
  if (comparison === 'same') return { weight, score: 1, says: `same type ${b.canonical}` };
  if (comparison !== 'changed') {
    return { weight, score: 0.8, says: `compatible type (${a.canonical} to ${b.canonical})` };
  }
  if (a.family === b.family) return { weight, score: 0.5, says: undefined };
  // Imports often know a type only vaguely; an unknown one neither helps nor rules out.
  if (a.family === 'other' || b.family === 'other') return { weight, score: 0.3, says: undefined };
  return { weight, score: 0, says: 'although the type differs' };
}

/** Evidence from a field both sides must document to count. */
function sameEvidence(
  weight: number,
  a: string | undefined,
  b: string | undefined,
  says: (value: string) => string,
): Evidence | undefined {
  if (a === undefined || b === undefined) return undefined;
  const same = a.toLowerCase() === b.toLowerCase();
  return { weight, score: same ? 1 : 0, says: same ? says(b) : undefined };
}

function setEvidence(
  weight: number,
  a: Set<string> | undefined,
  b: Set<string> | undefined,
  what: string,
): Evidence | undefined {
  if (!a || !b) return undefined;
  const score = jaccard(a, b);
  const says = score === 1 ? `same ${what}` : score >= 0.5 ? `similar ${what}` : undefined;
  return { weight, score, says };
}
