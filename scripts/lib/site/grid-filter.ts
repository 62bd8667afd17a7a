// Pure and browser-safe: filters and sorts the grid's rows. Built once per data set; each
// keystroke then costs one fuzzy search over the distinct search texts (versions of one prompt
// usually share theirs) and one pass over the rows in a cached sort order.
import Fuse from 'fuse.js';
import { descendantsOf, indexChildren } from './ancestry.ts';
import type { GridFilter, GridRow, SortColumn } from './grid-rows.ts';

export interface GridIndex {
  rows: readonly GridRow[];
  /** Index into `texts` of each row's search text. */
  textOfRow: Uint32Array;
  texts: string[];
  fuse: Fuse<string>;
  children: Map<string, string[]>;
  /** Ascending row order per column, computed when first asked for. */
  orders: Map<SortColumn, Uint32Array>;
  /** The last text search, reused while only other filters change. */
  lastSearch: { q: string; matches: Uint8Array | null } | null;
  lastAncestry: { selector: string; keys: Set<string> | null } | null;
}

/** The text fuzzy search looks at for a row. */
export function searchText(row: GridRow): string {
  return [row.prompt, row.title, row.tags.join(' '), row.tone, row.assistant ?? ''].join(' ');
}

export function createGridIndex(rows: readonly GridRow[]): GridIndex {
  const texts: string[] = [];
  const seen = new Map<string, number>();
  const textOfRow = new Uint32Array(rows.length);
  rows.forEach((row, index) => {
    const text = searchText(row);
    let id = seen.get(text);
    if (id === undefined) {
      id = texts.length;
      texts.push(text);
      seen.set(text, id);
    }
    textOfRow[index] = id;
  });
  // ignoreLocation: a word may sit anywhere in the text; 0.34 lets one typo in five letters through.
  const fuse = new Fuse(texts, { threshold: 0.34, ignoreLocation: true, isCaseSensitive: false, shouldSort: false });
  return { rows, textOfRow, texts, fuse, children: indexChildren(rows), orders: new Map(), lastSearch: null, lastAncestry: null };
}

function sortValue(row: GridRow, column: SortColumn): string | number {
  switch (column) {
    case 'version':
      return row.version;
    case 'token_count':
      return row.token_count;
    case 'tags':
      return row.tags.join(' ');
    case 'assistant':
      return row.assistant ?? '';
    case 'commit':
      return row.commit ?? '';
    default:
      return row[column];
  }
}

function orderBy(index: GridIndex, column: SortColumn): Uint32Array {
  let order = index.orders.get(column);
  if (order) return order;
  const values = index.rows.map((row) => sortValue(row, column));
  const keys = index.rows.map((row) => row.key);
  const ids = Array.from({ length: index.rows.length }, (_, i) => i);
  // Plain comparisons rather than localeCompare: ten times faster on 50,000 rows, and ids are ASCII.
  ids.sort((a, b) => {
    const x = values[a]!;
    const y = values[b]!;
    if (x < y) return -1;
    if (x > y) return 1;
    return keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0;
  });
  order = Uint32Array.from(ids);
  index.orders.set(column, order);
  return order;
}

function textMatches(index: GridIndex, q: string): Uint8Array | null {
  const query = q.trim();
  if (index.lastSearch?.q === query) return index.lastSearch.matches;
  let matches: Uint8Array | null = null;
  if (query !== '') {
    matches = new Uint8Array(index.texts.length);
    for (const result of index.fuse.search(query)) matches[result.refIndex] = 1;
  }
  index.lastSearch = { q: query, matches };
  return matches;
}

function ancestryKeys(index: GridIndex, selector: string): Set<string> | null {
  const text = selector.trim();
  if (index.lastAncestry?.selector === text) return index.lastAncestry.keys;
  const keys = text === '' ? null : descendantsOf(index.rows, text, index.children);
  index.lastAncestry = { selector: text, keys };
  return keys;
}

/** Indices into `index.rows` of the rows passing `filter`, in its sort order. */
export function filterRows(index: GridIndex, filter: GridFilter): number[] {
  const matches = textMatches(index, filter.q);
  const keys = ancestryKeys(index, filter.ancestry);
  const order = orderBy(index, filter.sort);
  const { minTokens, maxTokens, tone, tag } = filter;
  const out: number[] = [];
  const n = order.length;
  for (let k = 0; k < n; k++) {
    const i = order[filter.dir === 'asc' ? k : n - 1 - k]!;
    const row = index.rows[i]!;
    if (matches && matches[index.textOfRow[i]!] !== 1) continue;
    if (minTokens !== null && row.token_count < minTokens) continue;
    if (maxTokens !== null && row.token_count > maxTokens) continue;
    if (tone && row.tone !== tone) continue;
    if (tag && !row.tags.includes(tag) && !row.symbolic_tags.includes(tag)) continue;
    if (keys && !keys.has(row.key)) continue;
    out.push(i);
  }
  return out;
}
