// An application asking the runtime for a prompt that was deleted is told it was deleted, in which
// commit and with what subject (as `promptvault show` tells it), not "no prompt in this bundle";
// a prompt moved and then deleted too, by either id. A bundle written before the `deleted` map
// existed still loads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundle } from '../../runtime/index.ts';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';
import { thrownBy } from '../../test-utils/thrown.ts';
import { bundle } from './index.ts';

let repo: TestRepo;
let faqGone = '';
let guideGone = '';

beforeAll(() => {
  repo = createRepo();
  repo.write('prompts/support/refund.md', promptFile({ title: 'Refund request' }, 'Help with a refund.'));
  repo.write('prompts/faq.md', promptFile({ title: 'FAQ' }, 'Answer questions.'));
  repo.write('prompts/support/guide.md', promptFile({ title: 'Guide' }, 'Guide the customer.'));
  expect(repo.commit('add prompts', '2026-01-02').code).toBe(0);
  repo.remove('prompts/faq.md');
  expect(repo.commit('drop the faq', '2026-01-03').code).toBe(0);
  faqGone = repo.git(['rev-parse', 'HEAD']).stdout.trim();
  repo.move('prompts/support/guide.md', 'prompts/billing/guide.md');
  expect(repo.commit('move the guide to billing', '2026-01-04').code).toBe(0);
  repo.remove('prompts/billing/guide.md');
  expect(repo.commit('retire the guide', '2026-01-05').code).toBe(0);
  guideGone = repo.git(['rev-parse', 'HEAD']).stdout.trim();
});
afterAll(() => repo?.cleanup());

describe('a bundle of a repository whose prompts were deleted', () => {
  it('records each deleted id with the commit and subject that deleted it, a moved-then-deleted one under both ids', async () => {
    const built = await bundle({ cwd: repo.dir });
    expect(built.bundle.deleted).toEqual({
      'billing/guide': { commit: guideGone, subject: 'retire the guide' },
      faq: { commit: faqGone, subject: 'drop the faq' },
      'support/guide': { commit: guideGone, subject: 'retire the guide', movedTo: 'billing/guide' },
    });
  });

  it('runtime get of a deleted id says it was deleted in that commit, not that the bundle has no such prompt', async () => {
    const prompts = loadBundle((await bundle({ cwd: repo.dir })).json);
    const faq = thrownBy(() => prompts.get('faq'));
    expect(faq.code).toBe('prompt-unknown');
    expect(faq.message).toBe(`no prompt "faq" in this bundle: it was deleted in commit ${faqGone.slice(0, 12)} ("drop the faq"). To serve it again, put its file back in the prompts' repository (\`promptvault show faq@<version> > <its path>\`), commit, and bundle again`);
    expect(faq.data).toMatchObject({ id: 'faq', deleted: { commit: faqGone, subject: 'drop the faq' } });
    const old = thrownBy(() => prompts.get('support/guide', { version: 1 }));
    expect(old.message).toContain(`no prompt "support/guide" in this bundle: it was moved to "billing/guide", which was deleted in commit ${guideGone.slice(0, 12)} ("retire the guide"). To serve it again`);
    expect(thrownBy(() => prompts.get('billing/guide')).message).toContain(`it was deleted in commit ${guideGone.slice(0, 12)} ("retire the guide")`);
    expect(thrownBy(() => prompts.get('suport/refund')).code).toBe('prompt-unknown');
  });

  it('a bundle without the deleted map (written before it existed) still loads, and tells an unknown id as before', async () => {
    const { deleted: _, ...old } = (await bundle({ cwd: repo.dir })).bundle;
    const prompts = loadBundle(JSON.stringify(old));
    expect(prompts.get('support/refund').text).toContain('Help with a refund.');
    expect(thrownBy(() => prompts.get('faq')).code).toBe('prompt-unknown');
  });

  it('loads a bundle saved with a byte order mark and CRLF line endings', async () => {
    const json = (await bundle({ cwd: repo.dir })).json;
    const prompts = loadBundle(`\uFEFF${json.replace(/\n/g, '\r\n')}`);
    expect(thrownBy(() => prompts.get('faq')).data).toMatchObject({ deleted: { commit: faqGone } });
  });

  it('refuses a deleted map of the wrong shape, naming it', () => {
    const json = { format: 'promptvault-bundle@1', source: { commit: 'c' }, defaultLabel: null, prompts: [], current: {}, labels: {}, deleted: { faq: 'abc' } };
    expect(thrownBy(() => loadBundle(json)).message).toContain('"deleted"');
  });
});
