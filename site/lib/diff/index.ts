/**
 * The version diff engine: what changed between two versions of a dataset,
 * which changes break queries, and which removals are really renames.
 * Pure functions over plain data; nothing here reads files.
 */
export type {
  ComparableColumn,
  ComparableForeignKey,
  ComparableTable,
  ComparableVersion,
} from './comparable.ts';
export type {
  ChangeKind,
  ChangeValue,
  ColumnDiff,
  ColumnField,
  DiffSummary,
  FieldChange,
  PresenceStatus,
  Rename,
  TableDiff,
  TableField,
  TableMove,
  VersionDiff,
} from './version-diff.ts';
export { diffVersions } from './diff-versions.ts';
export { compareTypes, type TypeComparison } from './compare-types.ts';
export { diffToJson, type VersionDiffJson } from './to-json.ts';
export { renderMarkdown, type MarkdownOptions } from './render-markdown.ts';
export { renderText } from './render-text.ts';
export {
  compareDrift,
  formatDrift,
  type DriftOptions,
  type DriftReport,
  type SchemaShape,
} from './drift.ts';
export { benchDiff, syntheticPair, type SyntheticOptions } from './synthetic.ts';
