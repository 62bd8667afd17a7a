// Node-only: a file cache of judge verdicts, keyed by both texts' hashes, the judge, its model and
// the prompt version, so an edit already judged never reaches the network again.
import { sha256Hex } from '../cache/cache-file-fs.ts';
import { entryFilePath, readEntryFile, writeEntryFile } from '../cache/entry-files-fs.ts';
import { JUDGE_PROMPT_VERSION, type Judge, type JudgeVerdict } from './judge.ts';

/** Where one edit's verdict lives: a folder per judge, model and prompt version, a file per pair of texts. */
export function judgeCachePath(cacheDir: string, judge: Pick<Judge, 'id' | 'model'>, previous: string, next: string): string {
  return entryFilePath(cacheDir, [judge.id, judge.model, JUDGE_PROMPT_VERSION], `${sha256Hex(previous)}\n${sha256Hex(next)}`);
}

function isVerdict(value: unknown, judge: Judge): value is JudgeVerdict {
  const entry = (value ?? {}) as Partial<JudgeVerdict>;
  return entry.judge === judge.id && entry.model === judge.model && entry.prompt_version === JUDGE_PROMPT_VERSION &&
    (entry.verdict === 'weakens' || entry.verdict === 'strengthens' || entry.verdict === 'keeps') && typeof entry.reason === 'string';
}

/** Wrap a judge with a cache under `cacheDir`. A missing or unreadable entry is asked again and overwritten. */
export function createCachedJudge(judge: Judge, cacheDir: string): Judge {
  return {
    id: judge.id,
    model: judge.model,
    async judge(previous, next) {
      const file = judgeCachePath(cacheDir, judge, previous, next);
      const cached = await readEntryFile(file);
      if (isVerdict(cached, judge)) return cached;
      const verdict = await judge.judge(previous, next);
      writeEntryFile(file, verdict);
      return verdict;
    },
  };
}
