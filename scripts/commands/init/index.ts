// `promptvault init`: sets a repository up for the vault without touching its prompts: the
// configuration, vault/ with its README, and the git hooks (husky), plus a `prepare` script so
// every clone installs the hooks on `npm install`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { UserError } from '../../lib/errors.ts';
import { listUncommitted, listWorkFiles, openRepo, readAuthorIdent, readAuthorIdentOrigin } from '../../lib/git/index.ts';
import { mainWorktreeRoot } from '../../lib/git/common-dir-fs.ts';
import { reviewerEmail } from '../../lib/guard/identity.ts';
import { detectLayouts, type FoundLayout } from '../../lib/config/known-layouts.ts';
import { detectWorkspaceLayouts } from '../../lib/config/workspace-layouts.ts';
import { detectCodex } from '../../lib/config/detect-codex.ts';
import { postCommitLine } from '../../lib/config/post-commit-line.ts';
import { braceGlobs, findIdCollisions, widenGlobs, type IdCollision } from '../../lib/config/id-collisions.ts';
import { classifyPath, idFromPath } from '../../lib/prompt/locate.ts';
import { CONFIG_FILE, DEFAULT_CODEX_GLOBS, DEFAULT_PROMPT_GLOBS, globOutsideRepository } from '../../lib/schema/config-defaults.ts';
import { packageRoot } from '../../lib/package-root-fs.ts';
import { writeFileAtomic } from '../../lib/vault/write-fs.ts';
import { readPrepareScript } from '../../lib/config/prepare-script.ts';
import { readPackageScripts } from '../../lib/config/package-scripts-fs.ts';
import { findLinkedRootFiles } from '../../lib/config/linked-root-files-fs.ts';
import { hasCrlfLineEnds, hookFilesStayLf, keepHookFilesLf, withLfLineEnds } from '../../lib/config/hook-line-endings-fs.ts';
import { readFrameworkPromptvault, type FrameworkPromptvault } from '../../lib/config/pre-commit-config-fs.ts';
import { rewriteOutdatedHookLines } from '../../lib/config/outdated-hook-lines.ts';
import { findInvalidClauses } from './invalid-clauses-fs.ts';
import { globsTakingNothing, type EmptyGlob } from '../../lib/config/globs-taking-nothing.ts';
import { readConfig } from '../../lib/config/read-fs.ts';

export interface InitOptions {
  cwd: string;
  /** Glob patterns of prompt files (default: the known layouts found, else `prompts/**\/*.md`). */
  prompts?: string[];
  /** Glob patterns of clause files (default `codex/**\/*.md`). */
  codex?: string[];
  /**
   * Who may accept or reject a flagged clause change (`review.reviewers`), as `Name <email>` or an
   * email. Default: git's author identity here, wherever git takes it from (said in the result).
   */
  reviewers?: string[];
  /** Only (re)install the git hooks: what `prepare` runs on every `npm install`. */
  hooksOnly?: boolean;
}

