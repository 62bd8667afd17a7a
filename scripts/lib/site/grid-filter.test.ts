import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { descendantsOf, matchSelector } from './ancestry.ts';
import { createGridIndex, filterRows, splitWords } from './grid-filter.ts';
import { DEFAULT_FILTER, parseFilter, serializeFilter, type GridFilter, type GridRow } from './grid-rows.ts';

function row(prompt: string, version: number, fields: Partial<GridRow> = {}): GridRow {
  return { key: `${prompt}@${version}-${String(version).repeat(12).slice(0, 12)}`, prompt, version, title: prompt, token_count: 10 * version, tone: 'neutral', tags: [], symbolic_tags: [], assistant: null, date: `2026-01-0${version}T10:00:00Z`, commit: null, parents: [], ...fields };
}

// support/refund v1 -> v2 -> (v3a, v3b) -> v4 (merge); v2 -> support/refund-vip v1 (fork) -> v2;
// support/refund-old v1 -> renamed to support/refund v1? no: an unrelated sales/greeting v1.
const r1 = row('support/refund', 1, { tags: ['billing'] });
const r2 = row('support/refund', 2, { parents: [r1.key], tags: ['billing'] });
const r3a = { ...row('support/refund', 3, { parents: [r2.key] }), key: 'support/refund@3-aaaaaaaaaaaa' };
const r3b = { ...row('support/refund', 3, { parents: [r2.key] }), key: 'support/refund@3-bbbbbbbbbbbb' };
const r4 = row('support/refund', 4, { parents: [r3a.key, r3b.key], symbolic_tags: ['@merge'] });
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

  it('names every parallel version a bare version number selects, and nothing for an unknown id', () => {
    expect(matchSelector(rows, 'support/refund@3').sort()).toEqual([r3a.key, r3b.key].sort());
    expect(matchSelector(rows, 'nope')).toEqual([]);
  });
});

describe('filtering and sorting the grid', () => {
  it('matches each query word fuzzily against the words of a row', () => {
    expect(filter({ q: 'vip refnd' }).sort()).toEqual([vip1.key, vip2.key].sort());
    expect(filter({ q: 'greting' })).toEqual([greeting.key]);
    expect(filter({ q: 'zzzz' })).toEqual([]);
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

  it('finds exactly what fuse.js finds over all the words, despite skipping words that cannot match', () => {
    const many: GridRow[] = Array.from({ length: 3000 }, (_, i) => row(`area${i % 7}/prompt-${i}`, 1, { title: ['refund policy', 'greeting', 'invoice dispute', 'escalation ñandú'][i % 4]!, tags: [`t${i % 13}`] }));
    const index = createGridIndex(many);
    const fuse = new Fuse(index.words, { threshold: 0.34, ignoreLocation: true, shouldSort: false });
    for (const query of ['refnd', 'invoise', 'prompt', '12', 'escalatoin', 'a', 'ñan', 'area3 prompt-12']) {
      const words = splitWords(query);
      const expected = new Set(many.filter((r) => {
        const own = new Set(splitWords([r.prompt, r.title, r.tags.join(' '), r.tone, r.assistant ?? ''].join(' ')));
        return words.every((w) => fuse.search(w).some((hit) => own.has(index.words[hit.refIndex]!)));
      }).map((r) => r.key));
      const got = new Set(filterRows(index, { ...DEFAULT_FILTER, q: query }).map((i) => many[i]!.key));
      expect(got, query).toEqual(expected);
    }
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
