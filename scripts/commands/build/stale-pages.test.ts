import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile } from '../../test-utils/repo.ts';
import { buildSite } from './index.ts';
import { SITE_FILE_LIST } from './place-site-fs.ts';

// newcomer35's leftover, met again by newcomer36 on a monorepo: `build --out public/vault` a
// second time copied the new site over the old one, so the page of a prompt the vault no longer
// holds stayed and was published with the rest (a branch's preview built into the folder, then
// main built there: the branch's prompt listed nowhere, its page still served). A prompt deleted
// on the built branch keeps its page (the site shows its history). Now the pages the previous
// build listed and this one lacks are removed; a file the user put in the folder stays.

const repo = createRepo();
afterAll(() => repo.cleanup());
repo.write('.gitignore', 'node_modules/\npublic/\n');
repo.write('prompts/shipping.md', promptFile({ title: 'Shipping' }, 'Answer shipping questions.'));
const first = repo.commit('a prompt', '2026-01-01');

describe('build --out a second time', () => {
  it('removes the page of a prompt the vault no longer holds, keeps the user\'s own file and leaves git status clean', async () => {
    expect(first.code).toBe(0);
    expect(repo.git(['checkout', '-q', '-b', 'survey-preview']).code).toBe(0);
    repo.write('prompts/survey.md', promptFile({ title: 'Survey' }, 'Ask the customer three questions.'));
    expect(repo.commit('a survey prompt, on a branch', '2026-01-02').code).toBe(0);
    const outDir = path.join(repo.dir, 'public/vault');
    const before = await buildSite({ cwd: repo.dir, outDir, logLevel: 'silent' });
    const surveyPages = before.files.filter((file) => file.includes('survey'));
    expect(surveyPages.length).toBeGreaterThan(0);
    expect(before.files).not.toContain(SITE_FILE_LIST);
    repo.write('public/vault/CNAME', 'prompts.example.com\n');

    expect(repo.git(['checkout', '-q', 'main']).code).toBe(0);
    const after = await buildSite({ cwd: repo.dir, outDir, logLevel: 'silent' });

    for (const page of surveyPages) expect(fs.existsSync(path.join(outDir, page)), page).toBe(false);
    expect(after.files.filter((file) => file.includes('survey'))).toEqual([]);
    expect(after.files.some((file) => file.includes('shipping'))).toBe(true);
    expect(repo.read('public/vault/CNAME')).toBe('prompts.example.com\n');
    expect(repo.git(['status', '--porcelain']).stdout).toBe('');
  }, 600_000);
});
