/**
 * Orders a dataset's versions. Dotted numbers (`1.4`, `2.0.1`, `2024.03`,
 * optionally with a leading `v`) compare part by part as numbers; anything else
 * needs an explicit `order` in version.yaml. Returns the ids oldest first, or
 * a reason why they cannot be ordered.
 */
export interface OrderableVersion {
  id: string;
  order?: number | undefined;
}

export type VersionOrder =
  | { ok: true; ids: string[] }
  | { ok: false; reason: string; hint: string };

const dotted = /^v?(\d+(?:\.\d+)*)$/i;

/** The numeric parts of a dotted version, or undefined when it is not one. */
export function versionNumbers(id: string): number[] | undefined {
  const match = dotted.exec(id);
  return match?.[1]?.split('.').map(Number);
}

/** Compares dotted versions numerically; `2.0` and `2.0.0` are equal. */
export function compareDotted(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

export function orderVersions(versions: OrderableVersion[]): VersionOrder {
  const withOrder = versions.filter((v) => v.order !== undefined);
  if (withOrder.length > 0 && withOrder.length < versions.length) {
    const missing = versions.filter((v) => v.order === undefined).map((v) => `\`${v.id}\``);
    return {
      ok: false,
      reason: `some versions have \`order\` but ${missing.join(', ')} ` +
        `${missing.length === 1 ? 'does' : 'do'} not`,
      hint: 'give every version of the dataset an `order` (1 for the oldest), or none',
    };
  }
  if (withOrder.length > 0) {
    const sorted = [...versions].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
    const clash = sorted.find((v, i) => i > 0 && v.order === sorted[i - 1]?.order);
    if (clash) {
      return {
        ok: false,
        reason: `two versions share \`order: ${clash.order}\``,
        hint: 'number the versions 1, 2, 3... from the oldest, each once',
      };
    }
    return { ok: true, ids: sorted.map((v) => v.id) };
  }
  const unordered = versions.filter((v) => versionNumbers(v.id) === undefined);
  if (unordered.length > 0) {
    const names = unordered.map((v) => `\`${v.id}\``).join(', ');
    return {
      ok: false,
      reason: `${names} cannot be compared as dotted numbers such as \`2.1\``,
      hint: 'add `order: N` to every version.yaml of the dataset, 1 for the oldest',
    };
  }
  const parsed = versions.map((v) => ({ id: v.id, numbers: versionNumbers(v.id) ?? [] }));
  parsed.sort((a, b) => compareDotted(a.numbers, b.numbers));
  const at = parsed.findIndex((v, i) =>
    i > 0 && compareDotted(v.numbers, parsed[i - 1]!.numbers) === 0);
  if (at > 0) {
    return {
      ok: false,
      reason: `\`${parsed[at - 1]!.id}\` and \`${parsed[at]!.id}\` are the same version number`,
      hint: 'keep one folder per version number, or add `order` to every version',
    };
  }
  return { ok: true, ids: parsed.map((v) => v.id) };
}
