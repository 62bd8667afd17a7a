// What the commit being made changes among prompts, clauses and records, and whether it is valid.
// The grep only proposes candidates; every candidate is parsed before it counts.
import { UserError, type Problem } from '../errors.ts';
import { compareGitPaths, type IndexChange, type IndexEntry } from '../git/index.ts';
import type { SourceIndex, TreeView } from './view.ts';
import { findStagedForkCycles } from './fork-cycles-view.ts';
import { lazySourceIndex, type DescribedEntry } from './lazy-source-ids.ts';
import { classifyPath, describeSource, escapeRegExp, idFromPath, sourcePathspecs, isSkippedEntry, linkedPath, skippedEntryWarning, SYMLINK_MODE, type SourceFileInfo, type SourceKind } from '../prompt/locate.ts';
import { parsePrompt } from '../prompt/parse.ts';
import { readClauses, readPrompts, type SourceFile } from '../prompt/read-files.ts';
import { checkReferences, findCaseCollisions, findDuplicateIds, sameFoldOf, type KnownIds } from '../prompt/references.ts';
import type { Config } from '../schema/config.ts';
import type { Clause } from '../schema/clause.ts';
import type { Prompt } from '../schema/prompt.ts';
import { parseRecordPath, recordFolder, VAULT_DIR } from '../vault/paths.ts';
import { foldedIdHeads } from './stable-id-keys.ts';

export interface ChangeSet {
  /** Prompt files added or modified in the index (renames included, at their new path). */
  staged: SourceFile[];
  /**
   * New prompt path -> the id it had before the commit: moves git detected, and prompts whose id
   * a change of the config's globs moved (same path, another id).
   */
  renamedFrom: Map<string, string>;
  /** Prompt files deleted (and not moved), with the id each had (read with the parent's globs). */
  deleted: (SourceFile & { id: string })[];
  /** Clause changes, for the guard. */
  clauses: ClauseChange[];
  /** Prompt or clause paths staged as symbolic links or submodules: skipped with a warning, neither is a prompt. */
  links: { path: string; mode: string | undefined; oid?: string | null }[];
  /** Prompt and clause paths new to the index (added, or moved there): only they can bring a new id. */
  newPaths: Set<string>;
  /** Mutation records added to the index relative to HEAD (by a merge, or an earlier run). */
  addedRecords: Set<string>;
  /** Prompt ids whose records the merged branch brought in. */
  mergedIds: Set<string>;
}

/**
 * A change as the recorder takes it: git's, or one `record --all` made for a prompt whose id changed
 * without its path (globs changed without the hook), which names the id it had.
 */
export type SourceChange = IndexChange & { fromId?: string };

/**
 * A clause change as the audits take it. In a commit that changes the globs, a path gives another
 * id before and after: `id` is the id audited when the path alone cannot say it (a deletion, read
 * with the parent's globs), `fromId` the id a moved clause had (git's rename, or the same path
 * under other globs).
 */
export type ClauseChange = IndexChange & { id?: string; fromId?: string };

/**
 * `previous` is the config of the commit's parent when this commit changes how paths map to ids
 * (its globs): paths as they were are read with it, paths as they are with `config`.
 */
