// Pure: how a git command given a list of pathspecs of any length is run within the command line
// Windows allows. No `node:` imports; index.ts runs what this plans.

/**
 * Windows refuses a command line over 32,767 characters (spawn fails; a case-only rename of a
 * prompt with some hundred versions passed it with one pathspec per record). Half of it for the
 * arguments leaves room for git's own path and flags, and for the wrapper git.exe that starts the
 * real one with the same line.
 */
export const ARGUMENTS_BUDGET = 16_000;

/** An argument's share of the command line: itself, its space and the quotes it may need. */
export function argumentCost(arg: string): number {
  return arg.length + 3;
}

/** Characters a command line of `args` takes (git's own name left out). */
export function commandLineCost(args: string[]): number {
  return args.reduce((size, arg) => size + argumentCost(arg), 0);
}

/** Splits `args` into runs within ARGUMENTS_BUDGET less `reserved` (one run when short, never none). */
function withinCommandLine(args: string[], reserved = 0): string[][] {
  const batches: string[][] = [];
  let batch: string[] = [];
  let size = reserved;
  for (const arg of args) {
    if (batch.length > 0 && size + argumentCost(arg) > ARGUMENTS_BUDGET) {
      batches.push(batch);
      batch = [];
      size = reserved;
    }
    batch.push(arg);
    size += argumentCost(arg);
  }
  if (batch.length > 0 || batches.length === 0) batches.push(batch);
  return batches;
}

/**
 * The argument lists that run `args -- <pathspecs>` within the budget: one when it fits, else one
 * per run of pathspecs, whose answers together are the one run's for commands that answer path by
 * path (ls-files, ls-tree, grep, status, diff without renames). `walksDisk` (ls-files --others,
 * status): every run also gets the list's first and last pathspec in sort order, because git walks
 * the disk from the pathspecs' common folder, and a run whose pathspecs sit in one folder opens
 * that folder directly, where git (core.ignorecase) no longer matches the folder's files to the
 * index entries of a folder differing only by case. With the two, every run starts where the whole
 * list would (their answers repeat in several runs: callers drop the repeats). `excluding`
 * (`:(exclude)` pathspecs) goes into every run.
 */
export function planPathspecRuns(args: string[], pathspecs: string[], { walksDisk = false, excluding = [] }: { walksDisk?: boolean; excluding?: string[] } = {}): string[][] {
  // Exclusions (`:(exclude)...`) hold for every run: a run without them would list what they leave out.
  const fixed = commandLineCost([...args, '--', ...excluding]);
  if (fixed + commandLineCost(pathspecs) <= ARGUMENTS_BUDGET) return [[...args, '--', ...pathspecs, ...excluding]];
  const sorted = [...pathspecs].sort();
  const ends = walksDisk && sorted.length > 1 ? [sorted[0]!, sorted[sorted.length - 1]!] : [];
  return withinCommandLine(pathspecs, fixed + commandLineCost(ends)).map((batch) => [...args, '--', ...ends, ...batch, ...excluding]);
}

/**
 * `git log` / `rev-list` read revisions, then after a `--` line pathspecs, from stdin (`--stdin`):
 * any number of them in one run, with the one run's answer. A pathspec holding a newline cannot
 * be a line there; it stays on the command line (a handful at most: no tool names files so).
 */
export function planLogStdin(args: string[], { revisions = [], pathspecs = [] }: { revisions?: string[]; pathspecs?: string[] }): { args: string[]; input: string } {
  // A list that fits stays on the command line, as a person would type it (and as GIT_TRACE shows it).
  const whole = [...args, ...revisions, '--', ...pathspecs];
  if (withinCommandLine(whole).length === 1) return { args: whole, input: '' };
  const onLine = pathspecs.filter((spec) => spec.includes('\n'));
  const listed = pathspecs.filter((spec) => !spec.includes('\n'));
  const input = `${revisions.map((revision) => `${revision}\n`).join('')}${listed.length > 0 ? `--\n${listed.map((spec) => `${spec}\n`).join('')}` : ''}`;
  return { args: [...args, '--stdin', '--', ...onLine], input };
}
