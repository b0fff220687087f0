import type {
  AlterTableStmt,
  ColumnDef,
  CommentStmt,
  Constraint,
  CreateStmt,
  Node,
  RangeVar,
} from 'libpg-query';
import { compact } from './compact.ts';
import { findColumn, findTable, qualified, type DraftTable, type SqlDraft } from './sql-draft.ts';
import { spellType } from './sql-type-name.ts';

/** Names in a list of String nodes, such as a key's columns. */
export function namesOf(nodes: readonly Node[] | undefined): string[] {
  return (nodes ?? []).map((node) => ('String' in node ? node.String.sval ?? '' : ''));
}

export function createTable(draft: SqlDraft, statement: CreateStmt, offset: number): void {
  const relation = statement.relation;
  const name = relation?.relname ?? '';
  const origin = draft.where(offset);
  const clash = draft.tables.get(name.toLowerCase());
  if (clash) {
    draft.problems.push({
      file: draft.file,
      path: origin,
      message: `table \`${qualified(relation)}\` is also created at ${clash.table.origin}`,
      hint: 'table names must differ in more than letter case, even across schemas; ' +
        'import one of the two',
    });
    return;
  }
  unsupported(draft, statement, origin);
  const created: DraftTable = {
    table: compact({
      module: relation?.schemaname,
      name,
      primary_key: [],
      foreign_keys: [],
      columns: [],
      origin,
    }),
    keys: [],
  };
  draft.tables.set(name.toLowerCase(), created);
  for (const element of [...(statement.tableElts ?? []), ...(statement.constraints ?? [])]) {
    if ('ColumnDef' in element) addColumn(draft, created, element.ColumnDef);
    else if ('Constraint' in element) addConstraint(draft, created, element.Constraint, offset);
    else if ('TableLikeClause' in element) {
      draft.warnings.push({
        file: draft.file,
        path: origin,
        message: `the columns that \`${name}\` copies with LIKE are not imported`,
        hint: 'write those columns out in the CREATE TABLE statement',
      });
    }
  }
}

/** CREATE TABLE forms whose columns come from elsewhere. */
function unsupported(draft: SqlDraft, statement: CreateStmt, origin: string): void {
  // TODO(sql-inherited-columns): INHERITS, PARTITION OF and OF type take
  // columns from another definition; following them needs a second pass.
  const from = statement.inhRelations?.length ? 'INHERITS'
    : statement.partbound ? 'PARTITION OF'
    : statement.ofTypename ? 'OF' : undefined;
  if (from === undefined) return;
  draft.warnings.push({
    file: draft.file,
    path: origin,
    message: `columns that \`${qualified(statement.relation)}\` takes through ${from} ` +
      'are not imported',
    hint: 'list the columns in the CREATE TABLE statement itself',
  });
}

function addColumn(draft: SqlDraft, table: DraftTable, column: ColumnDef): void {
  const name = column.colname ?? '';
  const origin = draft.where(column.location);
  if (findColumn(table, name)) {
    draft.problems.push({
      file: draft.file,
      path: origin,
      message: `column \`${name}\` of \`${table.table.name}\` is defined twice`,
      hint: 'column names must differ in more than letter case within a table',
    });
    return;
  }
  table.table.columns.push(compact({
    name,
    type: column.typeName ? spellType(column.typeName, draft.maxAt) : 'unknown',
    required: column.is_not_null ?? false,
    position: table.table.columns.length + 1,
    values: [],
    missing: [],
    origin,
  }));
  for (const node of column.constraints ?? []) {
    if ('Constraint' in node) {
      addConstraint(draft, table, node.Constraint, column.location, name);
    }
  }
}

/**
 * A key or NOT NULL, from a column, the table, or ALTER TABLE. `column` is
 * set for a column constraint, which names no columns of its own.
 */
