import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createRepo, gitIn, mustSucceed, promptFile, type TestRepo } from '../../test-utils/repo.ts';

// What adopters keep under prompts/ besides prompt files: a symbolic link, a git submodule (a
// shared prompt library), an executable file, a 5 MB file, a PNG. Each gets a clear answer from the
// hook, record --all, check and backfill: recorded, skipped with a warning, or blocked naming the
// file and the fix; never exit 70, nothing half-written.

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from('IHDR'), Buffer.alloc(2000, 7)]);

let repo: TestRepo;
let library: string;
beforeAll(() => {
  repo = createRepo();
  // A glob that takes every file under prompts/, as a team that keeps only prompts there writes it.
  repo.write('.promptvault.yaml', "prompts: ['prompts/**']\n");
  repo.write('prompts/a.md', promptFile({ title: 'A' }, 'Greet the customer.'));
  expect(repo.commit('first prompt', '2026-01-02').code).toBe(0);
  library = `${repo.dir}-library`;
  fs.mkdirSync(library);
  mustSucceed(gitIn(library, ['init', '-q', '-b', 'main']), 'git init');
  fs.writeFileSync(path.join(library, 'shared.md'), promptFile({ title: 'Shared' }, 'A prompt of the shared library.'));
  mustSucceed(gitIn(library, ['add', '.']), 'git add');
  mustSucceed(gitIn(library, ['commit', '-qm', 'library'], { env: as('Lib', 'lib@example.com') }), 'git commit');
});
afterAll(() => {
  repo?.cleanup();
  fs.rmSync(library, { recursive: true, force: true });
});

const staged = () => repo.git(['diff', '--cached', '--name-only']).stdout;

describe('unusual entries under prompts/ get a clear answer, never exit 70', () => {
  it('records an executable prompt file (mode 100755) like any other', () => {
    repo.write('prompts/exec.md', promptFile({ title: 'Exec' }, 'Run the checklist.'));
    fs.chmodSync(path.join(repo.dir, 'prompts/exec.md'), 0o755);
    const result = repo.commit('executable prompt', '2026-01-03');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout + result.stderr).toContain('exec v1');
    // A change of mode alone is no new text: no new version.
    fs.chmodSync(path.join(repo.dir, 'prompts/exec.md'), 0o644);
    const mode = repo.commit('not executable after all', '2026-01-03T12:00:00Z');
    expect(mode.code, mode.stderr).toBe(0);
    expect(repo.addedInHead('vault/')).toEqual([]);
  });

  it('skips a symbolic link with a warning naming it and the prompt it points to', () => {
    fs.symlinkSync('a.md', path.join(repo.dir, 'prompts/link.md'));
    const result = repo.commit('a link', '2026-01-04');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('prompts/link.md: is a symbolic link to prompts/a.md; skipped (promptvault records prompts/a.md as a prompt at its own path, never the link)');
  });

  it('skips a git submodule with a warning naming it in the hook and record --all', () => {
    const added = repo.git(['-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', library, 'prompts/library']);
    expect(added.code, added.stderr).toBe(0);
    const result = repo.commit('the shared library as a submodule', '2026-01-05');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('prompts/library: is a git submodule; skipped');
    expect(repo.filesAtHead('prompts/')).toContain('prompts/library');
    const all = repo.cli(['record', '--all']);
    expect(all.code, all.stderr).toBe(0);
    expect(all.stderr).toContain('prompts/library: is a git submodule; skipped');
    repo.git(['reset', '-q', '--hard']);
  });

  it('blocks a PNG the globs take, naming it, with nothing written', () => {
    repo.write('prompts/logo.png', PNG);
    const result = repo.commit('a logo', '2026-01-06');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('prompts/logo.png:3: is a binary file (it contains a NUL byte)');
    expect(result.stderr).toContain('nothing was written');
    expect(staged()).toBe('prompts/logo.png\n');
    repo.git(['rm', '-q', '--cached', 'prompts/logo.png']);
    repo.remove('prompts/logo.png');
  });

  it('blocks a 5 MB prompt over max_prompt_bytes, naming it and the setting, with nothing written', () => {
    const big = promptFile({ title: 'Big' }, 'A long line of a long prompt, repeated.\n'.repeat(130_000));
    expect(big.length).toBeGreaterThan(5_000_000);
    repo.write('prompts/big.md', big);
    const result = repo.commit('a huge prompt', '2026-01-07');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/prompts\/big\.md: is 5\.\d MB, over the limit of 1\.0 MB \(max_prompt_bytes: 1048576\)/);
    expect(staged()).toBe('prompts/big.md\n');
    expect(repo.git(['status', '--porcelain', '--', 'vault/']).stdout).toBe('');
  });

  it('records the 5 MB prompt once the limit is raised', () => {
    repo.write('.promptvault.yaml', "prompts: ['prompts/**']\nmax_prompt_bytes: null\n");
    const result = repo.commit('a huge prompt, limit lifted', '2026-01-08');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout + result.stderr).toContain('big v1');
    expect(repo.cli(['check']).code).toBe(0);
  });
});

