import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { descendantsOf, matchSelector } from './ancestry.ts';
import { createGridIndex, filterProblems, filterRows, searchText, splitWords } from './grid-filter.ts';
import { DEFAULT_FILTER, GRID_TRAITS, parseFilter, serializeFilter, type GridFilter, type GridRow } from './grid-rows.ts';
import { TRAIT_NAMES } from '../schema/traits.ts';

function row(prompt: string, version: number, fields: Partial<GridRow> = {}): GridRow {
  const hash = String(version).repeat(12).slice(0, 12);
  return {
    key: `${prompt}@${version}-${hash}`, prompt, version, label: `v${version}·${hash.slice(0, 6)}`, title: prompt, kind: version === 1 ? 'new' : 'edit', format: null, token_count: 10 * version, tone: 'neutral',
    tags: [], symbolic_tags: [], assistant: null, date: `2026-01-0${version}T10:00:00Z`, commit: null, parents: [], parent_labels: [], traits: { token_count: 10 * version }, ...fields,
  };
}

// support/refund v1 -> v2 -> (v3a, v3b) -> v4 (merge); v2 -> support/refund-vip v1 (fork) -> v2;
// support/refund-old v1 -> renamed to support/refund v1? no: an unrelated sales/greeting v1.
const r1 = row('support/refund', 1, { tags: ['billing'] });
const r2 = row('support/refund', 2, { parents: [r1.key], tags: ['billing'] });
const r3a = { ...row('support/refund', 3, { parents: [r2.key], commit: 'c0ffee'.padEnd(40, '1') }), key: 'support/refund@3-aaaaaaaaaaaa', label: 'v3·aaaaaa' };
const r3b = { ...row('support/refund', 3, { parents: [r2.key], commit: 'beef00'.padEnd(40, '2') }), key: 'support/refund@3-bbbbbbbbbbbb', label: 'v3·bbbbbb' };
const r4 = row('support/refund', 4, { parents: [r3a.key, r3b.key], symbolic_tags: ['@merge'], kind: 'merge' });
const vip1 = row('support/refund-vip', 1, { parents: [r2.key], tone: 'formal', title: 'VIP refund', assistant: 'vip-bot' });
const vip2 = row('support/refund-vip', 2, { parents: [vip1.key], tone: 'formal', title: 'VIP refund', assistant: 'vip-bot' });
const greeting = row('sales/greeting', 1, { title: 'Greeting', tone: 'friendly', token_count: 500 });
const rows = [r1, r2, r3a, r3b, r4, vip1, vip2, greeting];
const filter = (patch: Partial<GridFilter>) => filterRows(createGridIndex(rows), { ...DEFAULT_FILTER, ...patch }).map((i) => rows[i]!.key);

describe('ancestry: the descendants of a prompt or a version', () => {
  it('follows edits, both branches into a merge, and forks into other prompts', () => {
    expect([...descendantsOf(rows, 'support/refund@2')].sort()).toEqual([r2, r3a, r3b, r4, vip1, vip2].map((r) => r.key).sort());
    expect([...descendantsOf(rows, r3a.key)].sort()).toEqual([r3a.key, r4.key].sort());
    expect([...descendantsOf(rows, 'support/refund-vip')].sort()).toEqual([vip1.key, vip2.key].sort());
  });

  it('names every parallel version a bare version number selects, one by its label, and nothing for an unknown id', () => {
    expect(matchSelector(rows, 'support/refund@3').sort()).toEqual([r3a.key, r3b.key].sort());
    expect(matchSelector(rows, 'support/refund@v3·bbbbbb')).toEqual([r3b.key]);
    expect(matchSelector(rows, 'support/refund@v3-aaa')).toEqual([r3a.key]);
    expect(matchSelector(rows, 'nope')).toEqual([]);
  });

  it('says what is wrong with an unknown id, a missing version and an inverted token range', () => {
    const index = createGridIndex(rows);
    expect(filterProblems(index, { ...DEFAULT_FILTER, ancestry: 'support/refnd' }).ancestry).toMatch(/^No prompt has the id "support\/refnd"/);
    expect(filterProblems(index, { ...DEFAULT_FILTER, ancestry: 'support/refund@9' }).ancestry).toBe('support/refund has no version v9. Pick one from its page or the Version column.');
    expect(filterProblems(index, { ...DEFAULT_FILTER, minTokens: 50, maxTokens: 10 }).tokens).toMatch(/minimum \(50\) is above the maximum \(10\)/);
    expect(filterProblems(index, { ...DEFAULT_FILTER, ancestry: 'support/refund@2', minTokens: 1, maxTokens: 10 })).toEqual({});
  });
});

