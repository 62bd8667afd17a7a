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
  /** Other files the problem is about (the other side of a collision), where there are any. */
  related?: string[];
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

// Control characters (ESC, CR, backspace, C1), line and paragraph separators (some terminals and
// log viewers break the line there) and invisible format characters (soft hyphen, zero-width
// spaces, the Arabic letter mark and bidirectional overrides) that a prompt, a clause or a file
// name can carry. Printed raw, a quoted clause could recolour or rewrite the reviewer's terminal
// or CI log, start a line of its own, or hide words.
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** Text quoted from a user's file, safe to print: every unprintable character written as `\u{1b}`. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => `\\u{${char.codePointAt(0)!.toString(16)}}`);
}

/** `file:line: message` plus the expectation and the fix, indented under it. */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return `${printable(where)}: ${formatProblemText(problem)}`;
}

/** A problem's message, expected and fix without its file and line: for a GitHub annotation, which carries them as properties. */
export function formatProblemText(problem: Omit<Problem, 'file'>): string {
  const lines = [printable(problem.message)];
  if (problem.expected) lines.push(`  expected: ${printable(problem.expected).replace(/\n/g, '\n    ')}`);
  if (problem.fix) lines.push(`  fix: ${printable(problem.fix)}`);
  return lines.join('\n');
}

export function formatProblems(problems: Problem[]): string {
  return problems.map(formatProblem).join('\n');
}