export function classifyChanges(changes: SourceChange[], config: Config, previous: Config = config): ChangeSet {
  const set: ChangeSet = { staged: [], renamedFrom: new Map(), deleted: [], clauses: [], links: [], newPaths: new Set(), addedRecords: new Set(), mergedIds: new Set() };
  for (const change of changes) {
    const record = parseRecordPath(change.path);
    if (record) {
      if (change.status !== 'D') set.addedRecords.add(change.path);
      if (record.kind === 'mutation' && change.status !== 'D') set.mergedIds.add(record.id);
      continue;
    }
    // A deleted path is read as it was: with the parent's globs.
    const kind = classifyPath(change.path, change.status === 'D' ? previous : config);
    if (kind && isSkippedEntry(change.newMode)) {
      set.links.push({ path: change.path, mode: change.newMode, oid: change.newOid });
      continue;
    }
    // A change naming the id it had is a prompt's (record --all's move, whose old path today's globs may not take).
    const fromKind = change.fromId !== undefined && change.status === 'R' ? 'prompt' : change.fromPath ? classifyPath(change.fromPath, previous) : undefined;
    if (change.status === 'R' && fromKind === 'prompt' && change.oldOid) {
      if (kind !== 'prompt') set.deleted.push({ path: change.fromPath!, oid: change.oldOid, id: idFromPath(change.fromPath!, 'prompt', previous) });
      else set.renamedFrom.set(change.path, change.fromId ?? idFromPath(change.fromPath!, 'prompt', previous));
    }
    if (previous !== config && change.status === 'M' && kind === 'prompt') {
      // The same path under other globs: another id is a move from the id it had, no id a new prompt.
      const before = describeSource(change.path, previous);
      const id = idFromPath(change.path, 'prompt', config);
      if (before?.kind === 'prompt' && before.id !== id) set.renamedFrom.set(change.path, before.id);
      else if (before?.kind !== 'prompt') set.newPaths.add(change.path);
    }
    // A clause moved (and maybe rewritten) is audited under its new id against its old text, so a
    // rename cannot hide a weakened rule; moved out of the codex it counts as deleted.
    if (change.status === 'R' && fromKind === 'clause' && kind !== 'clause') set.clauses.push({ ...change, status: 'D', path: change.fromPath!, fromPath: undefined, newOid: null, id: idFromPath(change.fromPath!, 'clause', previous) });
    if (kind && (change.status === 'A' || change.status === 'R')) set.newPaths.add(change.path);
    if (kind === 'prompt') {
      if (change.status === 'D') set.deleted.push({ path: change.path, oid: change.oldOid!, id: idFromPath(change.path, 'prompt', previous) });
      else if (change.newOid) set.staged.push({ path: change.path, oid: change.newOid });
    } else if (kind === 'clause') {
      set.clauses.push(clauseChange(change, fromKind, config, previous));
    }
  }
  return set;
}

/**
 * A change of a clause file as the audits take it: paths as they were read with the parent's
 * globs. A clause whose path gives another id under new globs is a move from the id it had; a
 * file the old globs did not take as a clause is a new clause.
 */
function clauseChange(change: SourceChange, fromKind: SourceKind | undefined, config: Config, previous: Config): ClauseChange {
  if (change.status === 'D') return previous === config ? change : { ...change, id: idFromPath(change.path, 'clause', previous) };
  if (change.status === 'R') return fromKind === 'clause' ? { ...change, fromId: change.fromId ?? idFromPath(change.fromPath!, 'clause', previous) } : { ...change, status: 'A', fromPath: undefined, oldOid: null };
  if (previous === config || change.status !== 'M') return change;
  const before = describeSource(change.path, previous);
  if (before?.kind !== 'clause') return { ...change, status: 'A', oldOid: null };
  return before.id === idFromPath(change.path, 'clause', config) ? change : { ...change, fromId: before.id };
}

/** The hook's refusal of a commit over problems in its files, listed all at once. */
export function commitBlocked(problems: Problem[]): UserError {
  return new UserError('invalid-input', `promptvault: the commit was blocked, ${problems.length} problem${problems.length === 1 ? '' : 's'} to fix first (nothing was written)`, problems);
}

export interface ValidatedChanges {
  prompts: Prompt[];
  /** Problems found; only returned (not thrown) in lenient mode. */
  problems: Problem[];
  /** What was read leniently or skipped (symbolic links): shown, never blocking. */
  warnings: Problem[];
  known: KnownIds;
  /** Prompt id -> its path in the index. */
  promptPaths: Map<string, string>;
  /** The records of the prompts the commit stages or moves, listed with the sources. */
  listedRecords: ListedRecords;
  /** Every prompt and clause file of the index, when they were listed here (not from the view's own index); parsed on the first call. */
  sources?: () => IndexEntry[];
  /** The staged clause texts that parsed, by path: the audits read them from here, not again. */
  clauses: Map<string, Clause>;
}

