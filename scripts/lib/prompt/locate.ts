import path from 'node:path';
import type { Problem } from '../errors.ts';
import type { Config } from '../schema/config.ts';
import { expandBraces } from './brace-expansion.ts';

// Which files are prompts or clauses, and their ids. Patterns are globs relative to the repository
// root; the id is the path below the pattern's fixed folder without a final `.md`, `.markdown`,
// `.prompt` or `.prompty` (`prompts/support/refund.md` -> `support/refund`); every other suffix
// stays, so each shape keeps a distinct id (`review.prompt.md` -> `review.prompt`,
// `rules/style.mdc` -> `rules/style.mdc`, `summarize.prompt.yml` -> `summarize.prompt.yml`) and
// ids recorded before stay what they were. Any path git can hold is accepted (see schema/id.ts).
//
// README files: a `README.md` (any case) directly in a pattern's fixed folder (`prompts/README.md`,
// `codex/README.md`, the repository root for `**` patterns) documents the folder and is never read.
// A README.md deeper down is a prompt like any other file the patterns match.

export type SourceKind = 'prompt' | 'clause';

/** The fixed folder in front of a glob's first wildcard: `prompts/**\/*.md` -> `prompts/`. */
export function globRoot(pattern: string): string {
  const wildcard = pattern.search(/[*?[{]/);
  const fixed = wildcard === -1 ? pattern : pattern.slice(0, wildcard);
  return fixed.slice(0, fixed.lastIndexOf('/') + 1);
}

const compiled = new Map<string, RegExp>();

/**
 * A glob as a regular expression, compiled once: `**\/` spans folders, `*` and `?` stay inside
 * one, `{a,b}` and `[...]` as in git. Replay checks every file of every commit against the
 * patterns, where a general glob matcher was the largest cost.
 */
export function globToRegExp(pattern: string): RegExp {
  let regex = compiled.get(pattern);
  if (regex) return regex;
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === '*' && pattern[i + 1] === '*') {
      const slash = pattern[i + 2] === '/';
      source += slash ? '(?:[^/]+/)*' : '.*';
      i += slash ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '{') source += '(?:';
    else if (char === '}') source += ')';
    else if (char === ',' && source.lastIndexOf('(?:') > source.lastIndexOf(')')) source += '|';
    else if (char === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end === -1) source += '\\[';
      else {
        source += `[${pattern.slice(i + 1, end).replace(/^!/, '^')}]`;
        i = end;
      }
    } else source += char.replace(/[.+^$()|\\/]/g, '\\$&');
  }
  regex = new RegExp(`^${source}$`);
  compiled.set(pattern, regex);
  return regex;
}

function matches(file: string, patterns: string[]): string | undefined {
  return patterns.find((pattern) => globToRegExp(pattern).test(file));
}

/** `text` as a pattern that matches it literally, for JavaScript and for `git grep -E` alike. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `prompt`, `clause` or undefined for a repository-relative path. */
export function classifyPath(file: string, config: Pick<Config, 'prompts' | 'codex'>): SourceKind | undefined {
  // vault/ holds promptvault's own records, never prompts, even under a `**/*.md` pattern.
  if (file.startsWith('vault/') || isFolderReadme(file, config)) return undefined;
  // Codex patterns are the narrower ones (`codex/**/*.md` beside `**/*.md`): a file both match is a clause.
  if (matches(file, config.codex)) return 'clause';
  if (matches(file, config.prompts)) return 'prompt';
  return undefined;
}

/**
 * A README.md directly in the fixed folder of a prompt or clause pattern: the folder's documentation.
 * A folder in braces of its own (`{agents}/*.md`, which init writes so that ids keep the folder:
 * id-collisions.ts keepFolderInIds) is that pattern's folder all the same: read by globRoot, whose
 * root ends at the brace, `agents/README.md` became a prompt the moment init braced the glob.
 */
export function isFolderReadme(file: string, config: Pick<Config, 'prompts' | 'codex'>): boolean {
  const slash = file.lastIndexOf('/');
  if (!/^readme\.md$/i.test(file.slice(slash + 1))) return false;
  const folder = file.slice(0, slash + 1);
  return [...config.prompts, ...config.codex].some((pattern) => globRoot(pattern.replace(/\{([^{},]*)\}/g, '$1')) === folder);
}

