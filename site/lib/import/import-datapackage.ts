import type { Problem } from '../content/problem.ts';
import { parseWith } from '../content/zod-problems.ts';
import { compact } from './compact.ts';
import { dataPackage, tableSchema, type DataPackage } from './datapackage-descriptor.ts';
import { columnOfField } from './datapackage-field.ts';
import type { ImportedDictionary, ImportedTable } from './imported-dictionary.ts';
import { ImportError } from './import-error.ts';

type Resource = DataPackage['resources'][number];

/**
 * Imports the tables of a Frictionless Data Package (`datapackage.json`,
 * v1 or v2): each resource with a Table Schema becomes a table.
 */
export function importDataPackage(text: string, options: { file: string }): ImportedDictionary {
  const { file } = options;
  const parsed = parseWith(dataPackage, readJson(text, file), file);
  if (!parsed.ok) throw new ImportError(parsed.problems.map(forDescriptor));
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const tables: ImportedTable[] = [];
  const seen = new Map<string, string>();
  parsed.data.resources.forEach((resource, i) => {
    const path = `resources[${i}]`;
    const clash = seen.get(resource.name.toLowerCase());
    if (clash) {
      problems.push({
        file,
        path: `${path}.name`,
        message: `resource \`${resource.name}\` repeats ${clash}`,
        hint: 'resource names must differ in more than letter case',
      });
      return;
    }
    seen.set(resource.name.toLowerCase(), path);
    const table = tableOf(resource, path, file, problems, warnings);
    if (table) tables.push(table);
  });
  if (problems.length > 0) throw new ImportError(problems);
  if (tables.length === 0) {
    throw new ImportError([{
      file,
      path: 'resources',
      message: 'no resource has a Table Schema with fields',
      hint: 'describe each table\'s columns under `schema.fields`',
    }]);
  }
  checkKeys(tables, file, warnings);
  return { source: file, tables, warnings };
}

/** Points keys at resources by their own spelling; warns about dangling ones. */
function checkKeys(tables: ImportedTable[], file: string, warnings: Problem[]): void {
  const byName = new Map(tables.map((t) => [t.name.toLowerCase(), t]));
  for (const table of tables) {
    table.foreign_keys.forEach((key, k) => {
      const path = `${table.origin ?? ''}.schema.foreignKeys[${k}]`;
      const target = byName.get(key.table.toLowerCase());
      if (!target) {
        warnings.push({
          file,
          path,
          message: `\`${table.name}\` refers to resource \`${key.table}\`, which has no ` +
            'Table Schema in this package',
          hint: 'add that resource\'s schema; the written content reports this key until then',
        });
        return;
      }
      key.table = target.name;
      if (key.references.length !== key.columns.length) {
        warnings.push({
          file,
          path,
          message: `${key.columns.length} field(s) refer to ${key.references.length} field(s)`,
          hint: 'list as many referred fields as referring ones, in the same order',
        });
      }
    });
  }
}

function readJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ImportError([{
      file,
      path: '',
      message: `the JSON cannot be read: ${(error as Error).message}`,
      hint: 'check for a missing comma or quote near the position named',
    }]);
  }
}

function tableOf(
  resource: Resource,
  path: string,
  file: string,
  problems: Problem[],
  warnings: Problem[],
): ImportedTable | undefined {
  if (typeof resource.schema === 'string') {
    // TODO(datapackage-schema-files): read schemas kept in separate files.
    problems.push({
      file,
      path: `${path}.schema`,
      message: `the schema of \`${resource.name}\` is kept elsewhere (\`${resource.schema}\`)`,
      hint: 'paste the schema into datapackage.json as an object, then import again',
    });
    return undefined;
  }
  if (resource.schema === undefined) {
    warnings.push({
      file,
      path,
      message: `resource \`${resource.name}\` has no schema; skipped`,
      hint: 'only resources with a Table Schema describe tables',
    });
    return undefined;
  }
  const schema = parseWith(tableSchema, resource.schema, file);
  if (!schema.ok) {
    problems.push(...schema.problems.map((p) =>
      forDescriptor({ ...p, path: joinPath(`${path}.schema`, p.path) })));
    return undefined;
  }
  const { fields, primaryKey = [], foreignKeys = [], missingValues } = schema.data;
  if (fields.length === 0) {
    warnings.push({
      file,
      path: `${path}.schema.fields`,
      message: `resource \`${resource.name}\` lists no fields; skipped`,
      hint: 'a table needs at least one column',
    });
    return undefined;
  }
  const columns = fields.map((field, i) => columnOfField(field, i + 1, {
    file,
    path: `${path}.schema.fields[${i}]`,
    schemaMissing: missingValues,
    primaryKey,
    warnings,
  }));
  return compact({
    module: resource['rounds:module'],
    name: resource.name,
    description: resource.description ?? resource.title,
    primary_key: primaryKey,
    foreign_keys: foreignKeys.map((key) => ({
      columns: key.fields,
      // v2 leaves `resource` out for a key into its own resource; v1 writes "".
      table: key.reference.resource || resource.name,
      references: key.reference.fields,
    })),
    columns,
    origin: path,
  });
}

/** parseWith's hints point at content docs; here the file is a descriptor. */
function forDescriptor(problem: Problem): Problem {
  if (!problem.hint?.includes('CONTENT.md')) return problem;
  return { ...problem, hint: 'add it; the Data Package standard says what it holds' };
}

function joinPath(prefix: string, path: string): string {
  if (path === '') return prefix;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}
