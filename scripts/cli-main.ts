// The promptvault CLI: argv -> command -> printed result. The only place that exits. Started by
// cli.ts once Node's compile cache is on. The hook runs this on every commit, so start-up matters:
// each command's modules are imported only when that command runs.
import module from 'node:module';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { COMMANDS, findCommand, formatCommandUsage, GLOBAL_OPTIONS, listOptions } from './cli-commands.ts';
import { formatProblem, formatProblems, formatProblemText, isUserError, printable, type Problem } from './lib/errors.ts';
import { fileSystemError, isEnvironmentError } from './lib/fs-errors.ts';
import { dependencyMissing } from './lib/package-incomplete.ts';
import type { CheckResult } from './commands/check/index.ts';
import { unchangedWarningsLine } from './commands/check/unchanged-warnings.ts';
import { describeMove } from './lib/labels/describe-move.ts';
import type { HookName, RecordResult } from './commands/record/index.ts';
import { tuneForShortRun } from './lib/engine/short-run-fs.ts';
import { shellWord } from './lib/shell-word.ts';
import { didYouMean, nearestIds } from './lib/labels/nearest.ts';
import { ADOPTION_COMMIT_COMMAND } from './lib/adoption-commit.ts';
import { leftOutRecordsLine } from './commands/record/left-out-records.ts';
import { picksToFollowLine } from './commands/record/picks-to-follow.ts';

const USAGE = `promptvault: a git-native prompt registry

Usage: promptvault <command> [options]

Commands:
  record [--all] [--hook NAME]   record checkpoints, mutation logs and audits for the staged change
                                 (what the pre-commit hook runs); --all re-syncs every prompt
  check [--format text|github]   validate prompts, clauses and records at HEAD; exit 0 clean,
                                 1 out of sync or unreviewed regression, 2 invalid input
        [--stale] [--since REF]  also warn of labels behind their prompt's current version; judge
                                 again the audits and list the label moves since REF (github
                                 format: the PR base, the push's first commit, else HEAD~1)
  log <promptId> [--json]        lineage of a prompt, following forks and renames
  diff <id>@<v> [<id>@<v>|<id>]
                                 two versions of a prompt as a unified diff (default: against HEAD)
  show <id>@<version>            a recorded version's file, e.g. to put it back: show id@3 > its path
  cites <clauseId> [--json]      the prompts whose codex front matter names a clause
  backfill [--from REF]          replay the branch's history and write the records the hook would
                                 have written (resumable: run it again after an interruption)
  init [--prompts GLOB]... [--codex GLOB]... [--reviewer "NAME <EMAIL>"]... [--hooks]
                                 set this repository up: config, vault/, git hooks (prompts untouched)
  build [--out DIR] [--base PATH] [--progress]
                                 build the static site of this repository's vault (default ./dist)
  export --format csv|json [--mutations] [--out FILE]
                                 the checkpoints (or mutation logs) as one table
  tag <@tag...>                  add your own tags to the mutations of your next commit
  label set <label> <id@version>... | --all
                                 point a label (production, staging) at versions; staged for commit
  label rm <label> [<id>...]     drop prompts from a label, or the whole label
  label list [<label>] [--json]  what each label names, and which lag behind
  bundle --out FILE [--label NAME] [--prompts GLOB]... [--types FILE.d.ts]
                                 every prompt (or a label's) at its version, as JSON for
                                 promptvault/runtime, with TypeScript types of ids and variables
  doctor                         say whether the git hooks will actually run here, and why not
  repair [--no-commit]           bring the vault back in step after a revert, cherry-pick or rebase
                                 made without the hook, or an interrupted run; commits the repair
  review <clauseId> --accept|--reject --note "..." [--audit ID]
                                 record a review of a flagged clause audit (you, as git commits;
                                 refused unless .promptvault.yaml review.reviewers names you)
  report --format markdown [--base REF] [--json]
                                 what this branch changed since it left REF (default origin/main):
                                 prompt versions, clause audits and their reviews, labels moved

Options:
  --cwd DIR    the repository (default: the current directory)
  -h, --help   this help; \`promptvault <command> --help\` for one command's options
  --version    the installed promptvault's version
`;

