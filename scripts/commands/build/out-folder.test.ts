import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile } from '../../test-utils/repo.ts';
import { buildSite } from './index.ts';
import { outFolderProblem } from './out-folder-git.ts';

// An adopter's first build: `--out docs`, where the team keeps prompts, or `--out .`. The site was
// merged into the folder (80 pages among the prompts, "80 pages in .../docs", exit 0); now it is
// refused before anything is built, naming the tracked files and a folder to use instead.

const repo = createRepo();
afterAll(() => repo.cleanup());
repo.write('docs/prompts/shipping.md', promptFile({ title: 'Shipping' }, 'Answer shipping questions.'));
repo.write('.gitignore', 'node_modules/\npublic/\n');
repo.write('..notes/readme.txt', 'Notes kept in a folder whose name starts with two dots.\n');
const committed = repo.commit('prompts', '2026-01-01');

describe('build --out over the repository\'s own files', () => {
  it('refuses a folder holding tracked files, naming them, and writes nothing there', async () => {
    expect(committed.code).toBe(0);
    const error = await buildSite({ cwd: repo.dir, outDir: path.join(repo.dir, 'docs'), logLevel: 'silent' }).then(() => null, (caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'out-holds-tracked-files', exitCode: 2 });
    const problem = (error as { problems: { file: string; message: string; fix: string }[] }).problems[0]!;
    expect(problem.file).toBe('docs');
    expect(problem.message).toContain('docs/prompts/shipping.md');
    expect(problem.fix).toContain('--out public/vault');
    expect(repo.git(['status', '--porcelain']).stdout).toBe('');
    expect(fs.readdirSync(path.join(repo.dir, 'docs'))).toEqual(['prompts']);
  });

  it('refuses the repository\'s folder and a folder holding it', async () => {
    expect(await outFolderProblem(repo.dir, repo.dir)).toMatchObject({ code: 'out-holds-repository' });
    expect(await outFolderProblem(repo.dir, path.dirname(repo.dir))).toMatchObject({ code: 'out-holds-repository' });
  });

  it('refuses a folder whose name starts with two dots, which is inside the repository', async () => {
    expect(await outFolderProblem(repo.dir, path.join(repo.dir, '..notes'))).toMatchObject({ code: 'out-holds-tracked-files', file: '..notes' });
  });

  it('lets an ignored folder, a new folder and one outside the repository through', async () => {
    expect(await outFolderProblem(repo.dir, path.join(repo.dir, 'public/vault'))).toBeUndefined();
    expect(await outFolderProblem(repo.dir, path.join(repo.dir, 'dist'))).toBeUndefined();
    expect(await outFolderProblem(repo.dir, `${repo.dir}-site`)).toBeUndefined();
  });

  it('refuses the same folders reached through a link to the repository (git names it by its real path)', async () => {
    const link = `${repo.dir}-link`;
    fs.symlinkSync(repo.dir, link);
    try {
      expect(await outFolderProblem(link, path.join(link, 'docs'))).toMatchObject({ code: 'out-holds-tracked-files', file: 'docs' });
      expect(await outFolderProblem(link, link)).toMatchObject({ code: 'out-holds-repository' });
      expect(await outFolderProblem(link, path.join(link, 'public/vault'))).toBeUndefined();
    } finally {
      fs.rmSync(link);
    }
  });
});
