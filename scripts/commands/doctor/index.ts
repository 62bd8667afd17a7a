// `promptvault doctor`: whether git will actually run promptvault's hooks in this worktree, and
// if not, why and what fixes it. Reads git's own settings the way git resolves them; changes nothing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { openRepo } from '../../lib/git/index.ts';
import { mainWorktreeRoot } from '../../lib/git/common-dir-fs.ts';
import { OUTDATED_PREPARE_FIX, OUTDATED_PREPARE_MESSAGE, readPrepareScript } from '../../lib/config/prepare-script.ts';
import { readPackageScripts } from '../../lib/config/package-scripts-fs.ts';
import { HOOK_EOL_ATTRIBUTE, hasCrlfLineEnds } from '../../lib/config/hook-line-endings-fs.ts';
import { stepsAfterRecord } from './steps-after-record.ts';
import { findOutdatedHookLines } from '../../lib/config/outdated-hook-lines.ts';
import { hookLines } from '../init/index.ts';
import { readFrameworkHook } from './pre-commit-framework-fs.ts';
import { readTextIfAny } from './read-text-fs.ts';
import { readFrameworkPromptvault } from '../../lib/config/pre-commit-config-fs.ts';
import { installedTwiceMessage } from '../../lib/config/pre-commit-framework-config.ts';

/**
 * One thing doctor looked at. One rule for every finding: what has a fix is not ok (exit 1),
 * whether the hooks fail (CRLF, a missing file) or run but not as init sets them up now (installed
 * twice, an older init's hook line or prepare script): an `ok` line carries no fix, so a reader who
 * skips the `ok` lines, or a CI step on the exit code, misses nothing to do.
 */
export type DoctorFinding =
  | { ok: true; /** What was found, one line. */ what: string }
  | { ok: false; /** What was found, one line. */ what: string; /** What to run or change. */ fix: string };

export interface DoctorResult {
  /** True when every hook will run and find promptvault. */
  ok: boolean;
  findings: DoctorFinding[];
}

const HOOKS: Record<string, string> = {
  'pre-commit': 'record --hook pre-commit',
  'pre-merge-commit': 'record --hook pre-merge-commit',
  'post-commit': 'repair --hook post-commit',
  'post-rewrite': 'repair --hook post-rewrite',
};
const MIN_NODE = [22, 12];

