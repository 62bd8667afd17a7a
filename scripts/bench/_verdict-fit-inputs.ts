// What `npm run fit:verdict` read, as one digest: every source file verdict-fit.ts reaches through
// its imports (the guard's readings, the labelled sets, the fit itself), the two data files it
// writes, the lock file (the dictionary, the tagger, the tokenizer's ranks, zod) and Node's version.
// The fit is a pure function of these, so when the digest recorded by the last full run
// (verdict-fit.inputs.txt) is today's, what that run wrote is what a refit writes: the shipped-fit
// test (verdict-weights-fit.test.ts) then skips the dump of every labelled edit through the guard
// (21,027 edits, about 190 s of CPU, session 39), and refits in full when anything changed.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTRY = fileURLToPath(new URL('./verdict-fit.ts', import.meta.url));
/** Where the last full `npm run fit:verdict` recorded the digest of what it read. */
export const FIT_INPUTS_FILE = fileURLToPath(new URL('../lib/guard/verdict-fit.inputs.txt', import.meta.url));
/** What the fit writes: in the digest whether or not the graph imports them, so a hand edit refits. */
const WRITTEN = ['scripts/lib/guard/verdict-weights.data.ts', 'scripts/lib/guard/learned-shape.data.ts'];

/**
 * The relative specifiers a module's text names: static imports and re-exports (type-only ones
 * too: harmless), side-effect imports, `import('...')` and `require('...')` with a literal. A
 * specifier written in a comment is taken too; one naming no file is left out by the caller.
 */
export function relativeSpecifiers(text: string): string[] {
  const found = new Set<string>();
  const patterns = [/\bfrom\s*(['"])(\.{1,2}\/[^'"]+)\1/g, /\bimport\s*(['"])(\.{1,2}\/[^'"]+)\1/g, /\b(?:import|require)\s*\(\s*(['"])(\.{1,2}\/[^'"]+)\1\s*\)/g];
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.add(match[2]!);
  return [...found];
}

/** Each file's path (from the repository's root) and the sha256 of its bytes, in path order. */
export function fitInputFiles(root = ROOT, entry = ENTRY): Array<{ path: string; sha256: string }> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.[cm]?[jt]s$/.test(file)) continue;
    for (const specifier of relativeSpecifiers(readFileSync(file, 'utf8'))) {
      const target = resolve(dirname(file), specifier);
      const found = [target, target.replace(/\.js$/, '.ts')].find((candidate) => existsSync(candidate));
      if (found) queue.push(found);
    }
  }
  for (const path of [...WRITTEN, 'package-lock.json']) seen.add(join(root, path));
  return [...seen].map((file) => ({ path: relative(root, file).split('\\').join('/'), sha256: createHash('sha256').update(readFileSync(file)).digest('hex') })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The digest of the files (fitInputFiles) and of the Node that runs the fit. */
export function fitInputsDigest(files = fitInputFiles()): string {
  const hash = createHash('sha256').update(`node ${process.version}\n`);
  for (const { path, sha256 } of files) hash.update(`${path}\t${sha256}\n`);
  return hash.digest('hex');
}

/** The digest the last full fit recorded, or null when none was. */
export function recordedFitInputs(file = FIT_INPUTS_FILE): string | null {
  if (!existsSync(file)) return null;
  return /^digest ([0-9a-f]{64})$/m.exec(readFileSync(file, 'utf8'))?.[1] ?? null;
}

/** The record's text: why it is there, and the digest. */
export function fitInputsRecord(digest: string, files: number): string {
  return `# Written by \`npm run fit:verdict\` (scripts/bench/verdict-fit.ts) after a full fit: the digest of the ${files} files\n# it read and wrote and of Node's version (scripts/bench/_verdict-fit-inputs.ts). Do not edit by hand.\ndigest ${digest}\n`;
}
