import { parse, type ParseResult } from 'libpg-query';
import type { Problem } from '../content/problem.ts';
import type { ImportedDictionary, ImportedTable } from './imported-dictionary.ts';
import { ImportError } from './import-error.ts';
import { lineIndex } from './line-index.ts';
import { findColumn, findTable, qualified, type DraftTable, type SqlDraft } from './sql-draft.ts';
import { replaceMax } from './sql-max.ts';
import { alterTable, comment, createTable } from './sql-statements.ts';

/** Statements that set up a database but say nothing about its tables. */
const quietKinds = new Set([
  'VariableSetStmt',
  'TransactionStmt',
  'CreateSchemaStmt',
  'CreateExtensionStmt',
  'CreateSeqStmt',
  'AlterSeqStmt',
  'AlterOwnerStmt',
  'IndexStmt',
  'GrantStmt',
  'DropStmt',
  // pg_dump starts with `SELECT pg_catalog.set_config(...)`.
  'SelectStmt',
]);

/**
 * Imports PostgreSQL DDL: each CREATE TABLE becomes a table, with keys from
 * its constraints and ALTER TABLE, and descriptions from COMMENT ON. The
 * file is read by PostgreSQL's own parser, so anything PostgreSQL accepts
 * is understood as PostgreSQL would.
 */
export async function importSql(
  text: string,
  options: { file: string },
): Promise<ImportedDictionary> {
  const { file } = options;
  const { sql, maxAt } = await replaceMax(text.replace(/^\uFEFF/, ''));
  const result = await parseOrExplain(sql, file);
  const lineAt = lineIndex(Buffer.from(sql, 'utf8'));
  const draft: SqlDraft = {
    file,
    tables: new Map(),
    warnings: [],
    problems: [],
    where: (offset) => `line ${lineAt(offset ?? 0)}`,
    maxAt,
  };
  const skipped = new Map<string, string>();
  for (const raw of result.stmts ?? []) {
    const statement = raw.stmt;
    const offset = raw.stmt_location ?? 0;
    if (!statement) continue;
    if ('CreateStmt' in statement) createTable(draft, statement.CreateStmt, offset);
    else if ('AlterTableStmt' in statement) alterTable(draft, statement.AlterTableStmt, offset);
    else if ('CommentStmt' in statement) comment(draft, statement.CommentStmt, offset);
    else {
      const kind = Object.keys(statement)[0] ?? 'unknown';
      if (!quietKinds.has(kind) && !skipped.has(kind)) skipped.set(kind, draft.where(offset));
    }
  }
  if (skipped.size > 0) {
    draft.warnings.push({
      file,
      path: '',
      message: 'skipped statements that do not create or describe tables: ' +
        [...skipped].map(([kind, where]) => `${kind} (first at ${where})`).join(', '),
    });
  }
  if (draft.problems.length > 0) throw new ImportError(draft.problems);
  const tables = [...draft.tables.values()].map((table) => finish(draft, table));
  if (tables.length === 0) {
    throw new ImportError([{
      file,
      path: '',
      message: 'the file has no CREATE TABLE statement',
      hint: 'export the schema as DDL, such as `pg_dump --schema-only`',
    }]);
  }
  return { source: file, tables, warnings: draft.warnings };
}

async function parseOrExplain(sql: string, file: string): Promise<ParseResult> {
  try {
    return await parse(sql);
  } catch (error) {
    throw new ImportError([syntaxProblem(error, sql, file)]);
  }
}

function syntaxProblem(error: unknown, sql: string, file: string): Problem {
  const details = (error as { sqlDetails?: { message?: string; cursorPosition?: number } })
    .sqlDetails;
  const message = details?.message ?? (error as Error).message;
  // The parser counts the cursor in characters from 0, not in bytes.
  const before = sql.slice(0, details?.cursorPosition ?? 0);
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return {
    file,
    path: details?.cursorPosition === undefined ? '' : `line ${line}, column ${column}`,
    message: `PostgreSQL cannot parse the file: ${message}`,
    hint: 'the importer reads PostgreSQL DDL; fix the statement there, or export the ' +
      'schema from PostgreSQL with `pg_dump --schema-only`',
  };
}

/** Resolves foreign keys now that every table is known. */
function finish(draft: SqlDraft, draftTable: DraftTable): ImportedTable {
  const { table } = draftTable;
  if (table.columns.length === 0) {
    draft.warnings.push({
      file: draft.file,
      path: table.origin ?? '',
      message: `table \`${table.name}\` has no columns`,
      hint: 'the written table will not validate until it lists its columns',
    });
  }
  table.foreign_keys = draftTable.keys.map((key) => {
    const columns = key.columns.map((name) => findColumn(draftTable, name)?.name ?? name);
    const target = findTable(draft, key.target);
    if (!target) {
      draft.warnings.push({
        file: draft.file,
        path: key.origin,
        message: `the foreign key of \`${table.name}\` refers to \`${qualified(key.target)}\`, ` +
          'which the file does not create',
        hint: 'import the DDL of that table too; the written content reports this key until then',
      });
    }
    const written = key.references.length > 0 ? key.references : undefined;
    const references = written ?? referredKey(draft, target, key.origin, columns);
    return {
      columns,
      table: target?.table.name ?? key.target.relname ?? '',
      references: references.map((name) => (target && findColumn(target, name)?.name) ?? name),
    };
  });
  return table;
}

/** `REFERENCES t` without columns means t's primary key. */
function referredKey(
  draft: SqlDraft,
  target: DraftTable | undefined,
  origin: string,
  columns: string[],
): string[] {
  const key = target?.table.primary_key ?? [];
  if (key.length > 0) return key;
  if (target) {
    draft.warnings.push({
      file: draft.file,
      path: origin,
      message: `the foreign key names no columns and \`${target.table.name}\` has no ` +
        'primary key; assumed columns of the same names',
      hint: 'name the referred columns: REFERENCES table (column)',
    });
  }
  return columns;
}