/** Every option of every command; each command's own list is in cli-commands.ts. */
const OPTIONS = {
  cwd: { type: 'string' },
  hook: { type: 'string' },
  all: { type: 'boolean' },
  json: { type: 'boolean' },
  format: { type: 'string' },
  audit: { type: 'string' },
  accept: { type: 'boolean' },
  reject: { type: 'boolean' },
  note: { type: 'string' },
  from: { type: 'string' },
  mutations: { type: 'boolean' },
  prompts: { type: 'string', multiple: true },
  codex: { type: 'string', multiple: true },
  reviewer: { type: 'string', multiple: true },
  hooks: { type: 'boolean' },
  base: { type: 'string' },
  out: { type: 'string' },
  progress: { type: 'boolean' },
  'no-commit': { type: 'boolean' },
  stale: { type: 'boolean' },
  since: { type: 'string' },
  label: { type: 'string' },
  types: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const satisfies ParseArgsOptionsConfig;

/** Exit codes: 0 ok, 1 failing state, 2 invalid input or usage, 70 a bug in promptvault. */
async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
  const [command, ...rest] = positionals;
  const usage = command ? COMMANDS[command] : undefined;
  if (command === 'help' && (!rest[0] || COMMANDS[rest[0]])) {
    process.stdout.write(rest[0] ? formatCommandUsage(rest[0], COMMANDS[rest[0]]!) : USAGE);
    return 0;
  }
  if (values.version && !command) {
    const { packageVersion } = await import('./lib/package-root-fs.ts');
    process.stdout.write(`promptvault ${packageVersion()}\n`);
    return 0;
  }
  if (values.help || !command) {
    process.stdout.write(usage ? formatCommandUsage(command!, usage) : USAGE);
    return command || values.help ? 0 : 2;
  }
  if (usage) {
    const foreign = Object.keys(values).filter((name) => !(name in usage.options) && !(name in GLOBAL_OPTIONS));
    if (foreign.length > 0) return commandUsageError(command, `does not take ${foreign.map((name) => `--${name}`).join(', ')}; its options are ${listOptions(usage)}`);
    if (rest.length > usage.maxArguments) {
      return commandUsageError(command, `takes ${usage.maxArguments === 0 ? 'no arguments' : `at most ${usage.maxArguments} argument(s)`}, received ${rest.map((arg) => JSON.stringify(arg)).join(' ')}`);
    }
  }
  const cwd = values.cwd ?? process.cwd();
  commandCwd = cwd;
  // Commits with husky's hooks folder gone run nothing of ours, and git is silent: said here, at the
  // next command (one `git config`), never by the hooks (which run) nor by doctor and init (which name it and fix it).
  if (values.hook === undefined && command !== 'doctor' && command !== 'init') {
    const warning = (await import('./lib/config/hooks-gone-fs.ts')).hooksGoneWarning(cwd);
    if (warning) process.stderr.write(`${printable(warning)}\n`);
  }
  switch (command) {
    case 'record': {
      const hook = values.hook as HookName | undefined;
      if (hook !== undefined && hook !== 'pre-commit' && hook !== 'pre-merge-commit') return usageError(`--hook must be pre-commit or pre-merge-commit, received ${JSON.stringify(hook)}${String(hook).endsWith('\r') ? CR_IN_HOOK_FILE : ''}`);
      const { record } = await import('./commands/record/index.ts');
      const result = await record({ cwd, hook, all: values.all, onChanges: tuneForShortRun });
      printRecord(result);
      return 0;
    }
    case 'check': {
      const format = values.format ?? 'text';
      if (format !== 'text' && format !== 'github') return usageError(`--format must be text or github, received "${format}"`);
      const { check } = await import('./commands/check/index.ts');
      // In CI, this run's own commits: a pull request's since its base branch, a push's since its
      // `before` sha (every commit pushed), else the last commit's, with a warning saying so.
      const ci = values.since === undefined && format === 'github' ? await (await import('./lib/ci/github-event-fs.ts')).githubSinceHere(cwd, process.env) : undefined;
      const result = await check({ cwd, stale: values.stale, since: values.since ?? ci?.since, sinceOptional: values.since === undefined });
      if (ci?.warning) process.stdout.write(`::warning title=check-range::${escapeAnnotation(printable(ci.warning))}\n`);
      printCheck(result, format);
      if (result.invalid.length > 0) return 2;
      return result.outOfSync.length > 0 || result.flagged.length > 0 ? 1 : 0;
    }
    case 'log': {
      const prompt = rest[0];
      if (!prompt) return usageError('log needs a prompt id, e.g. promptvault log support/refund');
      const { formatLog, log } = await import('./commands/log/index.ts');
      const entries = await log({ cwd, prompt });
      process.stdout.write(values.json ? `${JSON.stringify(entries, null, 2)}\n` : `${formatLog(entries)}\n`);
      return 0;
    }
    case 'diff': {
      if (!rest[0]) return usageError('diff needs a version, e.g. promptvault diff support/refund@3 (against its file at HEAD) or promptvault diff support/refund@3 support/refund@5');
      const { diff } = await import('./commands/diff/index.ts');
      const result = await diff({ cwd, from: rest[0], to: rest[1] });
      process.stdout.write(result.diff || `promptvault diff: ${printable(result.from.name)} and ${printable(result.to.name)} hold the same text\n`);
      return 0;
    }
    case 'show': {
      if (!rest[0]) return usageError('show needs a version, e.g. promptvault show support/refund@3');
      const { show } = await import('./commands/show/index.ts');
      process.stdout.write((await show({ cwd, ref: rest[0] })).bytes);
      return 0;
    }
    case 'cites': {
      if (!rest[0]) return usageError('cites needs a clause id, e.g. promptvault cites refunds/limit');
      const { cites, formatCites, formatInDoubt } = await import('./commands/cites/index.ts');
      const result = await cites({ cwd, clause: rest[0] });
      process.stderr.write(formatInDoubt(result));
      process.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : formatCites(result));
      return 0;
    }
    case 'backfill': {
      const { backfill } = await import('./commands/backfill/index.ts');
      const controller = new AbortController();
      process.once('SIGINT', () => controller.abort());
      const result = await backfill({
        cwd, from: values.from, signal: controller.signal,
        onProgress: (p) => process.stderr.write(`promptvault backfill: ${p.done}/${p.total} commits, ${p.records} records, ${Math.round(p.commitsPerSecond)} commits/s\n`),
      });
      if (result.problems.length > 0) process.stderr.write(`promptvault backfill: problems in the history, each once with the commits it spans, and whether the file was skipped or recorded there:\n${formatProblems(result.problems)}\n`);
      printWarnings('backfill', result.warnings);
      const { history, first, replay, writing } = result.seconds;
      process.stdout.write(`promptvault backfill: history read in ${history.toFixed(1)} s, first commit ${first.toFixed(1)} s, the other ${Math.max(0, result.commits - result.resumed - 1)} commits ${replay.toFixed(1)} s, writing and staging records ${writing.toFixed(1)} s; ${result.measures.measured} version texts measured (${result.measures.primed} ahead of the replay), ${result.measures.cached} from the cache\n`);
      const { files, bytes, folders, seconds: parts } = result.writes;
      process.stdout.write(`promptvault backfill: CPU replaying ${result.cpu.replay.toFixed(1)} s, measuring ${result.cpu.measuring.toFixed(1)} s; writing ${files} files (${(bytes / 1e6).toFixed(1)} MB, ${folders} folders made): saves ${parts.saves.toFixed(1)} s, their backlog ${parts.backlog.toFixed(1)} s, last files ${parts.files.toFixed(1)} s, packs ${parts.packs.toFixed(1)} s, staging ${parts.staging.toFixed(1)} s (of which waiting for vault/'s trees ${result.writes.treesWait.toFixed(2)} s)\n`);
      // The summary last, where `| tail` and a glance at the terminal find it.
      process.stdout.write(`promptvault backfill: ${result.commits} commits replayed${result.resumed ? ` (${result.resumed} from the saved run)` : ''}; ${result.written} record files written and staged, ${result.kept} already there; ${summarizeProblems(result.problems)}.${result.written ? ` Commit them: ${ADOPTION_COMMIT_COMMAND}` : ''}\n`);
      return 0;
    }
    case 'init': {
      const { init } = await import('./commands/init/index.ts');
      const { OUTDATED_PREPARE_FIX, OUTDATED_PREPARE_MESSAGE } = await import('./lib/config/prepare-script.ts');
      let result;
      try {
        result = await init({ cwd, prompts: values.prompts, codex: values.codex, reviewers: values.reviewer, hooksOnly: values.hooks });
      } catch (error) {
        // Run by `npm install` (prepare): a repository whose hooks are the user's own keeps them,
        // and the install goes on; the message says how to chain promptvault. A folder with no git
        // repository (a Docker build context without .git, an unpacked copy) has no hooks to
        // install, and its `npm ci` must not fail for that, as husky's own `prepare` does not.
        if (!(values.hooks && process.env.npm_lifecycle_event === 'prepare' && isUserError(error) && (error.code === 'hooks-path-taken' || error.code === 'not-a-repository'))) throw error;
        process.stderr.write(error.code === 'not-a-repository'
          ? `promptvault init --hooks: ${printable(cwd)} is not inside a git repository (a Docker build, a copy without .git): no git hooks to install, skipped\n`
          : `${printable(error.message)}\n`);
        return 0;
      }
      if (!values.hooks) {
        const found = result.detected.map((layout) => `${layout.files} ${layout.what} (${layout.glob})`);
        process.stdout.write(`promptvault init: ${found.length > 0 ? `found ${printable(found.join(', '))}` : 'found none of the common prompt layouts (Claude Code, Copilot, Cursor, Dotprompt, Prompty, prompts/)'}\n`);
        if (result.prompts) {
          const why = { option: 'as given with --prompts', detected: 'what was found; change with --prompts GLOB or in .promptvault.yaml', default: 'the default; change with --prompts GLOB or in .promptvault.yaml' }[result.promptsFrom ?? 'default'];
          process.stdout.write(`promptvault init: prompts: ${printable(result.prompts.join(', '))} (${why})\n`);
        } else {
          // Options that would have gone into the config are not applied to one that is there:
          // said, so that nobody takes a --reviewer for a reviewer the gate now lets through.
          const unused = (['prompts', 'codex', 'reviewer'] as const).filter((option) => (values[option]?.length ?? 0) > 0).map((option) => `--${option}`);
          process.stdout.write(`promptvault init: kept the existing .promptvault.yaml${unused.length > 0 ? `; ${unused.join(', ')} not written into it (they set up a new one): edit ${unused.includes('--reviewer') ? 'review.reviewers' : 'its globs'}${unused.includes('--reviewer') && unused.length > 1 ? ' and globs' : ''} there` : ''}\n`);
          if (result.notTaken.length > 0) {
            const missed = result.notTaken.map((layout) => `${layout.glob} (${layout.files} file(s))`).join(', ');
            process.stdout.write(`promptvault init: its globs take none of what was found at ${printable(missed)}: those files are not recorded; add ${result.notTaken.length > 1 ? 'those globs' : 'that glob'} to prompts: in .promptvault.yaml and commit it (each file then gets its first version), or leave them out\n`);
          }
        }
        if (result.codex && result.codexFrom) {
          const why = result.codexFrom.from === 'option' ? 'as given with --codex'
            : result.codexFrom.from === 'detected' ? `${result.codexFrom.files} clause file(s) found; change with --codex GLOB or in .promptvault.yaml`
            : 'the default; no clause file found: --codex GLOB, or codex: in .promptvault.yaml, where yours are';
          process.stdout.write(`promptvault init: codex: ${printable(result.codex.join(', '))} (${why})\n`);
        }
        for (const empty of result.emptyGlobs ?? []) {
          // Said before backfill: a glob that takes nothing records nothing, and changing it after gives new ids.
          const found = empty.key === 'prompts' && result.detected.length > 0 ? `; the layouts found are at ${result.detected.map((layout) => `'${layout.glob}'`).join(', ')}` : '';
          process.stdout.write(printable(`promptvault init: warning: --${empty.key} '${empty.glob}' takes no file in this repository, so nothing under it will be recorded${found}`) + '\n');
          process.stdout.write(`  fix: if that is a typo, correct ${empty.key}: in .promptvault.yaml (or delete it and run init again) before backfill; if the files are still to come, nothing to do\n`);
        }
        if (result.reviewersFrom) process.stdout.write(`${printable(reviewersLine(result.reviewers ?? [], result.reviewersFrom))}\n`);
        for (const widened of result.widened ?? []) {
          process.stdout.write(printable(`promptvault init: ${widened.paths.join(' and ')} would both be the prompt "${widened.id}" under their own globs, so '${widened.widerGlob}' was written for them: their ids keep the folders that tell them apart (${widened.ids.join(', ')})`) + '\n');
        }
        for (const braced of result.braced ?? []) {
          process.stdout.write(printable(`promptvault init: ${braced.paths.join(' and ')} would both be the prompt "${braced.id}" under their own globs, so ${(braced.braced ?? []).map((glob) => `'${glob.to}'`).join(' and ')} ${(braced.braced ?? []).length === 1 ? 'was' : 'were'} written for them: a folder in braces stays in the ids (${braced.ids.join(', ')})`) + '\n');
        }
        const taken = result.widenedAlsoTakes ?? [];
        if (taken.length > 0) {
          process.stdout.write(printable(`promptvault init: the wider glob also takes in ${taken.length} file(s) no layout found named as prompts, now prompts too: ${taken.slice(0, 5).join(', ')}${taken.length > 5 ? ', ...' : ''}`) + '\n');
          process.stdout.write('  fix: if some are not prompts (a skill\'s reference files), move them out of those folders or rename the agent or command so no two share a name, and run init again with --prompts; before the first backfill, globs cost nothing to change\n');
        }
        for (const collision of result.collisions) {
          // File names are the repository's: a control character in one is shown, not run.
          process.stdout.write(printable(`promptvault init: warning: ${collision.paths.join(' and ')} both give the prompt id "${collision.id}"; a commit adding or editing them will be blocked`) + '\n');
          const widen = collision.widerGlob ? ` replace their globs in .promptvault.yaml by '${collision.widerGlob}' (ids then keep the folders that tell them apart), or`
            : collision.braced ? ` write their globs in .promptvault.yaml with the folder in braces, ${collision.braced.map((glob) => `'${glob.from}' as '${glob.to}'`).join(' and ')} (ids then keep that folder), or` : '';
          process.stdout.write(printable(`  fix: rename one of them, or${widen} narrow the globs`) + '\n');
        }
      }
      if (result.framework) {
        const { FRAMEWORK_INSTALL, installedTwiceMessage, missingHooksMessage } = await import('./lib/config/pre-commit-framework-config.ts');
        const { framework } = result;
        if (framework.alsoHusky.length > 0) {
          const twice = installedTwiceMessage(framework.alsoHusky, framework);
          process.stderr.write(`promptvault init: warning: ${twice.what}\n  fix: ${twice.fix}\n`);
        } else {
          process.stdout.write(`promptvault init: the pre-commit framework runs promptvault here (${framework.config}: ${framework.hooks.join(', ')}), so husky's hooks were not installed (with both, every commit was recorded twice); \`${FRAMEWORK_INSTALL}\` installs the framework's\n`);
        }
        if (framework.missing.length > 0) process.stdout.write(`promptvault init: warning: ${missingHooksMessage(framework)}\n`);
      }
      if (result.ownHooks && !values.hooks) process.stdout.write(`promptvault init: the hook files in ${printable(result.ownHooks)} (git's core.hooksPath, yours) run promptvault, so husky's hooks, the prepare script and the .gitattributes line for them were not written; \`promptvault doctor\` says whether each hook runs\n`);
      if (result.prepareOutdated) process.stderr.write(`promptvault init --hooks: ${OUTDATED_PREPARE_MESSAGE}\n  fix: ${OUTDATED_PREPARE_FIX}\n`);
      for (const file of result.lineEndsFixed ?? []) {
        process.stdout.write(printable(`promptvault init: ${file} had Windows line endings (CRLF, from core.autocrlf=true), which sh cannot run: rewritten with LF`) + '\n');
      }
      for (const found of result.linesRewritten ?? []) {
        process.stdout.write(printable(`promptvault init: ${found.file} line ${found.line}, an older init's, ${found.why}: rewritten as init writes it now (commit ${found.file})`) + '\n');
      }
      if (result.lineEndsAttributeMissing && !result.changed.includes('.gitattributes')) process.stdout.write('  so that every checkout keeps them LF, commit the line `.husky/* text eol=lf` in .gitattributes (`promptvault init` adds it)\n');
      for (const file of result.changed) process.stdout.write(`promptvault init: wrote ${printable(file)}\n`);
      for (const file of result.mainWorktreeHooks ?? []) process.stdout.write(`promptvault init: wrote ${printable(file)} (the main worktree's: it runs the hooks of every worktree)\n`);
      // `backfill` stages only its records: the files init wrote must be added by name, or the
      // adoption commit leaves the config and hooks untracked and other clones never get them.
      if (!values.hooks && result.toStage.length === 0) process.stdout.write('promptvault init: done; every file was already in place.\n');
      else if (!values.hooks) process.stdout.write(`promptvault init: done. Stage these files: git add ${result.stageSparse ? '--sparse ' : ''}${(await pathsFromHere(result.root, result.toStage)).join(' ')}\n  then \`promptvault backfill\` records the existing history, and one commit (${ADOPTION_COMMIT_COMMAND}) holds both\n`);
      return 0;
    }
    case 'build': {
      const { buildSite } = await import('./commands/build/index.ts');
      const { resolve } = await import('node:path');
      // Progress on stderr, only where someone watches (a terminal) or asks: never in piped stdout.
      const progress = values.progress ?? process.stderr.isTTY === true;
      const result = await buildSite({
        // Astro logs to stdout: errors only, so that stdout is our one result line (its warnings
        // are about empty collections, which a repository without a codex has by design).
        cwd, outDir: values.out ? resolve(values.out) : undefined, base: values.base, logLevel: 'error',
        onProgress: progress ? ({ step, seconds }) => process.stderr.write(`promptvault build: ${seconds.toFixed(1).padStart(5)} s  ${step}\n`) : undefined,
      });
      process.stdout.write(`promptvault build: ${result.files.filter((file) => file.endsWith('.html')).length} pages in ${result.outDir}\n`);
      const { shallowCloneNotice } = await import('./commands/build/shallow-notice-git.ts');
      const notice = await shallowCloneNotice(cwd);
      if (notice) process.stderr.write(`${notice}\n`);
      return 0;
    }
    case 'export': {
      const format = values.format ?? 'csv';
      if (format !== 'csv' && format !== 'json') return usageError(`--format must be csv or json, received "${format}"`);
      const { exportVault } = await import('./commands/export/index.ts');
      const text = await exportVault({ cwd, format, mutations: values.mutations });
      if (values.out) {
        const { writeOutputFiles } = await import('./lib/output-file-fs.ts');
        const { madeFolders } = writeOutputFiles([{ path: values.out, content: text }]);
        sayMadeFolders('export', madeFolders);
        process.stderr.write(`promptvault export: wrote ${values.out}\n`);
      } else process.stdout.write(text);
      return 0;
    }
    case 'tag': {
      if (rest.length === 0) return usageError('tag needs at least one tag, e.g. promptvault tag @tested @approved');
      const { tagNextCommit } = await import('./commands/tag/index.ts');
      const tags = await tagNextCommit({ cwd, tags: rest });
      process.stdout.write(`promptvault: your next commit's mutations get ${tags.join(' ')}\n`);
      return 0;
    }
    case 'label': {
      const [verb, label, ...ids] = rest;
      const { formatLabelList, labelList, labelRm, labelSet } = await import('./commands/label/index.ts');
      if (verb === 'list') {
        const entries = await labelList({ cwd, label });
        process.stdout.write(values.json ? `${JSON.stringify(entries, null, 2)}\n` : `${formatLabelList(entries)}\n`);
        return 0;
      }
      if (verb !== 'set' && verb !== 'rm') return usageError('label needs set, rm or list, e.g. promptvault label set production support/refund@4');
      if (!label) return usageError(`label ${verb} needs a label name, e.g. promptvault label ${verb} production support/refund${verb === 'set' ? '@4' : ''}`);
      const result = verb === 'set' ? await labelSet({ cwd, label, refs: ids, all: values.all }) : await labelRm({ cwd, label, prompts: ids });
      for (const change of result.changes) process.stdout.write(`${printable(`promptvault: ${result.label}: ${change.prompt} ${change.from ?? '(none)'} -> ${change.to ?? '(removed)'}`)}\n`);
      const staged = result.removed ? `${result.file} is removed, the removal staged` : `${result.file} is staged`;
      process.stdout.write(result.changes.length === 0
        ? `promptvault: label ${result.label} already names those versions; nothing changed\n`
        : `promptvault: ${staged}; commit it to move the label (git commit -m "${result.label}: ...")\n`);
      return 0;
    }
    case 'bundle': {
      if (!values.out) return usageError('bundle needs --out FILE, e.g. promptvault bundle --out prompts.json --types prompts.d.ts');
      // One file for both: the types would be written over the bundle (the last of the two wins).
      const { resolve } = await import('node:path');
      if (values.types && resolve(values.types) === resolve(values.out)) return usageError(`bundle --out ${shellWord(values.out)} and --types ${shellWord(values.types)} name the same file, and the types would replace the bundle; give --types its own file, e.g. --out prompts.json --types prompts.d.ts`);
      const { bundle } = await import('./commands/bundle/index.ts');
      const { writeOutputFiles } = await import('./lib/output-file-fs.ts');
      const result = await bundle({ cwd, label: values.label, prompts: values.prompts });
      // Both or neither: a new bundle beside the types of the old one would type ids it lacks.
      const { madeFolders } = writeOutputFiles([{ path: values.out, content: result.json }, ...(values.types ? [{ path: values.types, content: result.types }] : [])]);
      sayMadeFolders('bundle', madeFolders);
      process.stderr.write(`promptvault bundle: ${result.bundle.prompts.length} prompt version(s)${values.label ? ` labelled ${values.label}` : ''} in ${values.out}${values.types ? `, types in ${values.types}` : ''}\n`);
      return 0;
    }
    case 'review': {
      const clause = rest[0];
      if (!clause) return usageError('review needs a clause id, e.g. promptvault review privacy/account-numbers --accept --note "..."');
      if (values.accept === values.reject) return usageError('review needs exactly one of --accept or --reject');
      if (values.note === undefined) return usageError('review needs --note "why": the note is kept in the audit for the next reader');
      const { review } = await import('./commands/review/index.ts');
      const result = await review({ cwd, clause, audit: values.audit, decision: values.accept ? 'accepted' : 'rejected', note: values.note });
      // The clause id is a file name, typed back: a control character in it is shown, not run.
      const replaced = result.replaced ? ` (replacing the ${result.replaced.status} decision of ${result.replaced.by ?? 'someone unnamed'}${result.replaced.at ? ` at ${result.replaced.at}` : ''}${result.replaced.note ? `: "${result.replaced.note}"` : ''}, which stays in git history)` : '';
      process.stdout.write(`${printable(`promptvault review: ${result.audit.review.status} audit ${result.audit.id} of ${clause}${result.madeUnder ? ` (made under its earlier id ${result.madeUnder})` : ''}${replaced}; ${result.file} is staged, commit it to record the review`)}\n`);
      // A rejection closes the review, not the regression (README "Review and CI"): said at once, with the commit to undo.
      if (result.undo) {
        // A merge's change, or a commit that changed more than the clause: only the clause's text is put back (undo-command.ts).
        const { undoCommand } = await import('./lib/guard/undo-command.ts');
        process.stdout.write(`${printable(`promptvault review: check keeps failing on this rejected change until ${result.undo.path} is changed back: ${undoCommand(result.undo)}, or edit it back and commit; the audit of that commit closes this one`)}\n`);
      }
      return 0;
    }
    case 'doctor': {
      const { doctor } = await import('./commands/doctor/index.ts');
      const result = await doctor({ cwd });
      for (const finding of result.findings) {
        process.stdout.write(finding.ok ? `ok  ${finding.what}\n` : `NO  ${finding.what}\n    fix: ${finding.fix}\n`);
      }
      process.stdout.write(result.ok ? 'promptvault doctor: the hooks will run here\n' : 'promptvault doctor: the hooks will NOT all run here, or not as they should; see above\n');
      return result.ok ? 0 : 1;
    }
    case 'repair': {
      const hook = values.hook;
      if (hook !== undefined && hook !== 'post-commit' && hook !== 'post-rewrite') return usageError(`repair --hook must be post-commit or post-rewrite, received ${JSON.stringify(hook)}${hook.endsWith('\r') ? CR_IN_HOOK_FILE : ''}`);
      const { repair } = await import('./commands/repair/index.ts');
      try {
        const result = await repair({ cwd, hook, rewrite: rest[0], noCommit: values['no-commit'] });
        if (result.signatureDropped && result.commit) {
          // --no-verify: the pre-commit hook recorded this commit already; on a system where it cannot see an amend it would record it again.
          process.stderr.write(`promptvault: warning: the commit ${result.commit.slice(0, 7)} that now holds your amend is not signed, though the one it replaced was (or commit.gpgsign is on): promptvault amends through git's plumbing, which signs only with commit.gpgsign true and a key that signs. Sign it again: git commit --amend --no-edit --no-verify -S\n`);
        }
        if (hook === 'post-rewrite' && rest[0] === 'amend' && result.commit) {
          // The pre-commit hook's line named a version on top of the replaced commit; say what became of it.
          process.stdout.write(`promptvault: the hook took this amend for a new commit (it cannot see \`git commit --amend\` on this system); recorded again against the amended commit's parents, ${result.dropped.length} record file(s) replaced:\n`);
          printRecord({ written: [], removed: [], restored: [], dropped: [], warnings: [], ...result.recorded });
          process.stdout.write(`promptvault: the amended commit is now ${result.commit.slice(0, 7)}\n`);
          return 0;
        }
        for (const file of result.restored) process.stdout.write(`promptvault repair: restored ${file}\n`);
        for (const { file, reason } of result.dropped) process.stdout.write(`promptvault repair: removed ${file}: ${reason}\n`);
        printRecord({ written: [], removed: [], restored: [], dropped: [], warnings: [], ...result.recorded });
        for (const { label, prompt, from, to } of result.relabelled) process.stdout.write(`${printable(`promptvault repair: label ${label} follows ${prompt} from the dropped v${from.version} (${from.key}) to v${to.version} (${to.key}), which replaced it`)}\n`);
        // After a revert or cherry-pick, git prints its summary of the commit once this hook is done: the one before the amend, listing the record files it deleted, which the amend kept.
        const summaryNote = hook === 'post-commit' && result.amended ? ` (git's summary below is of the commit before this amend: the record files it lists as deleted are kept; \`git show --stat HEAD\` shows the commit as it is)` : '';
        if (result.commit) process.stdout.write(`promptvault repair: ${result.amended ? 'amended' : 'committed'} ${result.commit.slice(0, 12)}${summaryNote}\n`);
        else if (!hook) process.stdout.write(values['no-commit'] ? 'promptvault repair: staged; commit it\n' : 'promptvault repair: nothing to repair\n');
        return 0;
      } catch (error) {
        // A post-* hook cannot stop git; it says what to run instead.
        if (!hook) throw error;
        process.stderr.write(`promptvault: could not record this ${hook === 'post-rewrite' ? (rest[0] === 'amend' ? 'amend' : 'rebase') : 'commit'} in the vault; run \`promptvault repair\` and read what it says.\n`);
        return report(error);
      }
    }
    case 'report': {
      const format = values.format ?? 'markdown';
      if (format !== 'markdown') return usageError(`--format must be markdown, received "${format}"`);
      const { report } = await import('./commands/report/index.ts');
      const { formatReportMarkdown, baseFallback } = await import('./lib/report/markdown.ts');
      const result = await report({ cwd, base: values.base });
      process.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : formatReportMarkdown(result));
      // The job's log says it too: the comment is often written to a file no one reads in the log.
      const fellBack = baseFallback(result, { plain: true });
      if (fellBack) process.stderr.write(`${printable(`promptvault report: ${fellBack}`)}\n`);
      return 0;
    }
    default:
      return usageError(`unknown command "${command}"${didYouMean(nearestIds(command, Object.keys(COMMANDS))).replace(/^ /, '. ')}`);
  }
}

