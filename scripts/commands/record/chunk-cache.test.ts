import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { measureBody } from '../../lib/traits/measure.ts';
import { loadTokenizer } from '../../lib/traits/tokens.ts';
import { createRepo, gitIn, promptFile, type TestRepo } from '../../test-utils/repo.ts';

let repo: TestRepo;
afterEach(() => repo?.cleanup());

const paragraph = (i: number) => `Step ${i}: you must confirm the order ${'number '.repeat(i % 5)}first, and never share another customer's data. Be kind!`;
const body = (n: number, extra = '') => `${Array.from({ length: n }, (_, i) => paragraph(i)).join('\n\n')}${extra}`;

/** The chunk files the hook keeps in the repository's .git. */
function chunkFiles(): string[] {
  const folder = path.join(repo.dir, '.git', 'promptvault', 'chunks');
  return fs.existsSync(folder) ? fs.readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.json')) : [];
}

async function expectTraitsOf(file: string, text: string): Promise<void> {
  // The prompt's newest checkpoint (their names sort by version).
  const checkpoint = repo.filesAtHead('vault/checkpoints').filter((record) => record.includes(`/${file}/`)).sort().pop();
  const traits = (parse(repo.showHead(checkpoint!)) as { traits: Record<string, number> }).traits;
  expect(traits).toEqual(measureBody(text, await loadTokenizer('o200k_base'), { inferTone: false }).traits);
}

