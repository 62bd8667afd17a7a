// Node-only (git): the file text a reference names, for `diff` and `show`. `support/refund@3`
// (also `@v3·0d4cf2`, `@v3-0d4cf2`) is a recorded version, found across the prompt's moves and
// read from the commit that holds it; `support/refund` alone is the prompt's file at HEAD.
import { UserError, type Problem } from '../errors.ts';
import type { Config } from '../schema/config.ts';
import { readObjects, resolveHead, type Repo } from '../git/index.ts';
import { buildVaultIndex, currentIdOf, currentVersion, exampleVersion, findVersion, lastIdOf, nearestIdsNow, type RecordedVersion, type VaultIndex } from '../labels/resolve.ts';
import { readDeletionPlaces } from './deleted-prompts-git.ts';
import { deletionPhrase } from './deletion-phrase.ts';
import { sourceFolders } from '../prompt/locate.ts';
import { readSnapshot } from './read-all.ts';
import { readVersionFiles } from './version-files-git.ts';
import { parseVersionRef, versionLabel } from './version-label.ts';

/** One side of a comparison: what a reference named, and its file's text. */
export interface VersionText {
  /** `support/refund@v3·0d4cf2`, or `support/refund (HEAD, not recorded)` for a file whose text has no record. */
  name: string;
  /** The prompt file's path in the commit it was read from. */
  path: string;
  /** The commit the text was read from (full id). */
  commit: string;
  /** The file's bytes, as git holds them (a BOM and CRLF kept: `show > file` restores it exactly). */
  bytes: Buffer;
}

const REF_EXAMPLE = 'support/refund@3, support/refund@v3·0d4cf2 (the label `log` and the site show; v3-0d4cf2 also works), or support/refund alone for its file at HEAD';

/**
 * The forms a reference takes, written with the prompt it names (else the recorded id nearest to
 * it) at its newest version: a fixed "support/refund@3" sent an adopter without that prompt to
 * look for one. The fixed example only where nothing is recorded yet.
 */
function refExample(index: VaultIndex, text: string): string {
  const example = exampleVersion(index, text);
  if (!example) return REF_EXAMPLE;
  const { id, version, label } = example;
  return `${id}@${version}, ${id}@${label} (the label \`log\` and the site show; ${label.replace('·', '-')} also works), or ${id} alone for its file at HEAD`;
}

/** For `diff <one ref>`: the prompt the reference before it named, at HEAD (whatever `@` its id holds). */
export const SAME_PROMPT_AT_HEAD: unique symbol = Symbol('the previous reference\'s prompt at HEAD');

