import type { Problem } from '../content/problem.ts';

/**
 * Thrown when a source cannot be imported. It carries every problem found,
 * not only the first, so that one run shows the editor all there is to fix.
 */
export class ImportError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ImportError';
    this.problems = problems;
  }
}

/**
 * One problem as a line or two: `file, where: what` and an indented hint.
 * Used for warnings too, so both read alike in the terminal.
 */
export function formatProblem(problem: Problem): string {
  const where = problem.path ? `${problem.file}, ${problem.path}` : problem.file;
  const line = `${where}: ${problem.message}`;
  return problem.hint ? `${line}\n  hint: ${problem.hint}` : line;
}
