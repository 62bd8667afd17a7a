import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile } from '../../test-utils/repo.ts';
import { shallowCloneNotice } from './shallow-notice-git.ts';

// CI builds the site where actions/checkout cloned the last commit only: the build says what that
// leaves out and how to fetch it, and says nothing in a clone with its whole history.

const repo = createRepo();
const clone = `${repo.dir}-shallow`;
afterAll(() => {
  repo.cleanup();
  fs.rmSync(clone, { recursive: true, force: true });
});

describe('a site built in a shallow clone', () => {
  it('gets a notice naming what is missing and the fetch; the full repository and a folder outside git none', async () => {
    repo.write('prompts/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds.'));
    expect(repo.commit('v1', '2026-01-01').code).toBe(0);
    repo.write('prompts/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds, kindly.'));
    expect(repo.commit('v2', '2026-01-02').code).toBe(0);
    expect(repo.git(['clone', '-q', '--depth', '1', `file://${repo.dir}`, clone]).code).toBe(0);

    expect(await shallowCloneNotice(repo.dir)).toBeUndefined();
    // A vault copied out of git builds without history: no notice, and no error after the build.
    const copy = `${repo.dir}-copy`;
    fs.mkdirSync(copy);
    try {
      expect(await shallowCloneNotice(copy)).toBeUndefined();
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
    expect(await shallowCloneNotice(clone)).toBe('promptvault build: this is a shallow clone (git clone --depth N, actions/checkout\'s default): versions recorded before its first commit have no text here, and their pages say "not in this clone\'s history" instead of a diff; fetch the whole history (git fetch --unshallow, or actions/checkout with fetch-depth: 0) before building to show them');
  });
});