/** Said when a hook's argument ends in a carriage return: the hook file has CRLF line ends, and sh passed the CR on. */
const CR_IN_HOOK_FILE = ' (its "\\r" is a carriage return: the hook file in .husky/ has Windows line endings, e.g. from core.autocrlf=true)\n  fix: run `npx promptvault init --hooks`, which rewrites the hook files with LF, and commit the line `.husky/* text eol=lf` in .gitattributes so every checkout keeps them so';

function usageError(message: string): number {
  const command = findCommand(process.argv.slice(2), (name) => (OPTIONS as ParseArgsOptionsConfig)[name]?.type === 'string');
  if (command && COMMANDS[command]) return commandUsageError(command, message);
  process.stderr.write(`promptvault: ${message}\n\n${USAGE}`);
  return 2;
}

/** Files read leniently or skipped: one block on stderr, never changing the exit code. */
function printWarnings(command: string, warnings: Problem[]): void {
  if (warnings.length === 0) return;
  process.stderr.write(`promptvault ${command}: ${warnings.length} warning(s), read anyway:\n${formatProblems(warnings)}\n`);
}

/** A usage mistake in one command: the message, then that command's usage (not every command's). */
function commandUsageError(command: string, message: string): number {
  process.stderr.write(`promptvault ${command}: ${message}\n\n${formatCommandUsage(command, COMMANDS[command]!)}`);
  return 2;
}

