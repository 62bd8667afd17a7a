import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';
import { stageInProcess } from './stage-in-process-fs.ts';

// A recording commit stages its records without `git update-index` (stage-in-process-fs.ts). What
// it writes must be what git writes: the index, byte for byte (entries, their stat data, the TREE
// cache invalidated as git does, the version git would choose), and objects git can read. Each
// case stages the same files into two copies of one index, one by git and one here, and compares
// the bytes, then what `git status`, `git diff --cached`, `git fsck`, `git write-tree` and
// `git commit` make of each. Whatever could come out otherwise is left to git, and each such case
// is shown to be left to it, with the index untouched.

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.cleanup()));

/** A repository with folders at several depths, odd names, a committed history, so a full TREE cache. */
function buildRepo(version: 2 | 3 | 4): { repo: TestRepo; gitdir: string } {
  const repo = createRepo({ hooks: false });
  repos.push(repo);
  const files: Record<string, string> = {
    'README.md': 'readme\n',
    'prompts/refund.md': 'Refund prompt\n',
    'prompts/sp ace/ünïcode.md': 'odd names\n',
    'src/a/b/c/deep.ts': 'export const deep = 1;\n',
    'src/a-b/sibling.ts': 'export const sibling = 1;\n',
    'vault/mutations/prompts/refund/0001-aaaaaaaaaaaa.yaml': 'kind: new\n',
    'vault/checkpoints/prompts/refund/0001-aaaaaaaaaaaa.yaml': 'version: 1\n',
    'vault/mutations/prompts/refund-2/0001-bbbbbbbbbbbb.yaml': 'kind: new\n',
    'vault/checkpoints/prompts/refund-2/0001-bbbbbbbbbbbb.yaml': 'version: 1\n',
    'vault/mutations/prompts/refund/b/0001-cccccccccccc.yaml': 'a longer id\n',
    'zz/last.txt': 'last\n',
  };
  for (const [file, text] of Object.entries(files)) repo.write(file, text);
  expect(repo.commit('history', '2026-01-02').code).toBe(0);
  if (version === 3) {
    // An entry with extended flags (intent-to-add) keeps git at version 3.
    repo.write('notes/later.md', 'later\n');
    expect(repo.git(['add', '-N', 'notes/later.md']).code).toBe(0);
  }
  expect(repo.git(['update-index', '--index-version', String(version)]).code).toBe(0);
  return { repo, gitdir: repo.git(['rev-parse', '--absolute-git-dir']).stdout.trim() };
}

/** The same index file twice, one staged by git and one here, as git sees each. */
function stageBothWays(repo: TestRepo, gitdir: string, paths: string[]) {
  const copy = (name: string) => {
    const file = path.join(gitdir, name);
    fs.copyFileSync(path.join(gitdir, 'index'), file);
    // The index's own time is the one racily clean entries are judged by: the same for both copies.
    const time = fs.statSync(path.join(gitdir, 'index')).mtime;
    fs.utimesSync(file, time, time);
    return file;
  };
  const byGit = copy('index-by-git');
  const here = copy('index-here');
  const original = fs.readFileSync(here);
  // The paths as arguments: what the hook feeds update-index on stdin, the same command.
  const git = repo.git(['update-index', '--add', '--remove', '--', ...paths], { env: { GIT_INDEX_FILE: byGit } });
  if (git.code !== 0) throw new Error(git.stderr);
  const result = stageInProcess({ dir: repo.dir, gitdir, env: { HOME: repo.dir, GIT_CONFIG_NOSYSTEM: '1', GIT_INDEX_FILE: here } }, paths);
  const view = (index: string) => {
    const env = { GIT_INDEX_FILE: index };
    return {
      entries: repo.git(['ls-files', '-s', '--debug'], { env }).stdout,
      status: repo.git(['-c', 'core.quotePath=false', 'status', '--porcelain', '--untracked-files=all'], { env }).stdout,
      staged: repo.git(['diff', '--cached', 'HEAD'], { env }).stdout,
      tree: repo.git(['write-tree'], { env }).stdout.trim(),
    };
  };
  return { result, byGit, here, view, original };
}

