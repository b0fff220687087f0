import type { Node, TypeName } from 'libpg-query';

/**
 * Spells a parsed PostgreSQL type the way a reader expects to see it. The
 * parser turns SQL-standard spellings into internal names (`character
 * varying` becomes `pg_catalog.varchar`, `integer` becomes `int4`); those are
 * spelled back in standard words. Types written without the standard syntax,
 * such as `int4` or `text`, keep their own name.
 */
const standardNames: Record<string, string> = {
  int2: 'smallint',
  int4: 'integer',
  int8: 'bigint',
  float4: 'real',
  float8: 'double precision',
  bool: 'boolean',
  bpchar: 'char',
  varchar: 'varchar',
  numeric: 'numeric',
  timestamp: 'timestamp',
  timestamptz: 'timestamp with time zone',
  time: 'time',
  timetz: 'time with time zone',
  interval: 'interval',
  bit: 'bit',
  varbit: 'bit varying',
};

const zoneSuffix = ' with time zone';

/**
 * @param maxAt byte offsets where `MAX` stood before sql-max.ts replaced it.
 */
export function spellType(typeName: TypeName, maxAt: ReadonlySet<number>): string {
  const parts = (typeName.names ?? []).map(stringOf);
  const internal = parts.length === 2 && parts[0] === 'pg_catalog';
  const name = internal ? standardNames[parts[1]!] ?? parts[1]! : parts.join('.');
  let params = (typeName.typmods ?? []).map((node) => parameterOf(node, maxAt));
  if (internal && parts[1] === 'interval') {
    // TODO(sql-interval-fields): the first modifier encodes fields such as
    // `day to second` as a bit mask; only the seconds precision is kept.
    params = params.length === 2 ? params.slice(1) : [];
  }
  const list = params.length > 0 ? `(${params.join(',')})` : '';
  const arrays = '[]'.repeat(typeName.arrayBounds?.length ?? 0);
  if (name.endsWith(zoneSuffix)) {
    return `${name.slice(0, -zoneSuffix.length)}${list}${zoneSuffix}${arrays}`;
  }
  return `${name}${list}${arrays}`;
}

function stringOf(node: Node): string {
  return 'String' in node ? node.String.sval ?? '' : '';
}

function parameterOf(node: Node, maxAt: ReadonlySet<number>): string {
  if ('A_Const' in node) {
    const constant = node.A_Const;
    if (constant.location !== undefined && maxAt.has(constant.location)) return 'max';
    // The parser leaves out an integer's value when it is zero.
    if (constant.ival) return String(constant.ival.ival ?? 0);
    if (constant.fval) return constant.fval.fval ?? '';
    if (constant.sval) return constant.sval.sval ?? '';
  }
  if ('ColumnRef' in node) {
    // SQL Server's `nvarchar(max)` reaches the parser as a column name.
    return (node.ColumnRef.fields ?? []).map(stringOf).join('.').toLowerCase();
  }
  return '?';
}