/** "no problems" or "3 problems in 2 files skipped (2 front-matter-invalid, 1 not-utf8), listed above". */
function summarizeProblems(problems: Problem[]): string {
  if (problems.length === 0) return 'no problems';
  const files = new Set(problems.map((problem) => problem.file)).size;
  const byCode = new Map<string, number>();
  for (const problem of problems) byCode.set(problem.code, (byCode.get(problem.code) ?? 0) + 1);
  const kinds = [...byCode].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([code, count]) => `${count} ${code}`).join(', ');
  return `${problems.length} problem(s) in ${files} file(s) (${kinds}), listed above on stderr`;
}

/** The folders an `--out` made because they did not exist: said, as a typo's folder was made without a word. */
function sayMadeFolders(command: string, madeFolders: readonly string[]): void {
  for (const folder of madeFolders) process.stderr.write(`${printable(`promptvault ${command}: made the folder ${folder} (it did not exist)`)}\n`);
}

function printRecord(result: RecordResult): void {
  printWarnings('record', result.warnings);
  if (result.deferredTo) process.stdout.write(`${picksToFollowLine(result.deferredTo)}\n`);
  for (const version of result.versions) {
    const from = version.parentLabels.length > 0 ? ` from ${version.parentLabels.join(' + ')}` : '';
    // Ids are file paths, which may carry control characters: printed as formatProblem prints them.
    // A version of a commit made without the hook, recorded now (record --all, repair, the hook's next commit): that commit named.
    const madeIn = version.madeWithoutHookIn ? `, for commit ${version.madeWithoutHookIn.slice(0, 12)} (made without the hook)` : '';
    process.stdout.write(`${printable(`promptvault: ${version.prompt} ${version.label} (${version.kind}${from})${version.symbolic_tags.map((tag) => ` ${tag}`).join('')}${madeIn}`)}\n`);
  }
  // Who may review a flagged change: said to its author at the commit, as check says it in CI.
  const who = result.review?.reviewers ? `a reviewer named in .promptvault.yaml review.reviewers${result.review.allow_self_review ? '' : ', other than its author,'} reviews it` : 'review it';
  for (const audit of result.audits) {
    // A move says so, as a prompt's `@rename` version does: new codex globs move every clause at once.
    const moved = audit.renamedFrom === undefined ? '' : ` (moved from ${audit.renamedFrom}${audit.textUnchanged ? ', text unchanged' : ''})`;
    process.stdout.write(`${printable(`promptvault: audit of ${audit.clause}${moved}: ${audit.regression_flag ? `FLAGGED (${audit.reasons.join(', ')}); ${who} with \`npx promptvault review ${shellWord(audit.clause)} --accept|--reject --note "..."\`` : audit.suggested ? `no regression; review suggested (${audit.suggested.join(', ')})` : 'no regression'}`)}\n`);
  }
  if (result.restored.length > 0) process.stdout.write(`promptvault: kept ${result.restored.length} record file(s) this commit deleted (records stay: later versions name them)\n`);
  // Records made for another commit and staged: the one an amend replaces, an earlier attempt at
  // this commit, or (the hook cannot tell them apart without reading history) a squashed branch's
  // first commit, whose parent is the squash's. Named, so a team sees what went and why.
  if (result.removed.length > 0) process.stdout.write(`${printable(leftOutRecordsLine(result.removed, { amended: result.amended === true }))}\n`);
  if (result.dropped.length > 0) process.stdout.write(`promptvault: dropped ${result.dropped.length} record file(s) a cherry-pick copied from another branch (they describe a text this branch does not hold; the originals stay on their branch)\n`);
}

