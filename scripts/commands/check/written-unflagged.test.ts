import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';
import { BOB, commitLoweredFlag, DANA, rotationClause, WRITTEN_FALSE } from '../../test-utils/lowered-flag.ts';

// `check` does not trust the regression_flag an audit was committed with: Bob relaxes Dana's
// "within 24 hours" to "within 7 days", records it, writes the staged audit's flag false and
// commits it all with the hook off. The guard, run again on git's own texts of the change, flags
// it: in CI (`--since` the pull request's base, as `check --format github` runs) the audit stays
// open until a named reviewer reviews it; a plain `check` warns of it (a newer guard may judge an
// older audit otherwise). Real commits, real hook.

let repo: TestRepo;
let base = '';

const clause = rotationClause;
const CONFIG = 'review:\n  reviewers: ["Dana Lee <dana@example.com>", bob@example.com]\n';
const AUDITS = 'vault/audits/security/key-rotation/';
const lowerAndCommit = (when: string, date: string, edit?: (text: string) => string) => commitLoweredFlag(repo, when, date, edit);
/**
 * Bob's bypass as most tests here start from (7 days, the flag lowered, on 2026-01-03): made by the
 * first test that asks (its record run and commits, the hook's own flag asserted), then checked out
 * by the others. Fixed dates and identity make it the very commit each would have made, and a
 * record run with the guard costs seconds; the tests only differ in what they do after it.
 */
let lowered: { commit: string; file: string } | undefined;
function lowerBy7Days(): string {
  if (lowered) {
    repo.git(['reset', '-q', '--hard', lowered.commit]);
    return lowered.file;
  }
  const file = lowerAndCommit('within 7 days', '2026-01-03');
  lowered = { commit: repo.git(['rev-parse', 'HEAD']).stdout.trim(), file };
  return file;
}

/**
 * Bob's honest tightening to "within 12 hours" (2026-01-03, through the hook, unflagged), as two
 * tests start from it: made by the first that asks, checked out by the other (as lowerBy7Days).
 */
let tightened: string | undefined;
function tightenTo12Hours(): void {
  if (tightened) {
    repo.git(['reset', '-q', '--hard', tightened]);
    return;
  }
  repo.write('codex/security/key-rotation.md', clause('within 12 hours'));
  expect(repo.commit('tighten', '2026-01-03', { env: BOB }).code).toBe(0);
  tightened = repo.git(['rev-parse', 'HEAD']).stdout.trim();
}

beforeAll(() => {
  repo = createRepo();
  repo.write('.promptvault.yaml', CONFIG);
  repo.write('codex/security/key-rotation.md', clause('within 24 hours'));
  expect(repo.commit('add the rotation rule', '2026-01-02', { env: DANA }).code).toBe(0);
  base = repo.git(['rev-parse', 'HEAD']).stdout.trim();
});
afterAll(() => repo?.cleanup());
beforeEach(() => {
  repo.git(['reset', '-q', '--hard', base]);
});

