// An amend the pre-commit hook did not recognise. git tells a pre-commit hook nothing about
// `--amend`; the hook finds the `git commit --amend` process through /proc (Linux) or ps (macOS),
// neither of which Git for Windows offers (its ps shows no arguments of the native git.exe). There
// the hook records the amend as a commit on top of the one it replaces:
// records whose `commit_parents` name the replaced commit. git's `post-rewrite amend`, which runs
// on every system (and on no other commit), then puts it right: those records go, the amend is recorded against the
// replaced commit's parents (as the hook does when it sees the amend), and the commit is amended
// again through plumbing, with the same author and message.
import { UserError } from '../../lib/errors.ts';
import { commitIndex, commitParents, diffTrees, EMPTY_TREE, hasStagedChanges, readBlobs, runReflogSubject, type Repo } from '../../lib/git/index.ts';
import { writeRecords } from '../../lib/vault/write-fs.ts';
import { VAULT_DIR, parseRecordPath } from '../../lib/vault/paths.ts';
import { record, type RecordResult } from '../record/index.ts';

// stringifyRecord writes `commit_parents:` as a block list of full ids: here exactly one.
const ONE_COMMIT_PARENT = /^commit_parents:\n {2}- ([0-9a-f]{40})\n(?! {2}- )/m;

export interface AmendRepair {
  /** The commits the amend (and undetected amends before it) replaced. */
  replaced: string[];
  /** Records the hook wrote as if the amend were a new commit on top of `replaced`, removed. */
  dropped: string[];
  recorded: Pick<RecordResult, 'versions' | 'audits' | 'review'>;
  /** The commit that now holds the amend. */
  commit: string;
  /** The user's amend was signed (or commit.gpgsign is on) and `commit` is not (commitIndex). */
  signatureDropped: boolean;
}

/**
 * After `git commit --amend` (post-rewrite): when the pre-commit hook took the amend for a new
 * commit, records it again as the amend it was. Null when there is nothing to put right.
 */
export async function repairUndetectedAmend(repo: Repo, env: Record<string, string | undefined>, head: string): Promise<AmendRepair | null> {
  // PROMPTVAULT_AMEND=0 said on purpose that this is no amend.
  if (env.PROMPTVAULT_AMEND === '0') return null;
  // Only `git commit --amend` ran the pre-commit hook. git's sequencer also reports its fixups and
  // squashes as amends ("rebase (fixup): ..."), in the middle of a rebase and with no hook run: the
  // records there are the fixup commit's own, and amending HEAD under the sequencer stops the rebase
  // at its next pick. The rebase's own post-rewrite repairs the branch once it ends. (No reflog at
  // all, logs/HEAD removed: nothing tells them apart, and the amend is taken for the user's.)
  const action = await runReflogSubject(repo);
  if (action !== '' && !action.startsWith('commit (amend)')) return null;
  const found = await recordsOfReplacedCommits(repo, head);
  if (found === null) return null;
  if (await hasStagedChanges(repo, { except: [] })) {
    throw new UserError('repair-staged', `promptvault repair: the amend of ${short(found.replaced)} was recorded as a commit on top of it (the hook cannot see \`git commit --amend\` on this system), and the index holds staged changes this amend left out, so the records were left as they are. Fix: \`git stash\`, \`git commit --amend --no-edit\` (records it again as one version), \`git stash pop\`; or amend with \`PROMPTVAULT_AMEND=1 git commit --amend\`.`);
  }
  await writeRecords(repo, [], found.files);
  const recorded = await record({ cwd: repo.dir, hook: 'pre-commit', env: { ...env, PROMPTVAULT_AMEND: '1' }, afterTheFact: true });
  const { commit, signatureDropped } = await commitIndex({ ...repo, env: { ...env, ...repo.env } }, { message: `promptvault: record the amend of ${short(found.replaced)}`, amend: true });
  return { replaced: found.replaced, dropped: found.files, recorded: { versions: recorded.versions, audits: recorded.audits, review: recorded.review }, commit, signatureDropped };
}

/**
 * Records HEAD added (against its first parent) for a commit an amend replaced: their one commit
 * parent is a commit with HEAD's own parents. That covers a chain of such amends too (the second
 * finds the first's records), and needs no reflog.
 */
async function recordsOfReplacedCommits(repo: Repo, head: string): Promise<{ replaced: string[]; files: string[] } | null> {
  const parents = await commitParents(repo, head);
  const added = (await diffTrees(repo, { from: parents[0] ?? EMPTY_TREE, to: head, pathspecs: [`${VAULT_DIR}/`] }))
    .filter((change) => change.status === 'A' && change.newOid && parseRecordPath(change.path) !== undefined);
  const blobs = await readBlobs(repo, added.map((change) => change.newOid!));
  const parentOf = new Map(added.map((change) => [change.path, ONE_COMMIT_PARENT.exec(blobs.get(change.newOid!)?.toString('utf8') ?? '')?.[1]] as const));
  const replaced: string[] = [];
  for (const commit of new Set([...parentOf.values()].filter((commit) => commit !== undefined && commit !== head && commit !== parents[0]))) {
    if ((await commitParents(repo, commit!)).join(' ') === parents.join(' ')) replaced.push(commit!);
  }
  const files = [...parentOf].filter(([, commit]) => commit !== undefined && replaced.includes(commit)).map(([file]) => file);
  return files.length > 0 ? { replaced, files } : null;
}

/** Commits by their short ids, as messages name them. */
export const short = (commits: string[]) => commits.map((commit) => commit.slice(0, 7)).join(', ');