/** Record files of some prompts, listed once and handed down (readLineages, writeRecords). */
export interface ListedRecords {
  /** Prompt ids whose record folders were listed. */
  ids: Set<string>;
  /** Every entry in those folders (record-named or not). */
  entries: IndexEntry[];
}

/**
 * Parses every staged prompt and checks ids and references against the whole index. Throws one
 * UserError listing every problem, so the commit is blocked before anything is written. Lenient
 * mode (backfill: history cannot be changed) returns the problems and the prompts that parsed.
 */
export async function validateChanges(view: TreeView, set: ChangeSet, config: Config, options: { lenient?: boolean } = {}): Promise<ValidatedChanges> {
  // Independent reads, each its own git process: run them side by side.
  const stagedClauses = set.clauses.flatMap((change) => (change.newOid ? [{ path: change.path, oid: change.newOid }] : []));
  // Every prompt path is listed once per commit, and the records of the prompts it stages or
  // moves come in the same pass over the index: the lineages are read from these entries. A
  // replayed history (backfill) keeps its own index of the sources up to date, so only the
  // record folders are listed there.
  const lineageIds = new Set([...set.staged.map((file) => idFromPath(file.path, 'prompt', config)), ...set.renamedFrom.values()]);
  const folders = [...lineageIds].flatMap((id) => [recordFolder('mutation', id), recordFolder('checkpoint', id)]);
  const [{ prompts, problems }, clauses, { known, promptPaths, sources, sameFold }, listed] = await Promise.all([
    readPrompts(view, set.staged, config),
    readClauses(view, stagedClauses, config),
    ...listSourcesAndRecords(view, config, folders),
  ]);
  const wantedFolders = new Set(folders);
  const records = listed.filter((entry) => wantedFolders.has(entry.path.slice(0, entry.path.lastIndexOf('/') + 1)));
  problems.push(...clauses.problems);
  // A link's blob is the path it points to (read only when the commit stages a link).
  const linkOids = set.links.flatMap((link) => (link.oid && link.mode === SYMLINK_MODE ? [link.oid] : []));
  const targets = linkOids.length > 0 ? await view.read(linkOids) : new Map<string, Buffer>();
  const linkTarget = (link: ChangeSet['links'][number]) => (link.oid ? targets.get(link.oid)?.toString('utf8') : undefined);
  // A link inside the repository whose target the index being committed lacks is dangling (looked
  // up per link: rare). A replay's view holds the prompt and clause folders alone, so there only a
  // target a glob takes is looked up (backfill gave the copy that fails, newcomer36's leftover).
  const dangling = async (link: ChangeSet['links'][number]): Promise<boolean> => {
    const target = linkTarget(link) === undefined ? undefined : linkedPath(link.path, linkTarget(link)!);
    if (target === undefined || (view.repo === undefined && !classifyPath(target, config))) return false;
    return (await view.list([target])).length === 0;
  };
  const linkWarnings = await Promise.all(set.links.map(async (link) => skippedEntryWarning(link.path, link.mode, linkTarget(link) === undefined ? undefined : { target: linkTarget(link)!, config, dangling: await dangling(link) })));
  const warnings = [...linkWarnings, ...prompts.flatMap((prompt) => prompt.warnings)];

  const touched = new Map([...set.staged.map((file) => file.path), ...set.clauses.map((change) => change.path)].flatMap((file) => {
    const info = describeSource(file, config);
    return info ? [[file, info] as const] : [];
  }));
  problems.push(...findDuplicateIds(known, touched));
  // Backfill replays what history holds; the hook keeps a new one out.
  if (!options.lenient && set.newPaths.size > 0) problems.push(...findCaseCollisions(new Map([...touched].filter(([file]) => set.newPaths.has(file))), sameFold ?? sameFoldOf(known)));
  const duplicateStableIds = await findDuplicateStableIds(view, prompts, config);
  for (const prompt of prompts) {
    problems.push(...checkReferences(prompt, known, (key) => prompt.keyLines[key]));
    problems.push(...(duplicateStableIds.get(prompt) ?? []));
  }
  // New codex globs gave clauses other ids: a prompt left citing an old one is refused with the new one.
  if (!options.lenient && set.clauses.some((change) => change.status === 'M' && change.fromId !== undefined)) {
    const { findRerootedCitations } = await import('./rerooted-citations.ts');
    problems.push(...(await findRerootedCitations(view, config, set.clauses, known, new Set(set.staged.map((file) => file.path)), sources?.())));
  }
  if (prompts.some((prompt) => prompt.frontMatter.forked_from)) {
    problems.push(...(await findStagedForkCycles(view, prompts, (id) => known.prompts.get(id)?.[0], config)));
  }
  if (problems.length > 0 && !options.lenient) throw commitBlocked(problems);
  // Lenient (backfill): an id two files give is recorded from neither, as the hook, which refuses
  // the commit, records nothing of it; recorded from the file each commit touched, its lineage
  // alternated between the two texts.
  const shared = (prompt: Prompt) => (known.prompts.get(idFromPath(prompt.path, 'prompt', config))?.length ?? 0) > 1;
  // A file renamed away from an id another file still gives, one it gave before this commit (two
  // files of one id, renamed apart): the id stays where it is, so the renamed file starts a lineage
  // of its own (a new prompt), rather than taking the id's lineage while the id lives on (which
  // check warned of as rename-from-live-prompt). A file made under the old name in the same commit
  // (moved, and another written in its place) does not count: that is still a move.
  for (const [to, from] of [...set.renamedFrom]) {
    const stays = known.prompts.get(from)?.some((other) => other !== to && !set.newPaths.has(other));
    if (stays) set.renamedFrom.delete(to);
  }
  const recordable = options.lenient && prompts.some(shared) ? prompts.filter((prompt) => !shared(prompt)) : prompts;
  await pairMovesByStableId(view, set, recordable, config);
  return { prompts: recordable, problems, warnings, known, promptPaths, listedRecords: { ids: lineageIds, entries: records }, ...(sources ? { sources } : {}), clauses: new Map(clauses.clauses.map((clause) => [clause.path, clause])) };
}

