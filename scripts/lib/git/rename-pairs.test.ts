import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRepo } from '../../test-utils/repo.ts';
// mulberry32 (the bench's generator), so the texts are the same on every run.
import { seededRandom as numbers } from '../../bench/synthetic-repo.ts';
import { readHistory } from './history-git.ts';
import { openRepo, parseRawDiff } from './index.ts';
import { splitNul } from './native-git.ts';
import { DEFAULT_RENAME_SCORE, printedScore, renameScore } from './rename-similarity.ts';

const test = createRepo({ hooks: false });
afterAll(() => test.cleanup());

const PATHSPECS = [':(glob)prompts/**/*.md'];

const WORDS = ['refund', 'the', 'customer', 'plainly', 'never', 'share', 'account', 'numbers', 'answer', 'within', 'two', 'days', 'escalate', 'to', 'a', 'human'];

/** Lines of words, some longer than git's 64-byte spans, some short. */
function lines(next: () => number, count: number): string[] {
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(next() * 22) }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' '));
}

/**
 * `text` with about `share` of its lines edited (half replaced, half with their last word changed:
 * a long line's first 64-byte span kept), and a few lines added or dropped.
 */
function edited(next: () => number, text: string[], share: number): string[] {
  const out = text.map((line) => (next() >= share ? line : next() < 0.5 ? lines(next, 1)[0]! : `${line.slice(0, line.lastIndexOf(' ') + 1)}changed`));
  if (next() < 0.5) out.push(...lines(next, 1 + Math.floor(next() * 4)));
  else out.splice(Math.floor(next() * out.length), Math.floor(next() * 3));
  return out;
}

/** git's own answer for the history: `git log -M` under the pathspecs. */
function gitLogRenames(): { oid: string; changes: ReturnType<typeof parseRawDiff> }[] {
  const log = test.git(['log', '--topo-order', '--reverse', '-z', '--raw', '-M', '--no-abbrev', '--diff-merges=first-parent', '--full-history', '--sparse', '--format=%x01%H', 'HEAD', '--', ...PATHSPECS]).stdout;
  return log.split('\x01').filter(Boolean).map((chunk) => {
    const [oid, ...rest] = splitNul(Buffer.from(chunk)).map((token) => token.replace(/^\n/, ''));
    return { oid: oid!.trim(), changes: parseRawDiff(rest.filter(Boolean)) };
  });
}

