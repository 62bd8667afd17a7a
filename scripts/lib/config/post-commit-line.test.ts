// One post-commit line from one place: init's hook file moved from `git reflog -1` (which reads
// HEAD's whole reflog on every commit) to `tail` in session 23, while the pre-commit framework's
// promptvault-repair hook (.pre-commit-hooks.yaml) and its `repo: local` form in the repair README,
// each written by hand, kept the old line. Both files now hold what post-commit-line.ts gives;
// hook-files.test.ts runs each line through real reverts and cherry-picks.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../test-utils/repo.ts';
import { hookLines } from '../../commands/init/index.ts';
import { frameworkRepairEntry, postCommitLine } from './post-commit-line.ts';

interface FrameworkHook { id: string; entry: string }

/** The ```yaml block of a Markdown file that follows `heading`. */
function yamlBlockAfter(file: string, heading: string): string {
  const text = fs.readFileSync(file, 'utf8');
  const at = text.indexOf(heading);
  expect(at, `${heading} in ${file}`).toBeGreaterThan(-1);
  const block = /```yaml\n([\s\S]*?)```/.exec(text.slice(at));
  expect(block, `a yaml block after ${heading}`).not.toBeNull();
  return block![1]!;
}

describe('the post-commit line offered for the pre-commit framework', () => {
  it("is init's, in .pre-commit-hooks.yaml's promptvault-repair", () => {
    const hooks = parse(fs.readFileSync(path.join(PROJECT_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as FrameworkHook[];
    const entry = hooks.find((hook) => hook.id === 'promptvault-repair')!.entry;
    expect(entry).toBe(frameworkRepairEntry({ local: false }));
    expect(entry).toContain(postCommitLine('exec promptvault'));
    expect(entry).not.toContain('case "$(git reflog -1');
    expect(hookLines('promptvault')['post-commit']).toBe(postCommitLine('promptvault'));
  });

  it("is init's, in the repair README's repo: local hook", () => {
    const config = parse(yamlBlockAfter(path.join(PROJECT_ROOT, 'scripts/commands/repair/README.md'), '## The pre-commit framework with a local hook')) as { repos: { hooks: FrameworkHook[] }[] };
    const entry = config.repos[0]!.hooks.find((hook) => hook.id === 'promptvault-repair')!.entry;
    expect(entry).toBe(frameworkRepairEntry({ local: true }));
    expect(entry).toContain(postCommitLine('exec promptvault'));
  });
});
