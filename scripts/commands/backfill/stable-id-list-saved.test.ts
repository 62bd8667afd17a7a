// The hook's list of front-matter ids (lib/recorder/stable-id-list-fs.ts) as backfill saves it, from
// the id lines its replay read (index.ts, saveHeadStableIds), against the list the hook builds
// itself from one `git grep` of the same commit when it has none: on a realistic history (every
// prompt shape, moves, CRLF and BOM files, a symbolic link; one prompt in two with an id) and ids
// written in every shape the line read or only YAML's parse reads, the two lists are the same
// files, byte for byte. The first commit staging an id after the backfill then reads the saved
// one, without a search.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRealisticCorpus } from '../../test-utils/realistic-corpus.ts';
import { createRepo, NO_HOOKS, promptFile, type TestRepo } from '../../test-utils/repo.ts';
import { commitTraced, onCopyOf } from '../../test-utils/traced-commit.ts';

/** Ids in the shapes a line read follows and those only the record's parse reads (stable-id-keys.ts). */
const ODD_IDS: Record<string, string> = {
  'prompts/odd/plain.md': promptFile({ title: 'Plain', id: 'plain-one' }, 'Answer billing questions.'),
  'prompts/odd/commented.md': '---\ntitle: Commented\nid: commented-one  # from billing\n---\nAnswer refund questions.\n',
  'prompts/odd/quoted.md': `---\ntitle: Quoted\n'id': "quoted-one"\n---\nAnswer delivery questions.\n`,
  'prompts/odd/explicit.md': '---\ntitle: Explicit\n? id\n: explicit-one\n---\nAnswer warranty questions.\n',
  'prompts/odd/flow.md': '---\n{title: Flow, id: flow-one}\n---\nAnswer login questions.\n',
  'prompts/odd/folded.md': '---\ntitle: Folded\nid: folded\n  -one\n---\nAnswer account questions.\n',
  'prompts/odd/crlf.md': '---\r\ntitle: Windows\r\nid: crlf-one\r\n---\r\nAnswer printer questions.\r\n',
  'prompts/odd/in-body.md': promptFile({ title: 'In body' }, 'Quote this line as it is:\nid: not-front-matter\n'),
  // Two files giving one id: both are in either list.
  'prompts/odd/twin-a.md': promptFile({ title: 'Twin A', id: 'twin' }, 'Answer travel questions.'),
  'prompts/odd/twin-b.md': promptFile({ title: 'Twin B', id: 'twin' }, 'Answer hotel questions.'),
  // No glob takes it: in neither list.
  'notes/outside.txt': 'id: outside-one\n',
};

let backfilled: TestRepo;
let savedList: Map<string, Buffer>;
beforeAll(() => {
  backfilled = createRepo();
  const corpus = buildRealisticCorpus(backfilled.dir, { seed: 11, prompts: 40, commits: 40, stableIds: 0.5, moveShare: 0.1 });
  backfilled.write('.promptvault.yaml', ['prompts:', ...corpus.promptGlobs.map((glob) => `  - '${glob}'`), 'codex:', ...corpus.codexGlobs.map((glob) => `  - '${glob}'`), ''].join('\n'));
  for (const [file, text] of Object.entries(ODD_IDS)) backfilled.write(file, text);
  expect(backfilled.git([...NO_HOOKS, 'add', '-A']).code).toBe(0);
  expect(backfilled.git([...NO_HOOKS, 'commit', '-q', '--no-verify', '-m', 'configuration and odd ids'], { date: '2026-03-01' }).code).toBe(0);
  // A prompt with an id moved and edited afterwards: the list holds its new path and blob only.
  backfilled.move('prompts/odd/plain.md', 'prompts/odd/moved/plain.md');
  backfilled.write('prompts/odd/moved/plain.md', promptFile({ title: 'Plain', id: 'plain-one' }, 'Answer billing questions, politely.'));
  expect(backfilled.git([...NO_HOOKS, 'add', '-A']).code).toBe(0);
  expect(backfilled.git([...NO_HOOKS, 'commit', '-q', '--no-verify', '-m', 'move plain'], { date: '2026-03-02' }).code).toBe(0);
  const run = backfilled.cli(['backfill']);
  expect(run.code, run.stderr).toBe(0);
  savedList = listFiles(backfilled);
});
afterAll(() => backfilled?.cleanup());

