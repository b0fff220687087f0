import {
  meaningVerdict,
  missingCodesVerdict,
  nameCaseVerdict,
  requiredVerdict,
  textVerdict,
  typeVerdict,
  valueSetVerdict,
  type CodeChanges,
  type Verdict,
} from './classify.ts';
import { typeOf, type ComparableColumn, type StoredValue } from './comparable.ts';
import type { ChangeValue, ColumnField, FieldChange } from './version-diff.ts';

/**
 * The fields that differ between one column in two versions. `renamed`
 * says the pair was matched by a rename, which already reports the name.
 * TODO(fields): `generated_by`, `phi`, `examples` and `notes` are not
 * compared yet; a change of `phi` in particular deserves a line.
 */
export function compareColumnFields(
  before: ComparableColumn,
  after: ComparableColumn,
  renamed: boolean,
): FieldChange<ColumnField>[] {
  const changes: FieldChange<ColumnField>[] = [];
  if (looksSame(before, after)) return changes;
  const add = (field: ColumnField, from: ChangeValue, to: ChangeValue, v: Verdict | undefined) => {
    if (v) changes.push({ field, from, to, kind: v.kind, breaking: v.breaking, reason: v.reason });
  };
  if (!renamed && before.name !== after.name) {
    add('name', before.name, after.name, nameCaseVerdict());
  }
  const [typeBefore, typeAfter] = [typeOf(before), typeOf(after)];
  add('type', typeBefore.canonical, typeAfter.canonical, typeVerdict(typeBefore, typeAfter));
  if (before.required !== undefined && after.required !== undefined) {
    const verdict = requiredVerdict(before.required, after.required);
    add('required', before.required, after.required, verdict);
  }
  const unit = meaningVerdict('unit', before.unit, after.unit);
  add('unit', before.unit ?? null, after.unit ?? null, unit);
  if (before.description !== after.description) {
    const [described, redescribed] = [tidy(before.description), tidy(after.description)];
    add('description', described ?? null, redescribed ?? null,
      documentVerdict(described, redescribed));
  }
  const values = codeChanges(before.values, after.values, (v) => v.label);
  if (values) add('values', codesOf(before.values), codesOf(after.values), valueSetVerdict(values));
  const missing = codeChanges(before.missing, after.missing, (m) => m.reason);
  if (missing) {
    add('missing', codesOf(before.missing), codesOf(after.missing), missingCodesVerdict(missing));
  }
  add(
    'code_system',
    before.code_system ?? null,
    after.code_system ?? null,
    meaningVerdict('code system', before.code_system, after.code_system),
  );
  return changes;
}

/**
 * A cheap test that most pairs pass: the same text in every field. Whatever
 * fails it gets the full comparison, which may still find no change.
 */
function looksSame(a: ComparableColumn, b: ComparableColumn): boolean {
  if (a === b) return true;
  const typesEqual = typeof a.type === 'string' || typeof b.type === 'string'
    ? a.type === b.type
    : a.type.raw === b.type.raw;
  return typesEqual && a.name === b.name && a.required === b.required && a.unit === b.unit &&
    a.description === b.description && a.code_system === b.code_system &&
    !a.values?.length && !b.values?.length && !a.missing?.length && !b.missing?.length;
}

/** Free text, where only a change of words counts, not of spacing. */
export function documentVerdict(
  before: string | undefined,
  after: string | undefined,
): Verdict | undefined {
  if (before === after) return undefined;
  if (before === undefined) return { kind: 'added', breaking: false, reason: 'now documented' };
  if (after === undefined) {
    return { kind: 'removed', breaking: false, reason: 'no longer documented' };
  }
  return textVerdict();
}

export function tidy(text: string | undefined): string | undefined {
  const tidied = text?.replace(/\s+/g, ' ').trim();
  return tidied === '' ? undefined : tidied;
}

interface Coded {
  code: StoredValue;
}

/** Codes compare as text: `1` and `"1"` are one code in a CSV file. */
function codeChanges<T extends Coded>(
  before: readonly T[] | undefined,
  after: readonly T[] | undefined,
  label: (entry: T) => string,
): CodeChanges | undefined {
  if (!before?.length && !after?.length) return undefined;
  const old = new Map((before ?? []).map((e) => [String(e.code), label(e)]));
  const now = new Map((after ?? []).map((e) => [String(e.code), label(e)]));
  const added = [...now.keys()].filter((code) => !old.has(code));
  const removed = [...old.keys()].filter((code) => !now.has(code));
  const relabelled = [...now].filter(([code, text]) => old.has(code) && old.get(code) !== text)
    .map(([code]) => code);
  if (added.length + removed.length + relabelled.length === 0) return undefined;
  return { added, removed, relabelled, nowOpen: now.size === 0 };
}

function codesOf(entries: readonly Coded[] | undefined): string[] {
  return (entries ?? []).map((e) => String(e.code));
}
