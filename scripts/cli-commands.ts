// Each command's own usage: what `promptvault <command> --help` prints, which options the command
// takes (anything else names these), and how many arguments. A command missing here still runs;
// it accepts every option and its --help prints the general usage.

export interface CommandUsage {
  /** `promptvault check [--format text|github]` without the `promptvault `. */
  synopsis: string;
  /** One or two lines: what the command does. */
  summary: string;
  /** Option name (as in parseArgs, without dashes) -> its description. */
  options: Record<string, string>;
  /** How many positional arguments it takes at most (Infinity for a list). */
  maxArguments: number;
  /** Exit codes and their meaning. */
  exit: string;
}

/** Options every command takes. */
export const GLOBAL_OPTIONS: Record<string, string> = {
  cwd: '--cwd DIR      the repository (default: the current directory)',
  help: '-h, --help     this help',
};

export const COMMANDS: Record<string, CommandUsage> = {
  record: {
    synopsis: 'record [--all] [--hook NAME]',
    summary: 'Records checkpoints, mutation logs and audits for the staged change and stages them (what the\ngit hooks run).',
    options: {
      all: '--all          re-sync every prompt and clause, after commits made without the hook',
      hook: '--hook NAME    the git hook running it: pre-commit or pre-merge-commit',
    },
    maxArguments: 0,
    exit: '0 recorded (or nothing to record), 1 a merge needs `git commit --no-edit`, 2 invalid input',
  },
  check: {
    synopsis: 'check [--format text|github] [--stale] [--since REF]',
    summary: 'Validates every prompt, clause, record and label at HEAD, compares the vault with the files and\nlists unreviewed regressions; every problem at once, the verdict on the last line.',
    options: {
      format: '--format F     text (default) or github (workflow annotations)',
      stale: '--stale        also warn of labels behind their prompt\'s current version',
      since: '--since REF    judge again the audits and list the label moves of the commits since REF (github format default: on a pull request origin/$GITHUB_BASE_REF, on a push its before sha, else HEAD~1)',
    },
    maxArguments: 0,
    exit: '0 clean, or nothing checked (not set up at this commit), 1 out of sync or an unreviewed regression, 2 invalid input',
  },
  log: {
    synopsis: 'log <promptId> [--json]',
    summary: 'The lineage of a prompt, newest first, following forks, renames and merges.',
    options: { json: '--json         the entries as JSON' },
    maxArguments: 1,
    exit: '0, 2 unknown prompt id',
  },
  diff: {
    synopsis: 'diff <id>@<version> [<id>@<version> | <id>]',
    summary: "Two versions of a prompt as a unified diff of their files, each read from git at the commit that\nholds it; the second defaults to the prompt's file at HEAD. A version is `support/refund@3`,\n`@v3·0d4cf2` or `@v3-0d4cf2` (as `log` shows it), across the prompt's moves.",
    options: {},
    maxArguments: 2,
    exit: '0 (also when the texts are the same), 2 unknown prompt or version',
  },
  show: {
    synopsis: 'show <id>@<version>',
    summary: "A recorded version's file as it was committed (front matter included), read from git at the\ncommit that holds it: `promptvault show support/refund@3 > prompts/support/refund.md` puts it back.",
    options: {},
    maxArguments: 1,
    exit: '0, 2 unknown prompt or version',
  },
  cites: {
    synopsis: 'cites <clauseId> [--json]',
    summary: "The prompts at HEAD whose `codex` front matter names a clause, with their file and current version.",
    options: { json: '--json         the list as JSON' },
    maxArguments: 1,
    exit: '0, 2 unknown clause',
  },
  backfill: {
    synopsis: 'backfill [--from REF]',
    summary: "Replays the branch's history through the recorder and writes and stages the records the hook\nwould have written. Resumable: run it again after an interruption.",
    options: { from: '--from REF     start history at this commit (what it holds counts as new there)' },
    maxArguments: 0,
    exit: '0, 2 invalid input, 130 interrupted (progress saved)',
  },
  init: {
    synopsis: 'init [--prompts GLOB]... [--codex GLOB]... [--reviewer "NAME <EMAIL>"]... [--hooks]',
    summary: 'Sets this repository up: .promptvault.yaml, vault/, the git hooks, a `prepare` script and\nnode_modules in .gitignore. Without --prompts it looks for the common layouts (Claude Code, Copilot,\nCursor, Dotprompt, Prompty, prompts/) and uses what it finds. Prompts are never touched.',
    options: {
      prompts: '--prompts GLOB glob of prompt files, relative to the repository root (repeatable;\n                 replaces the layouts found)',
      codex: '--codex GLOB   glob of codex clause files (repeatable)',
      reviewer: '--reviewer "NAME <EMAIL>"\n                 whose accept/reject of a flagged clause change counts (repeatable;\n                 default: your git identity, said with where git takes it from)',
      hooks: '--hooks        only (re)install the git hooks (what `prepare` runs)',
    },
    maxArguments: 0,
    exit: '0, 1 core.hooksPath is a folder of yours whose hooks do not all run promptvault (nothing written), 2 invalid input',
  },
  build: {
    synopsis: 'build [--out DIR] [--base PATH] [--progress]',
    summary: "Builds the static site of this repository's vault.",
    options: {
      out: '--out DIR      output folder (default ./dist)',
      base: '--base PATH    base path the site is served under, e.g. /my-repo/',
      progress: '--progress     show each step on stderr (the default when stderr is a terminal)',
    },
    maxArguments: 0,
    exit: '0, 2 invalid vault or output folder',
  },
  export: {
    synopsis: 'export --format csv|json [--mutations] [--out FILE]',
    summary: 'The checkpoints (or the mutation logs) as one table, to stdout or a file.',
    options: {
      format: '--format F     csv (default) or json',
      mutations: '--mutations    export the mutation logs instead of the checkpoints',
      out: '--out FILE     write to FILE instead of stdout',
    },
    maxArguments: 0,
    exit: '0, 2 invalid records or arguments',
  },
  tag: {
    synopsis: 'tag <@tag>...',
    summary: "Adds your own tags to the mutations of your next commit (as PROMPTVAULT_TAGS does).",
    options: {},
    maxArguments: Infinity,
    exit: '0, 2 not a tag',
  },
  label: {
    synopsis: 'label set <label> <id@version>... | --all; label rm <label> [<id>...]; label list [<label>] [--json]',
    summary: 'Points a label (production, staging) at versions, drops prompts from it, or lists what labels\nname. Writes and stages vault/labels/<label>.yaml: commit it to move the label.',
    options: {
      all: '--all          label set: every prompt at its current version',
      json: '--json         label list: as JSON',
    },
    maxArguments: Infinity,
    exit: '0, 2 unknown version, prompt or label',
  },
  bundle: {
    synopsis: 'bundle --out FILE [--label NAME] [--prompts GLOB]... [--types FILE.d.ts]',
    summary: 'Writes every prompt (or those a label names) at its version as JSON for promptvault/runtime.',
    options: {
      out: '--out FILE     the bundle (JSON)',
      label: '--label NAME   only the versions this label names',
      prompts: '--prompts GLOB only the prompts whose file it matches (from the repository root; repeatable):\n                 one app of a monorepo, e.g. --prompts \'apps/support-bot/**\'',
      types: '--types FILE   TypeScript declarations: prompt ids and their variables',
    },
    maxArguments: 0,
    exit: '0, 1 dangling label or unrecorded prompt, 2 invalid input',
  },
  repair: {
    synopsis: 'repair [--no-commit]',
    summary: 'Brings the vault back in step after a revert, cherry-pick or rebase made without the hook, or an\ninterrupted run, and commits the repair (see the README, "Workflows").',
    options: {
      'no-commit': '--no-commit    stage the repair without committing it',
      hook: '--hook NAME    run as the post-commit or post-rewrite hook (what the hooks pass)',
    },
    maxArguments: 1,
    exit: '0, 1, 2 invalid input',
  },
  doctor: {
    synopsis: 'doctor',
    summary: 'Says whether the git hooks will actually run in this worktree, and why not.',
    options: {},
    maxArguments: 0,
    exit: '0 the hooks will run as init sets them up, 1 a finding to fix (they will not run, or not as they should)',
  },
  report: {
    synopsis: 'report --format markdown [--base REF] [--json]',
    summary: 'What this branch changed in the vault since it left REF: prompt versions with token and trait\ndeltas, clause audits with reasons and review state, labels moved. For a pull request.',
    options: {
      format: '--format F     markdown (default)',
      base: '--base REF     the branch this one left (default origin/$GITHUB_BASE_REF, else origin/main, else main)',
      json: '--json         the report as JSON',
    },
    maxArguments: 0,
    exit: '0, 2 unknown base',
  },
  review: {
    synopsis: 'review <clauseId> --accept|--reject --note "..." [--audit ID]',
    summary: 'Records a review of a flagged clause audit by you (git\'s author identity) and stages it;\nrefused when .promptvault.yaml review.reviewers does not name you or you made the change.',
    options: {
      accept: '--accept       accept the change the audit flagged',
      reject: '--reject       reject it',
      note: '--note TEXT    why: kept in the audit for the next reader (required)',
      audit: '--audit ID     which audit (default: the open one)',
    },
    maxArguments: 1,
    exit: '0, 2 invalid input',
  },
};

/** `promptvault <command> --help`. */
export function formatCommandUsage(name: string, usage: CommandUsage): string {
  const options = [...Object.values(usage.options), ...Object.values(GLOBAL_OPTIONS)];
  return [
    `Usage: promptvault ${usage.synopsis}`,
    '',
    usage.summary,
    '',
    'Options:',
    ...options.map((line) => `  ${line}`),
    '',
    `Exit: ${usage.exit}`,
    `All commands: promptvault --help`,
    '',
  ].join('\n');
}

/** The option flags a command accepts, for an error message: `--format, --cwd, --help`. */
export function listOptions(usage: CommandUsage): string {
  return [...Object.keys(usage.options), ...Object.keys(GLOBAL_OPTIONS)].map((name) => `--${name}`).join(', ');
}

/**
 * The command word in argv before strict parsing: the first argument that is neither an option
 * nor the value of an option. Needed to name the command's options when parsing fails.
 */
export function findCommand(argv: string[], takesValue: (option: string) => boolean): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return argv[i + 1];
    if (arg.startsWith('--') && !arg.includes('=') && takesValue(arg.slice(2))) i++;
    else if (!arg.startsWith('-')) return arg;
  }
  return undefined;
}
