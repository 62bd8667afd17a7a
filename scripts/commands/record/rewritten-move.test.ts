// A move that also rewrote much of the text: whether its lineage is kept is git's own rename
// detection's call (`-M`, 50% similar by default), with the hook and after `record --all` alike.
// Git calls it a rename: the next version with the old id as parent. Git does not: a version 1.
// Each case asks git what it says of the same change and checks the vault agrees. Where git saw a
// deletion and an addition, the hook says so (unpaired-moves.ts); a replay does not.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logOf } from '../../test-utils/prompt-log.ts';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

let repo: TestRepo;
const LINES = [
  'Greet the customer by name and thank them for writing in.',
  'Read the whole message before you answer any part of it.',
  'Find the order number; ask for it when the message has none.',
  'Check the order date against the thirty day return window.',
  'Refund the full amount when the item arrived damaged.',
  'Offer store credit when the return window has passed.',
  'Never promise a delivery date the carrier has not confirmed.',
  'Escalate to a supervisor when the customer asks twice.',
  'Summarise what you did in two sentences at the end.',
  'Sign off with the team name, never your own.',
];
/** Each prompt's own text (git pairs a deletion with the most similar addition: alike texts would pair at random). */
const text = (name: string, lines: string[] = LINES) => promptFile({ title: `Support ${name}` }, lines.map((line) => `${line} [${name}]`).join('\n'));
/** The text with its first `count` of 10 lines replaced by lines of about the same length. */
const rewritten = (name: string, count: number) => text(name, LINES.map((line, i) => (i < count ? `Rule ${i} is now a different sentence, nothing like it.` : line)));
const newest = (id: string) => logOf(repo, id)[0]!.mutation;
/** What git's rename detection (default -M, 50%) says the last commit did to `to`: R (from where) or A. */
const gitSays = (to: string) => repo.git(['diff', '--name-status', '-M', 'HEAD^', 'HEAD']).stdout.split('\n').find((line) => line.endsWith(`\t${to}`))!.split('\t').join(' ');

beforeAll(() => {
  repo = createRepo();
  for (const name of ['light', 'heavy', 'web-light', 'web-heavy']) repo.write(`prompts/${name}.md`, text(name));
  repo.write('prompts/keyed.md', text('keyed').replace('---\n', '---\nid: escalation-agent\n'));
  expect(repo.commit('add prompts', '2026-01-02').code).toBe(0);
});
afterAll(() => repo?.cleanup());

describe('a move that rewrote part of the text, with the hook', () => {
  it('rewrote 3 of 10 lines: git calls it a rename, and the lineage goes on (v2, parent the old id v1)', () => {
    repo.move('prompts/light.md', 'prompts/moved/light.md');
    repo.write('prompts/moved/light.md', rewritten('light', 3));
    const moved = repo.commit('move and rewrite a little', '2026-01-03');
    expect(moved.code).toBe(0);
    expect(moved.stdout + moved.stderr).not.toContain('git pairs no move');
    expect(gitSays('prompts/moved/light.md')).toMatch(/^R\d+ /);
    expect(newest('moved/light')).toMatchObject({ version: 2, kind: 'rename', parents: [{ prompt: 'light', version: 1 }] });
  });

  it('rewrote 7 of 10 lines: git calls it a deletion and an addition, and the moved file starts at version 1', () => {
    repo.move('prompts/heavy.md', 'prompts/moved/heavy.md');
    repo.write('prompts/moved/heavy.md', rewritten('heavy', 7));
    const moved = repo.commit('move and rewrite most', '2026-01-04');
    expect(moved.code).toBe(0);
    expect(gitSays('prompts/moved/heavy.md')).toMatch(/^A /);
    expect(newest('moved/heavy')).toMatchObject({ version: 1, kind: 'new', parents: [] });
    // Until session 32 without a word: the hook now says what it recorded and how to keep the lineage.
    const said = moved.stdout + moved.stderr;
    expect(said).toContain('prompts/moved/heavy.md: prompts/heavy.md is deleted and prompts/moved/heavy.md added in this commit, and git pairs no move between them (their texts are under 50% alike): moved/heavy is recorded as a new prompt (v1) and the lineage of heavy ends here');
    expect(said).toContain('`git show HEAD:prompts/heavy.md > prompts/moved/heavy.md`');
    expect(said).toContain('give it a front-matter id (`id: heavy`) in a commit of its own');
  });

  it('log asks, at that version 1, whether it was moved from the prompt the same commit deleted, and names the diff that answers', () => {
    const log = repo.cli(['log', 'moved/heavy']);
    expect(log.code, log.stderr).toBe(0);
    expect(log.stdout).toContain('  started here; was it moved from heavy (prompts/heavy.md, deleted in the same commit; not a rename to git, which pairs files at least 50% alike)? compare: promptvault diff heavy@1 moved/heavy@1\n');
    const compared = repo.cli(['diff', 'heavy@1', 'moved/heavy@1']);
    expect(compared.code, compared.stderr).toBe(0);
    expect(compared.stdout).toContain('+Rule 6 is now a different sentence');
    // A rename git saw asks nothing, nor does a version 1 made where no prompt was deleted.
    expect(repo.cli(['log', 'moved/light']).stdout).not.toContain('started here');
    expect(logOf(repo, 'moved/light').some((entry) => entry.moved_from)).toBe(false);
  });
});

