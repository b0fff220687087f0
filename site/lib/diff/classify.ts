import type { ColumnType } from '../dictionary/column-type.ts';
import { compareTypes } from './compare-types.ts';
import type { ChangeKind } from './version-diff.ts';

/**
 * The breaking-change policy, in one place. A change breaks when a query or
 * analysis written against the older version may now fail or, worse, run and
 * give a different answer. Documentation that only gets better never breaks.
 * docs/renames.md lists the decisions that could have gone either way.
 */
export interface Verdict {
  kind: ChangeKind;
  breaking: boolean;
  reason: string;
}

export function typeVerdict(before: ColumnType, after: ColumnType): Verdict | undefined {
  const comparison = compareTypes(before, after);
  switch (comparison) {
    case 'same':
      return undefined;
    case 'widened':
      return { kind: 'widened', breaking: false, reason: 'wider type: every old value still fits' };
    case 'narrowed':
      return {
        kind: 'narrowed',
        breaking: true,
        reason: 'narrower type: some old values may no longer fit',
      };
    case 'changed':
      return {
        kind: 'changed',
        breaking: true,
        reason: before.family === after.family
          ? 'a different type of the same kind: casts and comparisons may behave differently'
          : `the kind of type changed from ${before.family} to ${after.family}: ` +
            'filters, casts and arithmetic written for the old type may fail',
      };
  }
}

export function requiredVerdict(before: boolean, after: boolean): Verdict | undefined {
  if (before === after) return undefined;
  // Readers of a released dataset gain from fewer nulls; they lose when a
  // column they relied on being filled may now be empty.
  return after
    ? { kind: 'changed', breaking: false, reason: 'now required: every row has a value' }
    : {
      kind: 'changed',
      breaking: true,
      reason: 'no longer required: rows may lack a value, so counts and joins can shift',
    };
}

/** Units and code systems: a different one changes what every value means. */
export function meaningVerdict(
  what: 'unit' | 'code system',
  before: string | undefined,
  after: string | undefined,
): Verdict | undefined {
  if (before === after) return undefined;
  if (before === undefined) return { kind: 'added', breaking: false, reason: 'now documented' };
  if (after === undefined) {
    return { kind: 'removed', breaking: false, reason: 'no longer documented' };
  }
  return {
    kind: 'changed',
    breaking: true,
    reason: `values are in a different ${what}: comparisons with older results mislead`,
  };
}

export function textVerdict(): Verdict {
  return { kind: 'changed', breaking: false, reason: 'reworded; queries are unaffected' };
}

/** Letter case matters to CSV headers, data frames and quoted SQL names. */
export function nameCaseVerdict(): Verdict {
  return {
    kind: 'changed',
    breaking: true,
    reason: 'letter case changed: case-sensitive readers such as CSV headers see a new name',
  };
}

/** How two lists of codes differ: codes gone, codes new, labels reworded. */
export interface CodeChanges {
  added: string[];
  removed: string[];
  relabelled: string[];
  /** The newer list is empty: the set of values is no longer documented. */
  nowOpen: boolean;
}

export function valueSetVerdict(changes: CodeChanges): Verdict {
  const { added, removed, relabelled } = changes;
  if (changes.nowOpen) {
    return {
      kind: 'removed',
      breaking: false,
      reason: 'the list of values is no longer documented; the data may still hold them',
    };
  }
  if (removed.length > 0) {
    return {
      kind: added.length > 0 ? 'changed' : 'removed',
      breaking: true,
      reason: `${codes(removed)} removed: filters and groupings on ` +
        `${removed.length === 1 ? 'it' : 'them'} now miss rows` +
        (added.length > 0 ? `; ${codes(added)} added` : ''),
    };
  }
  if (added.length > 0) {
    return { kind: 'added', breaking: false, reason: `${codes(added)} added` };
  }
  return { kind: 'changed', breaking: false, reason: `labels reworded for ${codes(relabelled)}` };
}

export function missingCodesVerdict(changes: CodeChanges): Verdict {
  const { added, removed, relabelled } = changes;
  if (added.length > 0) {
    // A new stand-in such as -1 is silently counted as a real value.
    return {
      kind: removed.length > 0 ? 'changed' : 'added',
      breaking: true,
      reason: `${codes(added)} now stand for missing values: ` +
        'analyses that do not exclude them count them as data',
    };
  }
  if (removed.length > 0) {
    return {
      kind: 'removed',
      breaking: false,
      reason: `${codes(removed)} no longer stand for missing values`,
    };
  }
  return { kind: 'changed', breaking: false, reason: `reasons reworded for ${codes(relabelled)}` };
}

export function primaryKeyVerdict(before: readonly string[], after: readonly string[]): Verdict {
  if (before.length === 0) return { kind: 'added', breaking: false, reason: 'key now documented' };
  if (after.length === 0) {
    return { kind: 'removed', breaking: false, reason: 'key no longer documented' };
  }
  return {
    kind: 'changed',
    breaking: true,
    reason: 'rows are identified by other columns: joins and de-duplication change',
  };
}

export function foreignKeyVerdict(added: string[], removed: string[]): Verdict {
  if (removed.length > 0) {
    return {
      kind: added.length > 0 ? 'changed' : 'removed',
      breaking: true,
      reason: `no longer links ${removed.join('; ')}: joins along it may be wrong`,
    };
  }
  return { kind: 'added', breaking: false, reason: `now links ${added.join('; ')}` };
}

export function rowCountVerdict(before: number, after: number): Verdict {
  const change = before === 0 ? 'rows' : `${signedPercent((after - before) / before)} rows`;
  return { kind: 'changed', breaking: false, reason: `${change}: queries run, totals differ` };
}

export const tableVerdicts = {
  added: { kind: 'added', breaking: false, reason: 'new table' },
  removed: { kind: 'removed', breaking: true, reason: 'queries on the table fail' },
  renamed: { kind: 'changed', breaking: true, reason: 'queries must use the new name' },
  moved: {
    kind: 'changed',
    breaking: true,
    reason: 'queries that name the module (the SQL schema) must change',
  },
} as const satisfies Record<string, Verdict>;

export const columnVerdicts = {
  added: { kind: 'added', breaking: false, reason: 'new column' },
  removed: { kind: 'removed', breaking: true, reason: 'queries on the column fail' },
  renamed: { kind: 'changed', breaking: true, reason: 'queries must use the new name' },
} as const satisfies Record<string, Verdict>;

function codes(list: string[]): string {
  const shown = list.slice(0, 5).map((code) => `\`${code}\``).join(', ');
  const more = list.length > 5 ? ` and ${list.length - 5} more` : '';
  return `${list.length === 1 ? 'code' : 'codes'} ${shown}${more}`;
}

/** `+22.3%`, `-4%`. */
export function signedPercent(ratio: number): string {
  const percent = Math.round(ratio * 1000) / 10;
  return `${percent > 0 ? '+' : ''}${percent}%`;
}