describe('staging records in this process writes the index git update-index writes', () => {
  for (const version of [2, 3, 4] as const) {
    describe(`index version ${version}`, () => {
      const { repo, gitdir } = buildRepo(version);
      const cases: [string, () => string[]][] = [
        ['two records beside existing ones', () => {
          repo.write('vault/mutations/prompts/refund/0002-dddddddddddd.yaml', 'kind: edit\n');
          repo.write('vault/checkpoints/prompts/refund/0002-dddddddddddd.yaml', 'version: 2\n');
          return ['vault/mutations/prompts/refund/0002-dddddddddddd.yaml', 'vault/checkpoints/prompts/refund/0002-dddddddddddd.yaml'];
        }],
        ['records in folders the index does not have yet, sorting first and last', () => {
          repo.write('vault/mutations/prompts/new/0001-eeeeeeeeeeee.yaml', 'kind: new\n');
          repo.write('!first.yaml', 'first\n');
          repo.write('zz/zzz/last.yaml', 'last\n');
          return ['vault/mutations/prompts/new/0001-eeeeeeeeeeee.yaml', '!first.yaml', 'zz/zzz/last.yaml'];
        }],
        ['a changed record, a removed one and one the index never had', () => {
          repo.write('vault/checkpoints/prompts/refund-2/0001-bbbbbbbbbbbb.yaml', 'version: 1\nchanged: true\n');
          repo.remove('vault/mutations/prompts/refund-2/0001-bbbbbbbbbbbb.yaml');
          return ['vault/checkpoints/prompts/refund-2/0001-bbbbbbbbbbbb.yaml', 'vault/mutations/prompts/refund-2/0001-bbbbbbbbbbbb.yaml', 'vault/mutations/prompts/never/0001-ffffffffffff.yaml'];
        }],
        ['only a path the index never had, removed (git still invalidates its folders)', () => ['vault/audits/gone/0001-000000000000.yaml']],
        ['an unchanged record (git leaves it and its folders alone) beside a new one with an odd name', () => {
          repo.write('prompts/sp ace/nëw ünïcode.md', 'odd\n');
          return ['vault/mutations/prompts/refund/0001-aaaaaaaaaaaa.yaml', 'prompts/sp ace/nëw ünïcode.md'];
        }],
        ['a record in the folder of a longer id', () => {
          repo.write('vault/mutations/prompts/refund/b/0002-abcabcabcabc.yaml', 'kind: edit\n');
          return ['vault/mutations/prompts/refund/b/0002-abcabcabcabc.yaml'];
        }],
      ];
      it.each(cases)('%s', (_, prepare) => {
        expect(fs.readFileSync(path.join(gitdir, 'index')).readUInt32BE(4)).toBe(version);
        const paths = prepare();
        const { result, byGit, here, view, original } = stageBothWays(repo, gitdir, paths);
        expect(result).toEqual({ staged: true });
        const written = fs.readFileSync(here);
        expect(written.equals(original)).toBe(false);
        expect(written.equals(fs.readFileSync(byGit))).toBe(true);
        expect(view(here)).toEqual(view(byGit));
        expect(repo.git(['fsck', '--no-dangling', '--no-progress'], { env: { GIT_INDEX_FILE: here } }).code).toBe(0);
        // Start the next case from the same committed state.
        repo.git(['reset', '-q', '--hard', 'HEAD']);
        repo.git(['clean', '-fdq']);
        if (version === 3) {
          repo.write('notes/later.md', 'later\n');
          repo.git(['add', '-N', 'notes/later.md']);
        }
      });

      it('commits what it staged, as git commit does', () => {
        repo.write('vault/mutations/prompts/refund/0003-121212121212.yaml', 'kind: edit\n');
        const { result, here } = stageBothWays(repo, gitdir, ['vault/mutations/prompts/refund/0003-121212121212.yaml']);
        expect(result).toEqual({ staged: true });
        fs.copyFileSync(here, path.join(gitdir, 'index'));
        expect(repo.git(['commit', '-q', '-m', 'records'], { date: '2026-01-04' }).code).toBe(0);
        expect(repo.git(['show', 'HEAD:vault/mutations/prompts/refund/0003-121212121212.yaml']).stdout).toBe('kind: edit\n');
        expect(repo.git(['status', '--porcelain']).stdout).toBe(version === 3 ? ' A notes/later.md\n' : '');
        expect(repo.git(['fsck', '--no-dangling', '--no-progress']).code).toBe(0);
      });
    });
  }
});