export interface InitResult {
  /** The repository root (the working tree's top folder). */
  root: string;
  /** Files created or changed, relative to the repository root. */
  changed: string[];
  /** Files left as they were because they already had what init would write. */
  kept: string[];
  /**
   * What to `git add` for the adoption commit: the files written now and those an earlier run
   * wrote that are not committed yet (init run again with other --prompts), and the lockfile the
   * install of promptvault changed, relative to the root.
   */
  toStage: string[];
  /**
   * A sparse checkout: `git add` refuses a file init wrote outside its cone (vault/README.md when
   * vault/ is left out, as it may be), so the files are staged with `git add --sparse`.
   */
  stageSparse?: boolean;
  /** Known prompt layouts found among the repository's files (git ls-files). */
  detected: FoundLayout[];
  /**
   * With a `.promptvault.yaml` kept: the layouts found whose files its globs take none of (a
   * second init after the prompts moved to another folder, or a tool's folder added since), with
   * how many files each; they go unrecorded until a glob takes them. Empty otherwise.
   */
  notTaken: FoundLayout[];
  /** The prompt globs written into a new `.promptvault.yaml`; undefined when it was kept. */
  prompts?: string[];
  /** Where `prompts` came from: --prompts, the layouts detected, or the default. */
  promptsFrom?: 'option' | 'detected' | 'default';
  /** The globs given with --prompts or --codex, written into a new `.promptvault.yaml`, that take no file here. */
  emptyGlobs?: EmptyGlob[];
  /** The codex globs written into a new `.promptvault.yaml`; undefined when it was kept. */
  codex?: string[];
  /** Where `codex` came from: --codex, the `codex/` folders found (with how many clauses), or the default. */
  codexFrom?: { from: 'option' } | { from: 'detected'; files: number } | { from: 'default' };
  /** The `review.reviewers` written into a new `.promptvault.yaml` (none: git has no identity here, anyone's review counts). */
  reviewers?: string[];
  /**
   * Where `reviewers` came from: `option` (--reviewer), or where git's identity is set
   * (readAuthorIdentOrigin: `local`, `global`, `environment`, `guessed`, ...), `none` without one.
   * Any but `option` and `local` is likely someone's personal address, not the one they review with.
   */
  reviewersFrom?: string;
  /** Files the written globs give one prompt id: a commit adding or editing them is blocked. */
  collisions: IdCollision[];
  /** Files the detected globs gave one id, kept apart by writing their wider glob instead; `ids` are theirs under it. */
  widened?: (IdCollision & { ids: string[] })[];
  /** Files the detected globs gave one id with no folder in common, kept apart by writing those globs with their folder in braces; `ids` are theirs then. */
  braced?: (IdCollision & { ids: string[] })[];
  /**
   * Files the wider globs take in that none of the found layouts named (a skill's reference.md,
   * a README.md inside .claude/commands/): prompts from now on, said so that none is one unawares.
   */
  widenedAlsoTakes?: string[];
  /**
   * Run in a linked worktree: the main worktree's hook files written (absolute paths), which run
   * the hooks of every worktree; `changed` lists this worktree's copies, the ones to commit here.
   */
  mainWorktreeHooks?: string[];
  /**
   * Hook files found with CRLF line ends (a Windows clone with core.autocrlf=true checked them
   * out so, and sh cannot run them) and rewritten with LF, relative to the main worktree.
   */
  lineEndsFixed?: string[];
  /** `--hooks` only: package.json's prepare script is the bare one an older init wrote, which fails `npm ci --omit=dev`. */
  prepareOutdated?: boolean;
  /** Lines of the hook files exactly as an older init wrote them, rewritten as init writes them now (outdated-hook-lines.ts), with why. */
  linesRewritten?: { file: string; line: number; why: string }[];
  /** With `lineEndsFixed`: whether .gitattributes lacks the line that keeps them LF in every checkout. */
  lineEndsAttributeMissing?: boolean;
  /**
   * The pre-commit framework runs promptvault here (its .pre-commit-config.yaml lists our hooks):
   * husky's hooks, the prepare script and the .gitattributes line for them were left out, so that
   * `record` runs once per commit. `alsoHusky`: husky's hook files that run promptvault all the
   * same (an earlier init's, with core.hooksPath pointing at them), relative to the main worktree.
   */
  framework?: FrameworkPromptvault & { alsoHusky: string[] };
  /**
   * core.hooksPath is a folder of the team's own whose every hook file already runs promptvault
   * (chained as init's refusal said): init writes the config and vault/ but no husky hooks,
   * prepare script or .gitattributes line, as with the pre-commit framework. The folder as set.
   */
  ownHooks?: string;
}

/** The hooks promptvault needs, as lines calling `cli` (the way to run promptvault here). */
export function hookLines(cli: string): Record<string, string> {
  return {
    'pre-commit': `${cli} record --hook pre-commit`,
    'pre-merge-commit': `${cli} record --hook pre-merge-commit`,
    // After a revert or cherry-pick only, as the pre-commit framework's hook does (post-commit-line.ts).
    'post-commit': postCommitLine(cli),
    'post-rewrite': `${cli} repair --hook post-rewrite "$1"`,
  };
}

