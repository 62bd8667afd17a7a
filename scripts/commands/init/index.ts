// `promptvault init`: sets a repository up for the vault without touching its prompts: the
// configuration, vault/ with its README, and the git hooks (husky), plus a `prepare` script so
// every clone installs the hooks on `npm install`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { UserError } from '../../lib/errors.ts';
import { listIndex, openRepo } from '../../lib/git/index.ts';
import { detectLayouts, type FoundLayout } from '../../lib/config/known-layouts.ts';
import { CONFIG_FILE, DEFAULT_CODEX_GLOBS, DEFAULT_PROMPT_GLOBS, globOutsideRepository } from '../../lib/schema/config-defaults.ts';
import { packageRoot } from '../../lib/package-root-fs.ts';
import { writeFileAtomic } from '../../lib/vault/write-fs.ts';

export interface InitOptions {
  cwd: string;
  /** Glob patterns of prompt files (default: the known layouts found, else `prompts/**\/*.md`). */
  prompts?: string[];
  /** Glob patterns of clause files (default `codex/**\/*.md`). */
  codex?: string[];
  /** Only (re)install the git hooks: what `prepare` runs on every `npm install`. */
  hooksOnly?: boolean;
}

export interface InitResult {
  /** Files created or changed, relative to the repository root. */
  changed: string[];
  /** Files left as they were because they already had what init would write. */
  kept: string[];
  /** Known prompt layouts found among the repository's files (git ls-files). */
  detected: FoundLayout[];
  /** The prompt globs written into a new `.promptvault.yaml`; undefined when it was kept. */
  prompts?: string[];
  /** Where `prompts` came from: --prompts, the layouts detected, or the default. */
  promptsFrom?: 'option' | 'detected' | 'default';
}

const HOOKS: Record<string, string> = {
  'pre-commit': 'promptvault record --hook pre-commit',
  'pre-merge-commit': 'promptvault record --hook pre-merge-commit',
};

export async function init(options: InitOptions): Promise<InitResult> {
  checkGlobs(options);
  const repo = await openRepo({ cwd: options.cwd });
  const result: InitResult = { changed: [], kept: [], detected: [] };
  installHooks(repo.dir, result);
  if (options.hooksOnly) return result;

  result.detected = detectLayouts((await listIndex(repo, { pathspecs: [] })).map((entry) => entry.path));
  const config = path.join(repo.dir, CONFIG_FILE);
  if (fs.existsSync(config)) result.kept.push(CONFIG_FILE);
  else {
    const [prompts, from] = options.prompts?.length ? [options.prompts, 'option' as const]
      : result.detected.length > 0 ? [result.detected.map((layout) => layout.glob), 'detected' as const]
      : [DEFAULT_PROMPT_GLOBS, 'default' as const];
    writeFileAtomic(config, configText(prompts, options.codex ?? DEFAULT_CODEX_GLOBS), CONFIG_FILE);
    result.changed.push(CONFIG_FILE);
    result.prompts = prompts;
    result.promptsFrom = from;
  }
  ignoreNodeModules(repo.dir, result);
  for (const folder of ['checkpoints', 'mutations', 'audits']) fs.mkdirSync(path.join(repo.dir, 'vault', folder), { recursive: true });
  const readme = path.join(repo.dir, 'vault/README.md');
  if (fs.existsSync(readme)) result.kept.push('vault/README.md');
  else {
    fs.copyFileSync(path.join(packageRoot(), 'vault/README.md'), readme);
    result.changed.push('vault/README.md');
  }
  addPrepareScript(repo.dir, result);
  return result;
}

/** Globs given on the command line are checked before anything is written. */
function checkGlobs(options: InitOptions): void {
  const problems = (['prompts', 'codex'] as const).flatMap((key) => (options[key] ?? []).flatMap((glob) => {
    const why = glob.trim() === '' ? 'is empty' : globOutsideRepository(glob);
    return why ? [{ code: 'glob-invalid', file: `--${key}`, message: `"${glob}" ${why}`, expected: `a glob relative to the repository root, e.g. --${key} '${key}/**/*.md'` }] : [];
  }));
  if (problems.length > 0) throw new UserError('glob-invalid', 'promptvault init: nothing was written; fix these options first', problems);
}

function configText(prompts: string[], codex: string[]): string {
  const list = (globs: string[]) => `[${globs.map((glob) => `'${glob.replace(/'/g, "''")}'`).join(', ')}]`;
  return [
    '# promptvault settings; every key is described in the promptvault README, "Configuration".',
    `prompts: ${list(prompts)}`,
    `codex: ${list(codex)}`,
    'tokenizer: o200k_base',
    'guard:',
    '  embedder: { kind: builtin }',
    '  threshold: 0.5',
    '',
  ].join('\n');
}

/** husky points core.hooksPath at .husky/_; the hook files are one line each calling the CLI. */
function installHooks(dir: string, result: InitResult): void {
  const require = createRequire(import.meta.url);
  const huskyBin = path.join(path.dirname(require.resolve('husky')), 'bin.js');
  const run = spawnSync(process.execPath, [huskyBin], { cwd: dir, encoding: 'utf8' });
  if (run.status !== 0 || /can't be found|not found|error/i.test(run.stdout + run.stderr)) {
    throw new UserError('hooks-failed', `could not install the git hooks with husky: ${(run.stdout + run.stderr).trim()}`);
  }
  for (const [hook, line] of Object.entries(HOOKS)) {
    const file = path.join(dir, '.husky', hook);
    const rel = `.husky/${hook}`;
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (current.includes(line)) {
      result.kept.push(rel);
      continue;
    }
    fs.writeFileSync(file, `${current}${current && !current.endsWith('\n') ? '\n' : ''}${line}\n`);
    result.changed.push(rel);
  }
}

/** node_modules (where promptvault itself is installed) must not be committed with the vault. */
function ignoreNodeModules(dir: string, result: InitResult): void {
  const file = path.join(dir, '.gitignore');
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (text.split(/\r?\n/).some((line) => /^\/?(\*\*\/)?node_modules\/?(\*\*?)?$/.test(line.trim()))) {
    result.kept.push('.gitignore');
    return;
  }
  writeFileAtomic(file, `${text}${text && !text.endsWith('\n') ? '\n' : ''}node_modules/\n`, undefined, '.gitignore');
  result.changed.push('.gitignore');
}

function addPrepareScript(dir: string, result: InitResult): void {
  const file = path.join(dir, 'package.json');
  if (!fs.existsSync(file)) return;
  const text = fs.readFileSync(file, 'utf8');
  const pkg = JSON.parse(text) as { scripts?: Record<string, string> };
  const prepare = pkg.scripts?.prepare;
  if (prepare?.includes('promptvault init --hooks') || prepare?.includes('husky')) {
    result.kept.push('package.json');
    return;
  }
  pkg.scripts = { ...pkg.scripts, prepare: prepare ? `${prepare} && promptvault init --hooks` : 'promptvault init --hooks' };
  const indent = /^(\s+)"/m.exec(text)?.[1] ?? '  ';
  writeFileAtomic(file, `${JSON.stringify(pkg, null, indent)}\n`, 'package.json');
  result.changed.push('package.json');
}