/** The id of a prompt or clause file, from the pattern that matched it. */
export function idFromPath(file: string, kind: SourceKind, config: Pick<Config, 'prompts' | 'codex'>): string {
  // Symbolic links and vault/ never reach here; every other matched path gives an id.
  const patterns = kind === 'prompt' ? config.prompts : config.codex;
  const pattern = matches(file, patterns) ?? patterns[0] ?? '';
  const root = globRoot(pattern);
  const rest = file.startsWith(root) ? file.slice(root.length) : file;
  return rest.replace(/\.(md|markdown|prompt|prompty)$/i, '');
}

/** Where a new prompt or clause with this id would live (first pattern's folder, `.md`). */
export function pathFromId(id: string, kind: SourceKind, config: Pick<Config, 'prompts' | 'codex'>): string {
  const patterns = kind === 'prompt' ? config.prompts : config.codex;
  return `${globRoot(patterns[0] ?? '')}${id}.md`;
}

/**
 * git pathspecs that select the configured prompt and clause files. git's glob magic has no
 * braces, so a glob with them is given as its alternatives (`prompts/{a,b/c}/*.md` ->
 * `prompts/a/*.md`, `prompts/b/c/*.md`): given as it was, git matched no file, and the hook
 * recorded none of them while check, which reads globs itself, found every one unrecorded.
 */
export function sourcePathspecs(config: Pick<Config, 'prompts' | 'codex'>): string[] {
  return [...new Set([...config.prompts, ...config.codex].flatMap((pattern) => expandBraces(pattern) ?? [pattern]))].map((pattern) => `:(glob)${pattern}`);
}

/** The folders holding prompts and clauses, for git commands without glob pathspecs (ls-tree). */
export function sourceFolders(config: Pick<Config, 'prompts' | 'codex'>): string[] {
  const roots = [...config.prompts, ...config.codex].map((pattern) => globRoot(pattern) || '.');
  return [...new Set(roots)];
}

export interface SourceFileInfo {
  kind: SourceKind;
  id: string;
}

const described = new WeakMap<object, Map<string, SourceFileInfo | null>>();

/**
 * Kind and id of a path under a configuration, remembered per configuration: replaying history
 * asks about the same thousands of paths at every commit.
 */
export function describeSource(file: string, config: Pick<Config, 'prompts' | 'codex'>): SourceFileInfo | undefined {
  let cache = described.get(config);
  if (!cache) described.set(config, (cache = new Map()));
  let info = cache.get(file);
  if (info === undefined) {
    const kind = classifyPath(file, config);
    info = kind ? { kind, id: idFromPath(file, kind, config) } : null;
    cache.set(file, info);
  }
  return info ?? undefined;
}

/** git's mode of a symbolic link and of a submodule (a gitlink: a commit of another repository). */
export const SYMLINK_MODE = '120000';
const GITLINK_MODE = '160000';

/**
 * Whether an index or tree entry of this mode holds no text of this repository: a symbolic link
 * (its text is a path) or a git submodule (its object is a commit of another repository, which
 * this one does not have). Both are skipped, the same way by the hook, backfill and check.
 */
export function isSkippedEntry(mode: string | undefined | null): boolean {
  return mode === SYMLINK_MODE || isSubmoduleEntry(mode);
}

/** Whether an entry is a git submodule: its object is in another repository, never to be read here. */
export function isSubmoduleEntry(mode: string | undefined | null): boolean {
  return mode === GITLINK_MODE;
}

/**
 * Whether a glob could take a file somewhere below `folder` (a path with no file of this
 * repository under it: a submodule's): `prompts/**\/*.md` reaches into `prompts/library` and
 * `prompts/a/b`, `.github/prompts/*.prompt.md` into none of its subfolders. Segment by segment,
 * `**` spanning any number of them; braces are expanded first, as one of their alternatives may
 * hold a `/` (`prompts/{a,b/c}/*.md`, split on `/` as it was, read `b` and `c}` as folders and
 * reached into neither `prompts/a` nor `prompts/b/c`).
 */
export function globReachesInto(folder: string, patterns: readonly string[]): boolean {
  const dirs = folder.split('/');
  return patterns.some((glob) => {
    const expanded = expandBraces(glob);
    // Too many alternatives to try one by one: said to reach, so the warning errs on being given.
    if (expanded === undefined) return true;
    return expanded.some((pattern) => {
      const parts = pattern.split('/');
      const reach = (p: number, d: number): boolean => {
        if (d === dirs.length) return p < parts.length;
        if (p === parts.length) return false;
        if (parts[p] === '**') return reach(p + 1, d) || reach(p, d + 1);
        return globToRegExp(parts[p]!).test(dirs[d]!) && reach(p + 1, d + 1);
      };
      return reach(0, 0);
    });
  });
}

