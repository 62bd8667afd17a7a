// Node-only: reads a whole snapshot (a commit's tree, the index or the working tree) of prompts,
// clauses and records, validating everything and collecting every problem. Used by `check`,
// `log` and the site.
import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from '../errors.ts';
import { listIndex, listTree, readBlobs, withPathOfMissing, type IndexEntry, type Repo } from '../git/index.ts';
import { classifyPath, globReachesInto, idFromPath, sourceFolders, sourcePathspecs, isSkippedEntry, isSubmoduleEntry, danglingUnderGlob, linkedPath, skippedEntryWarning, submoduleInsideWarning, SYMLINK_MODE } from '../prompt/locate.ts';
import { parsePrompt } from '../prompt/parse.ts';
import { parseClause } from '../prompt/parse-clause.ts';
import { checkReferences, findAllCaseCollisions, findDuplicateIds, foldCase, indexIds, type ClauseDeletion } from '../prompt/references.ts';
import type { Clause } from '../schema/clause.ts';
import type { Config } from '../schema/config.ts';
import type { Prompt } from '../schema/prompt.ts';
import type { Audit, Checkpoint, Mutation } from '../schema/records.ts';
import { parseRecordPath, VAULT_DIR, type RecordPath } from './paths.ts';
import { parseRecordFile } from './parse-record-file.ts';
import type { Validated } from '../schema/validate.ts';
import { compareCodeUnits } from '../code-unit-order.ts';

export { AUDIT_EXAMPLE } from './parse-record-file.ts';

export interface Snapshot {
  prompts: Prompt[];
  clauses: Clause[];
  checkpoints: (Checkpoint & { file: string })[];
  mutations: (Mutation & { file: string })[];
  audits: (Audit & { file: string })[];
  problems: Problem[];
  /** What was read leniently or skipped (symbolic links): reported, never failing. */
  warnings: Problem[];
}

/** Everything at `ref` (a commit) or, without it, in the index. */
/** The problems of the snapshot's records (files in vault/), which the commands reading records refuse to run on. */
export function recordProblems(snapshot: Pick<Snapshot, 'problems'>): Problem[] {
  return snapshot.problems.filter((problem) => problem.file.startsWith(`${VAULT_DIR}/`));
}

export async function readSnapshot(repo: Repo, config: Config, options: { ref?: string } = {}): Promise<Snapshot> {
  const entries = options.ref
    ? await listTree(repo, { ref: options.ref, pathspecs: [...sourceFolders(config), `${VAULT_DIR}/`], submodules: true })
    : await listIndex(repo, { pathspecs: [...sourcePathspecs(config), `${VAULT_DIR}/`] });
  // A submodule's object is a commit of another repository: never read, the parser warns of it by its mode.
  const read = entries.filter((entry) => !isSubmoduleEntry(entry.mode));
  // A blob the repository lost is named with its path (MissingObjectError).
  const blobs = await withPathOfMissing(readBlobs(repo, read.map((entry) => entry.oid)), (oid) => read.find((entry) => entry.oid === oid)?.path);
  const missingLinkTargets = await linkTargetsMissing(repo, options.ref, entries.flatMap((entry) => {
    const target = entry.mode === SYMLINK_MODE ? linkedPath(entry.path, blobs.get(entry.oid)?.toString('utf8') ?? '') : undefined;
    return target !== undefined && classifyPath(target, config) === undefined ? [target] : [];
  }));
  return parseSnapshot(entries.map((entry) => ({ ...entry, bytes: blobs.get(entry.oid) ?? new Uint8Array() })), config, { missingLinkTargets });
}

/**
 * Of the targets of links in the prompt folders that no glob takes (listed apart from the folders
 * read), those `ref` (else the index) does not hold, file or folder: the copy the warning offers
 * fails for them (newcomer37's leftover: check gave it for a link to a deleted shared/ file). One
 * listing, only where such a link is.
 */
async function linkTargetsMissing(repo: Repo, ref: string | undefined, targets: string[]): Promise<Set<string>> {
  if (targets.length === 0) return new Set();
  const unique = [...new Set(targets)];
  // Literal both ways: a target is the user's text (`../:(attr:x)y` made ls-tree exit 128).
  const pathspecs = unique.map((target) => `:(literal)${target}`);
  // A submodule is held as its commit (the index lists it so): a link to its folder is not dangling.
  const found = ref ? await listTree(repo, { ref, pathspecs, submodules: true }) : await listIndex(repo, { pathspecs });
  const held = new Set(found.map((entry) => entry.path));
  const under = (target: string) => held.has(target) || found.some((entry) => entry.path.startsWith(`${target}/`));
  return new Set(unique.filter((target) => !under(target)));
}

/** Pure over the bytes of each file: parses, validates and cross-checks ids. */
export function parseSnapshot(files: Iterable<IndexEntry & { bytes: Uint8Array }>, config: Config, options: SnapshotParserOptions = {}): Snapshot {
  const parser = createSnapshotParser(config, options);
  for (const file of files) parser.add(file);
  return parser.finish();
}

