import type { ColumnType } from '../dictionary/column-type.ts';

/**
 * Whether a type change loses values. `same` is no change once spellings
 * are normalised; `widened` keeps every old value; `narrowed` may not;
 * `changed` is anything else, a change of family included.
 */
export type TypeComparison = 'same' | 'widened' | 'narrowed' | 'changed';

/**
 * What a type can hold, as numbers that only grow when more values fit:
 * integer bits, digits before and after the point, characters, fractional
 * second digits. Types are only ordered within one lineage, so a timestamp
 * and a timestamp with time zone are different, not wider.
 */
interface Capacity {
  lineage: string;
  sizes: number[];
}

const integerBits: Record<string, number> = { smallint: 16, integer: 32, bigint: 64 };
const floatBits: Record<string, number> = { real: 24, 'double precision': 53 };
// PostgreSQL's default precision for time and timestamp without a parameter.
const defaultSecondDigits = 6;

export function compareTypes(before: ColumnType, after: ColumnType): TypeComparison {
  if (before.canonical === after.canonical) return 'same';
  if (before.family !== after.family) return 'changed';
  const a = capacity(before);
  const b = capacity(after);
  if (!a || !b || a.lineage !== b.lineage || a.sizes.length !== b.sizes.length) return 'changed';
  const grows = a.sizes.some((size, i) => (b.sizes[i] ?? 0) > size);
  const shrinks = a.sizes.some((size, i) => (b.sizes[i] ?? 0) < size);
  if (grows && !shrinks) return 'widened';
  if (shrinks && !grows) return 'narrowed';
  // More digits before the point but fewer after it loses values both ways.
  if (grows && shrinks) return 'changed';
  // `timestamp` is `timestamp(6)`, and `varchar` is `text`; but `char(10)`
  // pads with spaces where `varchar(10)` does not, which changes comparisons.
  const padded = (type: ColumnType) => type.base === 'char';
  return padded(before) === padded(after) ? 'same' : 'changed';
}

function capacity(type: ColumnType): Capacity | undefined {
  const first = size(type.params[0]);
  switch (type.family) {
    case 'integer': {
      const bits = integerBits[type.base];
      return bits === undefined ? undefined : { lineage: 'integer', sizes: [bits] };
    }
    case 'float': {
      const bits = floatBits[type.base];
      return bits === undefined ? undefined : { lineage: 'float', sizes: [bits] };
    }
    case 'decimal': {
      if (first === undefined) return { lineage: 'decimal', sizes: [Infinity, Infinity] };
      const scale = size(type.params[1]) ?? 0;
      return { lineage: 'decimal', sizes: [first - scale, scale] };
    }
    case 'text': {
      // A bare `char` holds one character; a bare `varchar` or `text` has no limit.
      const fallback = type.base === 'char' ? 1 : Infinity;
      return { lineage: 'text', sizes: [first ?? fallback] };
    }
    case 'binary':
      return { lineage: 'binary', sizes: [first ?? Infinity] };
    case 'time':
    case 'datetime':
      return { lineage: type.base, sizes: [first ?? defaultSecondDigits] };
    default:
      return undefined;
  }
}

function size(param: number | 'max' | undefined): number | undefined {
  return param === 'max' ? Infinity : param;
}
