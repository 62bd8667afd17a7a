// An own tag named as a tag the recorder derives (`PROMPTVAULT_TAGS="@new"` on an edit): recorded
// after the derived ones in one list, it could not be told from them, and `git commit --amend`
// (which keeps the replaced version's own tags: amend-own-tags.test.ts) dropped it where the
// amended text did not derive it. Such names are now refused as own tags, at the commit and by
// `promptvault tag`, naming the tag and the fix. Through real commits and the hook.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

const REFUND = 'prompts/support/refund.md';
const refund = (body: string) => promptFile({ title: 'Refund' }, body);

let repo: TestRepo;
beforeAll(() => {
  repo = createRepo();
  repo.write(REFUND, refund('Help the customer with a refund.'));
  expect(repo.commit('refund', '2026-01-02').code).toBe(0);
});
afterAll(() => repo?.cleanup());

const ownTagsOfLatest = () => {
  const files = repo.filesAtHead('vault/mutations/support/refund/').sort();
  return (parse(repo.showHead(files.at(-1)!)) as { symbolic_tags: string[] }).symbolic_tags;
};

describe('an own tag named as a derived tag', () => {
  it('PROMPTVAULT_TAGS="@tested @new" on an edit is refused, naming @new and what to do, and nothing is committed', () => {
    const head = repo.git(['rev-parse', 'HEAD']).stdout;
    repo.write(REFUND, refund('Help the customer with a refund. Be brief and polite, and thank them.'));
    const refused = repo.commit('refund: brief', '2026-01-03', { env: { PROMPTVAULT_TAGS: '@tested @new' } });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('PROMPTVAULT_TAGS holds "@new", not an own tag: promptvault gives those tags itself');
    expect(refused.stderr).toContain('a `git commit --amend` would drop it');
    expect(refused.stderr).toContain('Nothing was written: fix the variable, and commit again.');
    expect(repo.git(['rev-parse', 'HEAD']).stdout).toBe(head);
    expect(repo.git(['diff', '--cached', '--name-only', '--', 'vault/']).stdout).toBe('');
  });

  it('`promptvault tag @length+` is refused the same way, and writes no tags for the next commit', () => {
    const tagged = repo.cli(['tag', '@tested', '@length+']);
    expect(tagged.code).toBe(2);
    expect(tagged.stderr).toContain('not an own tag: @length+; promptvault gives those tags itself');
    expect(repo.exists('.git/promptvault/next-tags')).toBe(false);
  });

  it('a tags file an older `promptvault tag` left with such a name is refused at the commit, naming the file', () => {
    repo.write('.git/promptvault/next-tags', '@merge\n');
    const refused = repo.commit('refund: brief', '2026-01-03');
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('.git/promptvault/next-tags (from `promptvault tag`) holds "@merge", not an own tag');
    expect(refused.stderr).toContain('delete .git/promptvault/next-tags and give your tags again with `promptvault tag`');
    repo.remove('.git/promptvault/next-tags');
  });

  it('an own name is recorded, and kept by an amend of the text', () => {
    expect(repo.commit('refund: brief', '2026-01-03', { env: { PROMPTVAULT_TAGS: '@tested' } }).code).toBe(0);
    expect(ownTagsOfLatest()).toContain('@tested');
    repo.write(REFUND, refund('Help the customer with a refund. Be brief and polite, and thank them warmly.'));
    expect(repo.commit('refund: brief', '2026-01-03', { args: ['--amend'] }).code).toBe(0);
    expect(ownTagsOfLatest()).toContain('@tested');
    expect(repo.cli(['check']).code).toBe(0);
  });
});
