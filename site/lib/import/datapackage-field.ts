import type { Problem } from '../content/problem.ts';
import { parseColumnType } from '../dictionary/column-type.ts';
import { fieldTypeOf } from '../export/field-type.ts';
import { compact } from './compact.ts';
import type { Field } from './datapackage-descriptor.ts';
import { sqlTypeOfField } from './field-type-to-sql.ts';
import type { ImportedColumn } from './imported-dictionary.ts';
import { placeholder } from './placeholders.ts';

type MissingValue = string | { value: string; label?: string | undefined };

/** Where a field sits, for messages, and the schema-wide defaults it inherits. */
export interface FieldContext {
  file: string;
  path: string;
  schemaMissing: readonly MissingValue[] | undefined;
  primaryKey: readonly string[];
  warnings: Problem[];
}

/** One Table Schema field as a column. */
export function columnOfField(
  field: Field,
  position: number,
  context: FieldContext,
): ImportedColumn {
  const type = columnTypeOf(field, context);
  const missing = field.missingValues ?? context.schemaMissing ?? [];
  const inKey = context.primaryKey.some((n) => n.toLowerCase() === field.name.toLowerCase());
  const notes = type.usedFormat || !field.format || field.format === 'default'
    ? undefined
    : `Values follow the format \`${field.format}\`.`;
  return compact({
    name: field.name,
    type: type.type,
    description: field.description ?? field.title,
    unit: field['rounds:unit'],
    // Table Schema lets key fields leave `required` out; a key always has a value.
    required: field.constraints?.required ?? inKey,
    position,
    values: valuesOf(field),
    missing: missing.flatMap(missingEntry),
    notes,
    origin: context.path,
  });
}

function columnTypeOf(field: Field, context: FieldContext) {
  const spelled = sqlTypeOfField({
    type: field.type,
    format: field.format,
    maxLength: field.constraints?.maxLength,
  });
  if (!spelled.known) {
    context.warnings.push({
      file: context.file,
      path: `${context.path}.type`,
      message: `type \`${spelled.type}\` has no SQL counterpart; kept as written`,
      hint: 'edit the column type in the written table file if the data has a better one',
    });
  }
  const exact = field['rounds:type'];
  if (exact === undefined) return spelled;
  // The exact type counts only while it still agrees with the field's type,
  // which an editor may have changed since Rounds wrote the package.
  if (fieldTypeOf(parseColumnType(exact)).type === (field.type ?? 'string')) {
    return { ...spelled, type: exact, usedFormat: true };
  }
  context.warnings.push({
    file: context.file,
    path: `${context.path}.rounds:type`,
    message: `\`${exact}\` does not fit field type \`${field.type ?? 'string'}\`; ` +
      `imported as \`${spelled.type}\``,
    hint: 'update or remove `rounds:type` so that it matches the field type',
  });
  return spelled;
}

/** v2 `categories`, else v1 `constraints.enum`, as a value set. */
function valuesOf(field: Field): ImportedColumn['values'] {
  const listed = field.categories ?? field.constraints?.enum ?? [];
  return listed.map((entry) => {
    if (typeof entry === 'object') {
      return { code: entry.value, label: entry.label ?? placeholder.valueLabel(entry.value) };
    }
    return { code: entry, label: placeholder.valueLabel(entry) };
  });
}

/** An empty cell is how a null is written, which content already assumes. */
function missingEntry(entry: MissingValue): ImportedColumn['missing'] {
  const code = typeof entry === 'string' ? entry : entry.value;
  if (code === '') return [];
  const label = typeof entry === 'string' ? undefined : entry.label;
  return [{ code, reason: label ?? placeholder.missingReason }];
}
