import type { Column } from '../dictionary/model.ts';
import { compact } from '../import/compact.ts';
import { fieldTypeOf } from './field-type.ts';

type Code = string | number | boolean;

/** A Table Schema field, with Rounds' two additions (see data-package.ts). */
export interface FieldDescriptor {
  name: string;
  type: string;
  format?: string;
  description: string;
  constraints?: { required?: true; maxLength?: number; enum?: Code[] };
  categories?: { value: string | number; label: string }[];
  missingValues?: { value: string; label: string }[];
  'rounds:type': string;
  'rounds:unit'?: string;
}

/** Said of an empty cell once a field lists its own missing values. */
const emptyCell = 'No value recorded';

export function fieldOf(column: Column): FieldDescriptor {
  const { type, format, maxLength } = fieldTypeOf(column.type);
  // v2 allows categories on string and integer fields only.
  const categorical = type === 'string' || type === 'integer';
  const constraints = compact({
    required: column.required ? (true as const) : undefined,
    maxLength,
    // TODO(datapackage-labels): other types can list their values only
    // through `enum`, which has no room for the labels.
    enum: !categorical && column.values.length > 0 ? column.values.map((v) => v.code) : undefined,
  });
  return compact({
    name: column.name,
    type,
    format,
    description: column.description,
    constraints: Object.keys(constraints).length > 0 ? constraints : undefined,
    categories: categorical && column.values.length > 0
      ? column.values.map((v) => ({ value: categoryValue(v.code, type), label: v.label }))
      : undefined,
    // Listing missing values replaces the default `[""]`, so the empty cell
    // is listed too: it still means no value.
    missingValues: column.missing.length > 0
      ? [
        { value: '', label: emptyCell },
        ...column.missing.map((m) => ({ value: String(m.code), label: m.reason })),
      ]
      : undefined,
    'rounds:type': column.type.raw,
    'rounds:unit': column.unit,
  });
}

/** Categories hold values of the field's own type. */
function categoryValue(code: Code, type: string): string | number {
  if (type === 'integer' && Number.isInteger(Number(code))) return Number(code);
  return String(code);
}