/** A flagged audit whose rejection counts: reviewed, and open until the clause changes back. */
function isRejected(audit: CheckResult['flagged'][number]['audit'], refused: string | undefined): boolean {
  return !refused && audit.review.status === 'rejected';
}

function printCheck(result: CheckResult, format: 'text' | 'github'): void {
  if (result.notSetUp) {
    // Exit 0 (a branch cut before adoption is not red forever), but never the "ok" of a check that ran.
    const notice = result.notSetUp;
    if (format === 'github') process.stdout.write(`::warning file=${escapeProperty(notice.file)},title=${notice.code}::${escapeAnnotation(formatProblemText(notice))}\n`);
    else process.stdout.write(`${formatProblem(notice)}\n`);
    process.stdout.write(`promptvault check: nothing checked: no ${notice.file} at this commit (promptvault is not set up here)\n`);
    return;
  }
  const all: { problem: Problem; level: 'error' }[] = [
    ...result.invalid.map((problem) => ({ problem, level: 'error' as const })),
    ...result.outOfSync.map((problem) => ({ problem, level: 'error' as const })),
    ...result.flagged.map(({ audit, reviewCommand, refused, undoneBy, undo }) => ({
      level: 'error' as const,
      problem: {
        code: refused ? 'review-not-counted' : isRejected(audit, refused) ? 'regression-rejected' : 'regression-unreviewed', file: audit.file,
        // A rejection that counts was reviewed: what stays open is the change, still in the clause.
        message: `${isRejected(audit, refused) ? `rejected regression in clause ${audit.clause}, still in the clause${undo ? ` since commit ${undo.commit.slice(0, 12)} ("${undo.subject}")` : ''}` : `unreviewed regression in clause ${audit.clause} (${refused ? `${refused}, so it does not count` : undoneBy ? `pending; changed back since by audit ${undoneBy}, nothing of it is left in the clause` : audit.review.status})`}: ${audit.reasons.map((r) => `[${r.code}] ${r.message}`).join('; ')}`,
        fix: reviewCommand,
      },
    })),
  ];
  const rejected = result.flagged.filter(({ audit, refused }) => isRejected(audit, refused)).length;
  if (format === 'github') {
    for (const warning of result.warnings) process.stdout.write(`::warning file=${escapeProperty(warning.file)}${warning.line ? `,line=${warning.line}` : ''},title=${warning.code}::${escapeAnnotation(printable(warning.message))}\n`);
    if (result.unchangedWarnings) process.stdout.write(`::warning title=unchanged-files::${escapeAnnotation(unchangedWarningsLine(result.unchangedWarnings))}\n`);
    for (const { problem } of all) {
      const line = problem.line ? `,line=${problem.line}` : '';
      const text = formatProblemText(problem);
      process.stdout.write(`::error file=${escapeProperty(problem.file)}${line},title=${problem.code}::${escapeAnnotation(text)}\n`);
    }
    for (const problem of result.labels.stale) {
      const line = problem.line ? `,line=${problem.line}` : '';
      process.stdout.write(`::warning file=${escapeProperty(problem.file)}${line},title=${problem.code}::${escapeAnnotation(formatProblemText(problem))}\n`);
    }
    for (const move of result.labels.moves) process.stdout.write(`::notice file=${escapeProperty(move.file)},title=label-moved::${escapeAnnotation(printable(describeMove(move)))}\n`);
    const notCompared = result.labels.movesNotCompared;
    if (notCompared) process.stdout.write(`::warning title=${notCompared.code}::${escapeAnnotation(formatProblemText(notCompared))}\n`);
  } else {
    printWarnings('check', result.warnings);
    if (result.unchangedWarnings) process.stderr.write(`promptvault check: ${unchangedWarningsLine(result.unchangedWarnings)}\n`);
    if (all.length > 0) process.stdout.write(`${formatProblems(all.map((entry) => entry.problem))}\n`);
    if (result.labels.stale.length > 0) process.stdout.write(`${formatProblems(result.labels.stale)}\n`);
    for (const move of result.labels.moves) process.stdout.write(`promptvault: ${printable(describeMove(move))}\n`);
    if (result.labels.movesNotCompared) process.stderr.write(`promptvault check: ${formatProblem(result.labels.movesNotCompared)}\n`);
  }
  const c = result.counts;
  const verdict = all.length === 0 ? 'ok' : `${result.invalid.length} invalid, ${result.outOfSync.length} out of sync, ${result.flagged.length - rejected} unreviewed regression(s)${rejected > 0 ? `, ${rejected} rejected regression(s) not yet undone` : ''}`;
  process.stdout.write(`promptvault check: ${c.prompts} prompts, ${c.clauses} clauses, ${c.checkpoints} checkpoints, ${c.mutations} mutations, ${c.audits} audits: ${verdict}\n`);
}