const VAULT_PREFIX = `${VAULT_DIR}/`;

/**
 * The sources' ids and the entries of `folders`: from one listing (whose source entries are kept
 * for the clause audits' citations), or what the view knows.
 */
function listSourcesAndRecords(view: TreeView, config: Config, folders: string[]): [Promise<SourceIndex & { sources?: () => IndexEntry[] }>, Promise<IndexEntry[]>] {
  if (view.replay) {
    return [Promise.resolve(view.replay.sourceIndex), folders.length === 0 ? Promise.resolve([]) : view.list(folders)];
  }
  if (view.listSources) {
    // The hook's view: the prompt list from a cached list and the staged diff, the folders apart.
    // The ids a commit asks are looked up, not mapped (lazy-source-ids.ts): a few by searching the
    // list's text, many (50 prompts) through one pass over it (source-list-cache-fs.ts). The list
    // itself is parsed only when something needs every entry (a clause's citing prompts).
    return [view.listSources(sourcePathspecs(config), config).then((list) => ({ ...lazySourceIndex(list.pathsOf, () => mapSourceIds(list.entries(), config)), sources: list.entries, sameFold: list.sameFold })), folders.length === 0 ? Promise.resolve([]) : view.list(folders, { readingAll: true })];
  }
  const listed = view.list([...sourcePathspecs(config), ...folders]);
  return [listed.then((entries) => {
    const sources = entries.filter((entry) => !entry.path.startsWith(VAULT_PREFIX));
    return { ...indexSources(sources, config), sources: () => sources };
  }), listed];
}

