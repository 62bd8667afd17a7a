// Node-only (files): the verdict memo, `<git common dir>/promptvault/verdicts.json`. The hook
// writes the guard's verdict on each clause change it judges, `check` and `report` read it before
// judging an unflagged audit again (rejudge-git.ts) and write what they had to judge. Loading the
// guard and its first judgement cost ~0.5 s of CPU a process; a check whose every change was
// judged here before loads none of it. Never committed: a fresh clone (CI) has no memo and judges
// everything. The file is lib/cache/cache-file-fs.ts's: its first line holds the fingerprint of
// the guard's code (codeDigest('judging'), the same from the sources and the bundle), the versions
// of its packages installed now (an installed bundle's digest keeps its build's) and Node's
// version, and a checksum of the rest, so a file another guard wrote, cut short or edited by hand
// reads as empty; a malformed entry is dropped (verdict-memo.ts). Written whole to a temporary file
// and renamed over it: two writers at once lose at worst one's new entries (judged again later),
// never corrupt it. At most MAX_VERDICTS entries, the newest.
import { cacheFilePath, fingerprintValues, readCacheJson, writeCacheJson, type CacheKind } from '../cache/cache-file-fs.ts';
import { codeDigest, installedPackageVersions } from '../cache/code-digest-fs.ts';
import type { Config } from '../schema/config.ts';
import { memoizable, parseVerdicts, serializeVerdicts, verdictKey, type MemoVerdict, type VerdictInput } from './verdict-memo.ts';

/** Bumped when the file's layout changes. */
const FORMAT = 1;

export interface VerdictMemo {
  /** The guard's verdict on `input`, when it was kept. */
  get(input: VerdictInput): MemoVerdict | undefined;
  /** Keeps the guard's verdict on `input` (written by `save`). */
  remember(input: VerdictInput, verdict: MemoVerdict): void;
  /** Writes what was remembered since the memo was opened, if anything; whether the file is now up to date. Never throws. */
  save(): boolean;
}

/** The memo file of the repository whose git dir is `gitdir`. */
export function verdictMemoPath(gitdir: string): string {
  return cacheFilePath(gitdir, 'verdicts.json');
}

/**
 * What a memo file must have been written as to be read: this guard's code, the dictionary and
 * tagger it reads now (`packages`: tests), on this Node.
 */
export function verdictMemoKind(packages = installedPackageVersions('judging')): CacheKind {
  // Node's version too: the guard's regexes and Unicode tables are the engine's. The packages as
  // installed, not only as the code digest says: the bundle's digest keeps its build's versions.
  return { name: 'verdicts', format: FORMAT, fingerprint: fingerprintValues(FORMAT, codeDigest('judging'), packages, process.versions.node), checksum: true };
}

/**
 * The memo of `gitdir` for verdicts under `guard`; null when such verdicts are not kept (a remote
 * embedder or a judge, verdict-memo.ts). Read on the first `get`, not before.
 */
export function openVerdictMemo(gitdir: string, guard: Config['guard']): VerdictMemo | null {
  if (!memoizable(guard)) return null;
  const file = verdictMemoPath(gitdir);
  const kind = verdictMemoKind();
  let kept: Map<string, MemoVerdict> | undefined;
  const fresh = new Map<string, MemoVerdict>();
  return {
    get(input) {
      kept ??= parseVerdicts(readCacheJson(file, kind));
      const key = verdictKey(input, guard);
      return fresh.get(key) ?? kept.get(key);
    },
    remember(input, verdict) {
      // Only what check and report read of a reason: an audit's other fields are not the memo's.
      const reasons = verdict.reasons.map(({ code, message, advisory }) => ({ code, message, ...(advisory === undefined ? {} : { advisory }) }));
      fresh.set(verdictKey(input, guard), { regression_flag: verdict.regression_flag, reasons });
    },
    save() {
      if (fresh.size === 0) return true;
      // Read again: another process may have written since (the hook of a commit made meanwhile).
      const now = parseVerdicts(readCacheJson(file, kind));
      for (const [key, verdict] of fresh) {
        now.delete(key); // renewed: the newest are kept
        now.set(key, verdict);
      }
      const written = writeCacheJson(file, kind, serializeVerdicts(now));
      if (written) {
        kept = now;
        fresh.clear();
      }
      return written;
    },
  };
}
