import type { z } from 'astro/zod';
import { formatPath, type Problem } from './problem.ts';
import { closest } from './suggest.ts';

type Issue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;

/**
 * Wording for zod's built-in checks, written for content editors. Messages a
 * schema sets itself (its `error:` option) take precedence over these.
 */
export function editorMessage(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `missing; expected ${article(issue.expected)}`
        : `expected ${article(issue.expected)}, found ${describe(issue.input)}`;
    case 'invalid_value':
      return (
        `expected one of ${issue.values.map(quote).join(', ')}, ` +
        `found ${describe(issue.input)}`
      );
    case 'too_small':
      if (issue.origin === 'array') return `expected at least ${issue.minimum} item(s)`;
      if (issue.origin === 'string') return 'expected text, found an empty value';
      return `expected ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map(quote).join(', ')}`;
    default:
      return undefined;
  }
}

/** Parses `data` with `schema`; on failure returns one problem per issue. */
export function parseWith<T extends z.ZodType>(
  schema: T,
  data: unknown,
  file: string,
): { ok: true; data: z.output<T> } | { ok: false; problems: Problem[] } {
  const result = schema.safeParse(data, { error: editorMessage, reportInput: true });
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => toProblem(issue, schema, file)),
  };
}

function toProblem(issue: Issue, schema: z.ZodType, file: string): Problem {
  return {
    file,
    path: formatPath(issue.path),
    message: issue.message,
    hint: hintFor(issue, schema),
  };
}

function hintFor(issue: Issue, schema: z.ZodType): string | undefined {
  if (issue.code === 'unrecognized_keys') {
    const allowed = fieldsAt(schema, issue.path);
    const guesses = issue.keys.flatMap((key) => {
      const guess = closest(key, allowed);
      return guess ? [`\`${guess}\` for \`${key}\``] : [];
    });
    if (guesses.length) return `did you mean ${guesses.join(', ')}?`;
    return allowed.length ? `allowed fields here: ${allowed.join(', ')}` : undefined;
  }
  if (issue.code === 'invalid_value') {
    const guess =
      typeof issue.input === 'string' ? closest(issue.input, issue.values.map(String)) : undefined;
    return guess ? `did you mean \`${guess}\`?` : undefined;
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return 'add this field; see CONTENT.md for what it holds';
  }
  if (
    issue.code === 'invalid_type' &&
    issue.expected === 'string' &&
    typeof issue.input === 'number'
  ) {
    return 'put the value in quotes, such as "1.10", so YAML keeps it as written';
  }
  return undefined;
}

/** The field names an object schema allows at `path`. */
export function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: unknown = schema;
  for (const part of [...path, undefined]) {
    node = unwrap(node);
    const def = defOf(node);
    if (part === undefined) return def?.shape ? Object.keys(def.shape) : [];
    if (def?.type === 'array') node = def.element;
    else if (def?.shape && typeof part === 'string') node = def.shape[part];
    else return [];
  }
  return [];
}

interface SchemaDef {
  type: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  innerType?: unknown;
  in?: unknown;
  options?: unknown[];
}

function defOf(node: unknown): SchemaDef | undefined {
  return (node as { _zod?: { def?: SchemaDef } } | undefined)?._zod?.def;
}

function unwrap(node: unknown): unknown {
  for (let def = defOf(node); def; def = defOf(node)) {
    if (def.innerType) node = def.innerType;
    else if (def.type === 'pipe') node = def.in;
    else if (def.type === 'union')
      node = def.options?.find((o) => defOf(o)?.shape) ?? def.options?.[0];
    else return node;
  }
  return node;
}

function article(expected: string): string {
  const words: Record<string, string> = {
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping of fields',
    int: 'a whole number',
  };
  return words[expected] ?? expected;
}

function describe(input: unknown): string {
  if (input === null) return 'an empty value';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a mapping';
  if (typeof input === 'string') return `\`${input}\``;
  return `\`${String(input)}\``;
}

function quote(value: unknown): string {
  return `\`${String(value)}\``;
}