/**
 * A submodule inside a prompt or clause folder that the globs do not take themselves (the
 * default `prompts/**\/*.md` and a shared library at `prompts/library`) but would take files
 * of: git holds one commit id there and none of its files, so none of them is recorded here.
 * Said, so that nobody takes the library's prompts for recorded ones.
 */
export function submoduleInsideWarning(file: string, kind: SourceKind): Problem {
  return { code: 'submodule-skipped', file, message: `is a git submodule inside a ${kind} folder: its files are another repository's (this one holds only the commit it points to), so none of them is recorded here`, fix: `record them in the submodule's own repository (\`npx promptvault init\` there), or, to record them here, replace the submodule with a copy of its files (\`git rm ${file}\`, then copy them in and commit)` };
}

/**
 * The warning for a skipped entry in a prompt or clause folder: a link's target, if it is a
 * prompt, is recorded at its own path (`link`: the text of the link, as git holds it, the config
 * that says whether a glob takes it, and whether the commit holds its target, when the caller
 * knows); a submodule's prompts are recorded in its own repository.
 */
export function skippedEntryWarning(file: string, mode: string | undefined | null, link?: { target: string; config: Pick<Config, 'prompts' | 'codex'>; dangling?: boolean }): Problem {
  if (isSubmoduleEntry(mode)) {
    return { code: 'submodule-skipped', file, message: 'is a git submodule; skipped (promptvault records the files of this repository; a submodule\'s prompts are recorded by promptvault in the submodule\'s own repository)', fix: `nothing to do; to keep the glob from taking it, narrow the prompts globs in .promptvault.yaml (e.g. '${file.split('/')[0]}/**/*.md')` };
  }
  const copy = `cp --remove-destination "$(readlink -f '${file}')" '${file}'`;
  if (link === undefined) return { code: 'symlink-skipped', file, message: 'is a symbolic link; skipped (promptvault records the file it points to at that file\'s own path, never the link)', fix: `nothing to do; to record it here, replace the link with a copy: ${copy}` };
  const target = linkedPath(file, link.target);
  // The copy the other fixes suggest fails there (readlink -f names a file that is not there).
  if (link.dangling && target !== undefined) return { code: 'symlink-skipped', file, message: `is a symbolic link to ${target}, which is not in the commit (a dangling link): skipped, and nothing records it`, fix: `point the link at a file that exists, or remove it: git rm '${file}'` };
  const kind = target === undefined ? undefined : classifyPath(target, link.config);
  if (kind) return { code: 'symlink-skipped', file, message: `is a symbolic link to ${target}; skipped (promptvault records ${target} as a ${kind} at its own path, never the link)`, fix: `nothing to do; to record it here, replace the link with a copy: ${copy}` };
  // The link was taken for a recorded prompt while nothing records the text it shows: a team
  // editing the target believed it versioned (seen with a link to shared/base.txt).
  const where = target === undefined ? `${link.target}, outside the repository` : `${target}, which no \`prompts\` or \`codex\` glob takes`;
  return { code: 'symlink-skipped', file, message: `is a symbolic link to ${where}: skipped, and nothing records its text (promptvault never records a link)`, fix: `${target === undefined ? '' : `add a glob that takes ${target} to \`prompts:\` in .promptvault.yaml, or `}replace the link with a copy to record it here: ${copy}` };
}

/**
 * Whether a link at `file` holding `target` is dangling, told from a listing of the files the globs
 * take (a replay's tree, a snapshot's paths): its target is a path a glob takes and `listed` does
 * not hold it. The copy the other fixes suggest would fail there (newcomer36's leftover).
 */
export function danglingUnderGlob(file: string, target: string, config: Pick<Config, 'prompts' | 'codex'>, listed: (path: string) => boolean): boolean {
  const linked = linkedPath(file, target);
  return linked !== undefined && classifyPath(linked, config) !== undefined && !listed(linked);
}

/** The repository path a link at `file` holding `target` points to; undefined when absolute or outside the repository. */
export function linkedPath(file: string, target: string): string | undefined {
  if (target.startsWith('/')) return undefined;
  const joined = path.posix.normalize(`${path.posix.dirname(file)}/${target}`).replace(/\/+$/, '');
  return joined === '.' || joined === '..' || joined.startsWith('../') ? undefined : joined;
}
