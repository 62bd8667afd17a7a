import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

// One repository tells the story: a label set on an older version, another on every prompt, a
// move of the labelled prompt (the label follows it), a label lagging behind, a dangling label,
// and the label's history in git log.
// A commit that stages only a label file, where a later step is the proof, is made without the
// hook: the hook records nothing for it (no prompt or clause changed). The first label commit, and
// the one after a commit made without the hook, go through it.

let repo: TestRepo;
const refund = (body: string) => promptFile({ title: 'Refund request', assistant: 'support-bot' }, body);
const keyOf = (folder: string, version: number) => repo.filesAtHead(`vault/checkpoints/${folder}/`).map((f) => f.split('/').pop()!.replace('.yaml', '')).find((k) => k.startsWith(String(version).padStart(4, '0')))!;

beforeAll(() => {
  repo = createRepo();
  repo.write('prompts/support/refund.md', refund('Help {{ customer_name }} with a refund.'));
  repo.write('prompts/faq.md', refund('Answer questions.'));
  expect(repo.commit('add prompts', '2026-01-02').code).toBe(0);
  repo.write('prompts/support/refund.md', refund('Help {{ customer_name }} with a refund of order {{ order_id }}.'));
  expect(repo.commit('ask for the order', '2026-01-03').code).toBe(0);
});
afterAll(() => repo?.cleanup());