describe('staging into an index larger than the window it is read through', () => {
  // The index is read a window (256 KB) at a time, never whole: 1,500 records of long paths make
  // an index of about 400 KB, so entries cross the window's edge, and the changed paths sit in
  // its first and last windows.
  // The 1,500 records are written and committed once; the version 3 case takes the same repository
  // back to that commit and gives its index an intent-to-add entry, which keeps git at version 3
  // (git writes a version 3 index without extended flags as version 2: a commit of everything in a
  // version 3 index, as each case once made, left both cases reading a version 2 index).
  const name = (i: number) => `vault/mutations/prompts/${'long-folder-name-'.repeat(7)}${String(i).padStart(5, '0')}/0001-${String(i).padStart(12, '0')}.yaml`;
  let manyRecords: { repo: TestRepo; gitdir: string } | undefined;
  const withManyRecords = (version: 2 | 3) => {
    if (!manyRecords) {
      manyRecords = buildRepo(2);
      const { repo } = manyRecords;
      for (let i = 0; i < 1500; i++) repo.write(name(i), `kind: new\nrecord: ${i}\n`);
      expect(repo.commit('many records', '2026-01-03').code).toBe(0);
    } else {
      expect(manyRecords.repo.git(['reset', '-q', '--hard', 'HEAD']).code).toBe(0);
      expect(manyRecords.repo.git(['clean', '-fdq']).code).toBe(0);
    }
    const { repo, gitdir } = manyRecords;
    if (version === 3) {
      repo.write('notes/later.md', 'later\n');
      expect(repo.git(['add', '-N', 'notes/later.md']).code).toBe(0);
      expect(repo.git(['update-index', '--index-version', '3']).code).toBe(0);
    }
    return manyRecords;
  };
  it.each([2, 3] as const)('index version %i: the same bytes as git update-index', (version) => {
    const { repo, gitdir } = withManyRecords(version);
    expect(fs.readFileSync(path.join(gitdir, 'index')).readUInt32BE(4)).toBe(version);
    expect(fs.statSync(path.join(gitdir, 'index')).size).toBeGreaterThan(300 * 1024);
    // On a fast machine the 1,500 files and the index are written within one second: every entry
    // is then racily clean and staging rightly leaves it to git (beyond 1,000 such entries, as
    // index-file.ts says). This test is about reading through the window, so the index is dated two
    // seconds after its entries. (Found by a fresh-clone CI run on a machine 3-4x faster.)
    const index = path.join(gitdir, 'index');
    const later = new Date(fs.statSync(index).mtimeMs + 2000);
    fs.utimesSync(index, later, later);
    repo.write(name(1), 'kind: new\nchanged: true\n');
    repo.write(name(1000).replace('0001-', '0002-'), 'kind: edit\n');
    repo.remove(name(1499));
    const paths = [name(1), name(1000).replace('0001-', '0002-'), name(1499), 'zz/after.yaml'];
    repo.write('zz/after.yaml', 'last\n');
    const { result, byGit, here, view } = stageBothWays(repo, gitdir, paths);
    expect(result).toEqual({ staged: true });
    expect(fs.readFileSync(here).equals(fs.readFileSync(byGit))).toBe(true);
    expect(view(here)).toEqual(view(byGit));
  });
});