/**
 * parseSnapshot one file at a time: a reader hands each file over as it reads it and keeps no
 * bytes, so the raw text of a vault (750 MB at 500,000 checkpoints) is never held beside its
 * parsed records. Ids are cross-checked in `finish`.
 */
export function createSnapshotParser(config: Config, options: SnapshotParserOptions = {}): SnapshotParser {
  const snapshot: Snapshot = { prompts: [], clauses: [], checkpoints: [], mutations: [], audits: [], problems: [], warnings: [] };
  const sources: { path: string; id: string; kind: 'prompt' | 'clause' }[] = [];
  // Every source path handed over, and the links and submodules the globs take, warned of in finish.
  const seen = new Set<string>();
  const skipped: { path: string; mode: string | undefined | null; target: string | undefined }[] = [];
  type AnyRecord = Checkpoint | Mutation | Audit;
  // The list a record of each kind joins (typed loosely: the kind decides the schema it passed).
  const into = { checkpoint: snapshot.checkpoints, mutation: snapshot.mutations, audit: snapshot.audits } as Record<'checkpoint' | 'mutation' | 'audit', (AnyRecord & { file: string })[]>;
  const add = (file: IndexEntry & { bytes: Uint8Array }): void => {
    const record = parseRecordPath(file.path);
    if (record) {
      // A view of the bytes, not a copy (Buffer.from(uint8Array) copies).
      const text = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength).toString('utf8');
      const parsed = parseRecordFile(record.kind, text, file.path);
      const kept: Validated<AnyRecord> = parsed.ok && file.oid !== '' && options.onParsedRecord ? { ok: true, value: options.onParsedRecord(file.oid, parsed.value) } : parsed;
      push(kept, into[record.kind], file.path, snapshot.problems, record.id, options.foldsCase);
      return;
    }
    const kind = classifyPath(file.path, config);
    if (!kind) {
      // A submodule the globs would look into (a shared library at prompts/library): its prompts are not recorded here.
      if (isSubmoduleEntry(file.mode) && !file.path.startsWith(`${VAULT_DIR}/`)) {
        const into = globReachesInto(file.path, config.codex) ? 'clause' : globReachesInto(file.path, config.prompts) ? 'prompt' : undefined;
        if (into) snapshot.warnings.push(submoduleInsideWarning(file.path, into));
      }
      return;
    }
    seen.add(file.path);
    if (isSkippedEntry(file.mode)) {
      // A link's blob is the path it points to; warned of in finish, once every path is known.
      skipped.push({ path: file.path, mode: file.mode, target: isSubmoduleEntry(file.mode) || file.bytes.byteLength === 0 ? undefined : Buffer.from(file.bytes).toString('utf8') });
      return;
    }
    const id = idFromPath(file.path, kind, config);
    sources.push({ path: file.path, id, kind });
    if (kind === 'prompt') {
      const parsed = parsePrompt(file.bytes, file.path, id, { maxBytes: config.max_prompt_bytes });
      if (parsed.ok) {
        snapshot.prompts.push(parsed.value);
        snapshot.warnings.push(...parsed.value.warnings);
      }
      else snapshot.problems.push(...parsed.problems);
    } else {
      const parsed = parseClause(file.bytes, file.path, id);
      if (parsed.ok) snapshot.clauses.push(parsed.value);
      else snapshot.problems.push(...parsed.problems);
    }
  };
  const finish = (): Snapshot => {
    // A target a glob takes is among the files handed over when it exists (check gave the failing copy).
    for (const entry of skipped) {
      const linked = entry.target === undefined ? undefined : linkedPath(entry.path, entry.target);
      const dangling = entry.target !== undefined && (danglingUnderGlob(entry.path, entry.target, config, (file) => seen.has(file)) || (linked !== undefined && options.missingLinkTargets?.has(linked) === true));
      snapshot.warnings.push(skippedEntryWarning(entry.path, entry.mode, entry.target === undefined ? undefined : { target: entry.target, config, dangling }));
    }
    const known = indexIds(sources);
    snapshot.problems.push(...findDuplicateIds(known));
    // Said, not failing: a pair committed before the hook refused them is for the team to rename.
    snapshot.warnings.push(...findAllCaseCollisions(known));
    const stableIds = new Map<string, string>();
    // Built on the first codex id that names no clause: the deletions the audits recorded, last one kept.
    let deletions: Map<string, ClauseDeletion> | undefined;
    const deletedClause = (id: string): ClauseDeletion | undefined => {
      deletions ??= new Map(snapshot.audits.filter((audit) => audit.change === 'deleted').sort((a, b) => compareCodeUnits(a.id, b.id)).map((audit) => [audit.clause, { audit: audit.id, path: audit.path }]));
      return deletions.get(id);
    };
    for (const prompt of snapshot.prompts) {
      snapshot.problems.push(...checkReferences(prompt, known, (key) => prompt.keyLines[key], deletedClause));
      const stable = prompt.frontMatter.id;
      if (stable === undefined) continue;
      const other = stableIds.get(stable);
      if (other) snapshot.problems.push({ code: 'id-duplicate', file: prompt.path, line: prompt.keyLines.id, message: `front matter id "${stable}" is already used by ${other}`, expected: 'a front-matter id no other prompt has', fix: `choose another id in one of ${other}, ${prompt.path}` });
      else stableIds.set(stable, prompt.path);
    }
    return snapshot;
  };
  const addRecord = (file: string, value: Checkpoint | Mutation | Audit, parsedPath?: RecordPath): void => {
    const record = parsedPath ?? parseRecordPath(file);
    if (!record) throw new Error(`addRecord: ${file} is not a record path`);
    push({ ok: true, value }, into[record.kind], file, snapshot.problems, record.id, options.foldsCase);
  };
  return { add, addRecord, finish };
}

