// Errors a user can act on. Everything else thrown is our bug, and the CLI prints its stack.

/** One problem found in a user's file: where it is, what was expected, how to fix it. */
export interface Problem {
  /** Stable machine-readable code, e.g. `front-matter-invalid`. */
  code: string;
  /** Repository-relative path of the file at fault. */
  file: string;
  /** 1-based line, when the problem has one. */
  line?: number;
  /** What is wrong, quoting what was received (cut to ~200 characters). */
  message: string;
  /** What was expected, with an example where one helps. */
  expected?: string;
  /** The command or edit that fixes it. */
  fix?: string;
}

/** A user's mistake: carries every problem found, so they are reported in one block. */
export class UserError extends Error {
  readonly code: string;
  readonly problems: Problem[];
  /** Exit code the CLI uses: 2 for invalid input, 1 for a failing state. */
  readonly exitCode: number;

  constructor(code: string, message: string, problems: Problem[] = [], options: { cause?: unknown; exitCode?: number } = {}) {
    super(message, { cause: options.cause });
    this.name = 'UserError';
    this.code = code;
    this.problems = problems;
    this.exitCode = options.exitCode ?? 2;
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

/** Cut received text so an error message stays readable. */
export function truncate(text: string, max = 200): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

/** `file:line: message` plus the expectation and the fix, indented under it. */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const lines = [`${where}: ${problem.message}`];
  if (problem.expected) lines.push(`  expected: ${problem.expected.replace(/\n/g, '\n    ')}`);
  if (problem.fix) lines.push(`  fix: ${problem.fix}`);
  return lines.join('\n');
}

export function formatProblems(problems: Problem[]): string {
  return problems.map(formatProblem).join('\n');
}