describe('a move that rewrote the text and dropped the front-matter id the prompt had', () => {
  it('says which id paired the move and that the moved file lost it; putting it back and amending keeps the lineage', () => {
    expect(repo.read('prompts/keyed.md')).toContain('id: escalation-agent\n');
    repo.move('prompts/keyed.md', 'prompts/moved/keyed.md');
    repo.write('prompts/moved/keyed.md', rewritten('keyed', 7));
    const moved = repo.commit('move keyed, rewrite, id lost', '2026-01-04');
    expect(moved.code).toBe(0);
    expect(newest('moved/keyed')).toMatchObject({ version: 1, kind: 'new' });
    const said = moved.stdout + moved.stderr;
    // Until session 33 the hint advised `id: keyed`, a second id for a prompt that had one.
    expect(said).toContain('the lineage of keyed ends here; prompts/keyed.md had the front-matter `id: escalation-agent`, which pairs a move whatever the edit, and prompts/moved/keyed.md declares none');
    expect(said).toContain('put `id: escalation-agent` back in the front matter of prompts/moved/keyed.md, then `git add prompts/moved/keyed.md` and `git commit --amend`');
    expect(said).not.toContain('`id: keyed`');
    // The advice followed: the amended commit records the move.
    repo.write('prompts/moved/keyed.md', rewritten('keyed', 7).replace('---\n', '---\nid: escalation-agent\n'));
    const amended = repo.commit('move keyed, rewrite', '2026-01-04', { args: ['--amend'] });
    expect(amended.code, amended.stderr).toBe(0);
    expect(amended.stdout + amended.stderr).not.toContain('git pairs no move');
    expect(newest('moved/keyed')).toMatchObject({ version: 2, kind: 'rename', parents: [{ prompt: 'keyed', version: 1 }] });
  });
});

describe('the same moves made without the hook, then record --all', () => {
  it('git says rename for the light rewrite and addition for the heavy one, and the resync records exactly that', () => {
    repo.move('prompts/web-light.md', 'prompts/web/light.md');
    repo.write('prompts/web/light.md', rewritten('web-light', 3));
    repo.move('prompts/web-heavy.md', 'prompts/web/heavy.md');
    repo.write('prompts/web/heavy.md', rewritten('web-heavy', 7));
    expect(repo.commit('move two in the web editor', '2026-01-05', { args: ['--no-verify'] }).code).toBe(0);
    expect(gitSays('prompts/web/light.md')).toMatch(/^R\d+ /);
    expect(gitSays('prompts/web/heavy.md')).toMatch(/^A /);
    const recorded = repo.cli(['record', '--all']);
    expect(recorded.code, recorded.stderr).toBe(0);
    // The hint is for the commit being made: a replay of history says nothing of it.
    expect(recorded.stdout + recorded.stderr).not.toContain('git pairs no move');
    expect(repo.commit('record', '2026-01-06').code).toBe(0);
    expect(newest('web/light')).toMatchObject({ version: 2, kind: 'rename', parents: [{ prompt: 'web-light', version: 1 }] });
    expect(newest('web/heavy')).toMatchObject({ version: 1, kind: 'new', parents: [] });
    // Recorded in a later commit than the move: log cannot tell from that commit what was deleted, and asks nothing.
    expect(repo.cli(['log', 'web/heavy']).stdout).not.toContain('started here');
  });
});

describe('log in a shallow clone (CI checks out one commit)', () => {
  it('asks nothing where the commit before a version 1 is not in the clone, and exits 0', () => {
    // HEAD~2 made moved/heavy v1; at depth 3 it is there and its parent is not, at depth 1 neither.
    for (const depth of ['1', '3']) {
      const clone = `${repo.dir}-depth-${depth}`;
      expect(repo.git(['clone', '-q', '--depth', depth, `file://${repo.dir}`, clone]).code).toBe(0);
      try {
        const log = repo.cli(['log', 'moved/heavy', '--cwd', clone]);
        expect(log.code, log.stderr).toBe(0);
        expect(log.stdout).toContain('moved/heavy v1');
        expect(log.stdout).not.toContain('started here');
      } finally {
        fs.rmSync(clone, { recursive: true, force: true });
      }
    }
  });
});