describe('staging right after a `git add` of many prompts (racily clean entries)', () => {
  // Files written and staged within the second the index is written are "racily clean": git reads
  // and hashes each again when it writes the index. A 50-prompt commit staged by `git add` (and
  // the last commit's records, when it was made within the same second) meets 50 to 150 of them;
  // staging here checks them as git does, up to 1,000, and leaves more to git.
  const addInOneSecond = (count: number, version: 2 | 4) => {
    const { repo, gitdir } = buildRepo(version);
    const second = new Date(Math.floor(Date.now() / 1000) * 1000);
    const files = Array.from({ length: count }, (_, i) => `prompts/many/prompt-${String(i).padStart(4, '0')}.md`);
    for (const [i, file] of files.entries()) {
      repo.write(file, `Prompt ${i}\n${'A line of the prompt.\n'.repeat(1 + (i % 7))}`);
      fs.utimesSync(path.join(repo.dir, file), second, second);
    }
    expect(repo.git(['add', '--', ...files]).code).toBe(0);
    fs.utimesSync(path.join(gitdir, 'index'), second, second);
    repo.write('vault/mutations/prompts/refund/0002-dddddddddddd.yaml', 'kind: edit\n');
    repo.write('vault/checkpoints/prompts/refund/0002-dddddddddddd.yaml', 'version: 2\n');
    return { repo, gitdir, paths: ['vault/mutations/prompts/refund/0002-dddddddddddd.yaml', 'vault/checkpoints/prompts/refund/0002-dddddddddddd.yaml'] };
  };

  it.each([2, 4] as const)('index version %i: 150 racily clean entries, staged here with the bytes git writes', (version) => {
    const { repo, gitdir, paths } = addInOneSecond(150, version);
    const { result, byGit, here, view } = stageBothWays(repo, gitdir, paths);
    expect(result).toEqual({ staged: true });
    expect(fs.readFileSync(here).equals(fs.readFileSync(byGit))).toBe(true);
    expect(view(here)).toEqual(view(byGit));
  });

  it('more than 1,000 racily clean entries are left to git', () => {
    const { repo, gitdir, paths } = addInOneSecond(1001, 2);
    const index = path.join(gitdir, 'index');
    const before = fs.readFileSync(index);
    const result = stageInProcess({ dir: repo.dir, gitdir, env: { HOME: repo.dir, GIT_CONFIG_NOSYSTEM: '1' } }, paths);
    expect(result).toEqual({ staged: false, reason: 'many entries changed within the index\'s last second' });
    expect(fs.readFileSync(index).equals(before)).toBe(true);
  });
});

describe('staging records in a repository init set up', () => {
  it('stages in this process beside the root .gitattributes init commits (`.husky/* text eol=lf`), as git does', () => {
    const { repo, gitdir } = buildRepo(2);
    repo.write('.gitattributes', '# promptvault: hook files stay LF\n.husky/* text eol=lf\n*.sh text eol=lf\n');
    expect(repo.commit('init', '2026-01-03').code).toBe(0);
    repo.write('vault/mutations/prompts/refund/0002-dddddddddddd.yaml', 'kind: edit\n');
    const { result, byGit, here } = stageBothWays(repo, gitdir, ['vault/mutations/prompts/refund/0002-dddddddddddd.yaml']);
    expect(result).toEqual({ staged: true });
    expect(fs.readFileSync(here).equals(fs.readFileSync(byGit))).toBe(true);
  });
});

describe('staging records where git-lfs is installed (its filter defined in a config)', () => {
  const lfs = (repo: TestRepo) => {
    // What `git lfs install` writes (into the user's config; the repository's here, which git reads alike).
    for (const [key, value] of [['filter.lfs.clean', 'git-lfs clean -- %f'], ['filter.lfs.smudge', 'git-lfs smudge -- %f'], ['filter.lfs.process', 'git-lfs filter-process'], ['filter.lfs.required', 'true']]) {
      expect(repo.git(['config', key!, value!]).code).toBe(0);
    }
  };
  it('stages in this process when no attribute file gives the filter to the records, as git does', () => {
    const { repo, gitdir } = buildRepo(2);
    lfs(repo);
    repo.write('.gitattributes', '*.psd filter=lfs diff=lfs merge=lfs -text\n');
    expect(repo.commit('track designs with lfs', '2026-01-03').code).toBe(0);
    repo.write('vault/mutations/prompts/refund/0002-dddddddddddd.yaml', 'kind: edit\n');
    const { result, byGit, here } = stageBothWays(repo, gitdir, ['vault/mutations/prompts/refund/0002-dddddddddddd.yaml']);
    expect(result).toEqual({ staged: true });
    expect(fs.readFileSync(here).equals(fs.readFileSync(byGit))).toBe(true);
  });
  it('a real commit through the hook stages its records here, with the entries git add writes for them', () => {
    // The tests' git reads no system config (GIT_CONFIG_NOSYSTEM, test-utils/repo.ts): the filter
    // is in the repository's config, so this holds on a machine with or without git-lfs's section.
    const repo = createRepo();
    repos.push(repo);
    lfs(repo);
    repo.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'Confirm the order number, then explain the refund policy.'));
    // Committed without the hook: the hooked commit below then records the prompt as new, two
    // records staged all the same (a hooked commit here only made the later one an edit).
    expect(repo.commit('a prompt', '2026-01-02', { args: ['--no-verify'] }).code).toBe(0);
    repo.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'Confirm the order number first.'));
    const trace = path.join(repo.dir, '.git', 'trace.txt');
    const committed = repo.commit('the prompt edited', '2026-01-03', { env: { GIT_TRACE: trace } });
    expect(committed.code, committed.stderr).toBe(0);
    expect(fs.readFileSync(trace, 'utf8').split('\n').filter((line) => / (built-in|exec): git update-index /.test(line))).toEqual([]);
    const records = repo.addedInHead('vault/');
    expect(records).toHaveLength(2);
    // git add's entries for the same files: a copy of the index, the records taken out and added by git.
    const byGit = path.join(repo.dir, '.git', 'index-by-git');
    fs.copyFileSync(path.join(repo.dir, '.git', 'index'), byGit);
    const env = { GIT_INDEX_FILE: byGit };
    expect(repo.git(['rm', '--cached', '-q', '--', ...records], { env }).code).toBe(0);
    expect(repo.git(['add', '--', ...records], { env }).code).toBe(0);
    const entries = (options = {}) => repo.git(['ls-files', '-s', '--debug'], options).stdout;
    expect(entries()).toBe(entries({ env }));
    expect(repo.git(['status', '--porcelain']).stdout).toBe('');
  });
  it('leaves the records to git when an attribute file gives them the filter', () => {
    const { repo, gitdir } = buildRepo(2);
    lfs(repo);
    repo.write('.gitattributes', 'vault/** filter=lfs diff=lfs merge=lfs -text\n');
    repo.write('vault/mutations/prompts/refund/0002-dddddddddddd.yaml', 'kind: edit\n');
    const index = path.join(gitdir, 'index');
    const before = fs.readFileSync(index);
    const result = stageInProcess({ dir: repo.dir, gitdir, env: { HOME: repo.dir, GIT_CONFIG_NOSYSTEM: '1' } }, ['vault/mutations/prompts/refund/0002-dddddddddddd.yaml']);
    expect(result.staged === false && result.reason).toMatch(/attributes in .*\.gitattributes/);
    expect(fs.readFileSync(index).equals(before)).toBe(true);
  });
});