/**
 * The ids the prompt and clause files of a tree give (symbolic links are not prompts). An entry
 * that carries its kind and id (the hook's cached list) is not classified again.
 */
export function indexSources(entries: (IndexEntry & { source?: SourceFileInfo | null })[], config: Config, options: { lazy?: boolean } = {}): SourceIndex {
  // `lazy`, and every entry carries its kind and id (the hook's cached list): looked up on demand.
  if (options.lazy && entries.every((entry) => entry.source !== undefined)) return lazySourceIndex(entries as DescribedEntry[], () => mapSourceIds(entries, config));
  return mapSourceIds(entries, config);
}

/** indexSources' maps of every id, in one pass over `entries`. */
function mapSourceIds(entries: (IndexEntry & { source?: SourceFileInfo | null })[], config: Config): SourceIndex {
  const known: KnownIds = { prompts: new Map(), clauses: new Map() };
  for (const entry of entries) {
    if (isSkippedEntry(entry.mode)) continue;
    const info = entry.source !== undefined ? entry.source : describeSource(entry.path, config);
    if (!info) continue;
    const map = info.kind === 'prompt' ? known.prompts : known.clauses;
    const paths = map.get(info.id);
    if (paths) paths.push(entry.path);
    else map.set(info.id, [entry.path]);
  }
  const promptPaths = new Map<string, string>();
  for (const [id, paths] of known.prompts) promptPaths.set(id, paths[0]!);
  return { known, promptPaths };
}

/**
 * A prompt deleted at one path and added at another with the same front-matter `id` is a move,
 * even when git's content similarity is too low to call it a rename.
 */
async function pairMovesByStableId(view: TreeView, set: ChangeSet, prompts: Prompt[], config: Config): Promise<void> {
  const added = prompts.filter((prompt) => prompt.frontMatter.id !== undefined && !set.renamedFrom.has(prompt.path));
  if (added.length === 0 || set.deleted.length === 0) return;
  const blobs = await view.read(set.deleted.map((file) => file.oid));
  for (const file of [...set.deleted]) {
    const parsed = parsePrompt(blobs.get(file.oid)!, file.path, file.id);
    const stableId = parsed.ok ? parsed.value.frontMatter.id : undefined;
    const target = stableId === undefined ? undefined : added.find((prompt) => prompt.frontMatter.id === stableId && !set.renamedFrom.has(prompt.path));
    if (!target) continue;
    set.renamedFrom.set(target.path, file.id);
    set.deleted = set.deleted.filter((entry) => entry !== file);
  }
}

/**
 * The `git grep -E` patterns matching a front-matter line `id: <one of ids>` (a YAML comment after
 * it allowed: `id: beta  # from billing` is the id `beta`): as few as the
 * length of one argument allows (Linux refuses an argument over 128 KB: a resync of thousands of
 * prompts with ids would not start git at all), each at most `budget` characters of ids.
 */
export function stableIdPatterns(ids: string[], budget = 32_000): string[] {
  const patterns: string[] = [];
  let group: string[] = [];
  let length = 0;
  const flush = () => {
    if (group.length > 0) patterns.push(`^id:[[:space:]]*["']?(${group.join('|')})["']?[[:space:]]*([[:space:]]#.*)?$`);
    group = [];
    length = 0;
  };
  for (const id of new Set(ids)) {
    const escaped = escapeRegExp(id);
    if (length + escaped.length > budget) flush();
    group.push(escaped);
    length += escaped.length + 1;
  }
  flush();
  return patterns;
}

/**
 * A line that may write an id the id patterns miss (git grep -E): an indented, quoted, `? ` or
 * spaced key, a value that is not plain text (empty, a block, anchor, alias, tag, flow, quote,
 * number-like), a key in a flow mapping, an explicit `? id` key. Overreaching only costs a parse.
 */
