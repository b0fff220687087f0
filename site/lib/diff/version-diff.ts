import type { ComparableColumn, ComparableTable } from './comparable.ts';

/** A value before or after a change, in a form every renderer can print. */
export type ChangeValue = string | number | boolean | null | readonly string[];

/**
 * How a value moved: `widened` and `narrowed` apply to types, `added` and
 * `removed` to optional fields and code lists, `changed` to everything else.
 */
export type ChangeKind = 'added' | 'removed' | 'changed' | 'widened' | 'narrowed';

export type ColumnField =
  | 'name'
  | 'type'
  | 'required'
  | 'unit'
  | 'description'
  | 'values'
  | 'missing'
  | 'code_system';

export type TableField =
  | 'name'
  | 'description'
  | 'row'
  | 'primary_key'
  | 'foreign_keys'
  | 'row_count';

/** One field that differs between the two versions. */
export interface FieldChange<Field extends string = string> {
  field: Field;
  from: ChangeValue;
  to: ChangeValue;
  kind: ChangeKind;
  /** True when queries or analyses written for the older version may fail or mislead. */
  breaking: boolean;
  /** One line on what changed and why it does or does not break. */
  reason: string;
  /** A caution the reader should weigh, such as a name that may have been reused. */
  note?: string | undefined;
}

/** A table or column known under a new name. */
export interface Rename {
  from: string;
  to: string;
  /** 1 when the content says so; otherwise the engine's score in [0, 1]. */
  confidence: number;
  /** One line a reader can check, such as "renamed_from in content". */
  reason: string;
  source: 'content' | 'inferred';
}

/** A table that changed module; undefined is "no module". */
export interface TableMove {
  from: string | undefined;
  to: string | undefined;
}

/** `matched` means present in both versions, possibly renamed. */
export type PresenceStatus = 'added' | 'removed' | 'matched';

export interface ColumnDiff {
  status: PresenceStatus;
  /** The name in the newer version, or the older name when removed. */
  name: string;
  before: ComparableColumn | undefined;
  after: ComparableColumn | undefined;
  /** 0-based place in the newer version, or the older one when removed. */
  index: number;
  rename: Rename | undefined;
  changes: FieldChange<ColumnField>[];
  breaking: boolean;
}

export interface TableDiff {
  status: PresenceStatus;
  /** The name in the newer version, or the older name when removed. */
  name: string;
  before: ComparableTable | undefined;
  after: ComparableTable | undefined;
  rename: Rename | undefined;
  move: TableMove | undefined;
  changes: FieldChange<TableField>[];
  /** Only the columns that differ; unchanged ones are left out. */
  columns: ColumnDiff[];
  breaking: boolean;
}

export interface DiffSummary {
  tables: {
    added: number;
    removed: number;
    renamed: number;
    moved: number;
    /** Matched tables with any difference, renames and moves included. */
    changed: number;
    unchanged: number;
  };
  columns: { added: number; removed: number; renamed: number; changed: number };
  /** Breaking changes counted one per table or column affected. */
  breaking: number;
}

/** Everything that differs between two versions of a dataset. */
export interface VersionDiff {
  dataset: string | undefined;
  from: string;
  to: string;
  /** Only the tables that differ, by name. */
  tables: TableDiff[];
  summary: DiffSummary;
  /** Content the engine could not use, such as a `renamed_from` naming nothing. */
  warnings: string[];
}