describe('filtering and sorting the grid', () => {
  it('matches each query word exactly, by prefix, or (only when neither finds anything) fuzzily', () => {
    expect(filter({ q: 'vip refnd' }).sort()).toEqual([vip1.key, vip2.key].sort());
    expect(filter({ q: 'greting' })).toEqual([greeting.key]);
    expect(filter({ q: 'zzzz' })).toEqual([]);
    // "vip" is a word of two rows: close spellings elsewhere are not dragged in.
    expect(filter({ q: 'vip' }).sort()).toEqual([vip1.key, vip2.key].sort());
  });

  it('gives only that prompt for an exact id, and only that version for a label', () => {
    expect(filter({ q: 'support/refund' }).sort()).toEqual([r1, r2, r3a, r3b, r4].map((r) => r.key).sort());
    expect(filter({ q: ' Support/Refund-VIP ' }).sort()).toEqual([vip1.key, vip2.key].sort());
    expect(filter({ q: 'support/refund@v3·bbbbbb' })).toEqual([r3b.key]);
  });

  it('finds symbolic tags with and without @, kinds, and commits by their first characters', () => {
    expect(filter({ q: '@merge' })).toEqual([r4.key]);
    expect(filter({ q: 'merge' })).toEqual([r4.key]);
    expect(filter({ q: 'c0ffee' })).toEqual([r3a.key]);
    expect(filter({ q: 'beef00' + '2'.repeat(34) })).toEqual([r3b.key]);
    expect(filter({ q: 'bbbbbb' })).toEqual([r3b.key]);
  });

  it('ranks exact matches above prefix matches, each in the sort order', () => {
    const words = [row('a/refund', 1, { title: 'refund' }), row('b/refunds', 1, { title: 'refunds' }), row('c/other', 1, { title: 'refund', token_count: 1 })];
    const index = createGridIndex(words);
    const keys = filterRows(index, { ...DEFAULT_FILTER, q: 'refund', sort: 'token_count', dir: 'asc' }).map((i) => words[i]!.prompt);
    expect(keys).toEqual(['c/other', 'a/refund', 'b/refunds']);
  });

  it('combines token range, tone, tag (own or symbolic) and ancestry', () => {
    expect(filter({ minTokens: 20, maxTokens: 30, sort: 'token_count', dir: 'asc' })).toEqual([r2.key, r3a.key, r3b.key, vip2.key].sort((a, b) => (rows.find((r) => r.key === a)!.token_count - rows.find((r) => r.key === b)!.token_count) || (a < b ? -1 : 1)));
    expect(filter({ tone: 'formal' }).sort()).toEqual([vip1.key, vip2.key].sort());
    expect(filter({ tag: '@merge' })).toEqual([r4.key]);
    expect(filter({ tag: 'billing', ancestry: 'support/refund@2' })).toEqual([r2.key]);
  });

  it('sorts by any column in both directions, ties broken by key', () => {
    expect(filter({ sort: 'date', dir: 'desc' })[0]).toBe(r4.key);
    expect(filter({ sort: 'prompt', dir: 'asc' })[0]).toBe(greeting.key);
    expect(filter({ sort: 'token_count', dir: 'desc' })[0]).toBe(greeting.key);
  });

  it('gives, typing a query key by key, exactly what a fresh search of each prefix gives (the narrowing from the last keystroke changes no answer)', () => {
    // Prompts, titles, tags and commits with shared word starts, typos and hex-like words.
    const words = ['billing', 'bill', 'refund', 'refunds', 'reference', 'beef', 'beefcake', 'c0ffee', 'cafe', 'greeting', 'great', 'vip'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = () => words[Math.floor(random() * words.length)]!;
    const many = Array.from({ length: 400 }, (_, i) => row(`${pick()}/${pick()}-${i}`, 1 + (i % 4), {
      title: `${pick()} ${pick()}`, tags: [pick()], tone: i % 3 ? 'neutral' : 'formal', token_count: i,
      commit: i % 5 ? `${['beef', 'c0ff', 'cafe', 'abcd'][i % 4]}${String(i).padStart(36, '0')}` : null,
    }));
    const queries = ['billing refnd', 'beefc vip', 'ref refu refun', 'c0ffee', 'cafe0', 'gre gree', 'zzz', 'bill beef'];
    for (const dir of ['asc', 'desc'] as const) {
      for (const extra of [{}, { tone: 'formal' }, { minTokens: 100, sort: 'title' as const }]) {
        const index = createGridIndex(many);
        for (const query of queries) {
          for (let i = 1; i <= query.length; i++) {
            const current = { ...DEFAULT_FILTER, ...extra, dir, q: query.slice(0, i) };
            expect(filterRows(index, current), `${JSON.stringify(current)}`).toEqual(filterRows(createGridIndex(many), current));
          }
        }
        // Changing another filter after a narrowed search starts again from every row.
        const q = { ...DEFAULT_FILTER, ...extra, dir, q: 'billing r' };
        filterRows(index, q);
        expect(filterRows(index, { ...q, tone: '' })).toEqual(filterRows(createGridIndex(many), { ...q, tone: '' }));
      }
    }
  });

  it('falls back to exactly what fuse.js finds over all the words, despite skipping words that cannot match', () => {
    const many: GridRow[] = Array.from({ length: 3000 }, (_, i) => row(`area${i % 7}/prompt-${i}`, 1, { title: ['refund policy', 'greeting', 'invoice dispute', 'escalation ñandú'][i % 4]!, tags: [`t${i % 13}`] }));
    const index = createGridIndex(many);
    const fuse = new Fuse(index.words, { threshold: 0.34, ignoreLocation: true, shouldSort: false });
    // Queries whose words are not word starts anywhere, so every word goes to the fuzzy fallback.
    for (const query of ['refnd', 'invoise', 'escalatoin', 'ndu', 'olicy']) {
      const hits = splitWords(query).map((w) => new Set(fuse.search(w).map((hit) => index.words[hit.refIndex]!)));
      const expected = new Set(many.filter((r) => {
        const own = splitWords(searchText(r));
        return hits.every((set) => own.some((word) => set.has(word)));
      }).map((r) => r.key));
      const got = new Set(filterRows(index, { ...DEFAULT_FILTER, q: query }).map((i) => many[i]!.key));
      expect(got, query).toEqual(expected);
    }
  });
});

describe('the grid row', () => {
  it('carries the same trait names as the checkpoint schema', () => {
    expect([...GRID_TRAITS]).toEqual(TRAIT_NAMES);
  });
});

describe('filter state in the URL', () => {
  it('round-trips, leaving defaults out', () => {
    const state: GridFilter = { q: 'vip', minTokens: 10, maxTokens: 90, tone: 'formal', tag: '@fork', ancestry: 'support/refund@2', sort: 'token_count', dir: 'asc' };
    expect(serializeFilter(state)).toBe('q=vip&min=10&max=90&tone=formal&tag=%40fork&from=support%2Frefund%402&sort=token_count&dir=asc');
    expect(parseFilter(serializeFilter(state))).toEqual(state);
    expect(serializeFilter(DEFAULT_FILTER)).toBe('');
    expect(parseFilter('?sort=nonsense&min=abc&dir=up')).toEqual(DEFAULT_FILTER);
  });
});
