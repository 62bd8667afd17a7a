import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { copyRepo, createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

let repo: TestRepo;
afterEach(() => repo?.cleanup());

const GOOD = promptFile({ title: 'Refund request', assistant: 'support-bot', tags: ['billing'] }, 'Help the customer with a refund.');

// The repo holding one good prompt and a clause, committed through the hook once: `attempt` copies it.
let base: TestRepo;
beforeAll(() => {
  base = createRepo();
  base.write('prompts/support/refund.md', GOOD);
  base.write('codex/privacy.md', '---\ntitle: Privacy\n---\nNever share account numbers.\n');
  expect(base.commit('base', '2026-01-02').code).toBe(0);
});
afterAll(() => base?.cleanup());

/** Commits `files` on top of a repo holding one good prompt; returns git's result and the state after. */
function attempt(files: Record<string, string | Uint8Array>) {
  repo = copyRepo(base);
  const before = repo.git(['rev-parse', 'HEAD']).stdout;
  for (const [file, content] of Object.entries(files)) repo.write(file, content);
  const result = repo.commit('bad change', '2026-01-03');
  const output = (result.stdout + result.stderr).replaceAll(repo.dir, '<repo>');
  return {
    result,
    output,
    headMoved: repo.git(['rev-parse', 'HEAD']).stdout !== before,
    stagedRecords: repo.git(['diff', '--cached', '--name-only', '--', 'vault/']).stdout,
  };
}

function expectBlocked(outcome: ReturnType<typeof attempt>) {
  expect(outcome.result.code).not.toBe(0);
  expect(outcome.headMoved).toBe(false);
  expect(outcome.stagedRecords).toBe('');
  // No stack trace for a user's mistake: of the sources (.ts) or of the bundle the hook runs (.js).
  expect(outcome.output).not.toMatch(/\n\s+at .*\.[cm]?[jt]s:\d+/);
}

describe('bad input blocks the commit with a clear error and touches nothing', () => {
  it('rejects a forked_from that names no prompt', () => {
    const outcome = attempt({ 'prompts/copy.md': promptFile({ title: 'Copy', forked_from: 'support/refnud' }, 'Body') });
    expectBlocked(outcome);
    expect(outcome.output).toContain('prompts/copy.md:3: forked_from names "support/refnud", but no prompt has that id');
    expect(outcome.output).toContain('expected: an existing prompt id, e.g. "support/refund"');
  });

  it('suggests the prompt of that file name when forked_from names it without its folders', () => {
    // A monorepo's ids carry the package folders (`shared/prompts/apology`); a colleague writes the
    // file's own name. A short unrelated id is closer by edit distance than the long right one.
    const outcome = attempt({
      'prompts/shared/prompts/apology.md': promptFile({ title: 'Apology' }, 'Say sorry for the delay.'),
      'prompts/x.md': promptFile({ title: 'X' }, 'Short.'),
      'prompts/apology-vip.md': promptFile({ title: 'VIP apology', forked_from: 'apology' }, 'Say sorry, warmly.'),
    });
    expectBlocked(outcome);
    expect(outcome.output).toContain('prompts/apology-vip.md:3: forked_from names "apology", but no prompt has that id');
    expect(outcome.output).toContain('expected: an existing prompt id, e.g. "shared/prompts/apology"');
  });

  it('rejects a codex id that names no clause', () => {
    const outcome = attempt({ 'prompts/cites.md': promptFile({ title: 'Cites', codex: ['privacy', 'security/keys'] }, 'Body') });
    expectBlocked(outcome);
    expect(outcome.output).toContain('prompts/cites.md:3: codex names the clause "security/keys", but no clause has that id');
  });

  it('says a codex id is probably misread front matter when the front matter is not valid YAML', () => {
    const outcome = attempt({ 'prompts/cites.md': '---\ntitle: Cites\ncodex: [refunds/policy\n---\nBody\n' });
    expectBlocked(outcome);
    expect(outcome.output).toContain('prompts/cites.md:3: codex names the clause "[refunds/policy", but no clause has that id; the front matter is not valid YAML (prompts/cites.md:');
    expect(outcome.output).toContain('so this id is probably a misreading of it');
    expect(outcome.output).toContain('the front matter is probably at fault: correct the YAML at prompts/cites.md:');
    expect(outcome.output).not.toContain('add codex/[refunds/policy.md');
  });

  it('names a mistyped codex id with the nearest clause when the YAML broke on another line, and the YAML too', () => {
    // `codex:` read cleanly, `tags:` two lines down unclosed: the id is a typo of its own, not a
    // misreading, and one message names both fixes so the author is not sent round twice.
    const outcome = attempt({ 'prompts/cites.md': '---\ntitle: Cites\ncodex: [privcy]\ntags: [billing\n---\nBody\n' });
    expectBlocked(outcome);
    expect(outcome.output).toContain('prompts/cites.md:3: codex names the clause "privcy", but no clause has that id\n');
    expect(outcome.output).toContain('expected: an existing clause id, e.g. "privacy"');
    expect(outcome.output).toContain('fix: correct the id, or add codex/privcy.md; correct the YAML at prompts/cites.md:4 too (front matter is not valid YAML');
    expect(outcome.output).not.toContain('probably a misreading');
  });

  it('rejects a front-matter id that climbs out of its folder', () => {
    const outcome = attempt({ 'prompts/escape.md': "---\ntitle: Escape\nid: '../../etc/passwd'\n---\nBody\n" });
    expectBlocked(outcome);
    expect(outcome.output).toContain('prompts/escape.md:3: id: "../../etc/passwd" is not a prompt id');
    expect(outcome.output).toContain('expected: id: support/refund');
  });

  it('rejects two prompts with the same front-matter id', () => {
    const outcome = attempt({
      'prompts/a.md': promptFile({ title: 'A', id: 'shared-id' }, 'Body A'),
      'prompts/b.md': promptFile({ title: 'B', id: 'shared-id' }, 'Body B'),
    });
    expectBlocked(outcome);
    expect(outcome.output).toMatch(/prompts\/[ab]\.md:3: front matter id "shared-id" is already used by prompts\/[ab]\.md/);
  });

  it('rejects two files that give the same prompt id', () => {
    repo = createRepo();
    fs.writeFileSync(path.join(repo.dir, '.promptvault.yaml'), "prompts: ['prompts/**/*.md', 'prompts/**/*.prompt']\n");
    repo.write('prompts/refund.md', GOOD);
    repo.write('prompts/refund.prompt', GOOD);
    const result = repo.commit('two refunds', '2026-01-02');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('gives the prompt id "refund", which prompts/refund.md already has');
  });

  it('rejects a second id written alike with other Unicode code points (é as one character, as e and an accent), saying so', () => {
    const outcome = attempt({ 'prompts/caf\u00e9.md': promptFile({ title: 'Cafe' }, 'Serve coffee.'), 'prompts/cafe\u0301.md': promptFile({ title: 'Cafe again' }, 'Serve tea.') });
    expectBlocked(outcome);
    expect(outcome.output).toMatch(/gives the prompt id "caf.+", which is "caf.+" \(prompts\/caf.+\.md\) written with other Unicode code points \(an accented letter as one character in one name, as a letter and a combining accent in the other\)/);
    expect(outcome.output).not.toContain('differs only by letter case');
  });

  it('rejects a second id differing only by letter case, naming both files, as macOS and Windows checkouts would merge them', () => {
    const outcome = attempt({ 'prompts/Support/Refund.md': promptFile({ title: 'Refund, again' }, 'Help with refunds.') });
    expectBlocked(outcome);
    expect(outcome.output).toContain('prompts/Support/Refund.md: gives the prompt id "Support/Refund", which differs only by letter case from "support/refund" (prompts/support/refund.md): on macOS and Windows, whose file systems ignore case, the two files and their record folders under vault/ are one');
    expect(outcome.output).toContain('fix: rename one of prompts/support/refund.md, prompts/Support/Refund.md (git mv), or remove one of them');
    // An edit of a file whose id is alone in its case passes as ever.
    repo.git(['rm', '-q', '--cached', 'prompts/Support/Refund.md']);
    repo.remove('prompts/Support/Refund.md');
    repo.write('prompts/support/refund.md', GOOD.replace('a refund', 'a full refund'));
    expect(repo.commit('edit', '2026-01-04').code).toBe(0);
  });

  it('rejects a binary file in prompts/', () => {
    const outcome = attempt({ 'prompts/logo.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]) });
    expectBlocked(outcome);
    expect(outcome.output).toContain('prompts/logo.md:3: is a binary file (it contains a NUL byte)');
    expect(outcome.output).toContain('fix: replace prompts/logo.md with text, or leave it out of the prompts and codex globs in .promptvault.yaml');
  });

  it('rejects a file that is not UTF-8, naming the line of the bad byte', () => {
    const latin1 = Buffer.concat([Buffer.from('---\ntitle: Caf'), Buffer.from([0xe9]), Buffer.from('\n---\nBody\n')]);
    const outcome = attempt({ 'prompts/cafe.md': latin1 });
    expectBlocked(outcome);
    expect(outcome.output).toContain('prompts/cafe.md:2: is not valid UTF-8 (invalid byte 0xe9');
    expect(outcome.output).toContain('iconv -f latin1 -t utf-8 prompts/cafe.md');
  });

  it('never executes a JavaScript front matter block', () => {
    const marker = path.join(repo?.dir ?? '/tmp', 'never');
    const outcome = attempt({
      'prompts/evil.md': `---js\n{ title: require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran') }\n---\nBody\n`,
    });
    expectBlocked(outcome);
    expect(outcome.output).toContain('prompts/evil.md:1: front matter language "js" is not allowed: front matter is data and is never executed');
    expect(fs.existsSync(marker)).toBe(false);
    expect(fs.existsSync(path.join(repo.dir, 'never'))).toBe(false);
  });

  it('refuses YAML tags that would construct code', () => {
    const outcome = attempt({ 'prompts/tagged.md': '---\ntitle: !!js/function "function () { return 1 }"\n---\nBody\n' });
    expectBlocked(outcome);
    expect(outcome.output).toContain('prompts/tagged.md:2: front matter is not valid YAML');
  });

  it('refuses a clause whose front matter nests 3,000 levels deep in the same words, naming the line of the key that nests', () => {
    const outcome = attempt({ 'codex/deep.md': `---\ntitle: Deep rule\n${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} 1\n---\nNever share account numbers.\n` });
    expectBlocked(outcome);
    expect(outcome.output).toMatch(/codex\/deep\.md:3: front matter is not valid YAML: its values nest thousands of levels deep, more than the YAML reader follows\n[^]*  fix: write the nested value flat/);
    // The same line from `record --all`, whose stack is deeper when the reader runs out of it.
    expect(repo.cli(['record', '--all']).stderr).toContain('codex/deep.md:3: front matter is not valid YAML: its values nest');
  });

  it('lists every problem at once', () => {
    const outcome = attempt({
      'prompts/one.md': promptFile({ title: 'One', forked_from: 'nope' }, 'Body'),
      'prompts/two.md': '---\ncodex: { not: an id list }\n---\nBody\n',
    });
    expectBlocked(outcome);
    expect(outcome.output).toContain('2 problems to fix first (nothing was written)');
    expect(outcome.output).toContain('prompts/one.md');
    expect(outcome.output).toContain('prompts/two.md');
  });

  it('reports an invalid configuration file with its line', () => {
    repo = createRepo();
    fs.writeFileSync(path.join(repo.dir, '.promptvault.yaml'), 'tokenizer: gpt2\n');
    repo.write('prompts/a.md', GOOD);
    const result = repo.commit('bad config', '2026-01-02');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('.promptvault.yaml:1: tokenizer: Invalid option: expected one of "o200k_base"|"cl100k_base"|"p50k_base"|"r50k_base"');
  });
});

function recorded(outcome: ReturnType<typeof attempt>) {
  expect(outcome.result.code, outcome.output).toBe(0);
  expect(outcome.headMoved).toBe(true);
  expect(outcome.output).not.toContain('internal error');
}

describe('what tools accept but strict YAML or promptvault would not is recorded with a warning', () => {
  it('reads malformed front matter line by line and names the line in a warning', () => {
    const outcome = attempt({ 'prompts/support/broken.md': '---\ntitle: Broken\ntags: [billing\nassistant: bot\n---\nBody\n' });
    recorded(outcome);
    expect(outcome.output).toContain('prompts/support/broken.md:4: front matter is not valid YAML');
    expect(outcome.output).toContain('read line by line as "key: value"');
    const checkpoint = repo.showHead(repo.filesAtHead('vault/checkpoints/support/broken')[0]!);
    expect(checkpoint).toContain('title: Broken');
    expect(checkpoint).toContain('assistant: bot');
  });

  it('reads front matter nested 5,000 levels deep line by line, with a warning naming the line and the fix, where it was an internal error', () => {
    const outcome = attempt({ 'prompts/support/deep.md': `---\ntitle: Deep\nassistant: bot\nexamples: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\nBody\n` });
    recorded(outcome);
    expect(outcome.output).toContain('prompts/support/deep.md:4: front matter is not valid YAML (its values nest thousands of levels deep, more than the YAML reader follows); read line by line as "key: value" instead, as the authoring tools do\n  fix: write the nested value flat (a list of plain values, a mapping of a few levels), or remove it');
    expect(repo.showHead(repo.filesAtHead('vault/checkpoints/support/deep')[0]!)).toContain('assistant: bot');
    expect(repo.cli(['check']).code).toBe(0);
  });

  it('records an empty prompt file and one with front matter only, warning of each with what is expected and the fix', () => {
    const outcome = attempt({ 'prompts/todo.md': '', 'prompts/header-only.md': '---\ntitle: Later\n---\n\n' });
    recorded(outcome);
    expect(outcome.output).toContain('prompts/todo.md: is empty: it is recorded as a version with no prompt text\n  expected: the prompt\'s text (after the front matter, if any), e.g. "You help customers with refunds."\n  fix: write the prompt\'s text; if prompts/todo.md is not a prompt, delete it or leave it out of the prompts globs in .promptvault.yaml');
    expect(outcome.output).toContain('prompts/header-only.md: has no prompt text (front matter or blank lines only): it is recorded as a version with no prompt text');
    expect(repo.filesAtHead('vault/checkpoints/todo')).toHaveLength(1);
    expect(repo.filesAtHead('vault/checkpoints/header-only')).toHaveLength(1);
  });

  it('records a prompt stored as a Git LFS pointer as the pointer, saying so with the fix', () => {
    // What git holds for a file .gitattributes sends through `filter=lfs` (the work tree has the text).
    const pointer = 'version https://git-lfs.github.com/spec/v1\noid sha256:06f995f4ad208f31c9c8009fc1b5943dea6b9d11ccce91a00d792e7e1b74a059\nsize 59\n';
    const outcome = attempt({ 'prompts/big/contract.md': pointer });
    recorded(outcome);
    expect(outcome.output).toContain('prompts/big/contract.md: is a Git LFS pointer in git (.gitattributes has `filter=lfs` for it): the prompt\'s text is in LFS storage, which promptvault does not read, so the pointer\'s three lines are recorded as the prompt');
    expect(outcome.output).toContain('fix: keep prompts out of LFS: remove the .gitattributes line that tracks prompts/big/contract.md (`git lfs untrack <pattern>`), then `git add --renormalize prompts/big/contract.md` and commit');
    expect(repo.filesAtHead('vault/checkpoints/big/contract')).toHaveLength(1);
  });

  it('records a prompt without a title or with comma-separated tags, titled by its file name', () => {
    const outcome = attempt({ 'prompts/untitled.md': '---\nassistant: bot\ntags: billing, refunds\n---\nBody\n' });
    recorded(outcome);
    const checkpoint = repo.showHead(repo.filesAtHead('vault/checkpoints/untitled')[0]!);
    expect(checkpoint).toContain('title: untitled');
    expect(checkpoint).toMatch(/tags:\n\s+- billing\n\s+- refunds/);
    expect(checkpoint).toContain('kind: markdown');
  });

  it('skips a symbolic link to a file no glob takes, saying that nothing records its text and the glob that would', () => {
    repo = createRepo();
    repo.write('.promptvault.yaml', "prompts: ['prompts/**/*.md']\n");
    repo.write('shared/refund.md', GOOD);
    fs.mkdirSync(path.join(repo.dir, 'prompts'), { recursive: true });
    fs.symlinkSync('../shared/refund.md', path.join(repo.dir, 'prompts/refund.md'));
    const result = repo.commit('link a prompt', '2026-01-02');
    expect(result.code, result.stderr).toBe(0);
    // It said "promptvault records the file it points to at that file's own path" and "fix: nothing to do":
    // nothing recorded shared/refund.md, and its edits went unrecorded.
    const said = 'prompts/refund.md: is a symbolic link to shared/refund.md, which no `prompts` or `codex` glob takes: skipped, and nothing records its text (promptvault never records a link)';
    expect(result.stderr).toContain(said);
    expect(result.stderr).toContain('fix: add a glob that takes shared/refund.md to `prompts:` in .promptvault.yaml, or replace the link with a copy to record it here');
    expect(repo.filesAtHead('vault/').filter((file) => file !== 'vault/README.md')).toEqual([]);
    const checked = repo.cli(['check']);
    expect(checked.code).toBe(0);
    expect(checked.stdout + checked.stderr).toContain(said);
  });

  it('keeps no carriage return from a CRLF file and parses a flow list on its last front-matter line', () => {
    const outcome = attempt({ 'prompts/crlf.md': '---\r\ntitle: CRLF\r\ntags: [a, b]\r\n---\r\nBody\r\n' });
    recorded(outcome);
    const checkpoint = repo.showHead(repo.filesAtHead('vault/checkpoints/crlf')[0]!);
    expect(checkpoint).toContain('title: CRLF\n');
    expect(checkpoint).not.toContain('\\r');
    expect(checkpoint).toMatch(/tags:\n\s+- a\n\s+- b/);
  });

  it('records a CRLF -> LF change as a version tagged @line-endings, with no trait changed', () => {
    const outcome = attempt({ 'prompts/crlf.md': '---\r\ntitle: CRLF\r\n---\r\nHelp the customer.\r\nBe brief.\r\n' });
    recorded(outcome);
    repo.write('prompts/crlf.md', '---\ntitle: CRLF\n---\nHelp the customer.\nBe brief.\n');
    const converted = repo.commit('normalise line endings', '2026-01-04');
    expect(converted.code, converted.stderr).toBe(0);
    expect(converted.stderr).toMatch(/crlf v2·[0-9a-f]{6} \(edit from crlf@v1·[0-9a-f]{6}\) @line-endings\n/);
    const mutation = repo.showHead(repo.addedInHead('vault/mutations/crlf')[0]!);
    expect(mutation).toContain('symbolic_tags:\n  - "@line-endings"');
    // A real edit is not tagged so, even when its token count stays.
    repo.write('prompts/crlf.md', '---\ntitle: CRLF\n---\nHelp the client.\nBe brief.\n');
    const edited = repo.commit('reword', '2026-01-05');
    expect(edited.stderr).not.toContain('@line-endings');
    expect(repo.cli(['check']).code).toBe(0);
  });

  it('refuses a prompt over max_prompt_bytes, naming the file and the limit', () => {
    repo = createRepo();
    fs.writeFileSync(path.join(repo.dir, '.promptvault.yaml'), 'max_prompt_bytes: 1000\n');
    repo.write('prompts/big.md', `---\ntitle: Big\n---\n${'word '.repeat(400)}\n`);
    const result = repo.commit('big prompt', '2026-01-02');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('prompts/big.md: is 2 KB, over the limit of 1 KB (max_prompt_bytes: 1000)');
  });
});
