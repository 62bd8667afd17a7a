// Node-only: runs the native git binary. Native git honours GIT_INDEX_FILE, which is how a
// pre-commit hook learns which index `git commit -a` or `git commit <paths>` is committing.
import { spawn, spawnSync } from 'node:child_process';
import { UserError } from '../errors.ts';

export interface GitRunOptions {
  /** Working tree root the command runs in. */
  dir: string;
  /** Extra environment (merged over process.env). */
  env?: Record<string, string | undefined>;
  /** Bytes written to stdin. */
  input?: string | Uint8Array;
  /** Exit codes that are not failures (e.g. 1 for `git grep` finding nothing). */
  okCodes?: number[];
  /**
   * Receives stdout as it arrives, instead of collecting it (the result's stdout is then empty).
   * Returning 'stop' ends git there (a reader that has what it needs): git is killed, nothing more
   * is read, and the run counts as a success (code 0), whatever git's exit.
   */
  onStdout?: (chunk: Buffer) => void | 'stop';
}

export interface GitResult {
  stdout: Buffer;
  stderr: string;
  code: number;
}

/** Runs `git <args>` and returns its output; a non-zero exit (outside okCodes) throws. */
export function runGit(args: string[], options: GitRunOptions): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd: options.dir, env: { ...process.env, ...options.env }, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let stopped = false;
    const read = options.onStdout;
    child.stdout.on('data', (chunk: Buffer) => {
      if (stopped) return;
      if (!read) out.push(chunk);
      else if (read(chunk) === 'stop') {
        stopped = true;
        child.stdout.destroy();
        child.kill();
      }
    });
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => reject(new UserError('git-missing', `could not run git: ${error.message}. Install git and make sure it is on the PATH.`, [], { cause: error })));
    child.on('close', (code) => {
      const result = { stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), code: stopped ? 0 : (code ?? 1) };
      if (stopped || code === 0 || options.okCodes?.includes(code ?? -1)) resolve(result);
      else reject(new GitCommandError(args, result));
    });
    child.stdin.on('error', () => {});
    child.stdin.end(options.input ?? '');
  });
}

/**
 * runGit, waiting: for the rare answer a synchronous caller cannot go without (the hook's source
 * list found damaged halfway through a lookup, source-list-cache-fs.ts). Same errors.
 */
export function runGitSync(args: string[], options: Omit<GitRunOptions, 'onStdout'>): GitResult {
  const child = spawnSync('git', args, { cwd: options.dir, env: { ...process.env, ...options.env }, input: options.input ?? '', maxBuffer: Infinity });
  if (child.error) throw new UserError('git-missing', `could not run git: ${child.error.message}. Install git and make sure it is on the PATH.`, [], { cause: child.error });
  const result = { stdout: child.stdout, stderr: child.stderr.toString('utf8'), code: child.status ?? 1 };
  if (result.code !== 0 && !options.okCodes?.includes(result.code)) throw new GitCommandError(args, result);
  return result;
}

/** A git command failed: usually our bug or a broken repository, so it keeps the full output. */
export class GitCommandError extends Error {
  readonly code = 'git-failed';
  readonly result: GitResult;
  constructor(args: string[], result: GitResult) {
    super(`git ${args.join(' ')} exited with ${result.code}: ${result.stderr.trim()}`);
    this.name = 'GitCommandError';
    this.result = result;
  }
}

/** Splits NUL-separated output, dropping the empty tail. */
export function splitNul(buffer: Buffer): string[] {
  const text = buffer.toString('utf8');
  const parts = text.split('\0');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}
