import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRepo } from '../git/index.ts';
import { contentHash } from '../prompt/parse.ts';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';
import { readRecordedTexts } from './recorded-texts-git.ts';

// `bundle` and the site both read a version's text this way. Two branches leave one commit with
// two different edits of the refund prompt (same parents, so both commits are candidates for
// either version), and 40 prompts are added in one commit (listed with one ls-tree).
let repo: TestRepo;
const sha = (ref: string) => repo.git(['rev-parse', ref]).stdout.trim();
let left = '';
let right = '';
let bulk = '';
const LEFT = '---\ntitle: Refund\n---\nRefund within 14 days.\n';
const RIGHT = '---\ntitle: Refund\n---\nRefund within 30 days.\n';

beforeAll(() => {
  repo = createRepo({ hooks: false });
  repo.write('prompts/refund.md', '---\ntitle: Refund\n---\nRefund.\n');
  expect(repo.commit('add', '2026-01-02').code).toBe(0);
  repo.git(['checkout', '-q', '-b', 'right']);
  repo.write('prompts/refund.md', RIGHT);
  expect(repo.commit('thirty days', '2026-01-03').code).toBe(0);
  right = sha('HEAD');
  repo.git(['checkout', '-q', 'main']);
  repo.write('prompts/refund.md', LEFT);
  expect(repo.commit('fourteen days', '2026-01-03').code).toBe(0);
  left = sha('HEAD');
  for (let i = 0; i < 40; i++) repo.write(`prompts/bulk/p${i}.md`, `Prompt ${i}.\n`);
  expect(repo.commit('forty prompts', '2026-01-04').code).toBe(0);
  bulk = sha('HEAD');
});
afterAll(() => repo?.cleanup());

describe('readRecordedTexts', () => {
  it('takes each text from the first place whose bytes have the recorded hash, and says which', async () => {
    const git = await openRepo({ cwd: repo.dir });
    const places = [{ commit: left, path: 'prompts/refund.md' }, { commit: right, path: 'prompts/refund.md' }];
    const found = await readRecordedTexts(git, [
      { key: 'v2-right', contentHash: contentHash(Buffer.from(RIGHT)), places },
      { key: 'v2-left', contentHash: contentHash(Buffer.from(LEFT)), places },
      { key: 'nowhere', contentHash: contentHash(Buffer.from('never committed')), places },
      { key: 'moved', contentHash: contentHash(Buffer.from(RIGHT)), places: [{ commit: right, path: 'prompts/old-name.md' }, { commit: right, path: 'prompts/refund.md' }] },
    ], { folders: ['prompts'] });
    expect(found.get('v2-right')).toMatchObject({ commit: right, path: 'prompts/refund.md' });
    expect(found.get('v2-right')!.bytes.toString('utf8')).toBe(RIGHT);
    expect(found.get('v2-left')).toMatchObject({ commit: left });
    expect(found.get('moved')).toMatchObject({ commit: right, path: 'prompts/refund.md' });
    expect(found.has('nowhere')).toBe(false);
  });

  it('reads the versions of a commit that recorded many at once, by blob id, with the same result', async () => {
    const git = await openRepo({ cwd: repo.dir });
    const wanted = Array.from({ length: 40 }, (_, i) => ({ key: `p${i}`, contentHash: contentHash(Buffer.from(`Prompt ${i}.\n`)), places: [{ commit: bulk, path: `prompts/bulk/p${i}.md` }] }));
    const found = await readRecordedTexts(git, wanted, { folders: ['prompts'] });
    expect(found.size).toBe(40);
    expect(found.get('p39')!.bytes.toString('utf8')).toBe('Prompt 39.\n');
  });
});
