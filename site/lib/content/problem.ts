/**
 * A problem found in content, written for the editor who has to fix it:
 * which file, where inside it, what is wrong and what to do.
 */
export interface Problem {
  /** Path of the file, relative to the repository root where possible. */
  file: string;
  /** Where inside the file, such as `columns[3].type`; empty for the whole file. */
  path: string;
  /** What is wrong, quoting the bad value in backticks. */
  message: string;
  /** What to do about it. */
  hint?: string | undefined;
}

/** Thrown when content cannot be built; its message lists every problem. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Renders problems grouped by file, one line each, hints indented below. */
export function formatProblems(problems: Problem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const lines = [`The content has ${count}. Fix and build again.`];
  const byFile = new Map<string, Problem[]>();
  for (const problem of problems) {
    byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  }
  for (const [file, fileProblems] of byFile) {
    lines.push('', file);
    for (const problem of fileProblems) {
      const where = problem.path ? `${problem.path}: ` : '';
      lines.push(`  ${where}${problem.message}`);
      if (problem.hint) lines.push(`    hint: ${problem.hint}`);
    }
  }
  return lines.join('\n');
}

/** Formats a path such as ['columns', 3, 'type'] as `columns[3].type`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`))
    .join('');
}
