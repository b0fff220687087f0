import { closest } from '../content/suggest.ts';
import type { ComparableVersion } from '../diff/comparable.ts';
import type { Quoting } from '../diff/describe.ts';
import type { ColumnDiff, TableDiff, VersionDiff } from '../diff/version-diff.ts';
import { backtickQuoting } from './code-text.ts';
import { collectMentions, type Mentions } from './notes-mentions.ts';
import { readNotes, type NotesPiece } from './notes-text.ts';
import { checkRenameClaim } from './check-rename.ts';
import { findRenameClaims } from './rename-claims.ts';
import { vocabulary, type Vocabulary } from './vocabulary.ts';

/**
 * Release notes against the data: what the dictionaries show changed that
 * the notes never name, and what the notes document that the dictionaries
 * do not show. The rules are in docs/changelog.md.
 */
export interface NotesCheck {
  /** Changes in the data that the notes never name, breaking ones first. */
  unmentioned: UnmentionedChange[];
  /** Names and renames in the notes that neither version shows, in file order. */
  unsupported: UnsupportedClaim[];
}

export interface UnmentionedChange {
  table: TableDiff;
  /** Undefined for a change to the table itself. */
  column: ColumnDiff | undefined;
  breaking: boolean;
}

export interface UnsupportedClaim {
  kind: 'name' | 'rename';
  /** The name, or the rename as `a` → `b`, quoted as the caller asked. */
  text: string;
  /** 1-based line in the release-notes file. */
  line: number;
  /** Why the data does not support it, with a hint where one helps. */
  reason: string;
}

/** The version before, with the diff from it; absent for a first release. */
export interface PreviousVersion {
  version: ComparableVersion;
  diff: VersionDiff;
}

/**
 * Checks release notes (the MDX source) against the version they describe
 * and the diff from the previous one; `q` quotes names in the reasons.
 */
export function checkReleaseNotes(
  source: string,
  version: ComparableVersion,
  previous: PreviousVersion | undefined,
  q: Quoting = backtickQuoting,
): NotesCheck {
  const notes = readNotes(source);
  const versions = previous ? [previous.version, version] : [version];
  const words = vocabulary(versions, previous?.diff);
  const shown = versions.map((v) => v.id ?? '?').join(' or ');
  const unsupported: UnsupportedClaim[] = [];
  const claimed = new Set<NotesPiece>();
  for (const claim of findRenameClaims(notes, words.isValue)) {
    claim.pieces.forEach((piece) => claimed.add(piece));
    const reason = checkRenameClaim(claim, {
      before: previous?.version, after: version, diff: previous?.diff, q,
    });
    const [a, b] = claim.pieces.map((p) => q.code(p.text.trim()));
    if (reason) {
      unsupported.push({ kind: 'rename', text: `${a} → ${b}`, line: claim.line, reason });
    }
  }
  for (const piece of notes.paragraphs.flat()) {
    if (!piece.code || claimed.has(piece)) continue;
    const reason = unknownName(piece.text.trim(), words, shown, q);
    if (reason) {
      unsupported.push({ kind: 'name', text: q.code(piece.text.trim()), line: piece.line, reason });
    }
  }
  unsupported.sort((a, b) => a.line - b.line);
  return {
    unmentioned: previous ? unmentioned(previous.diff, collectMentions(notes)) : [],
    unsupported,
  };
}

// Fields whose change a reader's query or analysis can notice. Reworded
// descriptions and new row counts come with every release and need no note.
const quiet = new Set(['description', 'row', 'row_count']);

function unmentioned(diff: VersionDiff, mentions: Mentions): UnmentionedChange[] {
  const found: UnmentionedChange[] = [];
  for (const table of diff.tables) {
    const tableNames = namesOf(table);
    const loud = table.changes.filter((c) => !quiet.has(c.field));
    const notable = table.status !== 'matched' || table.rename || table.move || loud.length > 0;
    if (notable && !mentions.table(tableNames)) {
      const breaking = table.status === 'removed' || table.rename !== undefined ||
        table.move !== undefined || loud.some((c) => c.breaking);
      found.push({ table, column: undefined, breaking });
    }
    for (const column of table.columns) {
      const notableColumn = column.status !== 'matched' || column.rename ||
        column.changes.some((c) => !quiet.has(c.field));
      if (notableColumn && !mentions.column(tableNames, namesOf(column))) {
        found.push({ table, column, breaking: column.breaking });
      }
    }
  }
  return found.sort((a, b) => Number(b.breaking) - Number(a.breaking));
}

function namesOf(item: TableDiff | ColumnDiff): string[] {
  const names = [item.name, item.before?.name, item.after?.name, item.rename?.from];
  return [...new Set(names.filter((n): n is string => n !== undefined))];
}

// File names such as `version.yaml` look like `table.column`.
const fileName = /\.(?:ya?ml|csv|tsv|json|mdx?|sql|ddl|txt|gz|zip|parquet)$/i;
const namePattern = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*){0,2}$/;

/** Why a name in a code span is not in the data; undefined when it is, or is no name. */
function unknownName(
  text: string,
  words: Vocabulary,
  versions: string,
  q: Quoting,
): string | undefined {
  if (!namePattern.test(text) || fileName.test(text)) return undefined;
  const parts = text.split('.');
  if (parts.length === 1) {
    if (words.columnsOf(text) || words.isColumn(text) || words.isModule(text)) return undefined;
    if (words.isValue(text)) return undefined;
    const near = closest(text, [...words.tables, ...words.columns]);
    return `no table or column ${q.code(text)} in ${versions}${hint(near, q)}`;
  }
  const [table = '', column = ''] = parts.slice(-2);
  const columns = words.columnsOf(table);
  if (columns?.some((c) => c.toLowerCase() === column.toLowerCase())) return undefined;
  if (words.isModule(table) && words.columnsOf(column)) return undefined;
  if (!columns) {
    const near = closest(table, words.tables);
    return `no table ${q.code(table)} in ${versions}${hint(near, q)}`;
  }
  const near = closest(column, columns);
  return `${q.code(table)} has no column ${q.code(column)} in ${versions}${hint(near, q)}`;
}

function hint(near: string | undefined, q: Quoting): string {
  return near ? `; did you mean ${q.code(near)}?` : '';
}