/** The hook files init writes, as .gitattributes patterns see them. */
const HOOK_FILES = Object.keys(hookLines('')).map((hook) => `.husky/${hook}`);

/** What tells that a hook file already runs promptvault, whatever the command prefix. */
const HOOK_MARKERS: Record<string, string> = {
  'pre-commit': 'record --hook pre-commit',
  'pre-merge-commit': 'record --hook pre-merge-commit',
  'post-commit': 'repair --hook post-commit',
  'post-rewrite': 'repair --hook post-rewrite',
};

/**
 * The hook files run from the main worktree's .husky/ (core.hooksPath is absolute, so linked
 * worktrees, which have no .husky/_, run them too); they find node and promptvault next to
 * themselves, in the main worktree's node_modules, because a linked worktree has none. Their
 * folder is $0 cut at its last slash, not `$(dirname "$0")`: each of those forked a shell and ran
 * a program on every commit (this repository's own pre-commit had two); git and husky run a hook
 * by a path with a slash, and a hook run by its bare name gets `.`.
 */
const FIND_CLI = 'hook_dir=${0%/*}; [ "$hook_dir" != "$0" ] || hook_dir=.; export PATH="$hook_dir/../node_modules/.bin:$PATH"';
/** The line earlier inits wrote instead: still right, so kept rather than joined by the new one. */
const FIND_CLI_BEFORE = 'export PATH="$(dirname "$0")/../node_modules/.bin:$PATH"';