export function addConstraint(
  draft: SqlDraft,
  table: DraftTable,
  constraint: Constraint,
  offset: number | undefined,
  column?: string,
): void {
  const own = column === undefined ? undefined : [column];
  switch (constraint.contype) {
    case 'CONSTR_PRIMARY': {
      const keys = own ?? namesOf(constraint.keys);
      if (table.table.primary_key.length > 0) {
        draft.warnings.push({
          file: draft.file,
          path: draft.where(offset),
          message: `\`${table.table.name}\` already has a primary key; this one is ignored`,
          hint: 'a table has one primary key: remove the second',
        });
        return;
      }
      table.table.primary_key = keys.map((key) => findColumn(table, key)?.name ?? key);
      setRequired(table, keys, true);
      return;
    }
    case 'CONSTR_NOTNULL':
      setRequired(table, own ?? namesOf(constraint.keys), true);
      return;
    case 'CONSTR_NULL':
      setRequired(table, own ?? [], false);
      return;
    case 'CONSTR_FOREIGN': {
      const target: RangeVar = constraint.pktable ?? {};
      table.keys.push({
        columns: own ?? namesOf(constraint.fk_attrs),
        target,
        references: namesOf(constraint.pk_attrs),
        origin: draft.where(offset),
      });
      return;
    }
    default:
      // UNIQUE, DEFAULT and the rest do not change the dictionary.
      // TODO(sql-check-values): `CHECK (x IN ('a', 'b'))` lists a value set
      // that could become `values`; CHECK constraints are skipped for now.
      return;
  }
}

export function setRequired(table: DraftTable, names: readonly string[], value: boolean): void {
  for (const name of names) {
    const column = findColumn(table, name);
    if (column) column.required = value;
  }
}

export function alterTable(draft: SqlDraft, statement: AlterTableStmt, offset: number): void {
  const table = findTable(draft, statement.relation);
  if (!table) {
    draft.warnings.push({
      file: draft.file,
      path: draft.where(offset),
      message: `ALTER TABLE names \`${qualified(statement.relation)}\`, which the file ` +
        'does not create; ignored',
      hint: 'import the file that creates the table together with this one',
    });
    return;
  }
  for (const node of statement.cmds ?? []) {
    if (!('AlterTableCmd' in node)) continue;
    const command = node.AlterTableCmd;
    const def = command.def;
    if (command.subtype === 'AT_AddConstraint' && def && 'Constraint' in def) {
      addConstraint(draft, table, def.Constraint, offset);
    } else if (command.subtype === 'AT_AddColumn' && def && 'ColumnDef' in def) {
      addColumn(draft, table, def.ColumnDef);
    } else if (command.subtype === 'AT_SetNotNull' && command.name) {
      setRequired(table, [command.name], true);
    } else if (command.subtype === 'AT_DropNotNull' && command.name) {
      setRequired(table, [command.name], false);
    }
  }
}

export function comment(draft: SqlDraft, statement: CommentStmt, offset: number): void {
  const object = statement.object;
  const parts = object && 'List' in object ? namesOf(object.List.items) : [];
  const text = statement.comment;
  if (text === undefined || text.trim() === '') return;
  const onColumn = statement.objtype === 'OBJECT_COLUMN';
  if (!onColumn && statement.objtype !== 'OBJECT_TABLE') return;
  const tableParts = onColumn ? parts.slice(0, -1) : parts;
  const relation: RangeVar = compact({
    relname: tableParts.at(-1),
    schemaname: tableParts.length > 1 ? tableParts.at(-2) : undefined,
  });
  const table = findTable(draft, relation);
  const columnName = onColumn ? parts.at(-1) ?? '' : undefined;
  const column = table && columnName !== undefined ? findColumn(table, columnName) : undefined;
  if (!table || (columnName !== undefined && !column)) {
    draft.warnings.push({
      file: draft.file,
      path: draft.where(offset),
      message: `COMMENT ON ${onColumn ? 'COLUMN' : 'TABLE'} \`${parts.join('.')}\` names ` +
        `a ${table ? 'column' : 'table'} the file does not create; ignored`,
      hint: 'check the spelling against the CREATE TABLE statement',
    });
    return;
  }
  if (column) column.description = text.trim();
  else table.table.description = text.trim();
}
