import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';
import {
  checkAttributes, commitsAddingPaths, commitSubjects, deletedInHistory, diffIndex, diffTrees, grepIndex, lastCommitsTouching, listIndex, listPathHistory, listTree,
  listUncommitted, listUntracked, listWorkFiles, openRepo, parseRawDiff, type Repo,
} from './index.ts';
import { ARGUMENTS_BUDGET, commandLineCost, planLogStdin, planPathspecRuns } from './pathspec-runs.ts';

// Windows refuses a command line over 32,767 characters. A team's prompt library of 3,000 files
// whose paths run to 60 characters, handed to git one pathspec each, makes a line of 200 KB:
// every git call given a list of paths must split it or pass it on stdin, and answer as one run
// (Linux takes the 200 KB line, so the one run is asked here for comparison).

const WINDOWS_LIMIT = 32_767;
const FILES = 3000;
let repo: TestRepo;
let git: Repo;
let trace: string;
let paths: string[];
let specs: string[];

/** A 60-character path: prompts/<team>/<name>.md. */
function promptPath(i: number): string {
  const file = `prompts/team-${String(i % 40).padStart(2, '0')}/onboarding-agent-${String(i).padStart(4, '0')}-`;
  return `${file}${'x'.repeat(60 - file.length - 3)}.md`;
}

function oneRun(args: string[]): string[] {
  const result = repo.git([...args, '--', ...specs]);
  if (result.code !== 0 && result.code !== 1) throw new Error(result.stderr);
  return result.stdout.split('\0').filter(Boolean);
}

/** The command lines git was started with since the last call (GIT_TRACE), and the trace emptied. */
function commandLines(): string[] {
  const lines = fs.readFileSync(trace, 'utf8').split('\n').filter((line) => line.includes('trace: built-in: git') || line.includes('trace: exec:'));
  fs.writeFileSync(trace, '');
  return lines;
}

beforeAll(async () => {
  repo = createRepo({ hooks: false });
  paths = Array.from({ length: FILES }, (_, i) => promptPath(i));
  for (const [i, file] of paths.entries()) repo.write(file, `# Prompt ${i}\nGreet the customer of team ${i % 40} and offer help with order ${i}.\n`);
  repo.write('.gitattributes', 'prompts/team-01/** text eol=lf\n');
  repo.commit('3,000 prompts', '2026-01-02');
  // A later commit deletes 100 and edits 100.
  for (const file of paths.slice(0, 100)) repo.remove(file);
  for (const file of paths.slice(100, 200)) repo.write(file, `${repo.read(file)}Answer in English.\n`);
  repo.commit('retire 100 prompts, edit 100', '2026-01-03');
  // Staged: 50 edits, 30 deletions, 20 renames (as git mv), 20 new prompts; then 10 edits left
  // unstaged and 40 untracked prompts.
  for (const file of paths.slice(200, 250)) repo.write(file, `${repo.read(file)}Be brief.\n`);
  for (const file of paths.slice(250, 280)) repo.remove(file);
  for (const file of paths.slice(280, 300)) repo.move(file, file.replace('onboarding-agent', 'onboarding-guide'));
  const added = Array.from({ length: 20 }, (_, i) => promptPath(FILES + i));
  for (const [i, file] of added.entries()) repo.write(file, `# New prompt ${i}\nList the ${i} refund rules, each with its deadline in days.\n`);
  repo.git(['add', '-A']);
  for (const file of paths.slice(300, 310)) repo.write(file, `${repo.read(file)}Unstaged.\n`);
  const untracked = Array.from({ length: 40 }, (_, i) => promptPath(FILES + 100 + i));
  for (const file of untracked) repo.write(file, `# Draft ${file}\n`);
  paths = [...paths, ...paths.slice(280, 300).map((file) => file.replace('onboarding-agent', 'onboarding-guide')), ...added, ...untracked];
  specs = paths.map((file) => `:(literal)${file}`);
  trace = path.join(repo.dir, '.git', 'trace.log');
  git = await openRepo({ cwd: repo.dir, env: { GIT_TRACE: trace } });
  commandLines();
});
afterAll(() => repo?.cleanup());

