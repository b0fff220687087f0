import type { ColumnType } from '../dictionary/column-type.ts';

/** A Frictionless Table Schema field type, with the details SQL types add. */
export interface FieldType {
  type: string;
  format?: string;
  /** The length of `varchar(n)` and `char(n)`, as `constraints.maxLength`. */
  maxLength?: number;
}

/**
 * The Table Schema type that holds a column's values. Precision, scale and
 * time zones have no place in Table Schema; the data package keeps the exact
 * type beside it (see data-package.ts).
 */
export function fieldTypeOf(type: ColumnType): FieldType {
  switch (type.family) {
    case 'integer':
      return { type: type.base === 'year' ? 'year' : 'integer' };
    case 'decimal':
    case 'float':
      return { type: 'number' };
    case 'text': {
      const [length] = type.params;
      if (typeof length === 'number') return { type: 'string', maxLength: length };
      return { type: 'string' };
    }
    case 'boolean':
    case 'date':
    case 'time':
    case 'datetime':
      return { type: type.family };
    case 'interval':
      return { type: 'duration' };
    case 'json':
      return { type: type.base.endsWith('[]') ? 'array' : 'object' };
    case 'uuid':
      return { type: 'string', format: 'uuid' };
    case 'binary':
      return { type: 'string', format: 'binary' };
    case 'other':
      return { type: 'any' };
  }
}
