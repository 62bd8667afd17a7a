// A repository adopted with `backfill` has every record of its past in the one adoption commit:
// the site still shows each version's own commit and text (read from the commit the record's
// `commit_parents` lead to), not the adoption commit and "not in this clone's history"; and a
// prompt whose text a revert restored has that revert's version as its current one; a prompt moved
// away says where to, and is not counted among the prompts.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';
import { loadSiteVault, type SiteVault } from './load-vault-fs.ts';
import { buildSiteModel, currentVersionKey } from './site-model.ts';
import { promptMainHtml } from './prompt-page/main.ts';

let repo: TestRepo;
let site: SiteVault;
/** The text of prompts/support/refund.md at each version, and the commit that made it. */
const made: { text: string; commit: string }[] = [];
let clauseCommit = '';
let adoption = '';

const refund = (line: string) => promptFile({ title: 'Refund', codex: '[refunds/limits]' }, `Help the customer with a refund.\n${line}`);

beforeAll(async () => {
  repo = createRepo({ hooks: false });
  repo.write('codex/refunds/limits.md', '---\ntitle: Refund limits\n---\nAgents may approve refunds of up to $100.\n');
  for (const [i, line] of ['Ask for the order id.', 'Ask for the order id first.', 'Ask for the order id and the date.'].entries()) {
    const text = refund(line);
    repo.write('prompts/support/refund.md', text);
    expect(repo.commit(`refund ${i + 1}`, `2026-01-0${i + 1}`).code).toBe(0);
    made.push({ text, commit: repo.git(['rev-parse', 'HEAD']).stdout.trim() });
  }
  repo.write('codex/refunds/limits.md', '---\ntitle: Refund limits\n---\nAgents may approve refunds of up to $150.\n');
  expect(repo.commit('raise the limit', '2026-01-05').code).toBe(0);
  clauseCommit = repo.git(['rev-parse', 'HEAD']).stdout.trim();
  // The outreach prompt gets a line, and the line is reverted: v3 has v1's text.
  repo.write('prompts/sales/outreach.md', promptFile({ title: 'Outreach' }, 'Write to the lead.'));
  expect(repo.commit('outreach', '2026-01-06').code).toBe(0);
  repo.write('prompts/sales/outreach.md', promptFile({ title: 'Outreach' }, 'Write to the lead.\nMention the spring promotion.'));
  expect(repo.commit('outreach: promotion', '2026-01-07').code).toBe(0);
  expect(repo.git(['revert', '--no-edit', 'HEAD'], { date: '2026-01-08' }).code).toBe(0);
  // The greeting is moved twice: greeting -> welcome -> hello.
  repo.write('prompts/support/greeting.md', promptFile({ title: 'Greeting' }, 'Greet the customer by name and thank them for writing in.'));
  expect(repo.commit('greeting', '2026-01-08').code).toBe(0);
  repo.move('prompts/support/greeting.md', 'prompts/support/welcome.md');
  expect(repo.commit('rename greeting to welcome', '2026-01-08').code).toBe(0);
  repo.move('prompts/support/welcome.md', 'prompts/support/hello.md');
  expect(repo.commit('rename welcome to hello', '2026-01-08').code).toBe(0);
  repo.write('.promptvault.yaml', "prompts: ['prompts/**/*.md']\ncodex: ['codex/**/*.md']\n");
  const backfill = repo.cli(['backfill']);
  expect(backfill.code, backfill.stderr).toBe(0);
  expect(repo.commit('Adopt promptvault', '2026-01-09').code).toBe(0);
  adoption = repo.git(['rev-parse', 'HEAD']).stdout.trim();
  site = await loadSiteVault({ root: repo.dir, cache: false });
});
afterAll(() => repo?.cleanup());

describe('the site of a backfilled history', () => {
  it("shows each version's text and the commit that made it, not the adoption commit", () => {
    const versions = site.checkpoints.filter((checkpoint) => checkpoint.prompt === 'support/refund').sort((a, b) => a.version - b.version);
    expect(versions.map((checkpoint) => checkpoint.version)).toEqual([1, 2, 3]);
    expect(versions.map((checkpoint) => checkpoint.commit)).toEqual(made.map((version) => version.commit));
    expect(versions.map((checkpoint) => checkpoint.text)).toEqual(made.map((version) => version.text));
  });

  it('gives each mutation and clause audit the commit that made the change', () => {
    const mutations = site.mutations.filter((mutation) => mutation.prompt === 'support/refund').sort((a, b) => a.version - b.version);
    expect(mutations.map((mutation) => mutation.commit)).toEqual(made.map((version) => version.commit));
    const audits = site.audits.filter((audit) => audit.clause === 'refunds/limits');
    expect(audits).toHaveLength(2);
    expect(audits.map((audit) => audit.commit)).not.toContain(adoption);
    expect(audits.map((audit) => audit.commit)).toContain(clauseCommit);
  });
});

describe('the current version of a prompt whose text a revert restored', () => {
  it('is the revert\'s version, not the first version with that text', () => {
    const model = buildSiteModel(site);
    const versions = model.byPrompt.get('sales/outreach')!;
    expect(versions.map((v) => [v.version, v.mutation?.symbolic_tags.includes('@revert')])).toEqual([[1, false], [2, false], [3, true]]);
    expect(versions[2]!.checkpoint.content_hash).toBe(versions[0]!.checkpoint.content_hash);
    expect(currentVersionKey(model, 'sales/outreach')).toBe(versions[2]!.key);
    const html = promptMainHtml('sales/outreach', { model, labels: [], pageSize: 100, url: (p: string) => `/${p}` });
    expect(html).toContain(`Current version: <a href="#${versions[2]!.anchor}">${versions[2]!.label}</a>`);
    expect(html.match(/badge current/g)).toHaveLength(2);
  });
});

describe('a prompt moved away', () => {
  it('links to where it went, through every later move, and is not counted as a prompt of the working tree', () => {
    const model = buildSiteModel(site);
    expect([...model.movedTo]).toEqual([['support/greeting', 'support/hello'], ['support/welcome', 'support/hello']]);
    const html = promptMainHtml('support/greeting', { model, labels: [], pageSize: 100, url: (p: string) => `/${p}` });
    expect(html).toContain('<span class="badge">moved to <a href="/prompts/support/hello/">support/hello</a>: no file at this id in the working tree</span>');
    expect(html).toContain('<h2 id="text">Last recorded text</h2>');
    expect(html).not.toContain('deleted');
    expect(site.prompts.map((prompt) => prompt.id).sort()).toEqual(['sales/outreach', 'support/hello', 'support/refund']);
  });
});

describe('a shallow clone of a backfilled history', () => {
  it('loads without the past versions\' texts, which its clone does not hold, and keeps the current one', async () => {
    const shallow = `${repo.dir}-shallow`;
    const cloned = repo.git(['clone', '-q', '--depth', '1', `file://${repo.dir}`, shallow]);
    expect(cloned.code, cloned.stderr).toBe(0);
    try {
      const vault = await loadSiteVault({ root: shallow, cache: false });
      const versions = vault.checkpoints.filter((checkpoint) => checkpoint.prompt === 'support/refund').sort((a, b) => a.version - b.version);
      expect(versions.map((checkpoint) => checkpoint.text)).toEqual([null, null, made[2]!.text]);
    } finally {
      fs.rmSync(shallow, { recursive: true, force: true });
    }
  });
});
