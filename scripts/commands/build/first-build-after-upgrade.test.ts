import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { placeSite, SITE_FILE_LIST } from './place-site-fs.ts';
import { folderOfFiles } from '../../test-utils/folder-of-files.ts';

// newcomer36's leftover: a site built by a promptvault from before the list of a build's files
// (session 36) has no list, so the first build after the upgrade removed no stale page: a branch
// preview's prompt pages and the old build's assets stayed and were published. Where the folder holds a
// promptvault site (its prompts/checkpoints.json), the files in the folders this build writes
// are taken as the old site's; the user's own files (at the top, in folders of their own) stay.

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'first-build-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const site = (name: string, files: Record<string, string>): string => folderOfFiles(root, name, files);

const fresh = (name: string) => site(name, { 'index.html': 'new', 'prompts/checkpoints.json': '[]', 'prompts/support/refund/index.html': 'new', '_astro/app.b2.js': 'new' });

describe('the first build after an upgrade, over a site built without a list', () => {
  it('removes the old site\'s stale pages and assets, keeps the user\'s own files, and writes the list', () => {
    const out = site('old-site', {
      'index.html': 'old', 'prompts/checkpoints.json': '[]', 'prompts/support/refund/index.html': 'old',
      'prompts/support/faq/index.html': 'a branch preview\'s page', '_astro/app.a1.js': 'old asset',
      CNAME: 'prompts.example.com', 'docs/guide.html': 'the user\'s own',
    });
    const removed = placeSite(fresh('fresh1'), out);
    expect(removed).toEqual(['_astro/app.a1.js', 'prompts/support/faq/index.html']);
    expect(fs.existsSync(path.join(out, 'prompts/support/faq'))).toBe(false);
    expect(fs.readFileSync(path.join(out, 'CNAME'), 'utf8')).toBe('prompts.example.com');
    expect(fs.readFileSync(path.join(out, 'docs/guide.html'), 'utf8')).toBe('the user\'s own');
    expect(fs.readFileSync(path.join(out, 'prompts/support/refund/index.html'), 'utf8')).toBe('new');
    expect(fs.readFileSync(path.join(out, SITE_FILE_LIST), 'utf8')).toContain('_astro/app.b2.js\n');
  });

  it('removes nothing from a folder that holds no promptvault site', () => {
    const out = site('not-a-site', { 'prompts/notes.html': 'the user\'s own', 'index.html': 'theirs' });
    expect(placeSite(fresh('fresh2'), out)).toEqual([]);
    expect(fs.readFileSync(path.join(out, 'prompts/notes.html'), 'utf8')).toBe('the user\'s own');
  });
});