export async function init(options: InitOptions): Promise<InitResult> {
  checkGlobs(options);
  const repo = await openRepo({ cwd: options.cwd });
  const result: InitResult = { root: repo.dir, changed: [], kept: [], toStage: [], detected: [], collisions: [], notTaken: [] };
  // Before the hooks are installed: a refused init writes nothing.
  const linked = options.hooksOnly ? [] : findLinkedRootFiles(repo.dir);
  if (linked.length > 0) throw new UserError('root-file-symlink', 'promptvault init: nothing was written; these files are symbolic links', linked);
  // Tracked and untracked files (not ignored ones): a project setting up before its first commit
  // has its prompt files in the working tree only, and they would get the default glob. Never an
  // installed package's files: a repository whose .gitignore does not list node_modules/ yet (init
  // writes it) would get `node_modules/*/prompts/**/*.md` from a dependency's own prompts.
  const paths = options.hooksOnly ? [] : (await listWorkFiles(repo, { pathspecs: [':(exclude,glob)**/node_modules/**'] })).map((entry) => entry.path);
  const config = path.join(repo.dir, CONFIG_FILE);
  const writesConfig = !options.hooksOnly && !fs.existsSync(config);
  const foundCodex = writesConfig && !options.codex?.length ? detectCodex(paths) : undefined;
  const codex = options.codex?.length ? options.codex : foundCodex?.globs ?? DEFAULT_CODEX_GLOBS;
  // Before the hooks are installed too: a clause that does not read would block the first commit
  // touching it, and backfill would skip it in every commit it spans.
  const badClauses = writesConfig ? findInvalidClauses(repo.dir, paths, { prompts: [], codex }) : [];
  if (badClauses.length > 0) {
    throw new UserError(badClauses[0]!.code, `promptvault init: nothing was written; ${badClauses.length} problem(s) in the clause files the codex glob ${codex.join(', ')} takes: fix them (each as named), or run init with --codex GLOB that leaves them out`, badClauses);
  }
  // One installer of the hooks: with husky's hooks too, each commit ran `record` twice (husky's
  // line and the framework's hook, which init chained from husky's).
  const framework = readFrameworkPromptvault(mainWorktreeRoot(repo));
  if (framework) result.framework = { ...framework, alsoHusky: await huskyFilesRunningPromptvault(repo) };
  else await installHooks(repo, result);
  if (options.hooksOnly) {
    // Run by `npm install`: package.json is the user's file, so an outdated script is named, not rewritten.
    if (readPrepareScript(readPackageScripts(repo.dir)?.prepare).state === 'outdated') result.prepareOutdated = true;
    return result;
  }

  // A monorepo's packages keep the same layouts one or two folders down (apps/*/.claude/agents/).
  result.detected = [...detectLayouts(paths), ...detectWorkspaceLayouts(paths)];
  if (!writesConfig) {
    result.kept.push(CONFIG_FILE);
    result.notTaken = layoutsNotTaken(repo.dir, paths, result.detected);
  } else {
    result.codex = codex;
    result.codexFrom = options.codex?.length ? { from: 'option' } : foundCodex ? { from: 'detected', files: foundCodex.files } : { from: 'default' };
    let [prompts, from] = options.prompts?.length ? [options.prompts, 'option' as const]
      : result.detected.length > 0 ? [result.detected.map((layout) => layout.glob), 'detected' as const]
      : [DEFAULT_PROMPT_GLOBS, 'default' as const];
    result.collisions = findIdCollisions(paths, { prompts, codex });
    // Globs init chose itself are not left giving two files one id (every commit touching them
    // would be blocked, and changing the globs after `backfill` gives every prompt under them a
    // new id without its history): the wider glob that keeps them apart is written instead.
    const widened = from === 'detected' && result.collisions.length > 0 ? widenGlobs(prompts, result.collisions) : null;
    if (widened && findIdCollisions(paths, { prompts: widened, codex }).length === 0) {
      result.widened = result.collisions.map((collision) => ({ ...collision, ids: collision.paths.map((file) => idFromPath(file, 'prompt', { prompts: widened, codex })) }));
      const found = prompts;
      const taken = paths.filter((file) => classifyPath(file, { prompts: widened, codex }) === 'prompt' && classifyPath(file, { prompts: found, codex }) !== 'prompt');
      if (taken.length > 0) result.widenedAlsoTakes = taken;
      result.collisions = [];
      prompts = widened;
    } else if (from === 'detected' && result.collisions.length > 0) {
      // No folder in common (a plugin repository's root agents/ and commands/): each glob keeps
      // its folder in the ids instead, so both files are recorded. Only for globs init chose, in a
      // repository not set up yet: an existing config's ids stay what they were.
      const braced = braceGlobs(prompts, result.collisions);
      if (braced && findIdCollisions(paths, { prompts: braced, codex }).length === 0) {
        result.braced = result.collisions.map((collision) => ({ ...collision, ids: collision.paths.map((file) => idFromPath(file, 'prompt', { prompts: braced, codex })) }));
        result.collisions = [];
        prompts = braced;
      }
    }
    // One entry per reviewer: reviews are matched by email, so a repeated --reviewer (or the same
    // address under another name) adds nothing but noise to the config.
    const given = (options.reviewers ?? []).filter((reviewer, index, all) => all.findIndex((other) => reviewerEmail(other)?.toLowerCase() === reviewerEmail(reviewer)?.toLowerCase()) === index);
    const ident = given.length ? undefined : await readAuthorIdent(repo);
    result.reviewers = given.length ? given : ident ? [ident] : [];
    result.reviewersFrom = given.length ? 'option' : ident ? await readAuthorIdentOrigin(repo) : 'none';
    writeFileAtomic(config, configText(prompts, codex, result.reviewers), CONFIG_FILE);
    result.changed.push(CONFIG_FILE);
    result.prompts = prompts;
    result.promptsFrom = from;
    result.emptyGlobs = globsTakingNothing(paths, { prompts: options.prompts, codex: options.codex });
  }
  ignoreNodeModules(repo.dir, result);
  if (!framework && !result.ownHooks) result[await keepHookFilesLf(repo, HOOK_FILES)].push('.gitattributes');
  for (const folder of ['checkpoints', 'mutations', 'audits']) fs.mkdirSync(path.join(repo.dir, 'vault', folder), { recursive: true });
  const readme = path.join(repo.dir, 'vault/README.md');
  if (fs.existsSync(readme)) result.kept.push('vault/README.md');
  else {
    fs.copyFileSync(path.join(packageRoot(), 'vault/README.md'), readme);
    result.changed.push('vault/README.md');
  }
  if (!framework && !result.ownHooks) addPrepareScript(repo.dir, result);
  // package.json too: where init writes no prepare script (the framework's or the team's own
  // hooks run promptvault), the devDependency the install added was left out of the list.
  const lockfiles = [...LOCKFILES, 'package.json'].filter((file) => fs.existsSync(path.join(repo.dir, file)));
  const pending = new Set(await listUncommitted(repo, { pathspecs: [...result.kept, ...lockfiles] }));
  // The install that brought promptvault wrote the lockfile: left out of the adoption commit,
  // package.json names a devDependency the committed lockfile lacks, and CI's `npm ci` refuses
  // to install ("package.json and package-lock.json ... are not in sync"; with no lockfile at
  // all, "can only install with an existing package-lock.json").
  result.toStage = [...new Set([...result.changed, ...[...result.kept, ...lockfiles].filter((file) => pending.has(file))])];
  if (await runGitText(repo.dir, ['config', '--bool', 'core.sparseCheckout']) === 'true') result.stageSparse = true;
  return result;
}

