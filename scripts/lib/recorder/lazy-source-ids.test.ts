import { describe, expect, it } from 'vitest';
import { lazySourceIndex, type DescribedEntry } from './lazy-source-ids.ts';
import { indexSources } from './collect.ts';
import type { Config } from '../schema/config.ts';
import { describeSource } from '../prompt/locate.ts';

const GLOBS = { prompts: ['prompts/**/*.md', 'prompts/**/*.prompt', '.claude/agents/*.md'], codex: ['codex/**/*.md'] } as unknown as Config;

// A tree with the cases the recorder asks about: duplicates (two files, one id), a symbolic
// link, a file the globs match that is no source (a folder's README), files no glob matches, and
// more ids than the lookups answered by a pass. Kinds and ids as the cached list keeps them.
const PATHS = [
  '.claude/agents/triage.md', 'codex/linked.md', 'codex/refunds.md', 'docs/guide.md', 'prompts/README.md',
  'prompts/support/refund.md', 'prompts/support/refund.prompt',
  ...Array.from({ length: 200 }, (_, i) => `prompts/bulk/p-${String(i).padStart(3, '0')}.md`),
];
function entries(): DescribedEntry[] {
  return PATHS.map((file) => ({ path: file, mode: file === 'codex/linked.md' ? '120000' : '100644', oid: 'a'.repeat(40), source: describeSource(file, GLOBS) ?? null }));
}

/** The maps of every id, built by one pass as `indexSources` always did. */
function eager(list: DescribedEntry[]) {
  const known = { prompts: new Map<string, string[]>(), clauses: new Map<string, string[]>() };
  for (const entry of list) {
    if (entry.mode === '120000' || !entry.source) continue;
    const map = entry.source.kind === 'prompt' ? known.prompts : known.clauses;
    map.set(entry.source.id, [...(map.get(entry.source.id) ?? []), entry.path]);
  }
  return { known, promptPaths: new Map([...known.prompts].map(([id, paths]) => [id, paths[0]!])) };
}

const ASKED = ['support/refund', 'triage', '.claude/agents/triage', 'refunds', 'linked', 'missing', 'README', 'bulk/p-007', 'bulk/p-199'];

describe('the source ids looked up on demand', () => {
  it('answers every lookup as the maps of every id do, before and after it builds them', () => {
    const list = entries();
    const lazy = lazySourceIndex(list, () => indexSources(list, GLOBS));
    const full = eager(list);
    // Well past the budget of lookups answered by a pass: the later ones come from the built maps.
    for (let round = 0; round < 10; round++) {
      for (const id of ASKED) {
        expect(lazy.known.prompts.get(id)).toEqual(full.known.prompts.get(id));
        expect(lazy.known.clauses.get(id)).toEqual(full.known.clauses.get(id));
        expect(lazy.known.prompts.has(id)).toBe(full.known.prompts.has(id));
        expect(lazy.known.clauses.has(id)).toBe(full.known.clauses.has(id));
        expect(lazy.promptPaths.get(id)).toBe(full.promptPaths.get(id));
        expect(lazy.promptPaths.has(id)).toBe(full.promptPaths.has(id));
      }
    }
  });

  it('asks a lookup function (the cached list) every lookup, however many, and maps every id only to walk them', () => {
    const list = entries();
    let mapped = 0;
    const pathsOf = (kind: 'prompt' | 'clause', id: string) => {
      const paths = list.filter((entry) => entry.source?.kind === kind && entry.source.id === id && entry.mode !== '120000').map((entry) => entry.path);
      return paths.length > 0 ? paths : undefined;
    };
    const lazy = lazySourceIndex(pathsOf, () => { mapped++; return indexSources(list, GLOBS); });
    const full = eager(list);
    // A commit of 50 prompts asks 100-150 ids: the list answers them in one pass of its own.
    for (let round = 0; round < 20; round++) {
      for (const id of ASKED) {
        expect(lazy.known.prompts.get(id)).toEqual(full.known.prompts.get(id));
        expect(lazy.known.clauses.has(id)).toBe(full.known.clauses.has(id));
        expect(lazy.promptPaths.get(id)).toBe(full.promptPaths.get(id));
      }
    }
    expect(mapped).toBe(0);
    expect([...lazy.known.prompts]).toEqual([...full.known.prompts]);
    expect(mapped).toBe(1);
  });

  it('walks every id in the order the list gives them (a "did you mean" suggestion, a check of every id)', () => {
    const list = entries();
    const lazy = lazySourceIndex(list, () => indexSources(list, GLOBS));
    const full = eager(list);
    expect([...lazy.known.prompts]).toEqual([...full.known.prompts]);
    expect([...lazy.known.clauses.keys()]).toEqual([...full.known.clauses.keys()]);
    expect([...lazy.promptPaths.entries()]).toEqual([...full.promptPaths.entries()]);
    expect(lazy.known.prompts.size).toBe(full.known.prompts.size);
    const seen: string[] = [];
    lazy.known.clauses.forEach((_paths, id, map) => { seen.push(id); expect(map).toBe(lazy.known.clauses); });
    expect(seen).toEqual(['refunds']);
  });

  it('is what indexSources gives when asked for it, for a list that carries every kind and id, and is read-only', () => {
    const list = entries();
    const index = indexSources(list, GLOBS, { lazy: true });
    expect(index.known.prompts.get('support/refund')).toEqual(['prompts/support/refund.md', 'prompts/support/refund.prompt']);
    expect(index.promptPaths.get('support/refund')).toBe('prompts/support/refund.md');
    expect(index.known.clauses.has('linked')).toBe(false);
    expect(() => index.known.prompts.set('x', ['x.md'])).toThrow(/read-only/);
    // A list without kinds (no cache) is classified by the globs, with the same answers.
    const plain = indexSources(list.map(({ source: _source, ...entry }) => entry), GLOBS);
    expect([...plain.known.prompts]).toEqual([...index.known.prompts]);
    expect([...plain.known.clauses]).toEqual([...index.known.clauses]);
  });
});
