#!/usr/bin/env node
// The promptvault CLI: argv -> command -> printed result. The only place that exits.
// The hook runs this on every commit, so start-up matters: Node's compile cache is on, and each
// command's modules are imported only when that command runs.
import module from 'node:module';
import { parseArgs } from 'node:util';
import { formatProblem, formatProblems, isUserError, type Problem } from './lib/errors.ts';
import type { CheckResult } from './commands/check/index.ts';
import type { HookName, RecordResult } from './commands/record/index.ts';

module.enableCompileCache?.();

const USAGE = `promptvault: a git-native prompt registry

Usage: promptvault <command> [options]

Commands:
  record [--all] [--hook NAME]   record checkpoints, mutation logs and audits for the staged change
                                 (what the pre-commit hook runs); --all re-syncs every prompt
  check [--format text|github]   validate prompts, clauses and records at HEAD; exit 0 clean,
                                 1 out of sync or unreviewed regression, 2 invalid input
  log <promptId> [--json]        lineage of a prompt, following forks and renames
  backfill [--from REF]          replay the branch's history and write the records the hook would
                                 have written (resumable: run it again after an interruption)
  init [--prompts GLOB]... [--codex GLOB]... [--hooks]
                                 set this repository up: config, vault/, git hooks (prompts untouched)
  build [--out DIR] [--base PATH]
                                 build the static site of this repository's vault (default ./dist)
  export --format csv|json [--mutations] [--out FILE]
                                 the checkpoints (or mutation logs) as one table
  tag <@tag...>                  add your own tags to the mutations of your next commit
  review <clauseId> --accept|--reject --note "..." [--audit ID]
                                 record a review of a flagged clause audit (reviewer from git config)
  report --format markdown [--base REF] [--json]
                                 what this branch changed since it left REF (default origin/main):
                                 prompt versions, clause audits and their reviews, labels moved

Options:
  --cwd DIR    the repository (default: the current directory)
  -h, --help   this help
`;