/**
 * The found layouts none of whose files the kept config's globs take (as prompt or clause): one
 * init writes a config, and a second one, run after the prompts moved or a tool's folder came in,
 * found them and kept the config without a word, so they went unrecorded. A config that does not
 * read is the hook's and check's to name: nothing said here then.
 */
function layoutsNotTaken(dir: string, paths: readonly string[], detected: readonly FoundLayout[]): FoundLayout[] {
  let config;
  try {
    config = readConfig(dir);
  } catch {
    return [];
  }
  return detected.filter((layout) => {
    const files = paths.filter((file) => classifyPath(file, { prompts: [layout.glob], codex: [] }) === 'prompt');
    return files.length > 0 && files.every((file) => !classifyPath(file, config));
  });
}

/** The lockfiles of npm, Yarn, pnpm and Bun, at the root where `npm install -D promptvault` writes them. */
const LOCKFILES = ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock', 'bun.lockb'];

/** Globs and reviewers given on the command line are checked before anything is written. */
function checkGlobs(options: InitOptions): void {
  const problems = (['prompts', 'codex'] as const).flatMap((key) => (options[key] ?? []).flatMap((glob) => {
    const why = glob.trim() === '' ? 'is empty' : globOutsideRepository(glob);
    return why ? [{ code: 'glob-invalid', file: `--${key}`, message: `"${glob}" ${why}`, expected: `a glob relative to the repository root, e.g. --${key} '${key}/**/*.md'` }] : [];
  }));
  problems.push(...(options.reviewers ?? []).flatMap((reviewer) => (reviewerEmail(reviewer) ? [] : [{
    code: 'reviewer-invalid', file: '--reviewer', message: `"${reviewer}" names no email (reviews are matched by the email of the commit that makes them)`,
    expected: 'a git identity or an email, e.g. --reviewer "Dana Lee <dana@example.com>" or --reviewer dana@example.com',
  }])));
  if (problems.length > 0) throw new UserError(problems[0]!.code, 'promptvault init: nothing was written; fix these options first', problems);
}

