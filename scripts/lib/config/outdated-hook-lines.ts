// Hook lines an older `init` wrote that the current one writes otherwise, and how each is found in
// a hook file: `init --hooks` (run by every `npm install`) rewrites such a line, `doctor` names it.
// A line is outdated only when it is exactly an older init's, the command that runs promptvault
// aside (kept as found); any other line, a team's own included, is never touched.
// Pure: no `node:` imports; init and doctor do the file work.
import { escapeRegExp } from '../prompt/locate.ts';

/** Stands for the command that runs promptvault in an older line (`promptvault`, `node scripts/cli.ts`). */
const CLI = '\u0000cli\u0000';

interface OutdatedShape {
  /** The hook file whose line it is. */
  hook: string;
  /** The line as an older init wrote it, with CLI where the command stood. */
  line: string;
  /** What is wrong with it, for doctor's finding and init's message. */
  why: string;
}

const OUTDATED_SHAPES: readonly OutdatedShape[] = [
  {
    // Sessions 1-22 (init of 2026-12-01 to 2026-12-05 09:35 UTC).
    hook: 'post-commit',
    line: `case "$(git reflog -1 --format=%gs 2>/dev/null)" in revert:*|cherry-pick:*) ${CLI} repair --hook post-commit ;; esac`,
    why: "runs `git reflog -1`, which reads HEAD's whole reflog on every commit (git 2.39: 3.9 ms of CPU at 5,044 reflog entries, 1.4 ms for the line init writes now)",
  },
  {
    // 2026-12-05 09:35-09:56 UTC (d6ad5621), mended by review23: a tab anywhere in the line.
    hook: 'post-commit',
    line: `d=\${GIT_DIR:-.git}; if [ -f "$d/logs/HEAD" ] && [ ! -e "$d/reftable" ]; then made=$(tail -n 1 "$d/logs/HEAD"); else made="\t$(git reflog -1 --format=%gs 2>/dev/null)"; fi; case "$made" in *"\trevert:"*|*"\tcherry-pick:"*) ${CLI} repair --hook post-commit ;; esac`,
    why: 'takes "revert:" or "cherry-pick:" after any tab of the reflog line for what made the commit, not only after the first (a commit whose message holds a tab and then "revert:" runs repair)',
  },
];

const MATCHERS = OUTDATED_SHAPES.map((shape) => {
  const [before = '', after = ''] = shape.line.split(CLI);
  // The command: one or more characters that are not a line break, between the line's fixed parts.
  return { ...shape, pattern: new RegExp(`^${escapeRegExp(before)}([^\\n]+?)${escapeRegExp(after)}$`) };
});

/** An outdated line found in a hook file. */
export interface OutdatedHookLine {
  /** 1-based line of the hook file. */
  line: number;
  /** The command that runs promptvault in it, as written there (the line rewritten keeps it). */
  cli: string;
  /** What is wrong with it. */
  why: string;
}

/**
 * The lines of `text` (the hook file of `hook`) that are exactly an older init's, spaces around
 * them aside. Empty for a hook file with none.
 */
export function findOutdatedHookLines(hook: string, text: string): OutdatedHookLine[] {
  const matchers = MATCHERS.filter((matcher) => matcher.hook === hook);
  if (matchers.length === 0) return [];
  return text.split(/\r?\n/).flatMap((line, index) => {
    for (const matcher of matchers) {
      const cli = matcher.pattern.exec(line.trim())?.[1];
      if (cli !== undefined) return [{ line: index + 1, cli, why: matcher.why }];
    }
    return [];
  });
}

/**
 * Whether `command` holds an older init's line of `hook` anywhere in it (a pre-commit framework
 * entry runs it after steps of its own, inside `sh -c '...'`): what is wrong with it, or undefined.
 */
export function outdatedLineWithin(hook: string, command: string): string | undefined {
  for (const matcher of MATCHERS) {
    if (matcher.hook !== hook) continue;
    const unanchored = new RegExp(matcher.pattern.source.slice(1, -1));
    if (unanchored.test(command)) return matcher.why;
  }
  return undefined;
}

/**
 * `text` with each outdated line of `hook` replaced by `current(cli)` (the line init writes now,
 * with that line's command), or dropped where the file holds that line already (it would run
 * twice), and the lines found; `text` itself when there are none.
 */
export function rewriteOutdatedHookLines(hook: string, text: string, current: (cli: string) => string): { text: string; rewritten: OutdatedHookLine[] } {
  const rewritten = findOutdatedHookLines(hook, text);
  if (rewritten.length === 0) return { text, rewritten };
  const lines: (string | null)[] = text.split('\n');
  const present = new Set(lines.map((line) => line!.trim()));
  for (const found of rewritten) {
    const line = current(found.cli);
    // Its indent kept: the line may stand in a block of the team's.
    lines[found.line - 1] = present.has(line) ? null : `${/^\s*/.exec(lines[found.line - 1] ?? '')?.[0] ?? ''}${line}`;
    present.add(line);
  }
  return { text: lines.filter((line) => line !== null).join('\n'), rewritten };
}