describe('git calls given 3,000 paths of 60 characters stay within the Windows command line and answer as one run', () => {
  it('the list is one 200 KB line, which the plan cuts into runs under the budget', () => {
    expect(paths.every((file) => file.length === 60)).toBe(true);
    expect(commandLineCost(specs)).toBeGreaterThan(200_000);
    const runs = planPathspecRuns(['ls-files', '-z'], specs, { walksDisk: true });
    expect(runs.length).toBeGreaterThan(12);
    expect(runs.filter((run) => commandLineCost(run) > ARGUMENTS_BUDGET)).toEqual([]);
    // Every run names every pathspec's company: the list's ends, then its own share.
    expect(runs.flatMap((run) => run.slice(5)).length).toBe(specs.length);
    const { args, input } = planLogStdin(['log'], { pathspecs: specs });
    expect(args).toEqual(['log', '--stdin', '--']);
    expect(input.split('\n').length).toBe(specs.length + 2);
  });

  it('lists the index, the tree, the work files, the untracked and the uncommitted files as one run does', async () => {
    expect((await listIndex(git, { pathspecs: specs })).map((entry) => `${entry.mode} ${entry.oid} 0\t${entry.path}`)).toEqual(oneRun(['ls-files', '-s', '-z']));
    expect((await listTree(git, { ref: 'HEAD', pathspecs: specs })).map((entry) => entry.path)).toEqual(oneRun(['ls-tree', '-r', '-z', '--name-only', '--full-tree', 'HEAD']));
    expect((await listWorkFiles(git, { pathspecs: specs })).map((entry) => `${entry.tracked ? 'H' : '?'} ${entry.path}`).sort()).toEqual(oneRun(['ls-files', '-t', '--cached', '--others', '--exclude-standard', '-z']).sort());
    const untracked = await listUntracked(git, { pathspecs: specs });
    expect(untracked.length).toBe(40);
    expect(untracked.sort()).toEqual(oneRun(['ls-files', '--others', '--exclude-standard', '-z']).sort());
    const uncommitted = await listUncommitted(git, { pathspecs: specs });
    expect(uncommitted.length).toBe(50 + 30 + 40 + 20 + 10 + 40);
    expect(uncommitted.sort()).toEqual(oneRun(['status', '--porcelain', '-z', '--untracked-files=all', '--no-renames']).map((entry) => entry.slice(3)).sort());
    expect((await grepIndex(git, { pattern: 'Be brief', pathspecs: specs })).sort()).toEqual(oneRun(['grep', '--cached', '-l', '-z', '-E', '-e', 'Be brief']).sort());
    const lines = commandLines();
    expect(lines.length).toBeGreaterThan(6 * 12);
    expect(lines.filter((line) => line.length > WINDOWS_LIMIT)).toEqual([]);
  });

  it('diffs the index with renames and two trees as one run does, renames paired across the runs', async () => {
    const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    const staged = await diffIndex(git, { base: 'HEAD', pathspecs: specs, renames: true });
    expect(staged.filter((change) => change.status === 'R').length).toBe(20);
    expect(staged.sort(byPath)).toEqual(parseRawDiff(oneRun(['diff-index', '--cached', '--raw', '-z', '--no-abbrev', '-M', 'HEAD'])).sort(byPath));
    const trees = await diffTrees(git, { from: 'HEAD~1', to: 'HEAD', pathspecs: specs });
    expect(trees.length).toBe(200);
    expect(trees.sort(byPath)).toEqual(parseRawDiff(oneRun(['diff-tree', '-r', '--raw', '-z', '--no-abbrev', '--no-renames', 'HEAD~1', 'HEAD'])).sort(byPath));
    // A folder left out is left out of every run (a run without the exclusion lists its files).
    const outside = await diffTrees(git, { from: 'HEAD~1', to: 'HEAD', pathspecs: specs, outside: ['prompts/team-01'] });
    expect(outside.length).toBe(195);
    expect(outside.sort(byPath)).toEqual(trees.filter((change) => !change.path.startsWith('prompts/team-01/')));
    expect(commandLines().filter((line) => line.length > WINDOWS_LIMIT)).toEqual([]);
  });

  it('reads history, subjects and attributes of the 3,000 paths in one git each, the paths on stdin', async () => {
    const adding = await commitsAddingPaths(git, { pathspecs: specs });
    expect(adding.size).toBe(FILES);
    const [first, second] = repo.git(['rev-list', '--reverse', 'HEAD']).stdout.trim().split('\n');
    expect([...new Set([...adding.values()].map((entry) => entry.commit))]).toEqual([first]);
    const deleted = await deletedInHistory(git, { ref: 'HEAD', pathspecs: specs });
    expect([...deleted.keys()].sort()).toEqual(paths.slice(0, 100).sort());
    expect(new Set(deleted.values())).toEqual(new Set([second]));
    const history = await listPathHistory(git, { ref: 'HEAD', pathspecs: specs });
    expect(history.map((commit) => [commit.subject, commit.files.length])).toEqual([['retire 100 prompts, edit 100', 200], ['3,000 prompts', FILES]]);
    expect(await commitSubjects(git, [second!, first!])).toEqual(new Map([[second, 'retire 100 prompts, edit 100'], [first, '3,000 prompts']]));
    const attributes = await checkAttributes(git, { paths, attributes: ['eol'] });
    expect(attributes.size).toBe(paths.length);
    expect([...attributes].filter(([, values]) => values.get('eol') === 'lf').map(([file]) => file)).toEqual(paths.filter((file) => file.startsWith('prompts/team-01/')));
    const lines = commandLines();
    expect(lines.length).toBe(5);
    expect(lines.filter((line) => line.length > 1000)).toEqual([]);
  });

  it('names the last commit of each of the 3,000 paths (check\'s "last changed in commit"), past 16,000 characters of paths, in one git log', async () => {
    const committed = paths.slice(100, FILES);
    expect(commandLineCost(committed)).toBeGreaterThan(ARGUMENTS_BUDGET * 10);
    const [first, second] = repo.git(['rev-list', '--reverse', 'HEAD']).stdout.trim().split('\n');
    const last = await lastCommitsTouching(git, { ref: 'HEAD', paths: committed });
    expect(last.size).toBe(committed.length);
    expect(committed.filter((file) => last.get(file)?.commit !== (paths.indexOf(file) < 200 ? second : first)!.slice(0, 12))).toEqual([]);
    // The very last path of the list, 170 KB into it, is named too.
    expect(last.get(committed.at(-1)!)?.subject).toBe('3,000 prompts');
    const lines = commandLines();
    expect(lines.length).toBe(1);
    expect(lines.filter((line) => line.length > 1000)).toEqual([]);
  });

  it('a move of every prompt (6,000 rename ends, too many for one line) is still paired as one run pairs it', async () => {
    repo.git(['mv', 'prompts', 'library']);
    const moved = [...specs, ...specs.map((spec) => spec.replace(':(literal)prompts/', ':(literal)library/'))];
    const staged = await diffIndex(git, { base: 'HEAD', pathspecs: moved, renames: true });
    const one = repo.git(['diff-index', '--cached', '--raw', '-z', '--no-abbrev', '-M', 'HEAD', '--', ...moved]).stdout.split('\0').filter(Boolean);
    const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    expect(staged.filter((change) => change.status === 'R').length).toBeGreaterThan(2800);
    expect(staged.sort(byPath)).toEqual(parseRawDiff(one).sort(byPath));
    expect(commandLines().filter((line) => line.length > WINDOWS_LIMIT)).toEqual([]);
    // The folder moved back (one rename, and the index's entries): the staged, unstaged and
    // untracked files as the other tests left them, where a hard reset wrote 3,000 files again.
    expect(repo.git(['mv', 'library', 'prompts']).code).toBe(0);
  });
});