function configText(prompts: string[], codex: string[], reviewers: string[]): string {
  // Single-quoted, as people write them; a glob holding a line break or another control
  // character (a folder named so) as a JSON string, which YAML reads back exactly (a single-quoted
  // one folds the break into a space, or ends the flow list).
  const quote = (glob: string) => (/[\u0000-\u001f\u007f]/.test(glob) ? JSON.stringify(glob) : `'${glob.replace(/'/g, "''")}'`);
  const list = (globs: string[]) => `[${globs.map(quote).join(', ')}]`;
  // The gate starts closed to all but the reviewers given, or the person setting it up (git's
  // identity), who adds the team.
  const review = reviewers.length > 0
    ? ['review:', '  # whose accept/reject of a flagged clause change counts in `promptvault check` (by email): add your reviewers', `  reviewers: ${list(reviewers)}`]
    : ['# review:', '#   reviewers: [\'Dana Lee <dana@example.com>\']   # whose accept/reject counts; without it anyone\'s does'];
  return [
    '# promptvault settings; every key is described in the promptvault README, "Configuration".',
    `prompts: ${list(prompts)}`,
    `codex: ${list(codex)}`,
    'tokenizer: o200k_base',
    'guard:',
    '  embedder: { kind: builtin }',
    '  threshold: 0.5',
    ...review,
    '',
  ].join('\n');
}

/**
 * husky installs its runner in .husky/_; core.hooksPath then points there, absolute, so every
 * worktree of the repository uses it. The hook files are a few lines each calling the CLI. A
 * core.hooksPath of the user's own is never replaced (their hooks would silently stop), and hooks
 * already in .git/hooks are chained from ours.
 */
async function installHooks(repo: { dir: string; gitdir: string }, result: InitResult): Promise<void> {
  const commonDir = path.resolve(repo.dir, (await runGitText(repo.dir, ['rev-parse', '--git-common-dir'])) || '.git');
  const mainRoot = mainWorktreeRoot(repo);
  const ourPath = path.join(mainRoot, '.husky', '_');
  const linked = path.resolve(repo.dir) !== path.resolve(mainRoot);
  const current = await runGitText(repo.dir, ['config', '--get', 'core.hooksPath']);
  if (current && !isHuskyPath(current, mainRoot, ourPath)) {
    // Chained as the refusal below says: before, init refused all the same, and a team that had
    // added the lines to its own hooks had no way to write the config and vault/ (doctor said ok).
    const unchained = hooksNotRunningPromptvault(path.resolve(repo.dir, current));
    if (unchained.length === 0) {
      result.ownHooks = current;
      return;
    }
    throw new UserError('hooks-path-taken', hooksPathTakenMessage(current, unchained), [], { exitCode: 1 });
  }
  const require = createRequire(import.meta.url);
  const huskyBin = path.join(path.dirname(require.resolve('husky')), 'bin.js');
  const run = spawnSync(process.execPath, [huskyBin], { cwd: mainRoot, encoding: 'utf8' });
  if (run.status !== 0 || /can't be found|not found|error/i.test(run.stdout + run.stderr)) {
    throw new UserError('hooks-failed', `could not install the git hooks with husky: ${(run.stdout + run.stderr).trim()}`);
  }
  spawnSync('git', ['config', 'core.hooksPath', ourPath], { cwd: repo.dir });
  const cli = isPromptvaultItself(mainRoot) ? 'node "$hook_dir/../scripts/bin.js"' : 'promptvault';
  for (const [hook, line] of Object.entries(hookLines(cli))) {
    const file = path.join(mainRoot, '.husky', hook);
    const rel = `.husky/${hook}`;
    const raw = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    // A line an older init wrote (a slower or looser post-commit line) is rewritten as init writes it now, with its own command.
    const { text: existing, rewritten } = rewriteOutdatedHookLines(hook, withLfLineEnds(raw), (found) => hookLines(found)[hook]!);
    if (hasCrlfLineEnds(raw)) (result.lineEndsFixed ??= []).push(rel);
    if (rewritten.length > 0) (result.linesRewritten ??= []).push(...rewritten.map((found) => ({ file: rel, line: found.line, why: found.why })));
    const lines: string[] = [];
    const previous = path.join(commonDir, 'hooks', hook);
    const chain = `h="$(git rev-parse --git-common-dir)/hooks/${hook}"; if [ -x "$h" ]; then "$h" "$@"; fi  # the hook that was here before promptvault`;
    if (isExecutable(previous) && !existing.includes(`/hooks/${hook}"`)) lines.push(chain);
    const addsLine = !existing.includes(HOOK_MARKERS[hook]!);
    // An earlier init's PATH line does, unless the line added here needs $hook_dir, which only the new one sets.
    const findsCli = existing.includes(FIND_CLI) || (existing.includes(FIND_CLI_BEFORE) && !(addsLine && line.includes('$hook_dir')));
    if (!findsCli) lines.push(FIND_CLI);
    if (addsLine) lines.push(line);
    if (lines.length === 0 && raw === existing) {
      if (!linked) result.kept.push(rel);
      continue;
    }
    // The chain and the PATH go first: the hook that was here runs before ours, as it did before.
    const head = lines.filter((l) => l !== line);
    const body = existing.trimEnd();
    fs.writeFileSync(file, [...head, ...(body ? [body] : []), ...(lines.includes(line) ? [line] : [])].join('\n') + '\n');
    if (linked) (result.mainWorktreeHooks ??= []).push(file);
    else result.changed.push(rel);
  }
  if (linked) copyHooksHere(repo.dir, mainRoot, result);
  // A mended file differs from git's checkout only in line ends, which git normalises away; but
  // its size no longer matches the index's stat data, and git status then lists it as modified
  // without reading it (a refresh does not help). Re-recording the entry of a file whose content
  // git sees unchanged (never one with edits of the user's) keeps status clean.
  for (const rel of result.lineEndsFixed ?? []) {
    if (spawnSync('git', ['diff', '--quiet', '--', rel], { cwd: mainRoot }).status === 0) spawnSync('git', ['update-index', '--', rel], { cwd: mainRoot });
  }
  // A clone made before the attribute was committed keeps its CRLF hook files after a pull brings
  // it (git rewrites only the files a pull changes): the attribute may be there already.
  if (result.lineEndsFixed) result.lineEndsAttributeMissing = !(await hookFilesStayLf(repo, HOOK_FILES));
}

