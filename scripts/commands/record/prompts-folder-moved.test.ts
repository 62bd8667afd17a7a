// `git mv prompts app/prompts` with the prompts glob moved along, in one commit: every prompt keeps
// its id, and the hook records each new path as a move (`@rename`) of the id's last version. The
// move was read as one from another id that happened to be the same, so each version named its
// parent twice ("rename from support/refund@v1 + support/refund@v1").
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';
import { movedOutOfGlobsWarnings } from './moved-out-of-globs.ts';

let repo: TestRepo;
let moved = { code: 0, stdout: '', stderr: '' };
beforeAll(() => {
  repo = createRepo();
  repo.write('.promptvault.yaml', "prompts: ['prompts/**/*.md']\n");
  repo.write('prompts/support/refund.md', '---\ntitle: Refund\n---\nHelp with refunds.\n');
  repo.write('prompts/greeting.md', '---\ntitle: Greeting\n---\nSay hello.\n');
  expect(repo.commit('prompts', '2026-01-02').code).toBe(0);
  repo.write('prompts/support/refund.md', '---\ntitle: Refund\n---\nHelp with refunds. Apologise.\n');
  expect(repo.commit('refund v2', '2026-01-03').code).toBe(0);
  fs.mkdirSync(path.join(repo.dir, 'app'));
  expect(repo.git(['mv', 'prompts', 'app/prompts']).code).toBe(0);
  repo.write('.promptvault.yaml', "prompts: ['app/prompts/**/*.md']\n");
  moved = repo.commit('move the prompts under app/', '2026-01-04');
});
afterAll(() => repo?.cleanup());

function log(id: string): { kind: string; version: number; path: string; parents: string[] }[] {
  const listed = repo.cli(['log', id, '--json']);
  expect(listed.code, listed.stderr).toBe(0);
  return (JSON.parse(listed.stdout) as { mutation: { kind: string; parents: { prompt: string; version: number }[] }; checkpoint: { version: number; path: string } }[])
    .map((entry) => ({ kind: entry.mutation.kind, version: entry.checkpoint.version, path: entry.checkpoint.path, parents: entry.mutation.parents.map((p) => `${p.prompt}@${p.version}`) }));
}

describe('the prompts folder moved into a subfolder, its glob with it', () => {
  it('records each prompt\'s new path as a move of its last version, one parent each', () => {
    expect(moved.code, moved.stderr).toBe(0);
    expect(moved.stderr).toContain('promptvault: support/refund v3');
    expect(moved.stderr).toMatch(/support\/refund v3·\w+ \(rename from support\/refund@v2·\w+\) @rename/);
    expect(moved.stderr).not.toMatch(/\+ support\/refund@v2/);
    expect(log('support/refund')[0]).toEqual({ kind: 'rename', version: 3, path: 'app/prompts/support/refund.md', parents: ['support/refund@2'] });
    expect(log('greeting')[0]).toEqual({ kind: 'rename', version: 2, path: 'app/prompts/greeting.md', parents: ['greeting@1'] });
  });

  it('check passes, and the next edit goes on from the moved version', () => {
    expect(repo.cli(['check']).code).toBe(0);
    repo.write('app/prompts/greeting.md', '---\ntitle: Greeting\n---\nSay hello warmly.\n');
    expect(repo.commit('warmer greeting', '2026-01-05').stderr).toMatch(/greeting v3·\w+ \(edit from greeting@v2·\w+\)/);
    expect(repo.cli(['check']).code).toBe(0);
  });
});

describe('the prompts folder moved into a subfolder, the glob left as it was', () => {
  let other: TestRepo;
  afterAll(() => other?.cleanup());

  it('warns that the moved prompts are no longer recorded, naming the glob; the amend it names records each move', () => {
    other = createRepo();
    other.write('.promptvault.yaml', "prompts: ['prompts/**/*.md']\n");
    other.write('prompts/support/refund.md', '---\ntitle: Refund\n---\nHelp with refunds.\n');
    other.write('prompts/greeting.md', '---\ntitle: Greeting\n---\nSay hello.\n');
    expect(other.commit('prompts', '2026-01-02').code).toBe(0);
    fs.mkdirSync(path.join(other.dir, 'app'));
    expect(other.git(['mv', 'prompts', 'app/prompts']).code).toBe(0);
    const movedOut = other.commit('move the prompts under app/', '2026-01-03');
    expect(movedOut.code, movedOut.stderr).toBe(0);
    expect(movedOut.stderr).toContain('.promptvault.yaml: 2 prompt file(s) moved where no `prompts` glob takes them (prompts/greeting.md -> app/prompts/greeting.md, prompts/support/refund.md -> app/prompts/support/refund.md): from this commit on they are not recorded, as if deleted (their records stay)');
    expect(movedOut.stderr).toContain("expected: a `prompts` glob that takes their new paths, e.g. prompts: ['app/prompts/**/*.md']");
    expect(movedOut.stderr).toContain('fix: add that glob to `prompts:` in .promptvault.yaml, `git add .promptvault.yaml` and `git commit --amend --no-edit`');

    other.write('.promptvault.yaml', "prompts: ['app/prompts/**/*.md']\n");
    const amended = other.commit('move the prompts under app/', '2026-01-03', { args: ['--amend', '--no-edit'] });
    expect(amended.code, amended.stderr).toBe(0);
    expect(amended.stderr).toMatch(/support\/refund v2·\w+ \(rename from support\/refund@v1·\w+\) @rename/);
    expect(amended.stderr).not.toContain('moved where no');
    const checked = other.cli(['check']);
    expect(checked.code, checked.stdout).toBe(0);
    expect(checked.stdout).toContain('2 prompts');
  });

  it('says nothing of a prompt deleted outright', () => {
    other.remove('app/prompts/greeting.md');
    const deleted = other.commit('drop the greeting', '2026-01-04');
    expect(deleted.code, deleted.stderr).toBe(0);
    expect(deleted.stderr).not.toContain('moved where no');
  });
});