/** `files` (relative to `root`) as the shell the user typed the command in names them: run from a subfolder, `../.promptvault.yaml`. */
async function pathsFromHere(root: string, files: string[]): Promise<string[]> {
  const { join, relative } = await import('node:path');
  return files.map((file) => {
    const here = relative(process.cwd(), join(root, file));
    return shellWord(here);
  });
}

function escapeAnnotation(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property (`file=`): also `,` and `:`, or a path holding them ends the property and can set others (as @actions/core escapes them). */
function escapeProperty(text: string): string {
  return escapeAnnotation(printable(text)).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * What init wrote as `review.reviewers` and where it came from. Git's identity from anywhere but this
 * repository's own config (the global one, the environment, a guess) is often a personal address,
 * not the one a reviewer commits with: said, with how to change it, since only it opens the gate.
 */
function reviewersLine(reviewers: readonly string[], from: string): string {
  const change = 'change review.reviewers in .promptvault.yaml before committing it (or delete the file and run init again with --reviewer "Name <email>", repeatable)';
  if (from === 'none') return `promptvault init: review.reviewers: none written (git has no identity here), so anyone's accept or reject of a flagged clause change counts, with a warning in check; name your reviewers with --reviewer "Name <email>" or in .promptvault.yaml`;
  const who = reviewers.join(', ');
  if (from === 'option') return `promptvault init: review.reviewers: ${who} (as given with --reviewer)`;
  const origin = from === 'local' || from === 'worktree' ? "your git identity in this repository's config"
    : from === 'global' ? 'your git identity from your global git config (~/.gitconfig): this repository sets no user.email'
      : from === 'system' ? "your git identity from the system's git config: this repository sets no user.email"
        : from === 'environment' ? 'your git identity from the environment (GIT_AUTHOR_EMAIL, or EMAIL where no git config sets one)'
          : from === 'guessed' ? 'the identity git made up from your user and host names: no user.email is set anywhere'
            : 'your git identity';
  return `promptvault init: review.reviewers: ${who} (${origin}); only their accept or reject of a flagged clause change counts in check. Add your team's reviewers, or if this is not the address you commit reviews with, ${change}`;
}

/** parseArgs's message, with the command's own options named for an unknown one. */
function parseArgsMessage(error: Error & { code: string }): string {
  const command = findCommand(process.argv.slice(2), (name) => (OPTIONS as ParseArgsOptionsConfig)[name]?.type === 'string');
  const unknown = /Unknown option '([^']+)'/.exec(error.message)?.[1];
  if (error.code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || !unknown) return error.message;
  const usage = command ? COMMANDS[command] : undefined;
  return usage ? `unknown option ${unknown}; the options of ${command} are ${listOptions(usage)}` : `unknown option ${unknown}; see promptvault --help`;
}

