import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cachePath } from '../guard/embedder-cache-fs.ts';
import { createCachedJudge, judgeCachePath } from '../guard/judge-cache-fs.ts';
import type { Judge, JudgeVerdict } from '../guard/judge.ts';
import { JUDGE_PROMPT_VERSION } from '../guard/judge.ts';

// The guard's embeddings and verdicts are kept one JSON file per entry in a folder the user
// chose, under names existing caches already use: a file is found again by the same name, and an
// absent or garbled one is asked again and overwritten.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-entry-files-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('a cache of one file per entry', () => {
  it('names its files as caches written before the shared module did', () => {
    expect(cachePath('/c', { id: 'openai', model: 'text-embedding-3-small' }, 'refund policy')).toBe(path.join('/c', '6faab93cafa1ae95', 'e8d1609411be5f9ca9e80ce3c2fb3000beb4bef552f6f263cfbf247f48578093.json'));
    expect(judgeCachePath('/c', { id: 'openai', model: 'gpt-4o-mini' }, 'Never share.', 'Rarely share.')).toBe(path.join('/c', 'ee23c9c6420bd85a', '4a0e768cba536252c0eff163d65575d8d350b72b58767a785c7b38bb2952265f.json'));
  });

  it('asks the judge once per edit, and again when the file is garbled', async () => {
    const asked: string[] = [];
    const judge: Judge = {
      id: 'openai',
      model: 'gpt-4o-mini',
      judge: async (previous, next): Promise<JudgeVerdict> => {
        asked.push(next);
        return { judge: 'openai', model: 'gpt-4o-mini', prompt_version: JUDGE_PROMPT_VERSION, verdict: 'weakens', reason: `${previous} -> ${next}` } as JudgeVerdict;
      },
    };
    const cached = createCachedJudge(judge, root);
    const first = await cached.judge('Never share.', 'Rarely share.');
    expect(await cached.judge('Never share.', 'Rarely share.')).toEqual(first);
    expect(asked).toEqual(['Rarely share.']);
    const file = judgeCachePath(root, judge, 'Never share.', 'Rarely share.');
    expect(fs.readFileSync(file, 'utf8')).toBe(`${JSON.stringify(first)}\n`);
    fs.writeFileSync(file, '{"judge": "openai", "verd');
    expect(await cached.judge('Never share.', 'Rarely share.')).toEqual(first);
    expect(asked).toEqual(['Rarely share.', 'Rarely share.']);
    expect(fs.readdirSync(path.dirname(file))).toEqual([path.basename(file)]);
  });

  it('loads node:fs/promises only when an entry is read (it comes with the guard, and most processes that judge read none)', () => {
    // A fresh Node: this test process has the module loaded already.
    const file = path.join(root, 'entry.json');
    fs.writeFileSync(file, '{"verdict":"weakens"}\n');
    const moduleUrl = new URL('./entry-files-fs.ts', import.meta.url).href;
    const script = `const m = await import(${JSON.stringify(moduleUrl)});
const loaded = () => process.moduleLoadList.includes('NativeModule fs/promises');
const before = loaded();
const value = await m.readEntryFile(${JSON.stringify(file)});
console.log(JSON.stringify({ before, value, after: loaded() }));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: path.dirname(fileURLToPath(import.meta.url)) });
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ before: false, value: { verdict: 'weakens' }, after: true });
  });
});