describe('a prompt moved out of the globs in a commit that adds many other files', () => {
  const GREETING = 'Say hello to the customer by name.\nAsk how you can help today.\nKeep it to two sentences.\nNever promise a delivery date.\n';
  let other: TestRepo;
  let trace = '';
  let moved = { code: 0, stdout: '', stderr: '' };
  beforeAll(() => {
    other = createRepo();
    other.write('.promptvault.yaml', "prompts: ['prompts/**/*.md']\n");
    other.write('prompts/greeting.md', `---\ntitle: Greeting\n---\n${GREETING}Close with a thank-you.\n`);
    other.write('prompts/support/refund.md', '---\ntitle: Refund\n---\nHelp with refunds.\n');
    expect(other.commit('prompts', '2026-01-02').code).toBe(0);
    // An import of 40 documents beside two moves out of the globs: one renamed as it was, one
    // edited on the way (git's rename detection finds it, by its name).
    for (let i = 0; i < 40; i++) other.write(`docs/imported/page-${i}.md`, `# Page ${i}\n\nSay hello to the reader of page ${i}, then ask how the docs can help today.\n`);
    fs.mkdirSync(path.join(other.dir, 'archive'));
    expect(other.git(['mv', 'prompts/support/refund.md', 'archive/old-refund.md']).code).toBe(0);
    other.remove('prompts/greeting.md');
    other.write('archive/greeting.txt', `---\ntitle: Greeting\n---\n${GREETING}Close with thanks.\n`);
    trace = path.join(other.dir, '.git', 'trace-moves.txt');
    moved = other.commit('archive two prompts, import the docs', '2026-01-03', { env: { GIT_TRACE: trace } });
  });
  afterAll(() => other?.cleanup());

  it('warns of both moves, the renamed one found by its blob and the edited one by its name', () => {
    expect(moved.code, moved.stderr).toBe(0);
    expect(moved.stderr).toContain('2 prompt file(s) moved where no `prompts` glob takes them (prompts/greeting.md -> archive/greeting.txt, prompts/support/refund.md -> archive/old-refund.md)');
  });

  it('asks git\'s rename detection only about the deleted prompt left and the added file of its name, not the 40 imported', () => {
    const runs = fs.readFileSync(trace, 'utf8').split('\n').filter((line) => / (built-in|exec): git diff-index .*--diff-filter=R/.test(line));
    expect(runs).toHaveLength(1);
    expect(runs[0]).toContain("':(literal)prompts/greeting.md' ':(literal)archive/greeting.txt'");
    expect(runs[0]).not.toContain('docs/imported');
  });
});

describe('the glob the warning names', () => {
  const expected = (moves: [string, string][], globs: string[]) => movedOutOfGlobsWarnings(new Map(moves), globs)[0]?.expected;

  it('carries the config\'s glob along with the folder\'s move, so that the ids stay', () => {
    // Every prompt under support/: a glob of their common folder would make refund's id `refund`.
    expect(expected([['prompts/support/refund.md', 'app/prompts/support/refund.md'], ['prompts/support/vip.md', 'app/prompts/support/vip.md']], ['prompts/**/*.md', 'agents/*.md'])).toBe("a `prompts` glob that takes their new paths, e.g. prompts: ['app/prompts/**/*.md']");
    expect(expected([['src/prompts/a.md', 'prompts/a.md']], ['src/prompts/**/*.md'])).toBe("a `prompts` glob that takes their new paths, e.g. prompts: ['prompts/**/*.md']");
  });

  it('names the moved files\' common folder when the moves do not share one prefix', () => {
    expect(expected([['prompts/a.md', 'x/one/a.md'], ['prompts/b.md', 'x/two/b.md']], ['prompts/**/*.md'])).toBe("a `prompts` glob that takes their new paths, e.g. prompts: ['x/**/*.md']");
  });

  it('is YAML that reads back as the glob, a quote in a folder name included', async () => {
    const { parse } = await import('yaml');
    const said = expected([['prompts/a.md', "Bob's prompts/a.md"]], ['prompts/**/*.md'])!;
    expect(parse(said.slice(said.indexOf('prompts: ')))).toEqual({ prompts: ["Bob's prompts/**/*.md"] });
    const carried = expected([['prompts/a.md', "it's/prompts/a.md"]], ['prompts/**/*.md', 'prompts/*.prompt.md'])!;
    expect(parse(carried.slice(carried.indexOf('prompts: ')))).toEqual({ prompts: ["it's/prompts/**/*.md", "it's/prompts/*.prompt.md"] });
  });
});