const ODD_ID_LINE = String.raw`^[[:space:]]*(\?[[:space:]]*)?(["']id["'][[:space:]]*|id[[:space:]]+):|^([[:space:]]+|\?[[:space:]]*)id:|^id:[[:space:]]*([-+.0-9&*!|>{}[%@#?:,"'` + '`' + String.raw`]|$)|[{,][[:space:]]*["']?id["']?[[:space:]]*:|^[[:space:]]*\?[[:space:]]*["']?id["']?[[:space:]]*(#.*)?$`;

/**
 * A front-matter `id` must be unique: each staged prompt's clashes, among the files the view keeps
 * as having an id line for one of their ids (TreeView.stableIdFiles), else found with one native
 * `git grep` over the index for all of their ids (more only past stableIdPatterns' length).
 */
async function findDuplicateStableIds(view: TreeView, prompts: Prompt[], config: Config): Promise<Map<Prompt, Problem[]>> {
  const found = new Map<Prompt, Problem[]>();
  const withIds = prompts.filter((prompt) => prompt.frontMatter.id !== undefined);
  if (withIds.length === 0) return found;
  // The files with an id line for any staged id: the view's list of them kept by blob (the hook's,
  // backfill's), or one search for every staged id. `git grep --cached` reads every source blob of
  // the index (3.1 s of git's CPU at 10,000 prompts on a loaded machine, 0.3 s at 1,000), for a
  // commit of one prompt with an id. A file any of them matches is a candidate for each.
  const ids = [...new Set(withIds.map((prompt) => String(prompt.frontMatter.id)))];
  const kept = await view.stableIdFiles?.(ids, sourcePathspecs(config), config);
  const matched = new Set<string>(kept?.map((entry) => entry.path));
  // Without the view's list, also the files with a line that may write an id in a shape only
  // YAML's parse reads (stable-id-keys.ts): each is parsed, as the list's keys would have it.
  // A plain id continued on the next line has only its head on the `id:` line (foldedIdHeads).
  for (const pattern of kept ? [] : [...stableIdPatterns([...ids, ...ids.flatMap(foldedIdHeads)]), ODD_ID_LINE]) {
    for (const file of await view.grep(pattern, sourcePathspecs(config))) matched.add(file);
  }
  // The staged prompts with an id are parsed already: each is a candidate whatever its lines look like.
  for (const prompt of withIds) matched.add(prompt.path);
  // In index order, as one search lists them (the clashes are named in that order).
  const candidates = [...matched].filter((file) => classifyPath(file, config) === 'prompt').sort(compareGitPaths);
  // The search only proposes; parse the candidates to be sure the key is in their front matter
  // (the staged prompts, each its own candidate, are parsed already).
  const staged = new Map(prompts.map((prompt) => [prompt.path, prompt]));
  const others = candidates.filter((file) => !staged.has(file));
  const otherSet = new Set(others);
  const otherEntries = kept ? kept.filter((entry) => otherSet.has(entry.path)) : others.length === 0 ? [] : await view.list(others);
  const read = otherEntries.length === 0 ? [] : (await readPrompts(view, otherEntries, config)).prompts;
  const readByPath = new Map(read.map((prompt) => [prompt.path, prompt]));
  const parsed = candidates.flatMap((file) => staged.get(file) ?? readByPath.get(file) ?? []);
  for (const prompt of withIds) {
    const stableId = prompt.frontMatter.id;
    const clashes = parsed.filter((other) => other.path !== prompt.path && other.frontMatter.id === stableId);
    if (clashes.length === 0) continue;
    found.set(prompt, clashes.map((clash) => ({
      code: 'id-duplicate', file: prompt.path, line: prompt.keyLines.id,
      message: `front matter id "${stableId}" is already used by ${clash.path}`,
      expected: 'a front-matter id no other prompt has', fix: `choose another id, or remove it from one of ${prompt.path}, ${clash.path}`,
    })));
  }
  return found;
}
