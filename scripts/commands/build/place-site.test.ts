import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { placeSite, SITE_FILE_LIST } from './place-site-fs.ts';
import { folderOfFiles } from '../../test-utils/folder-of-files.ts';

// review36's findings on place-site-fs.ts: the list of a previous build's files sits in the output
// folder and can be edited by hand; removing what it names must never reach outside that folder,
// through `..`, an absolute path or a link to a folder elsewhere, and an entry that has become a
// folder is left rather than failing the build.

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'place-site-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const site = (name: string, files: Record<string, string>): string => folderOfFiles(root, name, files);

describe('placeSite with a hand-edited list of the previous build', () => {
  it('removes a stale page but nothing outside the output folder, through .., an absolute path or a linked folder', () => {
    const outside = site('outside', { 'keep.html': 'not ours', 'deep/keep.html': 'not ours' });
    const out = site('out', { 'index.html': 'old', 'stale.html': 'old page' });
    fs.symlinkSync(path.join(outside, 'deep'), path.join(out, 'linked'));
    fs.writeFileSync(path.join(out, SITE_FILE_LIST), ['index.html', 'stale.html', '../outside/keep.html', path.join(outside, 'keep.html'), 'linked/keep.html', ''].join('\n'));
    const removed = placeSite(site('fresh1', { 'index.html': 'new' }), out);
    expect(removed).toEqual(['stale.html']);
    expect(fs.existsSync(path.join(out, 'stale.html'))).toBe(false);
    expect(fs.readFileSync(path.join(outside, 'keep.html'), 'utf8')).toBe('not ours');
    expect(fs.readFileSync(path.join(outside, 'deep/keep.html'), 'utf8')).toBe('not ours');
    expect(fs.readFileSync(path.join(out, SITE_FILE_LIST), 'utf8')).toBe('index.html\n');
  });

  it('leaves a listed entry that has become a folder and goes on', () => {
    const out = site('out2', { 'index.html': 'old', 'notes/mine.txt': 'the user\'s own' });
    fs.writeFileSync(path.join(out, SITE_FILE_LIST), 'index.html\nnotes\n');
    expect(placeSite(site('fresh2', { 'index.html': 'new' }), out)).toEqual([]);
    expect(fs.readFileSync(path.join(out, 'notes/mine.txt'), 'utf8')).toBe('the user\'s own');
  });
});