/**
 * Every error line starts `promptvault <command>: `, whatever module wrote the message (the hook's
 * `promptvault: the commit was blocked` included), so a log or a CI annotation says which command
 * failed; a message without a command (none was given) keeps `promptvault: `.
 */
function withCommandPrefix(message: string): string {
  const command = findCommand(process.argv.slice(2), (name) => (OPTIONS as ParseArgsOptionsConfig)[name]?.type === 'string');
  const prefix = command && COMMANDS[command] ? `promptvault ${command}: ` : 'promptvault: ';
  if (message.startsWith(prefix)) return message;
  return prefix + message.replace(/^promptvault(?: [a-z-]+)?: /, '');
}

/** The repository the command runs in (--cwd), for what an error's report asks of git. */
let commandCwd = process.cwd();

/**
 * A vault file's conflict ends with the step of what git is in the middle of: `git rebase
 * --continue` or `git cherry-pick --continue`, not the merge's `git commit` the readers say.
 */
async function withConflictSteps(error: unknown): Promise<unknown> {
  if (!isUserError(error)) return error;
  const { conflictFiles, hasConflictProblem, withConflictNextStep } = await import('./lib/vault/conflict-next-step.ts');
  if (!hasConflictProblem(error.problems)) return error;
  try {
    const [{ listUncommitted, openRepo }, { operationInProgress }, { readConflictAt, readWorktreeTexts }] = await Promise.all([import('./lib/git/index.ts'), import('./lib/git/operation-fs.ts'), import('./lib/vault/conflict-at-git.ts')]);
    const repo = await openRepo({ cwd: commandCwd });
    const operation = operationInProgress(repo.gitdir);
    // With nothing in progress, markers not committed so come from a `git stash pop` or a `git
    // checkout -m` (or were staged by hand).
    const files = conflictFiles(error.problems);
    const uncommitted = operation === null ? await listUncommitted(repo, { pathspecs: files.map((file) => `:(literal)${file}`) }) : [];
    const at = operation !== null || uncommitted.length > 0 ? await readConflictAt(repo, readWorktreeTexts(repo, files), operation) : null;
    error.problems.splice(0, error.problems.length, ...withConflictNextStep(error.problems, at));
  } catch {
    // Not a repository after all: the fix as the reader wrote it.
  }
  return error;
}

