// In CI (`check --since`), a file read leniently (front matter the tools accept and strict YAML
// does not: `description: Use when: asked`, `globs: *.ts`) is annotated only when the run's own
// commits changed it. Its tool's lenient YAML is how Claude agents and Cursor rules are written:
// annotating every one on every run (14 on a clean monorepo) teaches people to ignore annotations.
// The others are counted in one line; `check` without --since lists them all, as before.
import type { Problem } from '../../lib/errors.ts';

const LENIENT = 'front-matter-lenient';

/** Pure: the warnings to show (lenient ones only for `changed` files) and how many files' lenient warnings were left out. */
export function lenientOnlyChanged(warnings: readonly Problem[], changed: ReadonlySet<string>): { warnings: Problem[]; lenientElsewhere: number } {
  const elsewhere = new Set<string>();
  const kept = warnings.filter((warning) => {
    if (warning.code !== LENIENT || changed.has(warning.file)) return true;
    elsewhere.add(warning.file);
    return false;
  });
  return { warnings: kept, lenientElsewhere: elsewhere.size };
}

/** The one line said in their place. */
export function lenientElsewhereLine(count: number): string {
  return `${count} more file${count === 1 ? ' is' : 's are'} read leniently (front matter strict YAML rejects, unchanged since the base): run \`promptvault check\` locally to list them`;
}