export interface SnapshotParserOptions {
  /** Targets of links that no glob takes which the snapshot's commit does not hold (readSnapshot looks them up): those links are dangling. */
  missingLinkTargets?: ReadonlySet<string>;
  /**
   * Told of each record parsed and validated from a git blob (`oid` of the file), before its
   * `file` is set: a cache keeps it. Answers the record the snapshot keeps in its place (the same
   * data: the site's reader hands back its JSON's parse, a more compact object).
   */
  onParsedRecord?: (oid: string, record: Checkpoint | Mutation | Audit) => Checkpoint | Mutation | Audit;
  /**
   * The files come from a disk that ignores letter case (macOS, Windows): after a rename in case
   * only (`Greeting.md` -> `greeting.md`), the record folders of the two ids are one folder there,
   * holding both ids' records under whichever name the checkout made first. A record naming an id
   * that differs from its folder's only by case is then in its place.
   */
  foldsCase?: boolean;
}

export interface SnapshotParser {
  add(file: IndexEntry & { bytes: Uint8Array }): void;
  /** A record validated before from the same bytes (a cache's), checked for its folder as `add` does (`parsedPath`: the file's parseRecordPath, when the caller has it). */
  addRecord(file: string, record: Checkpoint | Mutation | Audit, parsedPath?: RecordPath): void;
  finish(): Snapshot;
}

function push<T extends { prompt?: string; clause?: string }>(
  parsed: { ok: true; value: T } | { ok: false; problems: Problem[] },
  into: (T & { file: string })[],
  file: string,
  problems: Problem[],
  folderId: string,
  foldsCase = false,
): void {
  if (!parsed.ok) {
    problems.push(...parsed.problems);
    return;
  }
  const owner = parsed.value.prompt ?? parsed.value.clause;
  if (owner !== folderId && !(foldsCase && owner !== undefined && foldCase(owner) === foldCase(folderId))) {
    problems.push({ code: 'record-misplaced', file, message: `names "${owner}" but lies in the folder of "${folderId}"`, expected: `records of "${owner}" under the folder named after it`, fix: `restore the file with \`git checkout -- ${file}\`` });
    return;
  }
  into.push(Object.assign(parsed.value, { file }));
}

/** Whether the disk under `dir` ignores letter case: its vault/ folder is found as VAULT/ too (false without one). */
function diskFoldsCase(dir: string): boolean {
  return fs.existsSync(path.join(dir, VAULT_DIR)) && fs.existsSync(path.join(dir, VAULT_DIR.toUpperCase()));
}

/**
 * Everything in the working tree (what `npm run build` shows), through the same parser as the
 * git snapshots, so a bad file fails the site build with the same problems `check` reports.
 */
export function readSnapshotFromDisk(dir: string, config: Config, { foldsCase = diskFoldsCase(dir) }: { foldsCase?: boolean } = {}): Snapshot {
  const roots = [...sourceFolders(config), `${VAULT_DIR}/`];
  const files: string[] = [];
  const seen = new Set<string>();
  // Each folder's path relative to `dir`, worked out once per folder rather than once per file.
  const folders = new Map<string, string>();
  const relativeFolder = (parent: string) => {
    let rel = folders.get(parent);
    if (rel === undefined) {
      rel = path.relative(dir, parent).split(path.sep).join('/');
      folders.set(parent, rel);
    }
    return rel;
  };
  for (const root of roots) {
    const start = path.join(dir, root);
    if (!fs.existsSync(start)) continue;
    for (const entry of fs.readdirSync(start, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const folder = relativeFolder(entry.parentPath);
      const rel = folder === '' ? entry.name : `${folder}/${entry.name}`;
      if (seen.has(rel) || rel.startsWith('node_modules/') || rel.includes('/node_modules/')) continue;
      seen.add(rel);
      if (!parseRecordPath(rel) && !classifyPath(rel, config)) continue;
      files.push(rel);
    }
  }
  files.sort((a, b) => compareCodeUnits(a, b));
  // Read and parse one file at a time: only parsed records are kept.
  const parser = createSnapshotParser(config, { foldsCase });
  for (const rel of files) parser.add({ path: rel, oid: '', bytes: fs.readFileSync(path.join(dir, rel)) });
  return parser.finish();
}
