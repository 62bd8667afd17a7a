// Node-only: a file cache of judge verdicts, keyed by both texts' hashes, the judge, its model and
// the prompt version, so an edit already judged never reaches the network again.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../vault/write-fs.ts';
import { JUDGE_PROMPT_VERSION, type Judge, type JudgeVerdict } from './judge.ts';

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Where one edit's verdict lives: a folder per judge, model and prompt version, a file per pair of texts. */
export function judgeCachePath(cacheDir: string, judge: Pick<Judge, 'id' | 'model'>, previous: string, next: string): string {
  const namespace = sha256(`${judge.id}\n${judge.model}\n${JUDGE_PROMPT_VERSION}`).slice(0, 16);
  return join(cacheDir, namespace, `${sha256(`${sha256(previous)}\n${sha256(next)}`)}.json`);
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
      try {
        const cached: unknown = JSON.parse(await readFile(file, 'utf8'));
        if (isVerdict(cached, judge)) return cached;
      } catch {
        // not cached yet
      }
      const verdict = await judge.judge(previous, next);
      writeFileAtomic(file, `${JSON.stringify(verdict)}\n`); // a reader never sees half a verdict
      return verdict;
    },
  };
}
