import { Document, isScalar, visit } from 'yaml';
import { compact } from './compact.ts';
import type { ImportedColumn, ImportedTable } from './imported-dictionary.ts';
import { placeholder } from './placeholders.ts';

/**
 * An imported table as the plain object written to its YAML file. Keys
 * follow the order of the table schema, so that files diff cleanly between
 * imports; empty lists are left out, as the schema defaults them.
 */
export function tableEntry(table: ImportedTable): Record<string, unknown> {
  return compact({
    name: table.name,
    module: table.module,
    description: table.description ?? placeholder.tableDescription,
    row: placeholder.tableRow,
    primary_key: table.primary_key.length > 0 ? table.primary_key : undefined,
    foreign_keys: table.foreign_keys.length > 0
      ? table.foreign_keys.map((key) => ({
        columns: key.columns,
        table: key.table,
        references: key.references,
      }))
      : undefined,
    columns: table.columns.map(columnEntry),
  });
}

function columnEntry(column: ImportedColumn): Record<string, unknown> {
  return compact({
    name: column.name,
    type: column.type,
    unit: column.unit,
    description: column.description ?? placeholder.columnDescription,
    required: column.required,
    values: column.values.length > 0 ? column.values : undefined,
    missing: column.missing.length > 0 ? column.missing : undefined,
    notes: column.notes,
  });
}

/**
 * The YAML text of a table file. Lists of names (keys and their columns)
 * are written on one line, `[subject_id, hadm_id]`, which reads as a key.
 */
export function tableYaml(table: ImportedTable): string {
  const doc = new Document(tableEntry(table));
  visit(doc, {
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item))) node.flow = true;
    },
  });
  return doc.toString({ flowCollectionPadding: false });
}
