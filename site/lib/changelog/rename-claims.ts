import type { NotesPiece, NotesText } from './notes-text.ts';

/**
 * Renames the release notes document, in the ways people write them:
 * `a` → `b` (or ->), "renamed `a` to `b`", "`a` is renamed `b`", "`b`
 * (renamed from `a`)", and lists: "`a` and `b` are renamed `c` and `d`".
 */
export interface NameRef {
  /** The table part of `table.column`; undefined for a bare name. */
  table: string | undefined;
  name: string;
}

export interface RenameClaim {
  from: NameRef;
  to: NameRef;
  line: number;
  /** The code spans the claim is made of. */
  pieces: NotesPiece[];
}

type Item =
  | { kind: 'code'; piece: NotesPiece }
  | { kind: 'word'; text: string }
  | { kind: 'mark'; text: string };

const arrows = new Set(['→', '->', '⟶', '=>']);
const keyword = /^renam(?:e|ed|es|ing)$/i;
// Words that may stand between a list of names and "renamed".
const fillers = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'been', 'be', 'now', 'both',
  'also', 'will', 'column', 'columns', 'table', 'tables', 'each', 'all']);
const joiners = new Set([',', 'and', '&']);

// A name as a table, a column or `table.column`; longer paths keep the last two parts.
const namePattern = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*){0,2}$/;

/**
 * Every rename claim, skipping arrows between two values (`integer` →
 * `bigint`, as `isValue` decides) and between columns of two different
 * tables, which describe links rather than renames.
 */
export function findRenameClaims(
  notes: NotesText,
  isValue: (name: string) => boolean,
): RenameClaim[] {
  const claims: RenameClaim[] = [];
  for (const paragraph of notes.paragraphs) {
    const items = itemsOf(paragraph);
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      if (item.kind === 'mark' && arrows.has(item.text)) {
        const [left, right] = [items[i - 1], items[i + 1]];
        if (left?.kind !== 'code' || right?.kind !== 'code') continue;
        const claim = claimOf(left.piece, right.piece);
        if (!claim || isValue(claim.from.name) || isValue(claim.to.name)) continue;
        const crossTable = claim.from.table && claim.to.table &&
          claim.from.table.toLowerCase() !== claim.to.table.toLowerCase();
        if (!crossTable) claims.push(claim);
      }
      if (item.kind === 'word' && keyword.test(item.text)) claims.push(...keywordClaims(items, i));
    }
  }
  return claims;
}

function keywordClaims(items: Item[], at: number): RenameClaim[] {
  let j = at + 1;
  const fromForm = wordAt(items, j) === 'from';
  if (fromForm) j++;
  while (!fromForm && (wordAt(items, j) === 'to' || wordAt(items, j) === 'as')) j++;
  const [after, next] = listAt(items, j, 1);
  const link = wordAt(items, next);
  let pairs: [NotesPiece, NotesPiece][];
  if (!fromForm && after.length > 0 && (link === 'to' || link === 'as' || link === 'into')) {
    pairs = paired(after, listAt(items, next + 1, 1)[0]);
  } else {
    const before = listAt(items, at - 1, -1)[0].reverse();
    pairs = fromForm ? paired(after, before, 'first') : paired(before, after);
  }
  return pairs.flatMap(([old, now]) => {
    const claim = claimOf(old, now);
    return claim ? [claim] : [];
  });
}

/**
 * Old and new names in order. Lists of different lengths pair only the two
 * names nearest the keyword: in "`a` is renamed `b`, and `c` is new", `c`
 * is not part of the rename. `oldNearest` says which end of `olds` that is.
 */
function paired(
  olds: NotesPiece[],
  news: NotesPiece[],
  oldNearest: 'first' | 'last' = 'last',
): [NotesPiece, NotesPiece][] {
  if (olds.length === news.length) return olds.map((old, k) => [old, news[k]!]);
  const old = oldNearest === 'last' ? olds.at(-1) : olds[0];
  const now = oldNearest === 'last' ? news[0] : news.at(-1);
  return old && now ? [[old, now]] : [];
}

/** Names joined by commas and "and", walking forward (1) or back (-1) from `start`. */
function listAt(items: Item[], start: number, step: 1 | -1): [NotesPiece[], number] {
  const found: NotesPiece[] = [];
  let i = start;
  for (; i >= 0 && i < items.length; i += step) {
    const item = items[i]!;
    if (item.kind === 'code') {
      found.push(item.piece);
      continue;
    }
    const text = item.text.toLowerCase();
    if (joiners.has(text) || (step === -1 && found.length === 0 && isFiller(item))) continue;
    if (step === 1 && found.length > 0 && text === 'respectively') continue;
    break;
  }
  return [found, i];
}

function isFiller(item: Item): boolean {
  if (item.kind === 'word') return fillers.has(item.text.toLowerCase());
  return item.kind === 'mark' && item.text === '(';
}

function wordAt(items: Item[], i: number): string | undefined {
  const item = items[i];
  return item?.kind === 'word' ? item.text.toLowerCase() : undefined;
}

function claimOf(from: NotesPiece, to: NotesPiece): RenameClaim | undefined {
  const [a, b] = [nameRef(from.text), nameRef(to.text)];
  if (!a || !b) return undefined;
  // "`t.a` is renamed `b`": the new name is in the same table.
  const table = a.table ?? b.table;
  return {
    from: { table: a.table ?? table, name: a.name },
    to: { table: b.table ?? table, name: b.name },
    line: from.line,
    pieces: [from, to],
  };
}

function nameRef(text: string): NameRef | undefined {
  const trimmed = text.trim();
  if (!namePattern.test(trimmed)) return undefined;
  const parts = trimmed.split('.');
  const name = parts.at(-1)!;
  return { table: parts.length > 1 ? parts.at(-2) : undefined, name };
}

function itemsOf(paragraph: NotesPiece[]): Item[] {
  const items: Item[] = [];
  for (const piece of paragraph) {
    if (piece.code) {
      items.push({ kind: 'code', piece });
      continue;
    }
    for (const [token] of piece.text.matchAll(/->|=>|[A-Za-z]+|[^\sA-Za-z]/g)) {
      // Emphasis around a name (**`a`**) does not separate it from its sentence.
      if (token === '*' || token === '_') continue;
      items.push(/^[A-Za-z]+$/.test(token) ? { kind: 'word', text: token }
        : { kind: 'mark', text: token });
    }
  }
  return items;
}