describe('staging records in a linked worktree', () => {
  it('writes the worktree\'s own index and the shared objects, as git does', () => {
    const { repo } = buildRepo(2);
    const worktree = path.join(repo.dir, '.git', 'wt');
    expect(repo.git(['worktree', 'add', '-q', worktree]).code).toBe(0);
    const gitdir = path.join(repo.dir, '.git', 'worktrees', 'wt');
    const record = 'vault/mutations/prompts/refund/0002-dddddddddddd.yaml';
    fs.writeFileSync(path.join(worktree, record), 'kind: edit\n');
    const copy = (name: string) => {
      fs.copyFileSync(path.join(gitdir, 'index'), path.join(gitdir, name));
      return path.join(gitdir, name);
    };
    const [byGit, here] = [copy('index-by-git'), copy('index-here')];
    expect(repo.git(['-C', worktree, 'update-index', '--add', '--', record], { env: { GIT_INDEX_FILE: byGit } }).code).toBe(0);
    expect(stageInProcess({ dir: worktree, gitdir, env: { HOME: repo.dir, GIT_CONFIG_NOSYSTEM: '1', GIT_INDEX_FILE: here } }, [record])).toEqual({ staged: true });
    expect(fs.readFileSync(here).equals(fs.readFileSync(byGit))).toBe(true);
    fs.copyFileSync(here, path.join(gitdir, 'index'));
    expect(repo.git(['-C', worktree, 'commit', '-q', '-m', 'records'], { date: '2026-01-05' }).code).toBe(0);
    expect(repo.git(['-C', worktree, 'show', `HEAD:${record}`]).stdout).toBe('kind: edit\n');
    expect(repo.git(['fsck', '--no-dangling', '--no-progress']).code).toBe(0);
  });
});