/** husky's hook files that run promptvault while core.hooksPath is husky's, relative to the main worktree. */
async function huskyFilesRunningPromptvault(repo: { dir: string; gitdir: string }): Promise<string[]> {
  const mainRoot = mainWorktreeRoot(repo);
  const current = await runGitText(repo.dir, ['config', '--get', 'core.hooksPath']);
  if (!current || !isHuskyPath(current, mainRoot, path.join(mainRoot, '.husky', '_'))) return [];
  return Object.entries(HOOK_MARKERS).flatMap(([hook, marker]) => {
    try {
      return fs.readFileSync(path.join(mainRoot, '.husky', hook), 'utf8').includes(marker) ? [`.husky/${hook}`] : [];
    } catch {
      return [];
    }
  });
}

/**
 * In a linked worktree the hooks run from the main worktree's .husky/ (core.hooksPath), but what
 * this worktree commits is its own .husky/: the same hook files go there too, so that the files
 * init names for `git add` are this worktree's and the branch carries the hooks.
 */
function copyHooksHere(dir: string, mainRoot: string, result: InitResult): void {
  fs.mkdirSync(path.join(dir, '.husky'), { recursive: true });
  for (const hook of Object.keys(HOOK_MARKERS)) {
    const rel = `.husky/${hook}`;
    const text = fs.readFileSync(path.join(mainRoot, rel), 'utf8');
    const here = path.join(dir, rel);
    if (fs.existsSync(here) && fs.readFileSync(here, 'utf8') === text) {
      result.kept.push(rel);
      continue;
    }
    fs.writeFileSync(here, text, { mode: 0o755 });
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
  writeFileAtomic(file, `${text}${text && !text.endsWith('\n') ? '\n' : ''}node_modules/\n`, '.gitignore');
  result.changed.push('.gitignore');
}

/**
 * husky's runner of this repository; or, absolute, the runner of another place's `.husky/_`: a
 * repository moved or copied (`mv`, `cp -r`) keeps the absolute path init wrote, and git then runs
 * the old copy's hooks (its installed promptvault, its config) or, once that is gone, none.
 */
function isHuskyPath(current: string, mainRoot: string, ourPath: string): boolean {
  const resolved = path.resolve(mainRoot, current);
  if (current === '.husky/_' || resolved === ourPath) return true;
  return path.isAbsolute(current) && path.basename(resolved) === '_' && path.basename(path.dirname(resolved)) === '.husky';
}

/** The hooks whose file in `hooksDir` does not run promptvault: no file, no line, or a file git will not run. */
function hooksNotRunningPromptvault(hooksDir: string): { hook: string; notExecutable: boolean }[] {
  return Object.entries(HOOK_MARKERS).flatMap<{ hook: string; notExecutable: boolean }>(([hook, marker]) => {
    const file = path.join(hooksDir, hook);
    let text = '';
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      // No file: its line is to add.
    }
    if (!text.includes(marker)) return [{ hook, notExecutable: false }];
    return isExecutable(file) ? [] : [{ hook, notExecutable: true }];
  });
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** This repository is promptvault's own source: its hooks run bin.js (the bundle while current, else the sources). */
function isPromptvaultItself(dir: string): boolean {
  try {
    return (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string }).name === 'promptvault';
  } catch {
    return false;
  }
}