/** Exit codes: 0 ok, 1 failing state, 2 invalid input or usage, 70 a bug in promptvault. */
async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
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
      hooks: { type: 'boolean' },
      base: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(USAGE);
    return command || values.help ? 0 : 2;
  }
  const cwd = values.cwd ?? process.cwd();
  switch (command) {
    case 'record': {
      const hook = values.hook as HookName | undefined;
      if (hook !== undefined && hook !== 'pre-commit' && hook !== 'pre-merge-commit') return usageError(`--hook must be pre-commit or pre-merge-commit, received "${hook}"`);
      const { record } = await import('./commands/record/index.ts');
      const result = await record({ cwd, hook, all: values.all });
      printRecord(result);
      return 0;
    }
    case 'check': {
      const format = values.format ?? 'text';
      if (format !== 'text' && format !== 'github') return usageError(`--format must be text or github, received "${format}"`);
      const { check } = await import('./commands/check/index.ts');
      const result = await check({ cwd });
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
    case 'backfill': {
      const { backfill } = await import('./commands/backfill/index.ts');
      const controller = new AbortController();
      process.once('SIGINT', () => controller.abort());
      const result = await backfill({
        cwd, from: values.from, signal: controller.signal,
        onProgress: (p) => process.stderr.write(`promptvault backfill: ${p.done}/${p.total} commits, ${p.records} records, ${Math.round(p.commitsPerSecond)} commits/s\n`),
      });
      if (result.problems.length > 0) process.stderr.write(`promptvault backfill: skipped what could not be read:\n${formatProblems(result.problems)}\n`);
      process.stdout.write(`promptvault backfill: ${result.commits} commits replayed${result.resumed ? ` (${result.resumed} from the saved run)` : ''}; ${result.written} record files written and staged, ${result.kept} already there.${result.written ? ' Commit them: git commit -m "Backfill the prompt vault"' : ''}\n`);
      const { first, replay, writing } = result.seconds;
      process.stdout.write(`promptvault backfill: first commit ${first.toFixed(1)} s, the other ${Math.max(0, result.commits - result.resumed - 1)} commits ${replay.toFixed(1)} s, writing and staging records ${writing.toFixed(1)} s\n`);
      return 0;
    }
    case 'init': {
      const { init } = await import('./commands/init/index.ts');
      const result = await init({ cwd, prompts: values.prompts, codex: values.codex, hooksOnly: values.hooks });
      for (const file of result.changed) process.stdout.write(`promptvault init: wrote ${file}\n`);
      if (!values.hooks) process.stdout.write('promptvault init: done. Commit these files; `promptvault backfill` records the existing history.\n');
      return 0;
    }
    case 'build': {
      const { buildSite } = await import('./commands/build/index.ts');
      const { resolve } = await import('node:path');
      const result = await buildSite({ cwd, outDir: values.out ? resolve(values.out) : undefined, base: values.base, logLevel: 'warn' });
      process.stdout.write(`promptvault build: ${result.files.filter((file) => file.endsWith('.html')).length} pages in ${result.outDir}\n`);
      return 0;
    }
    case 'export': {
      const format = values.format ?? 'csv';
      if (format !== 'csv' && format !== 'json') return usageError(`--format must be csv or json, received "${format}"`);
      const { exportVault } = await import('./commands/export/index.ts');
      const text = await exportVault({ cwd, format, mutations: values.mutations });
      if (values.out) {
        const { writeFileAtomic } = await import('./lib/vault/write-fs.ts');
        writeFileAtomic(values.out, text);
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
    case 'review': {
      const clause = rest[0];
      if (!clause) return usageError('review needs a clause id, e.g. promptvault review privacy/account-numbers --accept --note "..."');
      if (values.accept === values.reject) return usageError('review needs exactly one of --accept or --reject');
      if (values.note === undefined) return usageError('review needs --note "why": the note is kept in the audit for the next reader');
      const { review } = await import('./commands/review/index.ts');
      const result = await review({ cwd, clause, audit: values.audit, decision: values.accept ? 'accepted' : 'rejected', note: values.note });
      process.stdout.write(`promptvault: ${result.audit.review.status} audit ${result.audit.id} of ${clause}; ${result.file} is staged, commit it to record the review\n`);
      return 0;
    }
    case 'report': {
      const format = values.format ?? 'markdown';
      if (format !== 'markdown') return usageError(`--format must be markdown, received "${format}"`);
      const { report } = await import('./commands/report/index.ts');
      const { formatReportMarkdown } = await import('./lib/report/markdown.ts');
      const result = await report({ cwd, base: values.base });
      process.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : formatReportMarkdown(result));
      return 0;
    }
    default:
      return usageError(`unknown command "${command}"`);
  }
}

function usageError(message: string): number {
  process.stderr.write(`promptvault: ${message}\n\n${USAGE}`);
  return 2;
}

function printRecord(result: RecordResult): void {
  for (const version of result.versions) {
    const from = version.parents.length > 0 ? ` from ${version.parents.join(' + ')}` : '';
    process.stdout.write(`promptvault: ${version.prompt} v${version.version} (${version.kind}${from}) ${version.symbolic_tags.join(' ')}\n`);
  }
  for (const audit of result.audits) {
    process.stdout.write(`promptvault: audit of ${audit.clause}: ${audit.regression_flag ? `FLAGGED (${audit.reasons.join(', ')}); review it with \`npx promptvault review ${audit.clause} --accept|--reject --note "..."\`` : 'no regression'}\n`);
  }
  if (result.removed.length > 0) process.stdout.write(`promptvault: replaced ${result.removed.length} record file(s) of an earlier attempt at this commit\n`);
}

function printCheck(result: CheckResult, format: 'text' | 'github'): void {
  const all: { problem: Problem; level: 'error' }[] = [
    ...result.invalid.map((problem) => ({ problem, level: 'error' as const })),
    ...result.outOfSync.map((problem) => ({ problem, level: 'error' as const })),
    ...result.flagged.map(({ audit, reviewCommand }) => ({
      level: 'error' as const,
      problem: {
        code: 'regression-unreviewed', file: audit.file,
        message: `unreviewed regression in clause ${audit.clause} (${audit.review.status}): ${audit.reasons.map((r) => `[${r.code}] ${r.message}`).join('; ')}`,
        fix: reviewCommand,
      },
    })),
  ];
  if (format === 'github') {
    for (const { problem } of all) {
      const line = problem.line ? `,line=${problem.line}` : '';
      const text = formatProblem({ ...problem, file: '' }).replace(/^: /, '');
      process.stdout.write(`::error file=${problem.file}${line},title=${problem.code}::${escapeAnnotation(text)}\n`);
    }
  } else if (all.length > 0) {
    process.stdout.write(`${formatProblems(all.map((entry) => entry.problem))}\n`);
  }
  const c = result.counts;
  const verdict = all.length === 0 ? 'ok' : `${result.invalid.length} invalid, ${result.outOfSync.length} out of sync, ${result.flagged.length} unreviewed regression(s)`;
  process.stdout.write(`promptvault check: ${c.prompts} prompts, ${c.clauses} clauses, ${c.checkpoints} checkpoints, ${c.mutations} mutations, ${c.audits} audits: ${verdict}\n`);
}

function escapeAnnotation(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function report(error: unknown): number {
  if (isUserError(error)) {
    process.stderr.write(`${error.message}\n`);
    if (error.problems.length > 0) process.stderr.write(`${formatProblems(error.problems)}\n`);
    return error.exitCode;
  }
  if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) return usageError((error as Error).message);
  process.stderr.write(`promptvault: internal error. This is a bug in promptvault; please report it with the output below.\n${(error as Error).stack ?? String(error)}\n`);
  return 70;
}

// process.exit would drop compiled code not yet written to the cache: flush it first.
const exit = (code: number) => {
  module.flushCompileCache?.();
  process.exit(code);
};

main(process.argv.slice(2)).then(exit, (error: unknown) => exit(report(error)));