// A repository adopting promptvault with the shared library already a submodule under prompts/:
// backfill replays the commit that added it, check reads the tree at HEAD; each says what the hook says.
describe('check and backfill warn of a git submodule under a prompts glob, as the hook does', () => {
  let adopter: TestRepo;
  beforeAll(() => {
    adopter = createRepo({ hooks: false });
    adopter.write('.promptvault.yaml', "prompts: ['prompts/**']\n");
    adopter.write('prompts/a.md', promptFile({ title: 'A' }, 'Greet the customer.'));
    expect(adopter.commit('first prompt', '2026-02-01').code).toBe(0);
    const added = adopter.git(['-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', library, 'prompts/library']);
    expect(added.code, added.stderr).toBe(0);
    expect(adopter.commit('the shared library as a submodule', '2026-02-02').code).toBe(0);
  });
  afterAll(() => adopter?.cleanup());

  it('backfill --from a commit whose tree already holds the submodule warns of it once, and records the prompts beside it', () => {
    const backfill = adopter.cli(['backfill', '--from', 'HEAD']);
    expect(backfill.code, backfill.stderr).toBe(0);
    expect(backfill.stderr.split('prompts/library: is a git submodule; skipped').length).toBe(2);
    expect(adopter.git(['diff', '--cached', '--name-only', '--', 'vault/']).stdout).toContain('vault/checkpoints/a/');
    // Left unstaged and removed: the next test backfills the whole history.
    adopter.git(['rm', '-r', '-q', '--cached', 'vault']);
    fs.rmSync(path.join(adopter.dir, 'vault'), { recursive: true, force: true });
  });

  it('backfill replays the commit adding the submodule with the warning naming it, and records the prompts beside it', () => {
    const backfill = adopter.cli(['backfill']);
    expect(backfill.code, backfill.stderr).toBe(0);
    expect(backfill.stderr).toContain('prompts/library: is a git submodule; skipped');
    expect(backfill.stdout).toContain('2 commits replayed');
    expect(adopter.git(['diff', '--cached', '--name-only', '--', 'vault/']).stdout).toContain('vault/checkpoints/a/');
    expect(adopter.git(['diff', '--cached', '--name-only', '--', 'vault/']).stdout).not.toContain('library');
    expect(adopter.commit('backfill', '2026-02-03').code).toBe(0);
  });

  it('check passes with the warning naming the submodule, and says nothing of it with --since a commit that did not change it', () => {
    const check = adopter.cli(['check']);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(check.stdout + check.stderr).toContain('prompts/library: is a git submodule; skipped');
    const since = adopter.cli(['check', '--since', 'HEAD~1']);
    expect(since.code, since.stdout + since.stderr).toBe(0);
    expect(since.stdout + since.stderr).not.toContain('prompts/library: is a git submodule');
  });
});