/** The list's manifest and shards, by path under .git/promptvault. */
function listFiles(repo: TestRepo): Map<string, Buffer> {
  const root = path.join(repo.dir, '.git/promptvault');
  const files = new Map<string, Buffer>();
  const manifest = path.join(root, 'stable-ids.json');
  if (fs.existsSync(manifest)) files.set('stable-ids.json', fs.readFileSync(manifest));
  const shards = path.join(root, 'stable-ids');
  for (const name of fs.existsSync(shards) ? fs.readdirSync(shards).sort() : []) files.set(`stable-ids/${name}`, fs.readFileSync(path.join(shards, name)));
  return files;
}

function removeList(repo: TestRepo): void {
  fs.rmSync(path.join(repo.dir, '.git/promptvault/stable-ids.json'), { force: true });
  fs.rmSync(path.join(repo.dir, '.git/promptvault/stable-ids'), { recursive: true, force: true });
}

describe('the list of front-matter ids backfill saves', () => {
  it('is the list the hook builds from one search of the same commit, byte for byte', () => onCopyOf(backfilled, (repo) => {
    expect(savedList.has('stable-ids.json')).toBe(true);
    const shards = [...savedList.keys()].filter((file) => file.startsWith('stable-ids/'));
    expect(shards.length).toBeGreaterThan(0);
    const lines = shards.flatMap((file) => savedList.get(file)!.toString('latin1').split('\n').filter(Boolean));
    // Every shape above that declares an id is in it, the twins both, the moved prompt at its new path only.
    for (const key of ['plain-one', 'commented-one', 'quoted-one', 'explicit-one', 'flow-one', 'folded', 'crlf-one', 'not-front-matter']) {
      expect(lines.some((line) => line.startsWith(`["${key}",`)), key).toBe(true);
    }
    expect(lines.filter((line) => line.startsWith('["twin",'))).toHaveLength(2);
    expect(lines.some((line) => line.includes('"prompts/odd/plain.md"'))).toBe(false);
    expect(lines.some((line) => line.includes('outside-one'))).toBe(false);
    // The corpus's own ids, in its prompt shapes (Claude agents and commands, Copilot, Dotprompt, Prompty).
    expect(lines.length).toBeGreaterThan(20);

    // As an adopter's repository before backfill saved it: the hook builds the list at its first
    // commit staging an id (refused here: a duplicate; the list is saved all the same).
    removeList(repo);
    repo.write('prompts/odd/clash.md', promptFile({ title: 'Clash', id: 'quoted-one' }, 'Answer parking questions.'));
    const outcome = commitTraced(repo, 'a clashing id', '2026-03-03');
    expect(outcome.code).not.toBe(0);
    expect(outcome.output).toContain('front matter id "quoted-one" is already used by prompts/odd/quoted.md');
    expect(outcome.greps).toHaveLength(1);
    expect(repo.git(['rev-parse', 'HEAD']).stdout).toBe(backfilled.git(['rev-parse', 'HEAD']).stdout);
    const built = listFiles(repo);
    expect([...built.keys()]).toEqual([...savedList.keys()]);
    for (const [file, bytes] of savedList) expect(built.get(file)!.equals(bytes), file).toBe(true);
  }));

  it('is read by the first commit staging an id after the backfill, without a search', () => onCopyOf(backfilled, (repo) => {
    repo.write('prompts/odd/clash.md', promptFile({ title: 'Clash', id: 'explicit-one' }, 'Answer parking questions.'));
    const refused = commitTraced(repo, 'a clashing id', '2026-03-03');
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain('front matter id "explicit-one" is already used by prompts/odd/explicit.md');
    expect(refused.greps).toHaveLength(0);
    repo.write('prompts/odd/clash.md', promptFile({ title: 'Clash', id: 'parking-one' }, 'Answer parking questions.'));
    const recorded = commitTraced(repo, 'a new id', '2026-03-03');
    expect(recorded.code, recorded.output).toBe(0);
    expect(recorded.greps).toHaveLength(0);
  }));
});