describe('the hook measures a prompt with the chunks its last version left', () => {
  it('keeps a prompt\'s chunks in a small commit, and its next version\'s traits are those of the whole text', async () => {
    repo = createRepo();
    repo.write('prompts/refund.md', promptFile({ title: 'Refund', tone: 'formal' }, body(30)));
    expect(repo.commit('add the refund prompt', '2026-01-02').code).toBe(0);
    expect(chunkFiles()).toHaveLength(1);
    const before = fs.readFileSync(path.join(repo.dir, '.git', 'promptvault', 'chunks', chunkFiles()[0]!), 'utf8');

    const edited = body(30, '\n\nRun 1 adds a sentence about refunds.');
    repo.write('prompts/refund.md', promptFile({ title: 'Refund', tone: 'formal' }, edited));
    expect(repo.commit('edit the refund prompt', '2026-01-03').code).toBe(0);
    await expectTraitsOf('refund', `${edited}\n`);
    // Rewritten with the new version's chunks, still one file for the one prompt.
    expect(chunkFiles()).toHaveLength(1);
    expect(fs.readFileSync(path.join(repo.dir, '.git', 'promptvault', 'chunks', chunkFiles()[0]!), 'utf8')).not.toBe(before);
  });

  it('keeps none in a bulk commit, and measures those prompts whole', async () => {
    repo = createRepo();
    for (let i = 0; i < 10; i++) repo.write(`prompts/p${i}.md`, promptFile({ title: `P${i}`, tone: 'formal' }, body(3 + i)));
    expect(repo.commit('add ten prompts', '2026-01-02').code).toBe(0);
    expect(chunkFiles()).toEqual([]);
    await expectTraitsOf('p9', `${body(12)}\n`);
  });

  it('takes a cut or edited chunk file for nothing: the traits stay those of the text', async () => {
    repo = createRepo();
    repo.write('prompts/refund.md', promptFile({ title: 'Refund', tone: 'formal' }, body(20)));
    expect(repo.commit('add the refund prompt', '2026-01-02').code).toBe(0);
    const file = path.join(repo.dir, '.git', 'promptvault', 'chunks', chunkFiles()[0]!);
    // A token count changed by hand: the checksum no longer holds, so the file is not read.
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/,(\d+)\]/, (_, count: string) => `,${Number(count) + 7}]`));
    const edited = body(20, '\n\nOne more line.');
    repo.write('prompts/refund.md', promptFile({ title: 'Refund', tone: 'formal' }, edited));
    expect(repo.commit('edit the refund prompt', '2026-01-03').code).toBe(0);
    await expectTraitsOf('refund', `${edited}\n`);
  });

  it('removes the chunks of an encoding no longer configured, or of an older layout, when the new encoding\'s folder is made, and looks at the folder at no other commit', async () => {
    repo = createRepo();
    const chunks = path.join(repo.dir, '.git', 'promptvault', 'chunks');
    const folders = () => fs.readdirSync(chunks).sort();
    repo.write('prompts/refund.md', promptFile({ title: 'Refund', tone: 'formal' }, body(20)));
    expect(repo.commit('add the refund prompt', '2026-01-02').code).toBe(0);
    const [o200k, ...others] = folders();
    expect(others).toEqual([]);
    expect(o200k).toMatch(/^o200k_base-[0-9a-f]{12}$/);
    // A folder left by session 23's layout (chunks/<encoding>/), and one planted after this
    // encoding's folder was made: a commit that keeps chunks in its folder does not look for them.
    fs.mkdirSync(path.join(chunks, 'o200k_base', '3f'), { recursive: true });
    fs.writeFileSync(path.join(chunks, 'o200k_base', '3f', 'a1.json'), 'promptvault chunks 2 old\n[]\n');
    repo.write('prompts/refund.md', promptFile({ title: 'Refund', tone: 'formal' }, body(20, '\n\nOne more line.')));
    expect(repo.commit('edit the refund prompt', '2026-01-03').code).toBe(0);
    expect(folders()).toEqual(['o200k_base', o200k]);

    // The team moves to cl100k_base: the next commit that keeps chunks makes that encoding's
    // folder, and the others go; the prompt's traits are those of its text.
    repo.write('.promptvault.yaml', 'tokenizer: cl100k_base\n');
    expect(repo.commit('count tokens as cl100k_base', '2026-01-04').code).toBe(0);
    const edited = body(20, '\n\nTwo more lines.\n\nThe second.');
    repo.write('prompts/refund.md', promptFile({ title: 'Refund', tone: 'formal' }, edited));
    expect(repo.commit('edit the refund prompt again', '2026-01-05').code).toBe(0);
    const [cl100k, ...left] = folders();
    expect(left).toEqual([]);
    expect(cl100k).toMatch(/^cl100k_base-[0-9a-f]{12}$/);
    expect(chunkFiles()).toHaveLength(1);
    const checkpoint = repo.filesAtHead('vault/checkpoints').filter((record) => record.includes('/refund/')).sort().pop();
    const traits = (parse(repo.showHead(checkpoint!)) as { traits: Record<string, number> }).traits;
    expect(traits).toEqual(measureBody(`${edited}\n`, await loadTokenizer('cl100k_base'), { inferTone: false }).traits);
  });

  it('keeps the folder of the encoding another worktree is configured with: the worktrees no longer take turns removing each other\'s', async () => {
    repo = createRepo();
    const chunks = path.join(repo.dir, '.git', 'promptvault', 'chunks');
    const folders = () => fs.readdirSync(chunks).sort();
    // As init sets it: every worktree runs the main worktree's hooks.
    expect(repo.git(['config', 'core.hooksPath', path.join(repo.dir, '.husky', '_')]).code).toBe(0);
    repo.write('prompts/refund.md', promptFile({ title: 'Refund', tone: 'formal' }, body(20)));
    expect(repo.commit('add the refund prompt', '2026-01-02').code).toBe(0);
    const [o200k] = folders();
    expect(o200k).toMatch(/^o200k_base-[0-9a-f]{12}$/);

    // A linked worktree on a branch that counts tokens as cl100k_base: its first commit keeping
    // chunks makes that encoding's folder, and leaves the main worktree's.
    const linked = `${repo.dir}-linked`;
    try {
      expect(repo.git(['worktree', 'add', '-q', '-b', 'cl100k', linked]).code).toBe(0);
      const commitThere = (message: string, date: string) => {
        expect(gitIn(linked, ['add', '-A']).code).toBe(0);
        const made = gitIn(linked, ['commit', '-q', '-m', message], { date });
        expect(made.code, made.stderr).toBe(0);
      };
      fs.writeFileSync(path.join(linked, '.promptvault.yaml'), 'tokenizer: cl100k_base\n');
      commitThere('count tokens as cl100k_base', '2026-01-03');
      fs.writeFileSync(path.join(linked, 'prompts/refund.md'), promptFile({ title: 'Refund', tone: 'formal' }, body(20, '\n\nOn the branch.')));
      commitThere('edit the refund prompt on the branch', '2026-01-04');
      const [cl100k, ...rest] = folders().filter((name) => name !== o200k);
      expect(cl100k).toMatch(/^cl100k_base-[0-9a-f]{12}$/);
      expect(rest).toEqual([]);
      expect(folders()).toEqual([cl100k, o200k]);

      // The main worktree's next edit finds its folder, and leaves the branch's.
      const edited = body(20, '\n\nOn main.');
      repo.write('prompts/refund.md', promptFile({ title: 'Refund', tone: 'formal' }, edited));
      expect(repo.commit('edit the refund prompt on main', '2026-01-05').code).toBe(0);
      await expectTraitsOf('refund', `${edited}\n`);
      expect(folders()).toEqual([cl100k, o200k]);
      expect(chunkFiles()).toHaveLength(2);

      // Once that worktree is gone, the next folder made removes what no worktree uses.
      expect(repo.git(['worktree', 'remove', '--force', linked]).code).toBe(0);
    } finally {
      fs.rmSync(linked, { recursive: true, force: true });
    }
    repo.write('.promptvault.yaml', 'tokenizer: p50k_base\n');
    repo.write('prompts/refund.md', promptFile({ title: 'Refund', tone: 'formal' }, body(20, '\n\nIn p50k.')));
    expect(repo.commit('count tokens as p50k_base', '2026-01-06').code).toBe(0);
    expect(folders()).toEqual([expect.stringMatching(/^p50k_base-[0-9a-f]{12}$/)]);
  });
});
