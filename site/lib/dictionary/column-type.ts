/**
 * Column types as data providers write them, normalised so that spellings of
 * the same type compare equal: `INT4`, `int` and `integer` are one type, and
 * `Varchar(50)` is `varchar(50)`. The original spelling is kept for display.
 */

/** Broad kinds of type, used to decide which changes are compatible. */
export type TypeFamily =
  | 'integer'
  | 'decimal'
  | 'float'
  | 'text'
  | 'boolean'
  | 'date'
  | 'time'
  | 'datetime'
  | 'interval'
  | 'json'
  | 'uuid'
  | 'binary'
  | 'other';

/** A length or precision argument; `max` is SQL Server's `varchar(MAX)`. */
export type TypeParameter = number | 'max';

export interface ColumnType {
  /** As written in the content, trimmed: shown to readers. */
  raw: string;
  /** Canonical base name, lower case, such as `integer` or `varchar`. */
  base: string;
  /** Length, precision and scale, in order. */
  params: TypeParameter[];
  /** Base and parameters in one canonical string, such as `numeric(5,2)`. */
  canonical: string;
  family: TypeFamily;
}

interface BaseType {
  base: string;
  family: TypeFamily;
}

const aliasList: [string[], string, TypeFamily][] = [
  [['smallint', 'int2', 'tinyint', 'smallserial', 'serial2'], 'smallint', 'integer'],
  [['integer', 'int', 'int4', 'mediumint', 'serial', 'serial4'], 'integer', 'integer'],
  [['bigint', 'int8', 'bigserial', 'serial8', 'long'], 'bigint', 'integer'],
  [['numeric', 'decimal', 'number', 'dec', 'money'], 'numeric', 'decimal'],
  [['real', 'float4', 'single'], 'real', 'float'],
  [['double precision', 'double', 'float8', 'float'], 'double precision', 'float'],
  [['varchar', 'character varying', 'nvarchar', 'varchar2', 'nvarchar2'], 'varchar', 'text'],
  [['char', 'character', 'nchar', 'bpchar'], 'char', 'text'],
  [['text', 'string', 'clob', 'longtext', 'mediumtext', 'ntext', 'citext'], 'text', 'text'],
  [['boolean', 'bool', 'bit', 'logical'], 'boolean', 'boolean'],
  [['date'], 'date', 'date'],
  [['time', 'time without time zone'], 'time', 'time'],
  [['timetz', 'time with time zone'], 'timetz', 'time'],
  [
    ['timestamp', 'timestamp without time zone', 'datetime', 'datetime2', 'smalldatetime'],
    'timestamp',
    'datetime',
  ],
  [['timestamptz', 'timestamp with time zone', 'datetimeoffset'], 'timestamptz', 'datetime'],
  [['interval', 'duration'], 'interval', 'interval'],
  [['json', 'jsonb', 'object', 'array'], 'json', 'json'],
  [['uuid', 'uniqueidentifier'], 'uuid', 'uuid'],
  [['bytea', 'blob', 'binary', 'varbinary', 'image'], 'binary', 'binary'],
  [['year'], 'year', 'integer'],
];

const aliases = new Map<string, BaseType>(
  aliasList.flatMap(([names, base, family]) =>
    names.map((name): [string, BaseType] => [name, { base, family }]),
  ),
);

// A trailing time-zone clause may follow the parameters: `timestamp(3) with time zone`.
const typePattern = /^([a-z_][a-z0-9_ ]*?)\s*(?:\(([^)]*)\))?\s*(with(?:out)? time zone)?$/;

/** Normalises a type as written; unknown types keep their lower-cased name. */
export function parseColumnType(written: string): ColumnType {
  const raw = written.trim();
  const folded = raw.toLowerCase().replace(/\s+/g, ' ').replace(/^"|"$/g, '');
  const arrayOf = folded.endsWith('[]');
  const text = arrayOf ? folded.slice(0, -2).trim() : folded;
  if (arrayOf) {
    // An array is its own type, named after its normalised element: `integer[]`.
    const element = parseColumnType(text);
    const base = `${element.canonical}[]`;
    return { raw, base, params: [], canonical: base, family: 'json' };
  }
  const match = typePattern.exec(text);
  if (!match) return { raw, base: text, params: [], canonical: text, family: 'other' };
  const [, name = '', paramText, zone] = match;
  const spelled = zone ? `${name.trim()} ${zone}` : name.trim();
  const known = aliases.get(spelled) ?? aliases.get(name.trim());
  let base = known?.base ?? spelled;
  const family: TypeFamily = known?.family ?? 'other';
  let params = paramText === undefined ? [] : parseParameters(paramText);
  // Arguments that are not lengths (`geometry(Point,4326)`, `enum('M','F')`) still
  // tell types apart, so the canonical spelling keeps them as written.
  const argumentText = paramText === undefined ? [] : paramText.split(',').map((p) => p.trim());
  const opaque = argumentText.some((p) => p !== 'max' && !Number.isFinite(Number(p)));
  let kind = familyOf(base, family);
  // `float(p)` names a precision in bits: up to 24 is single precision.
  if (name.trim() === 'float' && typeof params[0] === 'number') {
    base = params[0] <= 24 ? 'real' : 'double precision';
    params = [];
  }
  // `bit(n)` with n > 1 is a bit string, not a yes/no flag.
  if (name.trim() === 'bit' && typeof params[0] === 'number' && params[0] > 1) {
    base = 'bit';
    kind = 'binary';
  }
  const shown = opaque ? argumentText : params;
  const canonical = shown.length ? `${base}(${shown.join(',')})` : base;
  return { raw, base, params: opaque ? [] : params, canonical, family: kind };
}

function familyOf(base: string, family: TypeFamily): TypeFamily {
  if (family !== 'other') return family;
  return aliases.get(base)?.family ?? 'other';
}

function parseParameters(text: string): TypeParameter[] {
  return text
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter((part) => part !== '')
    .map((part) => (part === 'max' ? 'max' : Number(part)))
    .filter((part): part is TypeParameter => part === 'max' || Number.isFinite(part));
}

/** True when two written types are the same type once normalised. */
export function sameType(a: string, b: string): boolean {
  return parseColumnType(a).canonical === parseColumnType(b).canonical;
}