describe('pairMoves without git', () => {
  const next = numbers(40);
  let day = 1;
  const commit = (message: string) => expect(test.commit(message, `2026-04-${String(day++).padStart(2, '0')}`).code).toBe(0);
  const texts = new Map<string, string[]>();
  for (let i = 0; i < 12; i++) {
    const text = lines(next, 10 + Math.floor(next() * 60));
    texts.set(`prompts/p${i}.md`, text);
    test.write(`prompts/p${i}.md`, `${text.join('\n')}\n`);
  }
  test.write('prompts/twin-a.md', 'the same text twice\n');
  test.write('prompts/twin-b.md', 'the same text twice\n');
  test.write('prompts/crlf.md', 'one line\r\ntwo lines\r\nthree lines\r\n');
  test.write('prompts/no-newline.md', 'a first line\na last line with no newline');
  commit('start');
  // One move a commit, each edited by a share of its lines from none to most: git's scores on both
  // sides of its 50% threshold, and of the size check before it.
  const shares = [0, 0.05, 0.15, 0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.85, 1];
  for (const [i, share] of shares.entries()) {
    const from = `prompts/p${i}.md`;
    const to = `prompts/moved/p${i}.md`;
    test.move(from, to);
    if (share > 0) test.write(to, `${edited(next, texts.get(from)!, share).join('\n')}${i % 3 === 0 ? '' : '\n'}`);
    commit(`move p${i}, ${share} edited`);
  }
  // Cases left to git: a blob two files share, a carriage return, an executable bit with an edit.
  test.move('prompts/twin-a.md', 'prompts/twins/a.md');
  test.move('prompts/twin-b.md', 'prompts/twins/b.md');
  commit('move the twins');
  test.move('prompts/crlf.md', 'prompts/moved/crlf.md');
  test.write('prompts/moved/crlf.md', 'one line\r\ntwo lines\r\nthree lines, edited\r\n');
  commit('move the CRLF file');
  test.move('prompts/no-newline.md', 'prompts/moved/no-newline.md');
  test.write('prompts/moved/no-newline.md', 'a first line\na last line with no newline, edited');
  commit('move the file without a last newline');
  // Two exact moves and one edited move in one commit (exact pass, then one pair left).
  test.move('prompts/moved/p0.md', 'prompts/again/p0.md');
  test.move('prompts/moved/p1.md', 'prompts/again/p1.md');
  test.move('prompts/moved/p2.md', 'prompts/again/p2.md');
  test.write('prompts/again/p2.md', `${test.read('prompts/again/p2.md')}one more line\n`);
  commit('move three, edit one');
  // Two edited moves in one commit: git's matrix decides.
  test.move('prompts/moved/p3.md', 'prompts/again/p3.md');
  test.write('prompts/again/p3.md', `${test.read('prompts/again/p3.md')}a line\n`);
  test.move('prompts/moved/p4.md', 'prompts/again/p4.md');
  test.write('prompts/again/p4.md', `${test.read('prompts/again/p4.md')}another line\n`);
  commit('move two, edit both');
  // Modes and contents the exact and similarity passes must read as git does (review40): an exact
  // move that gains the executable bit (still R100, the new mode), an edited move that loses it, a
  // text holding NUL bytes (git's binary; no CR, so told here), and a symbolic link (left to git).
  const long = `${lines(next, 30).join('\n')}\n`;
  test.write('prompts/tool.md', long);
  test.write('prompts/binary.md', Buffer.concat([Buffer.from(long), Buffer.from([0, 1, 2, 0]), Buffer.from('tail\n')]));
  fs.symlinkSync('tool.md', path.join(test.dir, 'prompts/link.md'));
  commit('add a tool, a binary file and a link');
  test.move('prompts/tool.md', 'prompts/bin/tool.md');
  fs.chmodSync(path.join(test.dir, 'prompts/bin/tool.md'), 0o755);
  commit('move the tool, made executable');
  test.move('prompts/bin/tool.md', 'prompts/tool.md');
  fs.chmodSync(path.join(test.dir, 'prompts/tool.md'), 0o644);
  test.write('prompts/tool.md', `${long}one more line\n`);
  commit('move the tool back, edited, not executable');
  test.move('prompts/binary.md', 'prompts/moved/binary.md');
  test.write('prompts/moved/binary.md', Buffer.concat([Buffer.from(test.read('prompts/moved/binary.md')), Buffer.from('more\n')]));
  commit('move the binary file, edited');
  test.move('prompts/link.md', 'prompts/moved/link.md');
  commit('move the link');

  it('pairs every commit as git log -M does, scores included, on both sides of the threshold', async () => {
    const repo = await openRepo({ cwd: test.dir });
    const history = await readHistory(repo, { ref: 'HEAD', pathspecs: PATHSPECS });
    expect(history.map(({ oid, changes }) => ({ oid, changes }))).toEqual(gitLogRenames());
    const statuses = (subject: string) => history.find((c) => c.oid === test.git(['rev-parse', `:/${subject}`]).stdout.trim())!.changes.map((c) => `${c.status}${c.score ?? ''}`);
    // What the story is there to show: renames and non-renames among the edited moves.
    expect(statuses('move p0, 0 edited')).toEqual(['R100']);
    const moves = shares.map((share, i) => statuses(`move p${i}, ${share} edited`).sort().join());
    expect(moves.filter((move) => move === 'A,D').length).toBeGreaterThan(1);
    expect(moves.filter((move) => /^R\d\d$/.test(move)).length).toBeGreaterThan(3);
    expect(statuses('move the tool, made executable')).toEqual(['R100']);
    expect(statuses('move the tool back, edited, not executable')).toEqual([expect.stringMatching(/^R9\d$/)]);
    expect(statuses('move the binary file, edited')).toEqual([expect.stringMatching(/^R9\d$/)]);
    expect(statuses('move the link')).toEqual(['R100']);
  });

  it('scores each edited move as git does: its printed score, or under 50% where git pairs none', () => {
    const blob = (oid: string) => Buffer.from(test.git(['cat-file', 'blob', oid]).stdout);
    const moves = gitLogRenames().slice(1, 1 + shares.length).map(({ changes }) => changes);
    const scores = moves.map((changes) => {
      const rename = changes.find((c) => c.status === 'R');
      const from = rename ? rename.oldOid! : changes.find((c) => c.status === 'D')!.oldOid!;
      const to = rename ? rename.newOid! : changes.find((c) => c.status === 'A')!.newOid!;
      return { git: rename?.score ?? null, ours: renameScore(blob(from), blob(to))! };
    });
    for (const { git, ours } of scores) {
      if (git === null) expect(ours).toBeLessThan(DEFAULT_RENAME_SCORE);
      else expect(printedScore(ours)).toBe(git);
    }
  });
});