export async function doctor(options: { cwd: string; env?: Record<string, string | undefined> }): Promise<DoctorResult> {
  const env = options.env ?? process.env;
  const repo = await openRepo({ cwd: options.cwd });
  const git = (args: string[]) => {
    const run = spawnSync('git', args, { cwd: repo.dir, encoding: 'utf8' });
    return run.status === 0 ? run.stdout.trim() : '';
  };
  const findings: DoctorFinding[] = [];
  const commonDir = path.resolve(repo.dir, git(['rev-parse', '--git-common-dir']) || '.git');
  const mainRoot = mainWorktreeRoot(repo);
  const linked = path.resolve(repo.dir, git(['rev-parse', '--git-dir'])) !== commonDir;
  findings.push({ ok: true, what: linked ? `a linked worktree of ${mainRoot}` : `the main worktree ${repo.dir}` });

  if (env.HUSKY === '0') findings.push({ ok: false, what: 'HUSKY=0 is set in this environment: husky skips every hook, so nothing is recorded', fix: 'unset HUSKY (or set it to 1) where you commit' });

  const hooksPath = git(['config', '--get', 'core.hooksPath']);
  // git resolves a relative core.hooksPath against the root of the worktree it runs in.
  const hooksDir = hooksPath ? path.resolve(repo.dir, hooksPath) : path.join(commonDir, 'hooks');
  findings.push({ ok: true, what: hooksPath ? `core.hooksPath is "${hooksPath}": git runs hooks from ${hooksDir}` : `core.hooksPath is not set: git runs hooks from ${hooksDir}` });
  // A sparse checkout whose cone leaves out the hooks' folder removes it, husky's .husky/_ included,
  // on every `git sparse-checkout set` or `reapply`: `init --hooks` alone would be undone by the next one.
  const hooksFolder = path.relative(repo.dir, path.basename(hooksDir) === '_' ? path.dirname(hooksDir) : hooksDir);
  const sparse = git(['config', '--bool', 'core.sparseCheckout']) === 'true' && hooksFolder !== '' && !hooksFolder.startsWith('..') && !path.isAbsolute(hooksFolder);
  // The folder in the cone but husky's .husky/_ gone: a cone that left it out earlier removed it
  // (`git sparse-checkout init --cone` starts from the top folder's files alone), and bringing the
  // folder back restores its tracked files only. Then `init --hooks` is the whole fix.
  const backInCone = sparse && fs.existsSync(path.join(repo.dir, hooksFolder));
  const sparseWhy = backInCone
    ? ` (this is a sparse checkout: ${hooksFolder}/ is in its cone now, but a cone that left it out before removed the folder, \`git sparse-checkout init --cone\` among them, and bringing it back restores only its tracked files)`
    : ` (this is a sparse checkout, and its cone leaves out ${hooksFolder}/)`;
  const sparseFix = backInCone ? 'run `npx promptvault init --hooks`' : `add the hooks' folder to this sparse checkout, \`git sparse-checkout add ${hooksFolder}\` (a cone without it removes the hook files on every \`git sparse-checkout set\` or \`reapply\`), then run \`npx promptvault init --hooks\``;
  // init writes the main worktree's .husky/_ as an absolute path (so that linked worktrees find it):
  // a clone copied elsewhere (`cp -a`) keeps it, and runs the first folder's hooks and its installed
  // promptvault on this repository's commits (moved, the folder is gone and no hook runs: below).
  const hooksOwner = path.basename(hooksDir) === '_' && path.basename(path.dirname(hooksDir)) === '.husky' ? path.dirname(path.dirname(hooksDir)) : undefined;
  if (hooksOwner !== undefined && path.isAbsolute(hooksPath) && fs.existsSync(hooksDir) && !samePath(hooksOwner, mainRoot)) {
    findings.push({
      ok: false,
      what: `core.hooksPath points at the hooks of another folder, ${hooksOwner}, not this repository's ${path.join(mainRoot, '.husky/_')} (a clone copied or moved from there keeps init's absolute path): that folder's hooks and its promptvault record this repository's commits`,
      fix: 'run `npx promptvault init --hooks` in the main worktree: it points core.hooksPath at this repository\'s .husky/_',
    });
  }
  if (!fs.existsSync(hooksDir)) {
    findings.push({
      ok: false,
      what: `${hooksDir} does not exist${linked && hooksPath && !path.isAbsolute(hooksPath) ? ' in this linked worktree (husky\'s .husky/_ is made by `npm install`, in the main worktree only)' : sparse ? sparseWhy : ''}: no hook runs`,
      fix: sparse ? sparseFix : 'run `npx promptvault init --hooks` in the main worktree: it points core.hooksPath at the main worktree\'s .husky/_, which every worktree then uses',
    });
  } else {
    const husky = fs.existsSync(path.join(hooksDir, 'h'));
    // Hook files that run promptvault themselves, not through the framework.
    const ownLines: { hook: string; file: string }[] = [];
    for (const [hook, marker] of Object.entries(HOOKS)) {
      const file = path.join(hooksDir, hook);
      if (!fs.existsSync(file)) {
        findings.push({ ok: false, what: `${hook}: ${file} is missing`, fix: 'run `npx promptvault init --hooks`' });
        continue;
      }
      if (!isExecutable(file)) {
        findings.push({ ok: false, what: `${hook}: ${file} is not executable, git skips it`, fix: `chmod +x ${file}` });
        continue;
      }
      // husky's runner sources .husky/<hook> beside its own folder.
      const script = husky ? path.join(path.dirname(hooksDir), hook) : file;
      const read = readTextIfAny(script);
      if ('unreadable' in read) {
        findings.push({ ok: false, what: `${hook}: ${script} cannot be read (${read.unreadable})`, fix: husky ? `remove it and run \`npx promptvault init --hooks\`` : `make it a readable hook file that runs \`npx --no-install promptvault ${marker}\`` });
        continue;
      }
      const { text } = read;
      const framework = text.includes(marker) ? undefined : readFrameworkHook(text, repo.dir, hook, marker);
      if (framework?.runsPromptvault) {
        findings.push({ ok: true, what: `${hook}: runs promptvault through the pre-commit framework (${script}, hooks listed in ${framework.config})` });
        // The config is the team's (copied from an older README): named with the entry to put there, never rewritten.
        for (const found of framework.outdated ?? []) {
          findings.push({ ok: false, what: `${hook}: line ${found.line} of ${framework.config} is the entry of an older promptvault README, which ${found.why}`, fix: `replace that line with the one promptvault gives now (promptvault does not rewrite ${framework.config}): ${found.current}` });
        }
        continue;
      }
      if (framework?.unreadable) {
        findings.push({ ok: false, what: `${hook}: ${script} runs the pre-commit framework, whose ${framework.config} cannot be read (${framework.unreadable})`, fix: `make ${framework.config} a readable file that runs promptvault's hook at this stage (scripts/commands/repair/README.md of promptvault, "The pre-commit framework with a local hook")` });
        continue;
      }
      if (framework?.lookalikes) {
        // A hook named like ours from a repo that is not promptvault's (by its URL) and with no entry of ours: a team's own.
        findings.push({ ok: false, what: `${hook}: ${script} runs the pre-commit framework, whose ${framework.config} does not run promptvault for ${hook}: ${framework.lookalikes.join(', ')} is named like promptvault's hook but is not taken for it (its repo's name is not promptvault and it sets no entry running \`promptvault record\` or \`repair\`)`, fix: `if it is promptvault (a fork or mirror under another name), give it in ${framework.config} the \`entry:\` promptvault's .pre-commit-hooks.yaml has for that id (\`promptvault record --hook pre-commit\` for promptvault-record); else add promptvault's hook with this stage (scripts/commands/repair/README.md of promptvault, "The pre-commit framework with a local hook")` });
        continue;
      }
      if (framework) {
        findings.push({ ok: false, what: `${hook}: ${script} runs the pre-commit framework, whose ${framework.config} does not run promptvault for ${hook}`, fix: `add promptvault's hook to ${framework.config} with this stage (scripts/commands/repair/README.md of promptvault, "The pre-commit framework with a local hook")` });
        continue;
      }
      if (!text.includes(marker)) {
        findings.push({ ok: false, what: `${hook}: ${script} ${text ? 'does not run promptvault' : `is missing${sparse ? ` (this is a sparse checkout, and its cone leaves out ${hooksFolder}/)` : ''}`}`, fix: husky ? (sparse && !text ? sparseFix : 'run `npx promptvault init --hooks`') : `chain promptvault from it: add the line \`npx --no-install promptvault ${marker}${hook === 'post-rewrite' ? ' "$1"' : ''}\`` });
        continue;
      }
      if (hasCrlfLineEnds(text)) {
        findings.push({ ok: false, what: `${hook}: ${script} has Windows line endings (CRLF, e.g. from core.autocrlf=true): sh reads "\\r" into each command, and the hook fails`, fix: `run \`npx promptvault init --hooks\` (rewrites the hook files with LF), and commit \`${HOOK_EOL_ATTRIBUTE}\` in .gitattributes so every checkout keeps them LF` });
        continue;
      }
      findings.push({ ok: true, what: `${hook}: runs promptvault (${script})` });
      ownLines.push({ hook, file: script });
      // The hook still runs, but not as init writes it now (slower, or matching more than it
      // should): a finding with a fix, so not ok (see DoctorFinding). Outside husky's folder (a
      // core.hooksPath of the team's, which init does not write to): the line to put there instead.
      for (const found of findOutdatedHookLines(hook, text)) {
        findings.push({ ok: false, what: `${hook}: line ${found.line} of ${script} is an older init's, which ${found.why}`, fix: husky ? `run \`npx promptvault init --hooks\`: it rewrites that line as init writes it now (no other line changes), then commit ${path.relative(mainRoot, script) || script}` : `replace that line with the one init writes now: ${hookLines(found.cli)[hook]}` });
      }
      const after = hook === 'pre-commit' ? stepsAfterRecord(text, marker) : [];
      if (after.length > 0) {
        const steps = after.map((step) => `\`${step.command}\` (line ${step.line})`).join(', ');
        findings.push({
          ok: false,
          what: `${hook}: ${script} runs ${steps} after promptvault records the commit: a step there that rewrites staged files (lint-staged, a formatter) changes prompts after their versions were written, so the commit holds records of a text it does not hold and \`check\` fails on it`,
          fix: `move the line running \`promptvault ${marker}\` to the end of ${script}`,
        });
      }
    }

    // The framework's config running promptvault too: init chained the framework's hook from
    // husky's, so `record` ran twice per commit.
    const framework = readFrameworkPromptvault(mainRoot);
    const twice = ownLines.filter(({ hook }) => framework?.hooks.includes(hook)).map(({ file }) => path.relative(mainRoot, file) || file);
    if (framework && twice.length > 0) findings.push({ ok: false, ...installedTwiceMessage(twice, framework) });
  }

  // The hooks find node and promptvault in the main worktree's node_modules/.bin first.
  const bin = path.join(mainRoot, 'node_modules', '.bin');
  const version = spawnSync('node', ['--version'], { encoding: 'utf8', env: { ...env, PATH: `${bin}${path.delimiter}${env.PATH ?? ''}` } });
  const found = version.status === 0 ? version.stdout.trim() : '';
  const [major = 0, minor = 0] = found.replace(/^v/, '').split('.').map(Number);
  if (!found) findings.push({ ok: false, what: 'node is not found on the PATH the hooks use', fix: 'install Node.js >= 22.12, or `npm install` in the main worktree' });
  else if (major < MIN_NODE[0]! || (major === MIN_NODE[0] && minor < MIN_NODE[1]!)) findings.push({ ok: false, what: `the hooks would run node ${found}; promptvault needs >= ${MIN_NODE.join('.')}`, fix: 'install a newer Node.js, or `npm install` in the main worktree (it brings its own)' });
  else findings.push({ ok: true, what: `node ${found}` });
  // promptvault's own repository (and its test repositories) run the TypeScript CLI from scripts/.
  const self = fs.existsSync(path.join(mainRoot, 'scripts', 'cli.ts'));
  if (!self && !fs.existsSync(path.join(bin, 'promptvault'))) findings.push({ ok: false, what: `promptvault is not installed in ${mainRoot}/node_modules`, fix: 'npm install --save-dev promptvault' });

  const prepare = readPrepareScript(readPackageScripts(mainRoot)?.prepare);
  if (!self && prepare.state === 'outdated') findings.push({ ok: false, what: OUTDATED_PREPARE_MESSAGE, fix: OUTDATED_PREPARE_FIX });

  return { ok: findings.every((finding) => finding.ok), findings };
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Whether two folders are one (symbolic links resolved where they exist). */
function samePath(a: string, b: string): boolean {
  const real = (folder: string) => {
    try {
      return fs.realpathSync(folder);
    } catch {
      return path.resolve(folder);
    }
  };
  return real(a) === real(b);
}
