import { describe, expect, it } from 'vitest';
import { SavedStateText, type SavedState } from './saved-state-text.ts';

/** The state's text as every save wrote it whole. */
function whole(head: string, from: string | null, done: string[], all: { path: string; producer: number }[]): string {
  const records: SavedState['records'] = [];
  for (const record of all) {
    const commit = done[record.producer];
    if (commit !== undefined) records.push({ path: record.path, commit });
  }
  return JSON.stringify({ head, from, done, records } satisfies SavedState);
}

describe('SavedStateText', () => {
  it('writes, save after save, the text the whole state gives, records of commits not done yet left out', () => {
    let seed = 5;
    const random = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32) * n);
    for (const from of [null, 'f'.repeat(40)]) {
      const state = new SavedStateText();
      const commits = Array.from({ length: 60 }, (_, i) => i.toString(16).padStart(40, '0'));
      const all: { path: string; producer: number }[] = [];
      let done = 0;
      for (let save = 0; save < 40; save++) {
        done = Math.min(commits.length, done + random(4));
        // Mostly records of commits done; now and then one of a later commit (left out until it is done).
        for (let n = random(6); n > 0; n--) all.push({ path: `vault/checkpoints/p-${random(9)}/"${all.length}"é.yaml`, producer: random(5) === 0 ? done + random(3) : random(Math.max(1, done)) });
        expect(state.text('e'.repeat(40), from, commits.slice(0, done), all)).toBe(whole('e'.repeat(40), from, commits.slice(0, done), all));
      }
    }
  });

  it('writes an empty state as the whole state does', () => {
    expect(new SavedStateText().text('a', null, [], [])).toBe(whole('a', null, [], []));
  });
});