/** The text of each reference, in order; every reference that names nothing is reported at once. */
export async function readVersionTexts(repo: Repo, config: Config, refs: readonly (string | typeof SAME_PROMPT_AT_HEAD)[]): Promise<VersionText[]> {
  const head = await resolveHead(repo);
  if (head === null) throw new UserError('no-commits', 'the repository has no commits yet, so no prompt has a version');
  const snapshot = await readSnapshot(repo, config, { ref: head });
  const index = buildVaultIndex(snapshot);
  const problems: Problem[] = [];
  const wanted: ({ version: RecordedVersion } | { id: string; path: string; version?: RecordedVersion })[] = [];
  /** Prompts asked for by an id whose file is gone: their problem, told by which commit deleted them once that is read. */
  const deleted: { problem: Problem; last: RecordedVersion }[] = [];
  const fileAtHead = (text: string) => {
    const id = currentIdOf(index, text);
    const file = id === null ? undefined : index.current.get(id);
    if (id === null || !file) {
      // A prompt moved and then deleted: its last id's last version is the file that was deleted.
      const last = index.versions.get(lastIdOf(index, text))?.at(-1) ?? index.versions.get(text)?.at(-1);
      const problem = { code: 'prompt-unknown', file: text, message: `no prompt at HEAD has the id "${text}"${last ? '' : nearestIdsNow(index, text)}`, expected: refExample(index, text) };
      problems.push(problem);
      if (last) deleted.push({ problem, last });
    } else wanted.push({ id, path: file.path, version: currentVersion(index, id) });
  };
  for (const [position, text] of refs.entries()) {
    if (text === SAME_PROMPT_AT_HEAD) {
      const before = position === wanted.length ? wanted.at(-1) : undefined;
      if (before) fileAtHead('id' in before ? before.id : before.version.prompt);
      continue;
    }
    // An id may hold an `@` (`prompts/@billing/refund.md`): a text that is no version but a known id is that id.
    const ref = parseVersionRef(text);
    const isId = currentIdOf(index, text) !== null || index.versions.has(text);
    const found = ref ? findVersion(index, ref) : null;
    if (ref && isId && found?.ok) {
      // `a@2`: the prompt prompts/a@2.md, and version 2 of `a`. Neither reading wins silently.
      const own = index.versions.get(text)?.at(-1);
      const asId = own ? `the prompt "${text}" (for one of its versions write ${text}@${own.version}, its latest)` : `the prompt "${text}" (no version of it recorded yet: record it, then write ${text}@1)`;
      problems.push({
        code: 'version-ref-ambiguous', file: text,
        message: `"${text}" names both ${asId} and version ${ref.version} of "${ref.prompt}" (write ${ref.prompt}@${versionLabel(found.version.version, found.version.key)}, its label, for that one)`,
        expected: 'a reference only one prompt answers to', fix: `rename prompts whose file names end in @ and a number (${text}), or name the version as shown`,
      });
      continue;
    }
    // No version (or none of that number): the id's file at HEAD, `a@2` too when `a` has no v2.
    if ((!ref && (!text.includes('@') || isId)) || (ref && isId)) {
      fileAtHead(text);
      continue;
    }
    if (!ref || !found) {
      problems.push({ code: 'version-ref-invalid', file: text, message: `"${text}" is not a version`, expected: refExample(index, text) });
      continue;
    }
    if (found.ok) wanted.push({ version: found.version });
    else problems.push({ code: found.code, file: text, message: found.message, expected: refExample(index, text) });
  }
  await sayWhereDeleted(repo, head, deleted);
  // `diff id` compares the file at HEAD with itself: one problem when that id names nothing.
  const unique = problems.filter((problem, i) => problems.findIndex((other) => other.file === problem.file) === i);
  if (unique.length > 0) throw new UserError(unique[0]!.code, `${unique.length === 1 ? 'a reference names' : `${unique.length} references name`} no prompt version`, unique);

  const recorded = wanted.flatMap((entry) => ('id' in entry ? [] : [entry.version]));
  const files = await readVersionFiles(repo, recorded, sourceFolders(config));
  const atHead = await readObjects(repo, wanted.flatMap((entry) => ('id' in entry ? [`${head}:${entry.path}`] : [])));
  return wanted.map((entry) => {
    if ('id' in entry) {
      const name = entry.version ? `${entry.id}@${versionLabel(entry.version.version, entry.version.key)}` : `${entry.id} (HEAD, not recorded)`;
      return { name, path: entry.path, commit: head, bytes: atHead.get(`${head}:${entry.path}`)! };
    }
    const { version } = entry;
    const found = files.get(version.checkpoint.file);
    const name = `${version.prompt}@${versionLabel(version.version, version.key)}`;
    if (!found) {
      throw new UserError('version-text-missing', `the text of ${name} is not in this clone: none of the commits its record names (${version.checkpoint.commit_parents.map((c) => c.slice(0, 12)).join(', ') || 'none'} as parents) is here`, [{
        code: 'version-text-missing', file: version.checkpoint.file, message: `records ${name}, whose commit this clone does not have`, fix: 'fetch the history (git fetch --unshallow, or actions/checkout with fetch-depth: 0), then run it again',
      }]);
    }
    return { name, path: found.path, commit: found.commit, bytes: found.bytes };
  });
}

/**
 * A deleted prompt's problem told with the commit that deleted the file of its last version (one
 * `git log` for all of them), and a version to name instead: "deleted in <commit> ("<subject>")"
 * rather than an unknown id. A file whose deletion this clone's history does not hold (a shallow
 * clone) is said to be deleted, without a commit.
 */
async function sayWhereDeleted(repo: Repo, head: string, deleted: readonly { problem: Problem; last: RecordedVersion }[]): Promise<void> {
  const places = await readDeletionPlaces(repo, { ref: head, gone: deleted.map(({ problem, last }) => ({ id: problem.file, last })) });
  deleted.forEach(({ problem, last }, i) => {
    problem.message += `: ${deletionPhrase(places[i]!)}. Name a version to read its text, e.g. ${last.prompt}@${last.version}`;
  });
}