/**
 * Init's refusal while core.hooksPath is the team's own: the lines to add, only those of the hooks
 * that do not run promptvault yet (all four when not given); a file with its line that git will not
 * run (not executable) is named with the chmod that makes it run.
 */
export function hooksPathTakenMessage(current: string, unchained?: { hook: string; notExecutable: boolean }[]): string {
  const lines = hookLines('npx --no-install promptvault');
  const missing = unchained ?? Object.keys(lines).map((hook) => ({ hook, notExecutable: false }));
  const toAdd = missing.filter((item) => !item.notExecutable);
  const toChmod = missing.filter((item) => item.notExecutable);
  const chained = Object.keys(lines).filter((hook) => !missing.some((item) => item.hook === hook));
  return [
    `promptvault init: git's core.hooksPath is "${current}": git runs the hooks there (your own, e.g. a secret scanner), not`,
    'promptvault\'s. promptvault does not replace them, or they would silently stop running. Either chain promptvault',
    ...(toAdd.length > 0 ? [
      `from them, adding ${toAdd.length === 1 ? 'this line to the hook file' : 'these lines to the hook files'} in ${current}${chained.length > 0 ? ` (${chained.join(', ')} already run${chained.length === 1 ? 's' : ''} promptvault)` : ''}:`,
      ...toAdd.map(({ hook }) => `  ${hook}:  ${lines[hook]}`),
    ] : [`from them (each hook file in ${current} has its line):`]),
    ...(toChmod.length > 0 ? [`  and make ${toChmod.length === 1 ? 'this file' : 'these files'} executable, or git never runs ${toChmod.length === 1 ? 'it' : 'them'}: chmod +x ${toChmod.map(({ hook }) => path.posix.join(current, hook)).join(' ')}`] : []),
    'or move your hooks into .husky/ (one file per hook), run `git config --unset core.hooksPath`, and run',
    '`promptvault init --hooks` again. `promptvault doctor` says whether the hooks will run.',
  ].join('\n');
}

async function runGitText(cwd: string, args: string[]): Promise<string> {
  const run = spawnSync('git', args, { cwd, encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trim() : '';
}

function addPrepareScript(dir: string, result: InitResult): void {
  const file = path.join(dir, 'package.json');
  if (!fs.existsSync(file)) return;
  const text = fs.readFileSync(file, 'utf8');
  const pkg = JSON.parse(text) as { scripts?: Record<string, string> };
  const found = readPrepareScript(pkg.scripts?.prepare);
  if (found.state === 'current') {
    result.kept.push('package.json');
    return;
  }
  pkg.scripts = { ...pkg.scripts, prepare: found.next };
  const indent = /^(\s+)"/m.exec(text)?.[1] ?? '  ';
  writeFileAtomic(file, `${JSON.stringify(pkg, null, indent)}\n`, 'package.json');
  result.changed.push('package.json');
}
