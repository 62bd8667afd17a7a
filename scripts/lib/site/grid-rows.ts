// Pure and browser-safe: the checkpoint grid's row, and its filter state as it lives in the URL.
// Shared by the build (which writes the rows as JSON) and the grid island (which filters them).

/** One checkpoint as the grid shows it; JSON-safe. */
export interface GridRow {
  /** Unique key of the version: `<prompt>@<version>-<hash12>`. */
  key: string;
  prompt: string;
  version: number;
  /** Display label, `v3·0d4cf2` (vault/version-label.ts). */
  label: string;
  title: string;
  /** How the version came about: new, edit, fork, rename, merge; null without a mutation log. */
  kind: string | null;
  /** The prompt file's format kind when its checkpoint records one, else null. */
  format: string | null;
  token_count: number;
  tone: string;
  /** The prompt's own tags. */
  tags: string[];
  /** The symbolic tags of the mutation that produced this version (`@edit`, `@fork`, ...). */
  symbolic_tags: string[];
  assistant: string | null;
  /** `created_at` of the checkpoint (ISO 8601). */
  date: string;
  /** Commit that recorded it, null when unknown. */
  commit: string | null;
  /** Keys of the versions it descends from (its mutation's parents). */
  parents: string[];
  /** Display labels of the parents (`v2·1a2b3c`, or `support/refund v2·1a2b3c` for another prompt). */
  parent_labels: string[];
  /** Every measured trait of the version. */
  traits: Record<string, number>;
  /** Labels (production, staging: vault/labels/) that name this version; absent when none do. */
  env_labels?: string[];
}

/** `support/refund@3-1a2b3c4d5e6f`. */
export function versionKey(prompt: string, version: number, contentHash: string): string {
  return `${prompt}@${version}-${contentHash.replace(/^sha256-/, '').slice(0, 12)}`;
}

/**
 * The traits a grid row carries (schema/traits.ts TRAIT_NAMES, repeated here so the browser bundle
 * does not pull in zod; grid-filter.test.ts holds the two lists equal).
 */
export const GRID_TRAITS = ['token_count', 'word_count', 'readability', 'formality', 'sentiment', 'hard_constraints', 'template_variables'] as const;

export const SORT_COLUMNS = ['prompt', 'version', 'title', 'kind', 'format', 'parents', 'token_count', 'tone', 'tags', 'labels', 'assistant', 'date', 'commit', ...GRID_TRAITS.map((name) => `trait:${name}` as const)] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

export interface GridFilter {
  /** Text over prompt id, title, tags, tone, kind, assistant, commit (exact, prefix, then fuzzy). */
  q: string;
  minTokens: number | null;
  maxTokens: number | null;
  tone: string;
  /** A prompt tag, a symbolic tag (`@fork`) or a label as `label:production`. */
  tag: string;
  /** `support/refund` or `support/refund@2` (or with its hash): only that and its descendants. */
  ancestry: string;
  sort: SortColumn;
  dir: 'asc' | 'desc';
}

export const DEFAULT_FILTER: GridFilter = { q: '', minTokens: null, maxTokens: null, tone: '', tag: '', ancestry: '', sort: 'date', dir: 'desc' };

/** Reads the filter from a query string; unknown or malformed values fall back to the defaults. */
export function parseFilter(search: string | URLSearchParams): GridFilter {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const int = (name: string) => {
    const raw = params.get(name);
    if (raw === null || raw.trim() === '') return null;
    const value = Number(raw);
    return Number.isFinite(value) ? Math.trunc(value) : null;
  };
  const sort = params.get('sort') ?? '';
  return {
    q: params.get('q') ?? '',
    minTokens: int('min'),
    maxTokens: int('max'),
    tone: params.get('tone') ?? '',
    tag: params.get('tag') ?? '',
    ancestry: params.get('from') ?? '',
    sort: (SORT_COLUMNS as readonly string[]).includes(sort) ? (sort as SortColumn) : DEFAULT_FILTER.sort,
    dir: params.get('dir') === 'asc' ? 'asc' : params.get('dir') === 'desc' ? 'desc' : DEFAULT_FILTER.dir,
  };
}

/** The query string of a filter, leaving defaults out so a shared link stays short. */
export function serializeFilter(filter: GridFilter): string {
  const params = new URLSearchParams();
  if (filter.q) params.set('q', filter.q);
  if (filter.minTokens !== null) params.set('min', String(filter.minTokens));
  if (filter.maxTokens !== null) params.set('max', String(filter.maxTokens));
  if (filter.tone) params.set('tone', filter.tone);
  if (filter.tag) params.set('tag', filter.tag);
  if (filter.ancestry) params.set('from', filter.ancestry);
  if (filter.sort !== DEFAULT_FILTER.sort || filter.dir !== DEFAULT_FILTER.dir) {
    params.set('sort', filter.sort);
    params.set('dir', filter.dir);
  }
  return params.toString();
}
