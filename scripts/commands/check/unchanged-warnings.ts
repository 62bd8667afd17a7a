// In CI (`check --since`), a warning about a file (front matter read leniently, a key ignored, a
// symbolic link skipped, two ids differing only by case...) is shown only when the run's own
// commits changed that file. The rest are old news on every run: annotating them all each time
// (14 on a clean monorepo of Claude agents and Cursor rules, whose tools' lenient YAML is how they
// are written) teaches people to ignore annotations. They are counted in one line instead;
// `check` without --since lists them all, as before. Errors are never left out.
import type { Problem } from '../../lib/errors.ts';

/** The warnings left out because the range did not change their files. */
export interface UnchangedWarnings {
  /** How many warnings were left out. */
  count: number;
  /** How many files they are about. */
  files: number;
  /** How many of each code, by code (sorted). */
  codes: Record<string, number>;
}

/**
 * Pure: the warnings to show (those about a file in `changed`, or about one of its `related`
 * files: the other side of a collision) and a count of the rest; `unchanged` is absent when none
 * was left out.
 */
export function warningsOfChangedFiles(warnings: readonly Problem[], changed: ReadonlySet<string>): { warnings: Problem[]; unchanged?: UnchangedWarnings } {
  const files = new Set<string>();
  const codes = new Map<string, number>();
  const kept = warnings.filter((warning) => {
    if ([warning.file, ...(warning.related ?? [])].some((file) => changed.has(file))) return true;
    files.add(warning.file);
    codes.set(warning.code, (codes.get(warning.code) ?? 0) + 1);
    return false;
  });
  if (files.size === 0) return { warnings: kept };
  const count = [...codes.values()].reduce((a, b) => a + b, 0);
  return { warnings: kept, unchanged: { count, files: files.size, codes: Object.fromEntries([...codes].sort(([a], [b]) => a.localeCompare(b))) } };
}

/** The one line said in their place. */
export function unchangedWarningsLine({ count, files, codes }: UnchangedWarnings): string {
  const which = Object.entries(codes).map(([code, n]) => `${code} ${n}`).join(', ');
  return `${count} more warning${count === 1 ? '' : 's'} about ${files} file${files === 1 ? '' : 's'} this range did not change (${which}): run \`promptvault check\` locally to list them`;
}