describe('promptvault label', () => {
  it('sets a label on an older version, stages vault/labels/<label>.yaml, and the commit passes check', () => {
    const set = repo.cli(['label', 'set', 'production', 'support/refund@1']);
    expect(set.code, set.stderr).toBe(0);
    expect(set.stdout).toMatch(/production: support\/refund \(none\) -> v1·[0-9a-f]{6}/);
    expect(repo.git(['diff', '--cached', '--name-only']).stdout).toBe('vault/labels/production.yaml\n');
    const key = keyOf('support/refund', 1);
    expect(repo.read('vault/labels/production.yaml')).toContain(`  support/refund:\n    version: 1\n    key: ${key}\n    content_hash: sha256-`);
    expect(repo.commit('production: refund v1', '2026-01-04', { add: false }).code).toBe(0);
    expect(repo.cli(['check']).code).toBe(0);
  });

  it('accepts the version label the site shows, in both spellings, and --all', () => {
    const key = keyOf('support/refund', 2);
    const byLabel = repo.cli(['label', 'set', 'staging', `support/refund@v2·${key.slice(5, 11)}`]);
    expect(byLabel.code, byLabel.stderr).toBe(0);
    const ascii = repo.cli(['label', 'set', 'staging', `support/refund@v2-${key.slice(5, 11)}`]);
    expect(ascii.stdout).toContain('already names those versions');
    const all = repo.cli(['label', 'set', 'staging', '--all']);
    expect(all.code, all.stderr).toBe(0);
    expect(all.stdout).toMatch(/staging: faq \(none\) -> v1·/);
    expect(repo.commit('staging: everything current', '2026-01-05', { add: false, args: ['--no-verify'] }).code).toBe(0);
    const list = repo.cli(['label', 'list', '--json']);
    expect(JSON.parse(list.stdout).map((e: { label: string; prompt: string; version: number; status: string }) => `${e.label} ${e.prompt} v${e.version} ${e.status}`)).toEqual([
      'production support/refund v1 behind', 'staging faq v1 current', 'staging support/refund v2 current',
    ]);
  });

  it('refuses unknown versions, unknown prompts (naming the nearest) and label names that would leave vault/labels/', () => {
    expect(repo.cli(['label', 'set', 'production', 'support/refund@9']).stderr).toMatch(/support\/refund has no recorded version v9\. Its versions: v1·[0-9a-f]{6}, v2·[0-9a-f]{6}/);
    expect(repo.cli(['label', 'set', 'production', 'support/refnd@1']).stderr).toContain('no recorded prompt has the id "support/refnd". Did you mean "support/refund"?');
    for (const bad of ['../escape', 'a/b', '.hidden', 'x.yaml']) {
      const result = repo.cli(['label', 'set', bad, 'faq@1']);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`"${bad}" is not a label name`);
    }
    expect(repo.git(['status', '--porcelain']).stdout).toBe('');
  });

  it('a prompt named without a version is refused with that prompt at its newest version as the example, not a sample id', () => {
    // An adopter typed `label set production faq`: the example was support/refund@4, a prompt they may not have.
    const result = repo.cli(['label', 'set', 'production', 'faq']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^promptvault label: not a version: "faq"\. Name one as <prompt id>@<version>, e\.g\. faq@1 or faq@v1·[0-9a-f]{6} \(the label the site shows; v1-[0-9a-f]{6} also works\); v1 is the newest version of faq\n/);
    expect(repo.cli(['label', 'set', 'production', 'suport/refund@latest']).stderr).toMatch(/e\.g\. support\/refund@2 or support\/refund@v2·[0-9a-f]{6} \(the label the site shows; v2-[0-9a-f]{6} also works\)\n/);
    expect(repo.git(['status', '--porcelain']).stdout).toBe('');
  });

  it('says a prompt written but not yet committed has no version yet, instead of "did you mean" its own id', () => {
    repo.write('prompts/support/draft.md', promptFile({ title: 'Draft' }, 'A draft not committed yet.'));
    repo.git(['add', 'prompts/support/draft.md']);
    const refused = repo.cli(['label', 'set', 'production', 'support/draft@1']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('the prompt "support/draft" (prompts/support/draft.md) has no recorded version yet: commit it (the hook records its version 1)');
    expect(refused.stderr).not.toContain('Did you mean');
    repo.git(['rm', '-q', '--cached', 'prompts/support/draft.md']);
    fs.rmSync(path.join(repo.dir, 'prompts/support/draft.md'));
    expect(repo.git(['status', '--porcelain']).stdout).toBe('');
  });

  it('follows a moved prompt: check passes, the list shows the new id, and a new set replaces the entry', () => {
    fs.mkdirSync(path.join(repo.dir, 'prompts/billing'));
    const mv = repo.git(['mv', 'prompts/support/refund.md', 'prompts/billing/refund.md']);
    expect(mv.code, mv.stderr).toBe(0);
    const moved = repo.commit('move refund under billing', '2026-01-06', { add: false });
    expect(moved.code, moved.stderr).toBe(0);
    expect(moved.stderr).toMatch(/billing\/refund v3·[0-9a-f]{6} \(rename from support\/refund@v2·[0-9a-f]{6}\)/);
    const checked = repo.cli(['check']);
    expect(checked.code, checked.stdout).toBe(0);
    const list = JSON.parse(repo.cli(['label', 'list', 'production', '--json']).stdout);
    expect(list).toMatchObject([{ label: 'production', prompt: 'billing/refund', version: 1, status: 'behind' }]);
    const stale = repo.cli(['check', '--stale']);
    expect(stale.code).toBe(0);
    expect(stale.stdout).toMatch(/vault\/labels\/production\.yaml:5: label production names billing\/refund v1·[0-9a-f]{6}; its current version is v3·[0-9a-f]{6}/);
    const set = repo.cli(['label', 'set', 'production', 'billing/refund@2']);
    expect(set.code, set.stderr).toBe(0);
    const text = repo.read('vault/labels/production.yaml');
    expect(text).toContain('  billing/refund:\n    version: 2\n');
    expect(text).toContain('    record: support/refund\n');
    expect(text).not.toContain('  support/refund:');
    expect(repo.commit('production: refund v2', '2026-01-07', { add: false, args: ['--no-verify'] }).code).toBe(0);
    const github = repo.cli(['check', '--format', 'github']);
    expect(github.code).toBe(0);
    expect(github.stdout).toMatch(/::notice file=vault\/labels\/production\.yaml,title=label-moved::label production now names billing\/refund v2·/);
    expect(github.stdout).toMatch(/::notice file=vault\/labels\/production\.yaml,title=label-moved::label production no longer names support\/refund \(was v1·/);
  });

  it('warns in check --format github that label moves were not compared when origin/<base> is not in the clone, with the fetch', () => {
    const github = repo.cli(['check', '--format', 'github'], { env: { GITHUB_BASE_REF: 'release/2026' } });
    expect(github.code, github.stdout).toBe(0);
    expect(github.stdout).not.toContain('label-moved');
    expect(github.stdout).toContain('::warning title=label-moves-not-compared::label moves were not listed: origin/release/2026 is not in this clone, so there is nothing to compare the labels with%0A  fix: fetch the base branch: git fetch origin release/2026 (in GitHub Actions, actions/checkout with fetch-depth: 0)\n');
    // Where the base is there, the moves are listed and nothing is said about it.
    expect(repo.git(['update-ref', 'refs/remotes/origin/release/2026', 'HEAD~1']).code).toBe(0);
    const fetched = repo.cli(['check', '--format', 'github'], { env: { GITHUB_BASE_REF: 'release/2026' } });
    expect(fetched.stdout).toContain('title=label-moved::label production now names billing/refund v2·');
    expect(fetched.stdout).not.toContain('label-moves-not-compared');
    expect(repo.git(['update-ref', '-d', 'refs/remotes/origin/release/2026']).code).toBe(0);
  });

  it('blocks a commit deleting a prompt a label names, naming the label and the fix; label rm in the same commit lets it through', () => {
    repo.write('prompts/old-greeting.md', refund('Greet the customer the old way.'));
    expect(repo.commit('add the old greeting', '2026-01-07T12:00:00Z').code).toBe(0);
    expect(repo.cli(['label', 'set', 'canary', 'old-greeting@1']).code).toBe(0);
    expect(repo.commit('canary: old greeting', '2026-01-07T13:00:00Z', { add: false, args: ['--no-verify'] }).code).toBe(0);
    repo.remove('prompts/old-greeting.md');
    const blocked = repo.commit('drop the old greeting', '2026-01-07T14:00:00Z');
    expect(blocked.code).not.toBe(0);
    expect(blocked.stderr).toMatch(/prompts\/old-greeting\.md: is deleted, but label canary names prompt old-greeting \(v1·[0-9a-f]{6}, vault\/labels\/canary\.yaml:\d+\); the label would name a prompt the repository no longer has\n  expected: a label names only prompts the repository still has\n  fix: drop it from the label in the same commit: promptvault label rm canary old-greeting/);
    expect(repo.git(['log', '-1', '--format=%s']).stdout.trim()).toBe('canary: old greeting');
    expect(repo.cli(['label', 'rm', 'canary', 'old-greeting']).code).toBe(0);
    const dropped = repo.commit('drop the old greeting', '2026-01-07T14:00:00Z');
    expect(dropped.code, dropped.stderr).toBe(0);
    expect(repo.exists('vault/labels/canary.yaml')).toBe(false);
    expect(repo.cli(['check']).code).toBe(0);
    // A prompt whose id is a name every object has is named by no label.
    repo.write('prompts/constructor.md', refund('Build the reply.'));
    expect(repo.commit('add constructor', '2026-01-07T15:00:00Z').code).toBe(0);
    repo.remove('prompts/constructor.md');
    const gone = repo.commit('drop constructor', '2026-01-07T16:00:00Z');
    expect(gone.code, gone.stderr).toBe(0);
  });

  it('blocks deleting a moved prompt that a label still names under its old id (set before the move), as check would fail on it', () => {
    repo.write('prompts/promo/summer.md', refund('Offer the summer discount.'));
    expect(repo.commit('add the summer promo', '2026-01-08T10:00:00Z').code).toBe(0);
    expect(repo.cli(['label', 'set', 'promo', 'promo/summer@1']).code).toBe(0);
    expect(repo.commit('promo: summer', '2026-01-08T11:00:00Z', { add: false, args: ['--no-verify'] }).code).toBe(0);
    // Moved twice: the label stays keyed by the first id.
    expect(repo.git(['mv', 'prompts/promo/summer.md', 'prompts/promo/seasonal.md']).code).toBe(0);
    expect(repo.commit('rename the promo', '2026-01-08T12:00:00Z', { add: false }).code).toBe(0);
    expect(repo.git(['mv', 'prompts/promo/seasonal.md', 'prompts/promo/autumn.md']).code).toBe(0);
    expect(repo.commit('rename it again', '2026-01-08T13:00:00Z', { add: false }).code).toBe(0);
    expect(repo.read('vault/labels/promo.yaml')).toContain('promo/summer');
    expect(repo.cli(['check']).code).toBe(0);
    repo.remove('prompts/promo/autumn.md');
    const blocked = repo.commit('drop the promo', '2026-01-08T14:00:00Z');
    expect(blocked.code).not.toBe(0);
    expect(blocked.stderr).toMatch(/prompts\/promo\/autumn\.md: is deleted, but label promo names prompt promo\/summer \(now promo\/autumn\) \(v1·[0-9a-f]{6}, vault\/labels\/promo\.yaml:\d+, set before it moved from promo\/summer \(check follows the move\)\)/);
    expect(blocked.stderr).toContain('fix: drop it from the label in the same commit: promptvault label rm promo promo/summer');
    expect(repo.cli(['label', 'rm', 'promo', 'promo/summer']).code).toBe(0);
    const dropped = repo.commit('drop the promo', '2026-01-08T14:00:00Z');
    expect(dropped.code, dropped.stderr).toBe(0);
    expect(repo.cli(['check']).code).toBe(0);
  });

  it('lets through the deletion of a prompt no label names, though its id is a name every object has (constructor, toString)', () => {
    repo.write('prompts/constructor.md', refund('Build the reply.'));
    repo.write('prompts/toString.md', refund('Say it as text.'));
    repo.write('prompts/kept.md', refund('Stay.'));
    expect(repo.commit('add two oddly named prompts', '2026-01-07T15:00:00Z').code).toBe(0);
    expect(repo.cli(['label', 'set', 'beta', 'kept@1']).code).toBe(0);
    expect(repo.commit('beta: kept', '2026-01-07T15:30:00Z', { add: false, args: ['--no-verify'] }).code).toBe(0);
    repo.remove('prompts/constructor.md');
    repo.remove('prompts/toString.md');
    const dropped = repo.commit('drop them', '2026-01-07T16:00:00Z');
    expect(dropped.code, dropped.stderr).toBe(0);
  });

  it('fails check on a label naming a version with no record, and on one naming a deleted prompt', () => {
    const text = repo.read('vault/labels/production.yaml');
    repo.write('vault/labels/production.yaml', text.replace(/key: 0002-[0-9a-f]{12}/, 'key: 0002-000000000000'));
    repo.remove('prompts/faq.md');
    repo.write('vault/labels/Not a label.yaml', 'label: x\n');
    expect(repo.commit('break the labels', '2026-01-08', { args: ['--no-verify'] }).code).toBe(0);
    const result = repo.cli(['check']);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('vault/labels/Not a label.yaml: is not a label file');
    expect(result.stdout).toContain('vault/labels/production.yaml:5: label production names billing/refund@v2·000000, which has no record (vault/checkpoints/support/refund/0002-000000000000.yaml)');
    expect(result.stdout).toMatch(/vault\/labels\/staging\.yaml:\d+: label staging names faq@v1·[0-9a-f]{6}, but the prompt faq was deleted/);
    expect(result.stdout).toContain('fix: drop it with `promptvault label rm staging faq`');
    const deleted = repo.cli(['label', 'set', 'canary', 'faq@1']);
    expect(deleted.code).toBe(2);
    expect(deleted.stderr).toContain('faq was deleted: a label may only name a prompt the repository still has');
    expect(repo.cli(['label', 'rm', 'staging', 'faq']).code).toBe(0);
    expect(repo.cli(['label', 'rm', 'production']).code).toBe(0);
    repo.remove('vault/labels/Not a label.yaml');
    expect(repo.git(['add', '-A', 'vault/labels']).code).toBe(0);
    expect(repo.commit('drop broken labels', '2026-01-09', { add: false }).code).toBe(0);
    expect(repo.cli(['check']).code).toBe(0);
    expect(repo.exists('vault/labels/production.yaml')).toBe(false);
  });

  it("keeps every move of a label in git log of its file", () => {
    const log = repo.git(['log', '--format=%s', '--', 'vault/labels/production.yaml']).stdout.trim().split('\n');
    expect(log).toEqual(['drop broken labels', 'break the labels', 'production: refund v2', 'production: refund v1']);
  });
});
