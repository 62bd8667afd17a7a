// A commit that changes the config's globs so that unchanged files get other ids. The common case:
// a Claude Code command added beside an agent of the same name (both `code-reviewer` under init's one
// glob per folder) is refused; the fix widens `.claude/agents/**/*.md` and `.claude/commands/**/*.md`
// to `.claude/**/*.md`. Every `.claude` file nobody touched then has another id (`agents/...`); the
// hook records each as a move from the id it had, so lineage, version numbers and labels go on and
// `check` stays green, as after a `git mv`. Before, nothing was recorded for them: `check` said each
// was "committed without the hook" and `record --all` started each again at version 1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyRepo, createRepo, type TestRepo } from '../../test-utils/repo.ts';

const NARROW = "prompts: ['.claude/agents/**/*.md', '.claude/commands/**/*.md', 'prompts/**/*.md']\n";
const WIDE = "prompts: ['.claude/**/*.md', 'prompts/**/*.md']\n";
const agent = (line: string) => `---\nname: code-reviewer\ndescription: Reviews diffs\ntools: Read, Grep\n---\nYou are a senior code reviewer.\n\n${line}\n`;

let repo: TestRepo;
let widened: { code: number; stdout: string; stderr: string };
let refused: { code: number; stdout: string; stderr: string };

function lineage(id: string): string[] {
  const log = repo.cli(['log', id, '--json']);
  expect(log.code, log.stderr).toBe(0);
  return (JSON.parse(log.stdout) as { mutation: { prompt: string; kind: string; parents: { prompt: string; version: number }[] }; checkpoint: { version: number; path: string } }[])
    .map((entry) => `${entry.mutation.prompt} v${entry.checkpoint.version} ${entry.mutation.kind}${entry.mutation.parents.map((p) => ` <- ${p.prompt}@${p.version}`).join('')}`);
}

beforeAll(() => {
  repo = createRepo();
  repo.write('.promptvault.yaml', NARROW);
  repo.write('.claude/agents/code-reviewer.md', agent('Check the tests first.'));
  repo.write('.claude/commands/deploy.md', '---\ndescription: Deploy to staging\n---\nDeploy PR #$1 to staging.\n');
  repo.write('prompts/faq.md', '# FAQ\n\nAnswer from the help centre.\n');
  expect(repo.commit('adopt', '2026-02-01').code).toBe(0);
  repo.write('.claude/agents/code-reviewer.md', agent('Check the tests first, then the types.'));
  expect(repo.commit('review types too', '2026-02-02').code).toBe(0);
  expect(repo.cli(['label', 'set', 'production', 'code-reviewer@2']).code).toBe(0);
  expect(repo.commit('promote the reviewer', '2026-02-03').code).toBe(0);

  repo.write('.claude/commands/code-reviewer.md', '---\ndescription: Run the code reviewer\n---\nReview the staged diff. $ARGUMENTS\n');
  refused = repo.commit('add the review command', '2026-02-04');
  repo.write('.promptvault.yaml', WIDE);
  widened = repo.commit('add the review command; one glob for .claude', '2026-02-04');
}, 240_000);
afterAll(() => repo?.cleanup());

describe('a commit whose new globs give unchanged files other ids', () => {
  it('is first refused for two files of one id, with the glob that keeps them apart as the fix', () => {
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('gives the prompt id "code-reviewer", which .claude/agents/code-reviewer.md already has');
    expect(refused.stderr).toContain("in .promptvault.yaml replace the prompts globs under .claude/ with '.claude/**/*.md'");
  });

  it('records each moved id as a move from the id it had, version numbers going on', () => {
    expect(widened.code, widened.stderr).toBe(0);
    expect(lineage('agents/code-reviewer')).toEqual(['agents/code-reviewer v3 rename <- code-reviewer@2', 'code-reviewer v2 edit <- code-reviewer@1', 'code-reviewer v1 new']);
    expect(lineage('commands/deploy')).toEqual(['commands/deploy v2 rename <- deploy@1', 'deploy v1 new']);
    expect(lineage('commands/code-reviewer')).toEqual(['commands/code-reviewer v1 new']);
    // The prompt whose id the globs kept is not recorded again.
    expect(repo.addedInHead('vault/checkpoints').filter((file) => file.includes('faq'))).toEqual([]);
  });

  it('leaves check green and the label serving the moved prompt', () => {
    const check = repo.cli(['check']);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    const label = repo.cli(['label', 'list']);
    expect(label.code, label.stderr).toBe(0);
    expect(label.stdout).toContain('code-reviewer');
  });

  it('goes back cleanly with git revert, each file recorded back under the id it had', () => {
    const reverted = repo.git(['revert', '--no-edit', 'HEAD'], { date: '2026-02-05' });
    expect(reverted.code, reverted.stdout + reverted.stderr).toBe(0);
    // Moved back onto an id with versions: the move continues the source, the id's old head stays an ancestor.
    expect(lineage('code-reviewer')[0]).toBe('code-reviewer v4 rename <- agents/code-reviewer@3 <- code-reviewer@2');
    const check = repo.cli(['check']);
    expect(check.code, check.stdout + check.stderr).toBe(0);
  });
});

