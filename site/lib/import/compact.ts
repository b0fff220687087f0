/** `T` with its possibly-undefined properties made optional instead. */
export type Compact<T> = {
  [K in keyof T as undefined extends T[K] ? never : K]: T[K];
} & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/**
 * Drops properties whose value is undefined. With exactOptionalPropertyTypes
 * an optional property may be absent but not undefined, and YAML and JSON
 * output should not carry empty keys either.
 */
export function compact<T extends object>(value: T): Compact<T> {
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item !== undefined) result[key] = item;
  }
  return result as Compact<T>;
}
