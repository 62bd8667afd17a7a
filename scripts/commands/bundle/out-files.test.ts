import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

// `bundle --out prompts.json --types prompts.d.ts` writes two files an application reads together.
// When the second could not be written (a folder in its place), the first was already replaced:
// a new bundle beside the types of the old one.

let repo: TestRepo;
afterAll(() => repo?.cleanup());

describe('bundle --out and --types', () => {
  it('writes both or neither: a types path that is a folder leaves the old bundle as it was, and says which file and why', () => {
    repo = createRepo();
    repo.write('prompts/faq.md', promptFile({ title: 'FAQ' }, 'Answer questions about {{product}}.'));
    expect(repo.commit('add faq', '2026-01-02').code).toBe(0);
    expect(repo.cli(['bundle', '--out', 'out/prompts.json', '--types', 'out/prompts.d.ts']).code).toBe(0);
    const before = repo.read('out/prompts.json');
    repo.write('prompts/refund.md', promptFile({ title: 'Refund' }, 'Help {{customer}} with a refund.'));
    expect(repo.commit('add refund', '2026-01-03').code).toBe(0);
    fs.mkdirSync(path.join(repo.dir, 'out/folder.d.ts'));

    const failed = repo.cli(['bundle', '--out', 'out/prompts.json', '--types', 'out/folder.d.ts']);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toContain('promptvault bundle: could not write out/folder.d.ts; out/prompts.json and out/folder.d.ts were left as they were\nout/folder.d.ts: a folder is where a file was expected');
    expect(repo.read('out/prompts.json')).toBe(before);
    expect(fs.readdirSync(path.join(repo.dir, 'out')).sort()).toEqual(['folder.d.ts', 'prompts.d.ts', 'prompts.json']);

    const written = repo.cli(['bundle', '--out', 'out/prompts.json', '--types', 'out/prompts.d.ts']);
    expect(written.code, written.stderr).toBe(0);
    expect(repo.read('out/prompts.json')).toContain('"refund"');
    expect(repo.read('out/prompts.d.ts')).toContain('refund');
  });

  it('refuses --out and --types naming the same file (exit 2, both options named), the bundle left as it was', () => {
    const before = repo.read('out/prompts.json');
    const same = repo.cli(['bundle', '--out', 'out/prompts.json', '--types', './out/../out/prompts.json']);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('bundle --out out/prompts.json and --types ./out/../out/prompts.json name the same file');
    expect(same.stderr).toContain('--types prompts.d.ts');
    expect(repo.read('out/prompts.json')).toBe(before);
    expect(JSON.parse(repo.read('out/prompts.json'))).toHaveProperty('prompts');
  });

  it('says which folder --out made, once (a typo in the folder made it without a word)', () => {
    const made = repo.cli(['bundle', '--out', 'dsit/app/prompts.json']);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stderr).toContain('promptvault bundle: made the folder dsit (it did not exist)\n');
    const again = repo.cli(['bundle', '--out', 'dsit/app/prompts.json']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).not.toContain('made the folder');
  });
});
