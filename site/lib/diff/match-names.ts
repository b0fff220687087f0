import { fold } from './comparable.ts';
import type { Rename } from './version-diff.ts';

/** Anything matched across versions by name: a table or a column. */
export interface Named {
  name: string;
  renamed_from?: string | undefined;
}

/** Indexes into the older and newer lists. */
export interface Pair {
  before: number;
  after: number;
  rename: Rename | undefined;
}

export interface NameMatching {
  pairs: Pair[];
  /** Older items not yet paired, in their order. */
  removed: number[];
  /** Newer items not yet paired, in their order. */
  added: number[];
  warnings: string[];
}

const fromContent = 'renamed_from in content';

/**
 * Pairs what the content says was renamed, then what keeps its name. Hints
 * go first so that a name reused in the same release (`value` renamed to
 * `value_text`, and a new `value` added) pairs the old `value` with
 * `value_text` and leaves the new `value` as an addition.
 */
export function matchNames(
  before: readonly Named[],
  after: readonly Named[],
  label: (item: Named) => string,
): NameMatching {
  const index = new Map<string, number>();
  before.forEach((item, i) => {
    if (!index.has(fold(item.name))) index.set(fold(item.name), i);
  });
  // Flags by index: cheaper than sets for the thousands of tables in a release.
  const taken = new Uint8Array(before.length);
  const paired = new Uint8Array(after.length);
  const pairs: Pair[] = [];
  const warnings: string[] = [];

  after.forEach((item, j) => {
    const hint = item.renamed_from;
    if (hint === undefined) return;
    const i = index.get(fold(hint));
    if (i === undefined) {
      warnings.push(`${label(item)}: renamed_from \`${hint}\` names nothing in the older version`);
      return;
    }
    if (taken[i]) {
      warnings.push(`${label(item)}: \`${hint}\` is already claimed by another renamed_from`);
      return;
    }
    const from = before[i]?.name ?? hint;
    const rename: Rename = {
      from, to: item.name, confidence: 1, reason: fromContent, source: 'content',
    };
    // A hint naming the column itself is no rename at all.
    pairs.push({ before: i, after: j, rename: from === item.name ? undefined : rename });
    taken[i] = 1;
    paired[j] = 1;
  });

  after.forEach((item, j) => {
    if (paired[j]) return;
    const i = index.get(fold(item.name));
    if (i === undefined || taken[i]) return;
    pairs.push({ before: i, after: j, rename: undefined });
    taken[i] = 1;
    paired[j] = 1;
  });

  return { pairs, removed: unset(taken), added: unset(paired), warnings };
}

function unset(flags: Uint8Array): number[] {
  const indexes: number[] = [];
  flags.forEach((flag, i) => {
    if (!flag) indexes.push(i);
  });
  return indexes;
}
