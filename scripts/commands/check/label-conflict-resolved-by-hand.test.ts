// A label both branches moved, its conflict resolved by hand in an editor: keeping one side's
// `version:` line and the other side's `key:` and `content_hash:` is easy to do, and the hook lets
// it through (no markers are left). check then said the label named a version "which has no
// record", pointing at a record file that is there; it now says the entry's lines come from two
// versions, which one its key names, and the `label set` that writes one version's three lines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConflictingLabels, LABEL_FILE, refundPrompt } from '../../test-utils/conflicting-labels.ts';
import type { TestRepo } from '../../test-utils/repo.ts';

let repo: TestRepo;
let mainKey = '';
beforeAll(() => {
  repo = createConflictingLabels();
  mainKey = /key: (\S+)/.exec(repo.read(LABEL_FILE))![1]!;
  expect(repo.git(['merge', '-q', '--no-edit', 'side'], { date: '2026-01-04' }).code).not.toBe(0);
  // The prompt as a merge of both lines; the label by hand: side's version line, main's key and hash.
  repo.write('prompts/refund.md', refundPrompt('Main line. Side line.'));
  const lines = repo.read(LABEL_FILE).split('\n');
  const kept = lines.filter((line) => !/^(<<<<<<<|=======|>>>>>>>)/.test(line));
  const once = new Set<string>();
  repo.write(LABEL_FILE, kept.filter((line) => {
    const field = /^\s+(version|key|content_hash):/.exec(line)?.[1];
    if (field === undefined) return true;
    if (once.has(field)) return false;
    once.add(field);
    return true;
  }).map((line) => line.replace(/version: \d+/, 'version: 1')).join('\n'));
  expect(repo.commit('merge side', '2026-01-04').code).toBe(0);
});
afterAll(() => repo?.cleanup());

describe('a label conflict resolved by hand with lines of two versions', () => {
  it('check says the entry mixes two versions, names the one its key is, and the label set that writes one', () => {
    const checked = repo.cli(['check']);
    expect(checked.code).toBe(1);
    const said = checked.stdout + checked.stderr;
    expect(said).toContain(`${LABEL_FILE}:5: label staging names refund with key ${mainKey}, the record of v2, but with version 1, which that record does not have: the entry's lines come from different versions (a conflict resolved by hand?)`);
    expect(said).not.toContain('which has no record');
    expect(said).toContain(`fix: write the entry again with \`promptvault label set staging refund@<version>\` for the version you want (refund@v2-${mainKey.slice(5, 11)} is the one its key names)`);
  });

  it('following the fix leaves check ok', () => {
    expect(repo.cli(['label', 'set', 'staging', `refund@v2-${mainKey.slice(5, 11)}`]).code).toBe(0);
    expect(repo.commit('staging on main v2', '2026-01-05', { add: false }).code).toBe(0);
    const checked = repo.cli(['check']);
    expect(checked.code, checked.stdout + checked.stderr).toBe(0);
  });
});