describe('staging in this process leaves to git what it could write otherwise', () => {
  const refused = (setup: (repo: TestRepo, gitdir: string) => string[], reason: RegExp, lockHeld = false) => () => {
    const { repo, gitdir } = buildRepo(2);
    const paths = setup(repo, gitdir);
    const index = path.join(gitdir, 'index');
    const before = fs.readFileSync(index);
    const result = stageInProcess({ dir: repo.dir, gitdir, env: { HOME: repo.dir, GIT_CONFIG_NOSYSTEM: '1' } }, paths);
    expect(result.staged).toBe(false);
    expect(result.staged === false && result.reason).toMatch(reason);
    expect(fs.readFileSync(index).equals(before)).toBe(true);
    // Its own lock is gone; another command's stays.
    expect(fs.existsSync(`${index}.lock`)).toBe(lockHeld);
  };
  const record = (repo: TestRepo) => {
    repo.write('vault/mutations/prompts/refund/0002-dddddddddddd.yaml', 'kind: edit\n');
    return ['vault/mutations/prompts/refund/0002-dddddddddddd.yaml'];
  };

  it('a split index', refused((repo) => {
    repo.git(['update-index', '--split-index']);
    return record(repo);
  }, /index extension "link"|setting/));
  it('an untracked cache', refused((repo) => {
    repo.git(['update-index', '--untracked-cache']);
    return record(repo);
  }, /index extension "UNTR"|setting/));
  it('a setting that changes how git writes the index', refused((repo) => {
    repo.git(['config', 'core.splitIndex', 'false']);
    return record(repo);
  }, /a setting in .*config/));
  it('a setting under which git marks what it stages assume-unchanged (core.ignoreStat)', refused((repo) => {
    repo.git(['config', 'core.ignoreStat', 'true']);
    return record(repo);
  }, /a setting in .*config/));
  it('a path git would normalise first (a `..` component)', refused((repo) => {
    record(repo);
    return ['vault/mutations/../mutations/prompts/refund/0002-dddddddddddd.yaml'];
  }, /path "vault\/mutations\/\.\.\//));
  it('attributes that could convert the records', refused((repo) => {
    repo.write('vault/.gitattributes', '*.yaml text eol=crlf\n');
    return record(repo);
  }, /attributes in .*vault\/\.gitattributes/));
  it('a root .gitattributes whose pattern reaches the records', refused((repo) => {
    repo.write('.gitattributes', '.husky/* text eol=lf\nvault/** -text\n');
    return record(repo);
  }, /attributes in .*\.gitattributes/));
  it('attributes git would read from the index', refused((repo) => {
    repo.write('.gitattributes', '*.yaml -text\n');
    repo.git(['add', '.gitattributes']);
    repo.remove('.gitattributes');
    return record(repo);
  }, /\.gitattributes is in the index/));
  it('a record path flagged in the index (intent to add)', refused((repo) => {
    const paths = record(repo);
    repo.git(['add', '-N', paths[0]!]);
    return paths;
  }, /flagged/));
  it('a record where the index has a file of a folder name', refused((repo) => {
    repo.write('vault/mutations/prompts/clash', 'a file\n');
    repo.git(['add', 'vault/mutations/prompts/clash']);
    repo.remove('vault/mutations/prompts/clash');
    repo.write('vault/mutations/prompts/clash/0001-aaaaaaaaaaaa.yaml', 'kind: new\n');
    return ['vault/mutations/prompts/clash/0001-aaaaaaaaaaaa.yaml'];
  }, /vault\/mutations\/prompts\/clash is in the index/));
  it('a record path that is a folder of the index', refused((repo) => {
    fs.rmSync(path.join(repo.dir, 'vault/mutations/prompts/refund/b'), { recursive: true });
    repo.write('vault/mutations/prompts/refund/b', 'a file where a folder was\n');
    return ['vault/mutations/prompts/refund/b'];
  }, /refund\/b is a folder in the index/));
  it('an entry changed within the index\'s last second while its size and time look the same (git may mark it racily clean)', refused((repo, gitdir) => {
    // Same size, same modification time as the entry recorded: only the content tells.
    const file = path.join(repo.dir, 'README.md');
    const { mtime } = fs.statSync(file);
    fs.writeFileSync(file, 'README\n');
    fs.utimesSync(file, mtime, mtime);
    const second = new Date(Math.floor(mtime.getTime() / 1000) * 1000);
    fs.utimesSync(path.join(gitdir, 'index'), second, second);
    return record(repo);
  }, /README\.md changed within the index's last second/));
  it('an index another git command holds', refused((repo, gitdir) => {
    fs.writeFileSync(path.join(gitdir, 'index.lock.held'), '');
    fs.renameSync(path.join(gitdir, 'index.lock.held'), path.join(gitdir, 'index.lock'));
    return record(repo);
  }, /could not take .*index\.lock: EEXIST/, true));
});
