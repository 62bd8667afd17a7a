// `promptvault bundle --out prompts.json [--label production] [--types prompts.d.ts]`: every prompt
// at its current version (or the versions a label names), with the text and front matter of that
// version read from git, as one JSON file for `promptvault/runtime`. Built from HEAD's tree and
// history only, so the same repository state always gives the same bytes.
import { isUserError, UserError, type Problem } from '../../lib/errors.ts';
import { readConfig } from '../../lib/config/read-fs.ts';
import { openRepo, resolveHead, type Repo } from '../../lib/git/index.ts';
import { readLabelsAtRef } from '../../lib/labels/read-git.ts';
import { buildVaultIndex, currentIdOf, currentVersion, deletedIds, findLabelProblems, resolveLabels, type RecordedVersion, type VaultIndex } from '../../lib/labels/resolve.ts';
import { nearestAndKnown } from '../../lib/labels/nearest.ts';
import { parsePrompt } from '../../lib/prompt/parse.ts';
import { globToRegExp, sourceFolders } from '../../lib/prompt/locate.ts';
import { templateVariables } from '../../lib/traits/variables.ts';
import { syntaxOfKind, toolVariables } from '../../lib/formats/tool-variables.ts';
import { readSnapshot, recordProblems } from '../../lib/vault/read-all.ts';
import { readVersionFiles } from '../../lib/vault/version-files-git.ts';
import { readDeletionPlaces } from '../../lib/vault/deleted-prompts-git.ts';
import { versionLabel } from '../../lib/vault/version-label.ts';
import { BUNDLE_FORMAT, type Bundle, type BundledPrompt, type DeletionPlace } from '../../runtime/bundle-format.ts';
import { inputDefaults } from './input-defaults.ts';
import { unusedDeclaredInputs } from './declared-inputs.ts';
import { modelSettings } from './model-settings.ts';
import { bundleTypes } from './types.ts';
import { compareCodeUnits } from '../../lib/code-unit-order.ts';

export interface BundleOptions {
  cwd: string;
  /** Only the prompts this label names, at those versions; `get(id)` then serves the label. */
  label?: string;
  /** Commit to bundle (default HEAD). */
  ref?: string;
  /**
   * Only the prompts whose file one of these globs matches (relative to the repository root, as in
   * `.promptvault.yaml`): one app's bundle in a monorepo, `apps/support-bot/**` and the shared
   * package's prompts. A moved prompt is matched by its current path.
   */
  prompts?: string[];
}

export interface BundleResult {
  bundle: Bundle;
  /** The bundle as written: stable key order, two-space indent, final newline. */
  json: string;
  /** TypeScript declarations for `loadBundle<PromptTypes>(json)`. */
  types: string;
}

/** One version to bundle, under the id applications ask for. */
interface Wanted {
  id: string;
  version: RecordedVersion;
}

