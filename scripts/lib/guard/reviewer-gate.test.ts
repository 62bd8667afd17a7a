import { describe, expect, it } from 'vitest';
import { buildSiteModel, type SiteData } from '../site/site-model.ts';
import { regressionMainHtml } from '../site/regression-page/main.ts';
import type { SiteAudit } from '../site/load-vault-fs.ts';
import { reviewerEmail } from './identity.ts';
import { closingCommand, openAudits } from './open-audits.ts';
import { refuseDecision } from './reviewer-gate.ts';

// Pure: the judgement `check` and the site share (reviewer-gate.test.ts in commands/review drives
// the same through real commits).

const accepted = (by: string) => ({ review: { status: 'accepted' as const, by, at: '2026-01-04T10:00:00Z', note: 'fine' } });
const commit = (email: string, id = 'abcdef0123') => ({ commit: id, author: `Someone <${email}>`, email });
const settings = { reviewers: ['Dana Lee <dana@example.com>'], allow_self_review: false };

describe('whether a review decision counts', () => {
  it('reads the email of "Name <email>" or of an email alone, and nothing else', () => {
    expect(reviewerEmail('D. Lee <Dana@Example.COM>')).toBe('dana@example.com');
    expect(reviewerEmail(' dana@example.com ')).toBe('dana@example.com');
    expect(reviewerEmail('Carol')).toBeUndefined();
    expect(reviewerEmail('@policy-team')).toBeUndefined();
    expect(reviewerEmail('Carol <not an email>')).toBeUndefined();
  });

  it('counts a named reviewer who is not the author and committed the decision herself', () => {
    expect(refuseDecision(accepted('dana lee <DANA@example.com>'), { added: commit('bob@example.com'), decided: commit('dana@example.com') }, settings)).toBeUndefined();
  });

  it('does not count a decision made on another audit (`review.of`), which git carried onto this file as a rename', () => {
    const history = { added: commit('bob@example.com'), decided: commit('dana@example.com') };
    const onA = { ...accepted('Dana Lee <dana@example.com>'), id: 'audit-b' };
    expect(refuseDecision({ ...onA, review: { ...onA.review, of: 'audit-a' } }, history, settings)).toBe("accepted on audit audit-a, not on this one: git carried that review's lines onto this file (it took the audit this replaced, as an amend of the clause change does, for a rename of it), so nobody has decided this text yet");
    expect(refuseDecision({ ...onA, review: { ...onA.review, of: 'audit-b' } }, history, settings)).toBeUndefined();
    // Written before `of` existed: counts as before.
    expect(refuseDecision(onA, history, settings)).toBeUndefined();
  });

  it('counts every complete decision while no reviewer is configured', () => {
    expect(refuseDecision(accepted('Carol'), { added: null, decided: null }, { allow_self_review: false })).toBeUndefined();
  });

  it('says why the others do not count', () => {
    const history = { added: commit('bob@example.com', '1234567abc'), decided: commit('dana@example.com') };
    expect(refuseDecision(accepted('Carol <carol@x.org>'), history, settings)).toBe('accepted by carol@x.org, who is not a reviewer named in .promptvault.yaml review.reviewers');
    expect(refuseDecision(accepted('Carol'), history, settings)).toBe('accepted by "Carol", which names no email, so it matches no reviewer named in .promptvault.yaml review.reviewers');
    const own = { added: commit('dana@example.com', '1234567abc'), decided: commit('dana@example.com') };
    expect(refuseDecision(accepted('Dana Lee <dana@example.com>'), own, settings)).toBe('accepted by its own author: dana@example.com made the clause change (commit 1234567)');
    expect(refuseDecision(accepted('Dana Lee <dana@example.com>'), own, { ...settings, allow_self_review: true })).toBeUndefined();
    expect(refuseDecision(accepted('Dana Lee <dana@example.com>'), { ...history, decided: commit('carol@x.org', '7654321fff') }, settings)).toContain('the commit that wrote the decision (7654321) is by Someone <carol@x.org>');
    expect(refuseDecision(accepted('Dana Lee <dana@example.com>'), { added: null, decided: null }, settings)).toContain('fetch-depth: 0');
  });

  it('keeps an audit with a refused decision open, on the site too, with the reason and what closes it', () => {
    const base = { clause: 'sec/keys', regression_flag: true, path: 'codex/sec/keys.md', ...accepted('Carol <carol@x.org>') };
    const refused = { ...base, id: 'a1', decision_refused: 'accepted by carol@x.org, who is not a reviewer named in .promptvault.yaml review.reviewers' };
    expect(openAudits([refused, { ...base, id: 'a0' }]).map((audit) => audit.id)).toEqual(['a1']);
    expect(closingCommand(refused)).toContain('a reviewer named in .promptvault.yaml review.reviewers, other than the clause\'s author, runs `npx promptvault review sec/keys --audit a1');
    expect(closingCommand(refused)).toContain('; or add that reviewer to review.reviewers');
    // A decision whose `by` names no email: no entry of review.reviewers could match it, so adding one is no fix.
    const nameless = { ...refused, decision_refused: refuseDecision(accepted('Carol'), { added: commit('bob@example.com'), decided: commit('dana@example.com') }, settings) };
    expect(closingCommand(nameless)).toContain('runs `npx promptvault review sec/keys --audit a1 --accept|--reject --note "why"` and commits it as themselves');
    expect(closingCommand(nameless)).not.toContain('add that reviewer');
  });

  it('names the fix for why a decision was refused: the whole history in a shallow clone, no reviewer to add for a squash', () => {
    const base = { clause: 'sec/keys', regression_flag: true, path: 'codex/sec/keys.md', id: 'a1', ...accepted('Dana Lee <dana@example.com>') };
    // An adopter's shallow CI clone: another review would be refused the same way, so the fix is the fetch.
    const shallow = { ...base, decision_refused: refuseDecision(base, { added: null, decided: null }, settings) };
    expect(closingCommand(shallow)).toBe('fetch the whole history (`git fetch --unshallow`; in CI, actions/checkout with fetch-depth: 0) and run check again: the decision is not wrong, this clone cannot show who made the change and who decided it');
    // A squash by someone else: Dana is already named, so naming her is no fix.
    const squashed = { ...base, decision_refused: refuseDecision(base, { added: commit('ada@example.com', '1234567abc'), decided: commit('ada@example.com', '1234567abc') }, settings) };
    expect(closingCommand(squashed)).toContain('runs `npx promptvault review sec/keys --audit a1 --accept|--reject --note "why"` and commits it as themselves');
    expect(closingCommand(squashed)).not.toContain('add that reviewer');
  });

  it('shows a refused decision on the site', () => {
    const base = { clause: 'sec/keys', regression_flag: true, path: 'codex/sec/keys.md', ...accepted('Carol <carol@x.org>') };
    const refused = { ...base, id: 'a1', decision_refused: 'accepted by carol@x.org, who is not a reviewer named in .promptvault.yaml review.reviewers' };
    const audit = {
      ...refused, file: 'vault/audits/sec/keys/a1.yaml', created_at: '2026-01-03T10:00:00Z', change: 'edited', previous_version: 'a', new_version: 'b', previous_hash: null, new_hash: null,
      similarity: null, tone: { declared: null, previous: null, new: null, formality_shift: 0, sentiment_shift: 0 }, reasons: [{ code: 'number-changed', message: '24 hours -> 7 days' }],
      prompt_delta: { citing: [], changed_in_commit: [] }, reverts: null, commit_parents: [], commit: null, committed_at: null,
    } as SiteAudit;
    const model = buildSiteModel({ prompts: [], clauses: [], checkpoints: [], mutations: [], audits: [audit] } as SiteData);
    expect([...model.openAuditIds]).toEqual(['a1']);
    const html = regressionMainHtml('sec/keys', model, (p) => `/${p}`);
    expect(html).toContain('data-state="open"');
    expect(html).toContain('<p data-testid="decision-refused">This decision does not count: accepted by carol@x.org, who is not a reviewer named in .promptvault.yaml review.reviewers.</p>');
  });
});
