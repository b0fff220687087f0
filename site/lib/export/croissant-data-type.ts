import type { TypeFamily } from '../dictionary/column-type.ts';

/**
 * The Croissant `dataType` of a column: one of the atomic schema.org types
 * the specification lists. Intervals, JSON, UUIDs and binary values have no
 * atomic type of their own and are read as text.
 */
export function croissantDataType(family: TypeFamily): string {
  switch (family) {
    case 'integer':
      return 'sc:Integer';
    case 'decimal':
    case 'float':
      return 'sc:Float';
    case 'boolean':
      return 'sc:Boolean';
    case 'date':
      return 'sc:Date';
    case 'time':
      return 'sc:Time';
    case 'datetime':
      return 'sc:DateTime';
    case 'text':
    case 'interval':
    case 'json':
    case 'uuid':
    case 'binary':
    case 'other':
      return 'sc:Text';
  }
}
