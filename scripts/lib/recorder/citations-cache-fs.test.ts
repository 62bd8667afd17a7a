import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { citationCachePath, openCitationCache } from './citations-cache-fs.ts';

// The cache is only ever a shortcut: whatever is on disk, a wrong or unreadable entry must read
// as "not known", never as an answer.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-citations-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const OID_A = 'a'.repeat(40);
const OID_B = 'b'.repeat(40);
let n = 0;
/** A cache file's first line (what wrote it) and its entries. */
interface Saved {
  header: string;
  entries: Record<string, unknown>;
}
const readSaved = (gitdir: string): Saved => {
  const text = fs.readFileSync(citationCachePath(gitdir), 'utf8');
  const newline = text.indexOf('\n');
  return { header: text.slice(0, newline), entries: JSON.parse(text.slice(newline + 1)) };
};
const writeSaved = (gitdir: string, saved: Saved) => fs.writeFileSync(citationCachePath(gitdir), `${saved.header}\n${JSON.stringify(saved.entries)}\n`);

function gitdirWithCache(): { gitdir: string; saved: Saved } {
  const gitdir = path.join(root, `repo-${n++}`, '.git');
  const cache = openCitationCache({ gitdir });
  cache.set(OID_A, 'markdown', { size: 120, codex: ['privacy/account-numbers'], escaped: [] });
  cache.set(OID_B, 'markdown', { size: 3, codex: null, escaped: [] });
  cache.save();
  return { gitdir, saved: readSaved(gitdir) };
}

describe('the citation cache file', () => {
  it('answers a blob id and shape it saw, in a later run, and nothing else', () => {
    const { gitdir } = gitdirWithCache();
    const cache = openCitationCache({ gitdir });
    expect(cache.get(OID_A, 'markdown')).toEqual({ size: 120, codex: ['privacy/account-numbers'], escaped: [] });
    expect(cache.get(OID_B, 'markdown')).toEqual({ size: 3, codex: null, escaped: [] });
    // The same blob read as another shape may cite other ids.
    expect(cache.get(OID_A, 'copilot-prompt')).toBeUndefined();
    expect(cache.stats()).toEqual({ entries: 2, hits: 2, misses: 1 });
  });

  it('is shared by the worktrees of a repository (kept in the common dir)', () => {
    const { gitdir } = gitdirWithCache();
    const worktree = path.join(gitdir, 'worktrees', 'feature');
    fs.mkdirSync(worktree, { recursive: true });
    fs.writeFileSync(path.join(worktree, 'commondir'), '../..\n');
    expect(citationCachePath(worktree)).toBe(citationCachePath(gitdir));
    expect(openCitationCache({ gitdir: worktree }).get(OID_A, 'markdown')?.codex).toEqual(['privacy/account-numbers']);
  });

  it('ignores entries of the wrong shape and keeps the others', () => {
    const { gitdir, saved } = gitdirWithCache();
    const entries = { ...saved.entries, [`markdown:${OID_B}`]: [3, 'privacy/account-numbers'], [`markdown:${'c'.repeat(40)}`]: [-1, []], [`markdown:not-an-oid`]: [1, []], [`markdown:${'d'.repeat(40)}`]: [1, ['a'], ['b']] };
    writeSaved(gitdir, { ...saved, entries });
    const cache = openCitationCache({ gitdir });
    expect(cache.get(OID_A, 'markdown')?.codex).toEqual(['privacy/account-numbers']);
    expect(cache.get(OID_B, 'markdown')).toBeUndefined();
    expect(cache.get('c'.repeat(40), 'markdown')).toBeUndefined();
    // An escaped id must be one the file cites.
    expect(cache.get('d'.repeat(40), 'markdown')).toBeUndefined();
    expect(cache.stats().entries).toBe(1);
  });

  it('starts empty from a file cut short, another format or other reading code', () => {
    const [name, format, fingerprint] = readSaved(gitdirWithCache().gitdir).header.split(' ').slice(1);
    expect([name, format]).toEqual(['citations', '2']);
    const whole = (saved: Saved) => `${saved.header}\n${JSON.stringify(saved.entries)}\n`;
    for (const text of [
      (saved: Saved) => whole(saved).slice(0, 60),
      (saved: Saved) => whole({ ...saved, header: `promptvault citations 99 ${fingerprint}` }),
      (saved: Saved) => whole({ ...saved, header: 'promptvault citations 2 older-code' }),
      // The layout before the cache skeleton (one JSON object): a clean miss.
      (saved: Saved) => JSON.stringify({ format: 1, fingerprint, entries: saved.entries }),
      () => 'null',
    ]) {
      const { gitdir, saved } = gitdirWithCache();
      fs.writeFileSync(citationCachePath(gitdir), text(saved));
      expect(openCitationCache({ gitdir }).stats().entries).toBe(0);
    }
  });

  it('writes nothing when it learned nothing, and never fails on a folder it cannot write', () => {
    const gitdir = path.join(root, 'untouched', '.git');
    const cache = openCitationCache({ gitdir });
    cache.get(OID_A, 'markdown');
    cache.save();
    expect(fs.existsSync(citationCachePath(gitdir))).toBe(false);
    // A file where the folder should be: the save fails quietly.
    fs.mkdirSync(gitdir, { recursive: true });
    fs.writeFileSync(path.join(gitdir, 'promptvault'), 'not a folder');
    cache.set(OID_A, 'markdown', { size: 1, codex: [], escaped: [] });
    expect(() => cache.save()).not.toThrow();
  });
});
