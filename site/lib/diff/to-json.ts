import type {
  ChangeKind,
  ChangeValue,
  DiffSummary,
  FieldChange,
  Rename,
  VersionDiff,
} from './version-diff.ts';

/**
 * The diff as plain data for `changelog --json` and the site's downloads.
 * The shape is a public contract: add fields, never rename or remove them.
 * Tables and columns are named as in the newer version, except removed ones.
 */
export interface VersionDiffJson {
  dataset: string | null;
  from: string;
  to: string;
  /** True when anything breaks queries written for `from`. */
  breaking: boolean;
  summary: DiffSummary;
  tables: {
    added: string[];
    removed: string[];
    renamed: RenameJson[];
    moved: { table: string; from: string | null; to: string | null }[];
    changed: ChangeJson[];
  };
  columns: {
    added: { table: string; column: string }[];
    removed: { table: string; column: string }[];
    renamed: (RenameJson & { table: string })[];
    changed: (ChangeJson & { column: string })[];
  };
  /** One entry per table that differs, breaking ones first. */
  byTable: { table: string; status: string; breaking: boolean; changes: number }[];
  warnings: string[];
}

export interface RenameJson {
  from: string;
  to: string;
  confidence: number;
  reason: string;
  source: Rename['source'];
}

export interface ChangeJson {
  table: string;
  field: string;
  from: ChangeValue;
  to: ChangeValue;
  kind: ChangeKind;
  breaking: boolean;
  reason: string;
  note?: string;
}

export function diffToJson(diff: VersionDiff): VersionDiffJson {
  const json: VersionDiffJson = {
    dataset: diff.dataset ?? null,
    from: diff.from,
    to: diff.to,
    breaking: diff.tables.some((t) => t.breaking),
    summary: diff.summary,
    tables: { added: [], removed: [], renamed: [], moved: [], changed: [] },
    columns: { added: [], removed: [], renamed: [], changed: [] },
    byTable: [],
    warnings: [...diff.warnings],
  };
  for (const table of diff.tables) {
    const name = table.name;
    if (table.status === 'added') json.tables.added.push(name);
    if (table.status === 'removed') json.tables.removed.push(name);
    if (table.rename) json.tables.renamed.push(renameJson(table.rename));
    if (table.move) {
      const { from, to } = table.move;
      json.tables.moved.push({ table: name, from: from ?? null, to: to ?? null });
    }
    for (const change of table.changes) {
      json.tables.changed.push({ table: name, ...changeJson(change) });
    }
    for (const column of table.columns) {
      const at = { table: name, column: column.name };
      if (column.status === 'added') json.columns.added.push(at);
      if (column.status === 'removed') json.columns.removed.push(at);
      if (column.rename) json.columns.renamed.push({ table: name, ...renameJson(column.rename) });
      for (const change of column.changes) {
        json.columns.changed.push({ ...at, ...changeJson(change) });
      }
    }
    const changes = table.changes.length + table.columns.length +
      (table.rename ? 1 : 0) + (table.move ? 1 : 0);
    json.byTable.push({ table: name, status: table.status, breaking: table.breaking, changes });
  }
  json.byTable.sort((a, b) => Number(b.breaking) - Number(a.breaking));
  return json;
}

function renameJson(rename: Rename): RenameJson {
  const { from, to, confidence, reason, source } = rename;
  return { from, to, confidence, reason, source };
}

function changeJson(change: FieldChange): Omit<ChangeJson, 'table'> {
  const { field, from, to, kind, breaking, reason, note } = change;
  return { field, from, to, kind, breaking, reason, ...(note === undefined ? {} : { note }) };
}