describe('a prompt a label names, deleted in the commit that changes the globs', () => {
  it('is refused as any labelled deletion is: its id is read with the globs it had', () => {
    expect(repo.cli(['label', 'set', 'staging', 'deploy@1']).code).toBe(0);
    expect(repo.commit('stage the deploy command', '2026-02-06').code).toBe(0);
    repo.remove('.claude/commands/deploy.md');
    repo.write('.promptvault.yaml', WIDE);
    const refusedDeletion = repo.commit('drop deploy; one glob for .claude', '2026-02-07');
    expect(refusedDeletion.code).not.toBe(0);
    expect(refusedDeletion.stderr).toContain('staging');
    expect(refusedDeletion.stderr).toContain('deploy');
  });
});

describe('the same glob change committed without the hook', () => {
  it('is repaired by record --all as moves, not as new prompts at version 1', () => {
    const unhooked = createRepo();
    try {
      unhooked.write('.promptvault.yaml', NARROW);
      unhooked.write('.claude/agents/code-reviewer.md', agent('Check the tests first.'));
      expect(unhooked.commit('adopt', '2026-03-01').code).toBe(0);
      unhooked.write('.promptvault.yaml', WIDE);
      expect(unhooked.commit('one glob for .claude', '2026-03-02', { env: { HUSKY: '0' } }).code).toBe(0);
      const red = unhooked.cli(['check']);
      expect(red.code).toBe(1);
      expect(red.stdout + red.stderr).toContain('.claude/agents/code-reviewer.md: has no checkpoint');
      const repaired = unhooked.cli(['record', '--all']);
      expect(repaired.code, repaired.stderr).toBe(0);
      expect(repaired.stdout + repaired.stderr).toMatch(/agents\/code-reviewer v2·[0-9a-f]{6} \(rename from code-reviewer@v1·[0-9a-f]{6}\)/);
      expect(unhooked.commit('record the moved ids', '2026-03-03').code).toBe(0);
      const green = unhooked.cli(['check']);
      expect(green.code, green.stdout + green.stderr).toBe(0);
    } finally {
      unhooked.cleanup();
    }
  });
});

describe('a prompt moved out of a folder only the old globs took, in the commit that drops that glob', () => {
  /**
   * Both tests start from legacy/greet.md under the globs `legacy/**` and `prompts/**`, committed
   * through the hook ('adopt', 2026-04-01): committed once for the two and copied by each.
   */
  let adopted: TestRepo | undefined;
  afterAll(() => adopted?.cleanup());
  function adoptLegacy(): TestRepo {
    if (!adopted) {
      adopted = createRepo();
      adopted.write('.promptvault.yaml', "prompts: ['legacy/**/*.md', 'prompts/**/*.md']\n");
      adopted.write('legacy/greet.md', '# Greet\n\nSay hello.\n');
      expect(adopted.commit('adopt', '2026-04-01').code).toBe(0);
    }
    return copyRepo(adopted);
  }

  it('is recorded as a move from the id it had (the diff over the new globs alone saw it as new)', () => {
    const moving = adoptLegacy();
    try {
      moving.write('legacy/greet.md', '# Greet\n\nSay hello warmly.\n');
      expect(moving.commit('warmer', '2026-04-02').code).toBe(0);
      moving.move('legacy/greet.md', 'prompts/support/greet.md');
      moving.write('.promptvault.yaml', "prompts: ['prompts/**/*.md']\n");
      const moved = moving.commit('retire legacy/', '2026-04-03');
      expect(moved.code, moved.stderr).toBe(0);
      const log = moving.cli(['log', 'support/greet', '--json']);
      expect(log.code, log.stderr).toBe(0);
      const versions = (JSON.parse(log.stdout) as { mutation: { prompt: string; kind: string; parents: { prompt: string; version: number }[] }; checkpoint: { version: number } }[])
        .map((entry) => `${entry.mutation.prompt} v${entry.checkpoint.version} ${entry.mutation.kind}${entry.mutation.parents.map((p) => ` <- ${p.prompt}@${p.version}`).join('')}`);
      expect(versions).toEqual(['support/greet v3 rename <- greet@2', 'greet v2 edit <- greet@1', 'greet v1 new']);
      const check = moving.cli(['check']);
      expect(check.code, check.stdout + check.stderr).toBe(0);
    } finally {
      moving.cleanup();
    }
  });

  it('committed without the hook, is recorded by record --all as the same move', () => {
    const moving = adoptLegacy();
    try {
      moving.move('legacy/greet.md', 'prompts/support/greet.md');
      moving.write('.promptvault.yaml', "prompts: ['prompts/**/*.md']\n");
      expect(moving.commit('retire legacy/', '2026-04-03', { env: { HUSKY: '0' } }).code).toBe(0);
      const resync = moving.cli(['record', '--all']);
      expect(resync.code, resync.stderr).toBe(0);
      // Before, git's rename detection over the new globs alone did not see legacy/: a new version 1.
      expect(resync.stdout + resync.stderr).toMatch(/support\/greet v2·[0-9a-f]{6} \(rename from greet@v1·[0-9a-f]{6}\)/);
      expect(moving.commit('record the move', '2026-04-04', { add: false }).code).toBe(0);
      const check = moving.cli(['check']);
      expect(check.code, check.stdout + check.stderr).toBe(0);
    } finally {
      moving.cleanup();
    }
  });
});