function report(error: unknown): number {
  if (isUserError(error)) {
    // Messages quote what users wrote (commit subjects, ids, git identities): printed as problems are.
    process.stderr.write(`${printable(withCommandPrefix(error.message))}\n`);
    if (error.problems.length > 0) process.stderr.write(`${formatProblems(error.problems)}\n`);
    return error.exitCode;
  }
  const missing = dependencyMissing(error);
  if (missing) return report(missing);
  if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) return usageError(parseArgsMessage(error as Error & { code: string }));
  // The machine refused a file operation somewhere no command expected it (a full disk, a
  // read-only folder): still the user's to fix, not a bug.
  if (isEnvironmentError(error)) {
    const { path: file = '(unknown file)', syscall } = error as { path?: string; syscall: string };
    return report(fileSystemError(error, file, `${syscall} ${file}`));
  }
  process.stderr.write(`promptvault: internal error. This is a bug in promptvault; please report it with the output below.\n${(error as Error).stack ?? String(error)}\n`);
  return 70;
}

// A reader that goes away (`promptvault export | head -1`) is not an error: stop writing quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

/** Resolves once everything written to the stream so far has reached the pipe, file or terminal. */
function drain(stream: NodeJS.WriteStream): Promise<void> {
  if (stream.destroyed || !stream.writable) return Promise.resolve();
  // A write's callback runs after every earlier write has been handed to the OS.
  return new Promise((resolve) => stream.write('', () => resolve()));
}

// The one exit. Output to a pipe is written asynchronously once the pipe is full (64 KiB), and
// process.exit would drop the rest: wait for stdout and stderr to drain first. process.exit (not
// just exitCode) because a command may leave a handle open (a keep-alive socket, a worker).
// It would also drop compiled code not yet written to the cache: flush that too.
const exit = async (code: number) => {
  await Promise.all([drain(process.stdout), drain(process.stderr)]);
  module.flushCompileCache?.();
  process.exit(code);
};

main(process.argv.slice(2)).then(exit, async (error: unknown) => exit(report(await withConflictSteps(error))));