describe('an audit committed with its regression_flag written false', () => {
  it('stays open in CI: check re-judges the change from git\'s texts, names the file and the fix, and a named reviewer\'s review closes it', () => {
    expect(repo.cli(['check', '--since', base]).code).toBe(0);
    const file = lowerBy7Days();
    const checked = repo.cli(['check', '--since', base]);
    expect(checked.code, checked.stdout).toBe(1);
    expect(checked.stdout).toContain(file);
    expect(checked.stdout).toMatch(WRITTEN_FALSE);
    expect(checked.stdout).toContain('put regression_flag: true back');
    // Outside CI too: the audit records this very guard's version, so the flag was lowered by hand.
    const plain = repo.cli(['check']);
    expect(plain.code, plain.stdout).toBe(1);
    expect(plain.stdout).toMatch(WRITTEN_FALSE);
    expect(plain.stdout).toMatch(/this audit records guard \d+\.\d+\.\d+\+[0-9a-f]{12}, this very guard: its flag was lowered by hand/);
    // The fix the message gives: the flag back, then Dana's review.
    repo.write(file, repo.read(file).replace('regression_flag: false', 'regression_flag: true'));
    expect(repo.commit('restore the flag', '2026-01-04', { env: BOB }).code).toBe(0);
    const reviewed = repo.cli(['review', 'security/key-rotation', '--accept', '--note', 'Ops agreed to 7 days.'], { env: { ...DANA, GIT_COMMITTER_DATE: '2026-01-05T10:00:00Z' } });
    expect(reviewed.code, reviewed.stderr).toBe(0);
    expect(repo.commit('review: accept', '2026-01-05', { add: false, env: DANA }).code).toBe(0);
    const green = repo.cli(['check', '--since', base]);
    expect(green.code, green.stdout).toBe(0);
  });

  it('stays open whatever reasons and hashes of texts the audit was given: the texts are git\'s', () => {
    lowerAndCommit('within 7 days', '2026-01-03', (text) => text
      .replace('regression_flag: true', 'regression_flag: false')
      .replace(/^reasons:\n(  .*\n)+/m, 'reasons: []\n')
      .replace(/within 24 hours/g, 'within 30 days'));
    const checked = repo.cli(['check', '--since', base]);
    expect(checked.code, checked.stdout).toBe(1);
    expect(checked.stdout).toMatch(WRITTEN_FALSE);
  });

  it('is not re-judged with --since a commit after it (CI checks each pull request\'s own audits), and is warned of without', () => {
    lowerBy7Days();
    repo.write('codex/security/key-rotation.md', clause('within 12 hours'));
    expect(repo.commit('tighten again', '2026-01-04', { env: DANA }).code).toBe(0);
    expect(repo.cli(['check', '--since', 'HEAD~1']).stdout).not.toMatch(WRITTEN_FALSE);
    const plain = repo.cli(['check']);
    expect(plain.code, plain.stdout).toBe(1);
    expect(plain.stdout).toMatch(WRITTEN_FALSE);
  });

  it('in a check without --since, is an error when the audit names this guard\'s version, and a warning when it names another or none (an upgraded guard may judge older audits otherwise)', () => {
    const file = lowerBy7Days();
    const version = /^guard_version: (.+)$/m.exec(repo.read(file))?.[1];
    expect(version).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{12}$/);
    expect(repo.cli(['check']).code).toBe(1);
    const written = repo.read(file);
    for (const [what, edit] of [
      ['written before audits recorded one', (text: string) => text.replace(/^guard_version: .*\n/m, '')],
      ['written by an older guard', (text: string) => text.replace(/^guard_version: .*$/m, 'guard_version: 0.0.9+000000000000')],
    ] as const) {
      repo.write(file, edit(written));
      expect(repo.commit(`audit ${what}`, '2026-01-04', { env: { ...BOB, HUSKY: '0' } }).code).toBe(0);
      const plain = repo.cli(['check']);
      expect(plain.code, `${what}: ${plain.stdout}`).toBe(0);
      expect(`${plain.stdout}${plain.stderr}`).toMatch(WRITTEN_FALSE);
      expect(`${plain.stdout}${plain.stderr}`).toContain('counts it as an unreviewed regression');
      expect(`${plain.stdout}${plain.stderr}`).not.toContain('this very guard');
      // CI judges the pull request's own audits whatever guard wrote them.
      expect(repo.cli(['check', '--since', base]).code).toBe(1);
    }
  });

  it('records a version that follows the guard\'s settings, not the order they are written in', () => {
    const versionAfter = (config: string, when: string, date: string) => {
      repo.write('.promptvault.yaml', config);
      repo.write('codex/security/key-rotation.md', clause(when));
      expect(repo.commit(`rotate ${when}`, date, { env: DANA }).code).toBe(0);
      const audit = repo.addedInHead(AUDITS)[0]!;
      return /^guard_version: (.+)$/m.exec(repo.read(audit))?.[1];
    };
    const first = versionAfter(`${CONFIG}guard:\n  threshold: 0.8\n  max_sentiment_shift: 0.5\n`, 'within 12 hours', '2026-01-03');
    const reordered = versionAfter(`${CONFIG}guard:\n  max_sentiment_shift: 0.5\n  threshold: 0.8\n`, 'within 6 hours', '2026-01-04');
    const stricter = versionAfter(`${CONFIG}guard:\n  max_sentiment_shift: 0.5\n  threshold: 0.9\n`, 'within 3 hours', '2026-01-05');
    expect(first).toBeDefined();
    expect(reordered).toBe(first);
    expect(stricter).not.toBe(first);
    expect(stricter!.split('+')[0]).toBe(first!.split('+')[0]);
  });

  it('a hand-made unflagged audit of a change no commit made opens nothing', () => {
    const file = lowerAndCommit('within 7 days', '2026-01-03', (text) => text
      .replace('regression_flag: true', 'regression_flag: false')
      .replace(/^new_hash: .*$/m, `new_hash: sha256-${'0'.repeat(64)}`));
    const checked = repo.cli(['check', '--since', base]);
    expect(checked.code, checked.stdout).toBe(1);
    expect(checked.stdout).toContain(`${file}`);
    expect(checked.stdout).toMatch(/no commit in this history changes the clause to the text this audit names/);
  });

  it('the hook\'s unflagged audit of a rejected change\'s revert stays closed, though the guard flags the revert itself', () => {
    const report = (party: string) => `---\ntitle: Key rotation\ntone: formal\n---\nThe assistant must tell operators to report a leaked key to ${party} within 24 hours.\n`;
    repo.write('codex/security/key-rotation.md', report('the security team'));
    expect(repo.commit('report leaks', '2026-01-03', { env: BOB }).code).toBe(0);
    // The rule replaced ("rotate" -> "report") is itself flagged (round 32b): Dana accepts it, so
    // that what stays open at the end is the revert's audit alone.
    const accepted = repo.cli(['review', 'security/key-rotation', '--accept', '--note', 'The new rule.'], { env: { ...DANA, GIT_COMMITTER_DATE: '2026-01-03T12:00:00Z' } });
    expect(accepted.code, accepted.stderr).toBe(0);
    expect(repo.commit('review: accept', '2026-01-03', { add: false, env: DANA }).code).toBe(0);
    // A party replaced is flagged either way: the rejected change and its revert.
    repo.write('codex/security/key-rotation.md', report('the finance team'));
    expect(repo.commit('rewrite the rule', '2026-01-03', { env: BOB }).code).toBe(0);
    expect(repo.cli(['check']).code).toBe(1);
    const rejected = repo.cli(['review', 'security/key-rotation', '--reject', '--note', 'Not this rule.'], { env: { ...DANA, GIT_COMMITTER_DATE: '2026-01-04T10:00:00Z' } });
    expect(rejected.code, rejected.stderr).toBe(0);
    expect(repo.commit('review: reject', '2026-01-04', { add: false, env: DANA }).code).toBe(0);
    repo.write('codex/security/key-rotation.md', report('the security team'));
    expect(repo.commit('revert the rewrite', '2026-01-05', { env: BOB }).code).toBe(0);
    const revert = repo.filesAtHead(AUDITS).map((file) => parse(repo.read(file)) as { reverts: string | null; regression_flag: boolean; reasons: unknown[] }).find((audit) => audit.reverts);
    expect(revert?.regression_flag).toBe(false);
    expect(revert?.reasons.length).toBeGreaterThan(0);
    const checked = repo.cli(['check']);
    expect(checked.code, checked.stdout).toBe(0);
  });

  it('a lowered flag naming as the change it reverts a flagged audit of another clause, whose old text it now holds, stays open', () => {
    const OTHER = 'codex/security/other-rotation.md';
    repo.write(OTHER, clause('within 1 hour'));
    expect(repo.commit('a second rotation rule', '2026-01-03', { env: DANA }).code).toBe(0);
    // Key rotation relaxed (flagged) and accepted: its audit names the 24-hour text as the one it replaced.
    repo.write('codex/security/key-rotation.md', clause('within 7 days'));
    expect(repo.commit('relax key rotation', '2026-01-03', { env: BOB }).code).toBe(0);
    const flagged = repo.addedInHead(AUDITS)[0]!;
    expect(repo.cli(['review', 'security/key-rotation', '--accept', '--note', 'Ops agreed.'], { env: { ...DANA, GIT_COMMITTER_DATE: '2026-01-04T10:00:00Z' } }).code).toBe(0);
    expect(repo.commit('review: accept', '2026-01-04', { add: false, env: DANA }).code).toBe(0);
    // The other rule relaxed to that very text, its flag lowered and the accepted audit named as reverted.
    repo.write(OTHER, clause('within 24 hours'));
    repo.git(['add', '-A']);
    expect(repo.cli(['record', '--all'], { env: { ...BOB, GIT_COMMITTER_DATE: '2026-01-05T10:00:00Z' } }).code).toBe(0);
    const [lowered] = repo.git(['diff', '--cached', '--name-only', '--', 'vault/audits/security/other-rotation/']).stdout.trim().split('\n');
    expect(repo.read(lowered!)).toMatch(/^regression_flag: true$/m);
    repo.write(lowered!, repo.read(lowered!).replace('regression_flag: true', 'regression_flag: false').replace(/^reverts: .*$/m, `reverts: ${flagged.split('/').at(-1)!.replace('.yaml', '')}`));
    expect(repo.commit('relax the other rule', '2026-01-05', { env: { ...BOB, HUSKY: '0' } }).code).toBe(0);
    const checked = repo.cli(['check', '--since', base]);
    expect(checked.code, checked.stdout).toBe(1);
    expect(checked.stdout).toContain(lowered!);
    expect(checked.stdout).toMatch(WRITTEN_FALSE);
  });

  it('with a remote embedder that cannot answer here (no API key), an unflagged audit cannot be verified: open, with the reason', () => {
    tightenTo12Hours();
    repo.write('.promptvault.yaml', `${CONFIG}guard:\n  embedder: { kind: openai, base_url: "http://127.0.0.1:9/v1", model: text-embedding-3-small, api_key_env: PROMPTVAULT_TEST_NO_SUCH_KEY }\n  threshold: 0.8\n`);
    expect(repo.commit('a remote embedder', '2026-01-04', { env: DANA }).code).toBe(0);
    const checked = repo.cli(['check', '--since', base]);
    expect(checked.code, checked.stdout).toBe(1);
    expect(checked.stdout).toMatch(/regression_flag is false, but check could not judge the change \(commit [0-9a-f]{7}\) again: .*PROMPTVAULT_TEST_NO_SUCH_KEY/);
  });

  it('an honest unflagged audit the hook wrote stays closed', () => {
    tightenTo12Hours();
    const files = repo.filesAtHead(AUDITS);
    expect(files.map((file) => (parse(repo.read(file)) as { regression_flag: boolean }).regression_flag)).toEqual([false, false]);
    const checked = repo.cli(['check']);
    expect(checked.code, checked.stdout).toBe(0);
  });
});

describe('an unflagged audit written by hand as a move that kept its text', () => {
  it('is judged again unless git shows a move: another clause holding the weak text before is no move onto this one', () => {
    // A clause of the weak text, added (a new clause is not flagged), so the parent holds that text somewhere.
    repo.write('codex/security/old-rotation.md', clause('within 7 days'));
    expect(repo.commit('another rotation rule', '2026-01-03', { env: BOB }).code).toBe(0);
    const file = lowerAndCommit('within 7 days', '2026-01-04', (text) => {
      const newHash = /^new_hash: (.+)$/m.exec(text)![1]!;
      return text.replace('regression_flag: true', 'regression_flag: false').replace(/^previous_hash: .+$/m, `previous_hash: ${newHash}`).replace(/^(path: .+)$/m, '$1\nrenamed_from: security/old-rotation');
    });
    expect(repo.showHead(file)).toContain('renamed_from: security/old-rotation');
    const checked = repo.cli(['check', '--since', base]);
    expect(checked.code, checked.stdout).toBe(1);
    expect(checked.stdout).toContain(file);
    expect(checked.stdout).toContain('regression_flag was written false but the guard flags this change: number-changed');
  });
});
