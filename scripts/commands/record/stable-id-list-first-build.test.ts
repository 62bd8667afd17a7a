// The hook's list of front-matter ids (lib/recorder/stable-id-list-fs.ts) after an adoption by
// backfill of prompts with ids committed without the hook. Backfill saves the list for the commit it
// replayed up to, so the first commit that stages an id afterwards moves it and makes no search. In
// a repository adopted before backfill saved it (the list removed here), that first commit builds
// it from one search of the tree, reading the blobs it names one by one as git streams them (a
// packed prompt larger than a pipe's chunk among them) and taking their blob ids from what the hook
// holds (a file the same commit moves by its old side). Either way a duplicate id is refused with
// the error that names both files.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyRepo, createRepo, NO_HOOKS, promptFile, type TestRepo } from '../../test-utils/repo.ts';
import { commitTraced, onCopyOf } from '../../test-utils/traced-commit.ts';

// About 200 KB: git's output reaches this process in chunks of 64 KB, so the blob spans several.
const LONG_BODY = Array.from({ length: 3_000 }, (_, i) => `Rule ${i}: answer every question about invoices and refunds politely and in full.`).join('\n');

let adopted: TestRepo;
let adoptedWithList: TestRepo;
beforeAll(() => {
  adopted = createRepo();
  adopted.write('prompts/alpha.md', promptFile({ title: 'Alpha', id: 'alpha' }, 'Answer billing questions.'));
  adopted.write('prompts/handbook.md', promptFile({ title: 'Handbook', id: 'handbook' }, LONG_BODY));
  adopted.write('prompts/plain.md', promptFile({ title: 'Plain' }, 'Answer any question.'));
  expect(adopted.git([...NO_HOOKS, 'add', '-A']).code).toBe(0);
  expect(adopted.git([...NO_HOOKS, 'commit', '-q', '--no-verify', '-m', 'prompts before promptvault'], { date: '2026-01-02' }).code).toBe(0);
  const backfill = adopted.cli(['backfill']);
  expect(backfill.code, backfill.stderr).toBe(0);
  // The adoption commit, through the hook: it stages records only, so it opens no list of ids.
  const adoption = adopted.commit('Backfill the prompt vault', '2026-01-03');
  expect(adoption.code, adoption.stderr).toBe(0);
  // Packed, as an adopter's older prompts are: their blobs come from git, not from loose files.
  expect(adopted.git(['gc', '-q']).code).toBe(0);
  expect(fs.existsSync(listManifest(adopted))).toBe(true);
  adoptedWithList = copyRepo(adopted);
  // As a repository adopted before backfill saved the list has it: not at all.
  fs.rmSync(listManifest(adopted));
  fs.rmSync(path.join(adopted.dir, '.git/promptvault/stable-ids'), { recursive: true, force: true });
});
afterAll(() => {
  adopted?.cleanup();
  adoptedWithList?.cleanup();
});

const listManifest = (repo: TestRepo) => path.join(repo.dir, '.git/promptvault/stable-ids.json');

describe('the first commit staging a front-matter id in a repository adopted before the list of ids existed', () => {
  it('builds the list with one search and refuses an id a committed prompt has, naming both files', () => onCopyOf(adopted, (repo) => {
    repo.write('prompts/gamma.md', promptFile({ title: 'Gamma', id: 'alpha' }, 'Answer refund questions.'));
    const outcome = commitTraced(repo, 'add gamma', '2026-01-04');
    expect(outcome.code).not.toBe(0);
    expect(outcome.output).toContain('prompts/gamma.md:3: front matter id "alpha" is already used by prompts/alpha.md');
    expect(outcome.output).toContain('choose another id, or remove it from one of prompts/gamma.md, prompts/alpha.md');
    expect(outcome.greps).toHaveLength(1);
    expect(fs.existsSync(listManifest(repo))).toBe(true);
  }));

  it('names a prompt the same commit moves, at its new path, when another takes its id', () => onCopyOf(adopted, (repo) => {
    repo.move('prompts/alpha.md', 'prompts/archive/alpha.md');
    repo.write('prompts/gamma.md', promptFile({ title: 'Gamma', id: 'alpha' }, 'Answer refund questions.'));
    const outcome = commitTraced(repo, 'archive alpha, add gamma', '2026-01-04');
    expect(outcome.code).not.toBe(0);
    expect(outcome.output).toContain('front matter id "alpha" is already used by prompts/archive/alpha.md');
    expect(outcome.output).not.toContain('used by prompts/alpha.md');
    expect(outcome.greps).toHaveLength(1);
  }));

  it('finds the id of a packed prompt larger than a chunk of git\'s output', () => onCopyOf(adopted, (repo) => {
    repo.write('prompts/manual.md', promptFile({ title: 'Manual', id: 'handbook' }, 'Answer warranty questions.'));
    const outcome = commitTraced(repo, 'add manual', '2026-01-04');
    expect(outcome.code).not.toBe(0);
    expect(outcome.output).toContain('prompts/manual.md:3: front matter id "handbook" is already used by prompts/handbook.md');
  }));

  it('records a prompt whose id no other has, and the next commit with an id reads the list it left without a search', () => onCopyOf(adopted, (repo) => {
    repo.write('prompts/gamma.md', promptFile({ title: 'Gamma', id: 'gamma' }, 'Answer refund questions.'));
    const first = commitTraced(repo, 'add gamma', '2026-01-04');
    expect(first.code, first.output).toBe(0);
    expect(first.greps).toHaveLength(1);
    repo.write('prompts/delta.md', promptFile({ title: 'Delta', id: 'handbook' }, 'Answer delivery questions.'));
    const second = commitTraced(repo, 'add delta', '2026-01-05');
    expect(second.code).not.toBe(0);
    expect(second.output).toContain('prompts/delta.md:3: front matter id "handbook" is already used by prompts/handbook.md');
    expect(second.greps).toHaveLength(0);
  }));
});

describe('the first commit staging a front-matter id after an adoption by backfill', () => {
  it('reads the list backfill saved, without a search, and refuses an id a committed prompt has, naming both files', () => onCopyOf(adoptedWithList, (repo) => {
    repo.write('prompts/gamma.md', promptFile({ title: 'Gamma', id: 'alpha' }, 'Answer refund questions.'));
    const outcome = commitTraced(repo, 'add gamma', '2026-01-04');
    expect(outcome.code).not.toBe(0);
    expect(outcome.output).toContain('prompts/gamma.md:3: front matter id "alpha" is already used by prompts/alpha.md');
    expect(outcome.greps).toHaveLength(0);
  }));

  it('finds the id of the packed prompt larger than a chunk of git\'s output in that list', () => onCopyOf(adoptedWithList, (repo) => {
    repo.write('prompts/manual.md', promptFile({ title: 'Manual', id: 'handbook' }, 'Answer warranty questions.'));
    const outcome = commitTraced(repo, 'add manual', '2026-01-04');
    expect(outcome.code).not.toBe(0);
    expect(outcome.output).toContain('prompts/manual.md:3: front matter id "handbook" is already used by prompts/handbook.md');
    expect(outcome.greps).toHaveLength(0);
  }));

  it('records a prompt whose id no other has, without a search', () => onCopyOf(adoptedWithList, (repo) => {
    repo.write('prompts/gamma.md', promptFile({ title: 'Gamma', id: 'gamma' }, 'Answer refund questions.'));
    const outcome = commitTraced(repo, 'add gamma', '2026-01-04');
    expect(outcome.code, outcome.output).toBe(0);
    expect(outcome.greps).toHaveLength(0);
  }));
});