export async function bundle(options: BundleOptions): Promise<BundleResult> {
  const repo = await openRepo({ cwd: options.cwd }).catch((error: unknown) => {
    // The usual way here: a Docker build whose context leaves .git out. `git init`, the generic
    // advice, would give an empty history and so an empty bundle.
    if (!isUserError(error) || error.code !== 'not-a-repository') throw error;
    throw new UserError('not-a-repository', `${options.cwd} is not inside a git repository, and bundle reads each version's text from git history. Run it in a clone with that history (CI's checkout with fetch-depth: 0, before the Docker build) and copy the JSON it writes into the image: the application needs only that file and promptvault/runtime, no .git`, [], { cause: error });
  });
  const config = readConfig(repo.dir);
  const ref = options.ref ?? (await resolveHead(repo));
  if (ref === null) throw new UserError('no-commits', 'the repository has no commits yet: commit prompts with the hook installed, then bundle them');
  const [snapshot, labelFiles] = await Promise.all([readSnapshot(repo, config, { ref }), readLabelsAtRef(repo, { ref })]);
  const vaultProblems = [...recordProblems(snapshot), ...labelFiles.problems];
  if (vaultProblems.length > 0) throw new UserError('record-invalid', 'vault/ holds invalid records or labels; fix them (see `promptvault check`) before bundling', vaultProblems);
  const index = buildVaultIndex(snapshot);
  const labels = options.label === undefined ? labelFiles.labels : labelFiles.labels.filter((l) => l.label === options.label);
  if (options.label !== undefined && labels.length === 0) {
    const names = labelFiles.labels.map((l) => l.label);
    throw new UserError('label-unknown', `there is no label "${options.label}" at ${ref.slice(0, 12)}${nearestAndKnown(options.label, names, { known: 'Labels', none: 'none yet (set one with `promptvault label set production <id>@<version>`)' })}`);
  }
  const wantedPath = pathFilter(options.prompts, [...index.current.values()].map((entry) => entry.path));
  const resolved = resolveLabels(index, labels).filter((r) => wantedPath(index.current.get(r.currentId ?? '')?.path ?? r.version?.checkpoint.path));
  const labelProblems = findLabelProblems(resolved);
  if (labelProblems.length > 0) throw new UserError('label-dangling', 'a label names a version that cannot be bundled', labelProblems, { exitCode: 1 });

  const current: Wanted[] = [];
  if (options.label === undefined) {
    const problems: Problem[] = [];
    for (const id of [...index.current.keys()].sort()) {
      if (!wantedPath(index.current.get(id)!.path)) continue;
      const version = currentVersion(index, id);
      if (version) current.push({ id, version });
      else problems.push({ code: 'not-recorded', file: index.current.get(id)!.path, message: 'its current text has no recorded version', fix: 'commit it with the hook installed, or run `promptvault record --all` and commit' });
    }
    if (problems.length > 0) throw new UserError('not-recorded', 'every prompt must be recorded before it is bundled', problems, { exitCode: 1 });
  }
  const labelled = resolved.map((r) => ({ label: r.label, wanted: { id: r.currentId!, version: r.version! } }));
  const all = [...current, ...labelled.map((l) => l.wanted)];
  const texts = await readVersionFiles(repo, all.map((w) => w.version), sourceFolders(config));

  const prompts = new Map<string, BundledPrompt>();
  const problems: Problem[] = [];
  for (const { id, version } of all) {
    const name = `${id}\n${version.key}`;
    if (prompts.has(name)) continue;
    const file = texts.get(version.checkpoint.file);
    if (!file) {
      problems.push({ code: 'version-text-missing', file: version.checkpoint.file, message: `the text of ${version.prompt} ${versionLabel(version.version, version.key)} (${version.checkpoint.path}) is in no commit of this clone`, fix: 'fetch the full history (git fetch --unshallow) and bundle again' });
      continue;
    }
    const parsed = parsePrompt(file.bytes, version.checkpoint.path, version.prompt);
    if (!parsed.ok) {
      problems.push(...parsed.problems.map((p) => ({ ...p, message: `at ${version.prompt} ${versionLabel(version.version, version.key)} (commit ${file.commit.slice(0, 12)}): ${p.message}` })));
      continue;
    }
    const frontMatter = { ...parsed.value.frontMatter } as Record<string, unknown>;
    const syntax = syntaxOfKind(parsed.value.kind);
    const variables = [...new Set([...templateVariables(parsed.value.body), ...toolVariables(parsed.value.body, syntax)])].sort();
    const defaults = inputDefaults(version.checkpoint.path, frontMatter, variables);
    const unused = unusedDeclaredInputs(version.checkpoint.path, frontMatter, variables);
    prompts.set(name, {
      id, version: version.version, versionLabel: versionLabel(version.version, version.key), key: version.key,
      ...(version.prompt !== id ? { recordedAs: version.prompt } : {}),
      path: version.checkpoint.path, text: parsed.value.body, frontMatter, variables, ...(syntax !== 'template' ? { syntax } : {}),
      ...(defaults ? { defaults } : {}),
      ...(unused ? { unused } : {}),
      hash: version.content_hash, commit: file.commit, model: modelSettings(frontMatter, parsed.value.model),
    });
  }
  if (problems.length > 0) throw new UserError('bundle-failed', 'some versions could not be read from git', problems);

  const labelMaps: Record<string, Record<string, string>> = {};
  for (const { label, wanted } of labelled) (labelMaps[label] ??= {})[wanted.id] = wanted.version.key;
  const result: Bundle = {
    format: BUNDLE_FORMAT,
    source: { commit: ref },
    defaultLabel: options.label ?? null,
    prompts: [...prompts.values()].sort((a, b) => compareCodeUnits(a.id, b.id) || a.version - b.version || compareCodeUnits(a.key, b.key)),
    current: sortKeys(Object.fromEntries(current.map((w) => [w.id, w.version.key]))),
    labels: sortKeys(Object.fromEntries(Object.entries(labelMaps).map(([label, map]) => [label, sortKeys(map)]))),
  };
  const moved = movedIds(index, new Set(result.prompts.map((p) => p.id)));
  if (Object.keys(moved).length > 0) result.moved = moved;
  const deleted = await deletedPlaces(repo, ref, index, wantedPath);
  if (Object.keys(deleted).length > 0) result.deleted = deleted;
  return { bundle: result, json: `${JSON.stringify(result, null, 2)}\n`, types: bundleTypes(result) };
}

