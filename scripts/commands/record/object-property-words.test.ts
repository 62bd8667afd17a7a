// Words that are Object's property names ("constructor", "toString", "hasOwnProperty", "valueOf",
// "__proto__") written where promptvault looks words up outside the guard's own tables (which
// _word-table.ts builds): a clause's declared tone, a clause's and a prompt's text, ids and label
// names. A clause declaring `tone: constructor` recorded, and the hook then stopped at its next
// edit with "internal error ... a bug in promptvault" (exit 70): the tone's synonym table read
// Object's constructor as a list of tones (an installed tarball, reproduced before the fix).
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createRepo, promptFile } from '../../test-utils/repo.ts';

const clause = (tone: string, modal: string) => promptFile({ title: 'Constructor calls', tone }, `The constructor ${modal} call toString before hasOwnProperty and valueOf.`);

describe('words that are Object\'s property names', () => {
  it('a clause whose declared tone is such a word: recorded, edited and audited, the tone read as no known one', () => {
    const repo = createRepo();
    repo.write('codex/constructor/__proto__.md', clause('constructor', 'must'));
    repo.write('prompts/toString.md', promptFile({ title: 'toString', tone: 'toString', codex: ['constructor/__proto__'] }, 'You answer about toString and hasOwnProperty. Never share data.'));
    expect(repo.commit('clause and prompt', '2026-01-02').code).toBe(0);
    repo.write('codex/constructor/__proto__.md', clause('constructor', 'may'));
    const edited = repo.commit('the constructor rule optional', '2026-01-03');
    expect(edited.code, edited.stderr).toBe(0);
    expect(edited.stderr).not.toContain('internal error');
    const [audit] = repo.addedInHead('vault/audits/');
    const recorded = parse(repo.showHead(audit!)) as { regression_flag: boolean; reasons: { code: string; message: string }[] };
    // "must" -> "may" is the loosening it is; no tone reason from a tone no table knows.
    expect(recorded.regression_flag).toBe(true);
    expect(recorded.reasons.map((reason) => reason.code)).not.toContain('tone-mismatch');
    expect(recorded.reasons.map((reason) => reason.message).join('\n')).not.toMatch(/function|native code|undefined|NaN/);
  });

  it('labels named so, on a prompt whose id is one: set, listed and checked', () => {
    const repo = createRepo();
    repo.write('prompts/constructor.md', promptFile({ title: 'constructor' }, 'You answer about constructors. Never share data.'));
    expect(repo.commit('constructor prompt', '2026-01-02').code).toBe(0);
    for (const label of ['constructor', 'toString', 'hasOwnProperty', 'valueOf']) expect(repo.cli(['label', 'set', label, 'constructor@1']).code).toBe(0);
    expect(repo.commit('labels', '2026-01-03', { add: false }).code).toBe(0);
    const listed = repo.cli(['label', 'list']);
    expect(listed.stdout.trim().split('\n').map((line) => line.split(/\s+/).slice(0, 2).join(' '))).toEqual(['constructor constructor', 'hasOwnProperty constructor', 'toString constructor', 'valueOf constructor']);
    const checked = repo.cli(['check']);
    expect(checked.code, checked.stdout + checked.stderr).toBe(0);
  });
});
