/**
 * Frictionless Table Schema field types as the SQL-style spellings the
 * content uses. Table Schema has fewer types than SQL (one `integer`, one
 * `number`), so the result is the plainest SQL type that holds the values.
 */
export interface FieldTypeSource {
  type?: string | undefined;
  format?: string | undefined;
  maxLength?: number | undefined;
}

export interface SqlSpelling {
  type: string;
  /** False when the field type has no SQL counterpart and is kept as written. */
  known: boolean;
  /** True when the field's `format` was used up in choosing the type. */
  usedFormat: boolean;
}

const plain: Record<string, string> = {
  integer: 'integer',
  number: 'numeric',
  boolean: 'boolean',
  date: 'date',
  datetime: 'timestamp',
  time: 'time',
  year: 'year',
  duration: 'interval',
  object: 'json',
  array: 'json',
  geojson: 'json',
};

export function sqlTypeOfField(field: FieldTypeSource): SqlSpelling {
  // Table Schema v1 reads a field without a type as a string; v2 as `any`.
  const type = field.type ?? 'string';
  if (type === 'string' || type === 'any') {
    if (type === 'string' && field.format === 'uuid') {
      return { type: 'uuid', known: true, usedFormat: true };
    }
    if (type === 'string' && field.format === 'binary') {
      return { type: 'binary', known: true, usedFormat: true };
    }
    const text = field.maxLength === undefined ? 'text' : `varchar(${field.maxLength})`;
    return { type: text, known: true, usedFormat: false };
  }
  const spelled = plain[type];
  return spelled === undefined
    ? { type, known: false, usedFormat: false }
    : { type: spelled, known: true, usedFormat: false };
}