/** Whether a prompt file is to be bundled; refuses globs that match none of `paths` (a typo would give an empty bundle). */
function pathFilter(globs: string[] | undefined, paths: string[]): (path: string | undefined) => boolean {
  if (!globs?.length) return () => true;
  const patterns = globs.map((glob) => ({ glob, pattern: globToRegExp(glob.replace(/^\.\//, '')) }));
  const unmatched = patterns.filter(({ pattern }) => !paths.some((path) => pattern.test(path)));
  if (unmatched.length > 0) {
    throw new UserError('glob-matches-nothing', `--prompts ${unmatched.map(({ glob }) => `'${glob}'`).join(', ')} matches no prompt file; globs are relative to the repository root, e.g. --prompts 'apps/support-bot/**' (prompt files here: ${paths.sort().slice(0, 3).join(', ')}${paths.length > 3 ? ', ...' : ''})`);
  }
  return (path) => path !== undefined && patterns.some(({ pattern }) => pattern.test(path));
}

/**
 * Old id -> the id it has now, for each bundled prompt moved since (through every move), so an
 * application still asking for an old id is told the new one instead of "no prompt".
 */
function movedIds(index: VaultIndex, bundled: Set<string>): Record<string, string> {
  const moved: Record<string, string> = {};
  for (const old of index.renamedTo.keys()) {
    const now = currentIdOf(index, old);
    if (now !== null && now !== old && bundled.has(now) && !bundled.has(old)) moved[old] = now;
  }
  return sortKeys(moved);
}

/**
 * Each deleted prompt's id (a moved-then-deleted one under every id it had) -> the commit that
 * deleted it, so an application asking for it is told so, as `show` tells a developer. With
 * `--prompts`, a deleted prompt is matched by the path of its last file.
 */
async function deletedPlaces(repo: Repo, ref: string, index: VaultIndex, wantedPath: (path: string | undefined) => boolean): Promise<Record<string, DeletionPlace>> {
  const gone = [...deletedIds(index)].filter(([, last]) => wantedPath(last.checkpoint.path)).map(([id, last]) => ({ id, last }));
  const places = await readDeletionPlaces(repo, { ref, gone });
  return sortKeys(Object.fromEntries(gone.map(({ id }, i) => [id, places[i]!])));
}

function sortKeys<T>(value: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, value[key]!]));
}

