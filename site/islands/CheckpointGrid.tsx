// The checkpoint grid: fetches its rows as JSON shards (searchable while the rest arrive), searches
// (exact, prefix, then fuzzy), filters (token range, tone, tag, ancestry, with visible help and
// errors), sorts, exports, lets the
// reader choose columns, and renders only the rows in view. Browser-only; JSON props only.
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createGridIndex, filterProblems, filterRows, LABEL_TAG } from '../../scripts/lib/site/grid-filter.ts';
import { DEFAULT_FILTER, GRID_TRAITS, parseFilter, serializeFilter, type GridFilter, type GridRow, type SortColumn } from '../../scripts/lib/site/grid-rows.ts';
import { formatDateTime } from '../../scripts/lib/site/prompt-text.ts';
import { gridPromptId } from '../../scripts/lib/site/middle-ellipsis.ts';
import { rowsToCsv, rowsToJson } from '../../scripts/lib/site/export-rows.ts';
import { routes, withBase } from '../../scripts/lib/site/urls.ts';
import type { GridManifest } from '../../scripts/lib/site/grid-shards.ts';

interface Props {
  /** URL of checkpoints.json, the manifest of the row shards. */
  dataUrl: string;
  /** The site's base path, for links. */
  base: string;
  /** Row count known at build time, shown while loading. */
  total: number;
}

/** Fixed row height: windowing computes which rows are in view from it. */
const ROW_HEIGHT = 36;
/** Rows rendered beyond the visible ones, so fast scrolling does not flash empty space. */
const OVERSCAN = 10;
/** Where the reader's choice of columns is kept between visits. */
const COLUMNS_STORAGE = 'promptvault.grid.columns';

interface Column {
  key: SortColumn;
  label: string;
  /** Width in rem: wide enough for the header on a phone, so no header is cut. */
  width: number;
  shown: boolean;
  /** Always shown (the chooser does not offer it). */
  fixed?: boolean;
  numeric?: boolean;
  cell: (row: GridRow, base: string) => ReactNode;
  title?: (row: GridRow) => string;
}

/**
 * A prompt id cut in the middle when longer than the column: monorepo ids differ at their ends
 * (package, file name), which an end ellipsis hides. Screen readers get the whole id (the cut one
 * is hidden from them); the cell's title shows it on hover.
 */
function PromptId({ id }: { id: string }) {
  const shown = gridPromptId(id);
  if (shown === null) return <>{id}</>;
  return <><span aria-hidden="true">{shown}</span><span className="visually-hidden">{id}</span></>;
}

const versionHref = (base: string, row: GridRow) => `${withBase(base, routes.prompt(row.prompt))}#${row.label.replace('·', '-')}`;
const fixed2 = (value: number | undefined) => (value === undefined ? '' : Number.isInteger(value) ? String(value) : value.toFixed(2));

const COLUMNS: Column[] = [
  { key: 'prompt', label: 'Prompt', width: 18, shown: true, fixed: true, cell: (row, base) => <a href={withBase(base, routes.prompt(row.prompt))}><PromptId id={row.prompt} /></a>, title: (row) => row.prompt },
  { key: 'version', label: 'Version', width: 7.5, shown: true, fixed: true, cell: (row, base) => <a href={versionHref(base, row)}>{row.label}</a> },
  { key: 'title', label: 'Title', width: 12, shown: true, cell: (row) => row.title, title: (row) => row.title },
  { key: 'kind', label: 'Kind', width: 5, shown: true, cell: (row) => row.kind ?? '—' },
  { key: 'format', label: 'Format', width: 7, shown: false, cell: (row) => row.format ?? '—' },
  { key: 'parents', label: 'Parents', width: 10, shown: false, cell: (row) => row.parent_labels.join(' + ') || '—', title: (row) => row.parent_labels.join(' + ') },
  { key: 'token_count', label: 'Tokens', width: 5, shown: true, numeric: true, cell: (row) => row.token_count },
  { key: 'tone', label: 'Tone', width: 7, shown: true, cell: (row) => row.tone },
  { key: 'tags', label: 'Tags', width: 11, shown: true, cell: (row) => <>{row.tags.map((tag) => <span key={tag} className="tag">{tag}</span>)}{row.symbolic_tags.map((tag) => <span key={tag} className="tag sym">{tag}</span>)}</>, title: (row) => [...row.tags, ...row.symbolic_tags].join(' ') },
  { key: 'labels', label: 'Labels', width: 8, shown: false, cell: (row) => (row.env_labels ?? []).join(', ') || '—' },
  { key: 'assistant', label: 'Assistant', width: 7.5, shown: false, cell: (row) => row.assistant ?? '—' },
  { key: 'date', label: 'Date', width: 12, shown: true, cell: (row) => formatDateTime(row.date) },
  { key: 'commit', label: 'Commit', width: 5.5, shown: true, cell: (row) => (row.commit ? <code title={row.commit}>{row.commit.slice(0, 7)}</code> : <span className="muted">—</span>) },
  ...GRID_TRAITS.filter((name) => name !== 'token_count').map((name): Column => ({
    key: `trait:${name}`, label: name.replace(/_/g, ' '), width: Math.max(6, name.length * 0.55), shown: false, numeric: true, cell: (row) => fixed2(row.traits[name]),
  })),
];

function initialColumns(): Set<SortColumn> {
  try {
    const saved = JSON.parse(window.localStorage.getItem(COLUMNS_STORAGE) ?? 'null') as unknown;
    if (Array.isArray(saved)) return new Set([...COLUMNS.filter((c) => c.fixed).map((c) => c.key), ...saved.filter((key): key is SortColumn => COLUMNS.some((c) => c.key === key))]);
  } catch {
    // Storage may be off or hold something else: fall back to the defaults.
  }
  return new Set(COLUMNS.filter((c) => c.shown).map((c) => c.key));
}

/** Shards fetched at once: enough to keep the connection busy, few enough to parse between keystrokes. */
const FETCH_CONCURRENCY = 4;

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  return response.json() as Promise<T>;
}

export default function CheckpointGrid({ dataUrl, base, total }: Props) {
  const [rows, setRows] = useState<GridRow[] | null>(null);
  const [expected, setExpected] = useState(total);
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState<GridFilter>(() => parseFilter(window.location.search));

  // Rows arrive in shards (grid-shards.ts), in order. The grid shows and searches what has arrived;
  // its index is rebuilt when the rows loaded have doubled and once at the end, so building it
  // costs about twice one build over all rows, not once per shard.
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const manifest = await getJson<GridManifest>(dataUrl);
      if (cancelled) return;
      setExpected(manifest.total);
      const parts: (GridRow[] | undefined)[] = new Array(manifest.shards.length);
      const all: GridRow[] = [];
      let next = 0;
      let joined = 0;
      let published = 0;
      const publish = () => {
        if (cancelled) return;
        published = all.length;
        setRows(all.slice());
        // The plain table stays for readers without JavaScript; with the grid showing rows it is redundant.
        document.getElementById('grid-fallback')?.setAttribute('hidden', '');
      };
      const fetchShards = async () => {
        while (next < manifest.shards.length && !cancelled) {
          const n = next++;
          parts[n] = await getJson<GridRow[]>(withBase(base, manifest.shards[n]!));
          for (; joined < parts.length && parts[joined]; joined++) {
            for (const row of parts[joined]!) all.push(row);
            parts[joined] = undefined;
          }
          if (joined < parts.length && (published === 0 || all.length >= published * 2)) publish();
        }
      };
      await Promise.all(Array.from({ length: FETCH_CONCURRENCY }, fetchShards));
      publish();
    })().catch((reason: unknown) => {
      if (!cancelled) setError(`Could not load the checkpoints (${String(reason)}); the table below shows the most recent ones.`);
    });
    return () => {
      cancelled = true;
    };
  }, [dataUrl, base]);

  useEffect(() => {
    const query = serializeFilter(filter);
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`);
  }, [filter]);

  const update = useCallback((patch: Partial<GridFilter>) => setFilter((current) => ({ ...current, ...patch })), []);

  if (error) return <p role="alert">{error}</p>;
  if (!rows) return <p role="status">Loading {expected} checkpoints…</p>;
  return <Grid rows={rows} expected={expected} filter={filter} update={update} reset={() => setFilter(DEFAULT_FILTER)} base={base} />;
}

function Grid({ rows, expected, filter, update, reset, base }: { rows: GridRow[]; expected: number; filter: GridFilter; update: (patch: Partial<GridFilter>) => void; reset: () => void; base: string }) {
  const index = useMemo(() => createGridIndex(rows), [rows]);
  const options = useMemo(() => ({
    tones: [...new Set(rows.map((row) => row.tone))].sort(),
    tags: [...new Set(rows.flatMap((row) => [...row.tags, ...row.symbolic_tags]))].sort()
      .concat([...new Set(rows.flatMap((row) => row.env_labels ?? []))].sort().map((label) => `${LABEL_TAG}${label}`)),
    prompts: [...new Set(rows.map((row) => row.prompt))].sort(),
  }), [rows]);
  const [shown, setShown] = useState<Set<SortColumn>>(initialColumns);
  const columns = COLUMNS.filter((column) => shown.has(column.key));
  const toggleColumn = (key: SortColumn, on: boolean) => {
    const next = new Set(shown);
    if (on) next.add(key);
    else next.delete(key);
    setShown(next);
    try {
      window.localStorage.setItem(COLUMNS_STORAGE, JSON.stringify([...next]));
    } catch {
      // Not kept across visits when storage is off; the choice still applies now.
    }
  };
  // Typing stays responsive: React may render the input before the (deferred) filtering.
  const deferred = useDeferredValue(filter);
  // Milliseconds the last filtering took, shown as data-filter-ms beside the query it answered (the bench reads both).
  const lastElapsed = useRef(0);
  const visible = useMemo(() => {
    const start = performance.now();
    const result = filterRows(index, deferred);
    lastElapsed.current = performance.now() - start;
    return result;
  }, [index, deferred]);
  const problems = useMemo(() => filterProblems(index, filter), [index, filter]);

  const download = (format: 'csv' | 'json') => {
    const chosen = visible.map((i) => rows[i]!);
    const blob = new Blob([format === 'csv' ? rowsToCsv(chosen) : rowsToJson(chosen)], { type: format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `checkpoints.${format}`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  };

  const numeric = (column: SortColumn) => column === 'date' || column === 'token_count' || column === 'version' || column.startsWith('trait:');
  const sortBy = (column: SortColumn) => update(filter.sort === column ? { dir: filter.dir === 'asc' ? 'desc' : 'asc' } : { sort: column, dir: numeric(column) ? 'desc' : 'asc' });
  const numberOrNull = (value: string) => (value.trim() === '' || !Number.isFinite(Number(value)) ? null : Math.trunc(Number(value)));
  const count = visible.length;
  const rowsWord = count === 1 ? 'row' : 'rows';

  return (
    <section aria-label="Checkpoint grid" className="grid">
      <form className="filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <label>Search
          <input type="search" name="q" value={filter.q} placeholder="id, title, tag, @merge, tone, commit…" onChange={(e) => update({ q: e.target.value })} aria-describedby="grid-q-help" />
        </label>
        <label>Min tokens
          <input type="number" name="min" min={0} inputMode="numeric" value={filter.minTokens ?? ''} onChange={(e) => update({ minTokens: numberOrNull(e.target.value) })} style={{ width: '7rem' }} aria-invalid={problems.tokens ? true : undefined} aria-describedby={problems.tokens ? 'grid-tokens-error' : undefined} />
        </label>
        <label>Max tokens
          <input type="number" name="max" min={0} inputMode="numeric" value={filter.maxTokens ?? ''} onChange={(e) => update({ maxTokens: numberOrNull(e.target.value) })} style={{ width: '7rem' }} aria-invalid={problems.tokens ? true : undefined} aria-describedby={problems.tokens ? 'grid-tokens-error' : undefined} />
        </label>
        <label>Tone
          <select name="tone" value={filter.tone} onChange={(e) => update({ tone: e.target.value })}>
            <option value="">any tone</option>
            {options.tones.map((tone) => <option key={tone} value={tone}>{tone}</option>)}
          </select>
        </label>
        <label>Tag
          <select name="tag" value={filter.tag} onChange={(e) => update({ tag: e.target.value })}>
            <option value="">any tag</option>
            {options.tags.map((tag) => <option key={tag} value={tag}>{tag}</option>)}
          </select>
        </label>
        <label>Descends from
          <input name="from" list="grid-prompts" value={filter.ancestry} placeholder="support/refund@2" onChange={(e) => update({ ancestry: e.target.value })} aria-describedby={problems.ancestry ? 'grid-from-error grid-from-help' : 'grid-from-help'} aria-invalid={problems.ancestry ? true : undefined} />
        </label>
        <datalist id="grid-prompts">{options.prompts.map((prompt) => <option key={prompt} value={prompt} />)}</datalist>
        <button type="button" onClick={reset}>Clear filters</button>
        <button type="button" onClick={() => download('csv')} disabled={count === 0}>Export {count} {rowsWord} as CSV</button>
        <button type="button" onClick={() => download('json')} disabled={count === 0}>Export {count} {rowsWord} as JSON</button>
        <p className="help" id="grid-q-help">Search matches whole words and word starts first (an exact prompt id shows only that prompt; a commit needs its first 4+ characters), then close spellings.</p>
        <p className="help" id="grid-from-help">Descends from: a prompt id or a version (<code>support/refund@2</code>, <code>support/refund@v2·0d4cf2</code>); shows it and every version descending from it, across forks, renames and merges.</p>
        {problems.tokens && <p className="error" id="grid-tokens-error" role="alert">{problems.tokens}</p>}
        {problems.ancestry && <p className="error" id="grid-from-error" role="alert">{problems.ancestry}</p>}
      </form>
      <details className="column-chooser">
        <summary>Columns ({columns.length} of {COLUMNS.length})</summary>
        <fieldset>
          <legend>Columns shown</legend>
          {COLUMNS.filter((column) => !column.fixed).map((column) => (
            <label key={column.key}><input type="checkbox" checked={shown.has(column.key)} onChange={(e) => toggleColumn(column.key, e.target.checked)} /> {column.label}</label>
          ))}
        </fieldset>
      </details>
      {rows.length < expected && <p className="muted" data-testid="grid-loading">Loading: {rows.length} of {expected} checkpoints so far; search and filters apply to those.</p>}
      <p role="status" aria-live="polite" className="muted" data-testid="grid-count" data-filter-ms={lastElapsed.current.toFixed(2)} data-query={deferred.q} data-total={rows.length} data-loaded={rows.length >= expected ? 'all' : 'some'}>
        {visible.length === rows.length ? `${rows.length} checkpoints` : `${visible.length} of ${rows.length} checkpoints`}
      </p>
      <VirtualTable rows={rows} visible={visible} filter={filter} sortBy={sortBy} base={base} columns={columns} />
    </section>
  );
}

function VirtualTable({ rows, visible, filter, sortBy, base, columns }: { rows: GridRow[]; visible: number[]; filter: GridFilter; sortBy: (column: SortColumn) => void; base: string; columns: Column[] }) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  // A new filter starts at the top.
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
  }, [visible]);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(visible.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const cells: ReactNode[] = [];
  for (let position = first; position < last; position++) {
    const row = rows[visible[position]!]!;
    cells.push(
      <tr key={row.key} aria-rowindex={position + 2} data-key={row.key} style={{ height: ROW_HEIGHT }}>
        {columns.map((column) => <td key={column.key} className={column.numeric ? 'num' : undefined} title={column.title?.(row)}>{column.cell(row, base)}</td>)}
      </tr>,
    );
  }
  const width = columns.reduce((sum, column) => sum + column.width, 0);
  return (
    <div ref={scroller} className="grid-scroll" tabIndex={0} role="region" aria-label="Checkpoints, scrollable" onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
      <table className="data grid-table" aria-rowcount={visible.length + 1} style={{ width: `max(100%, ${width}rem)` }}>
        <colgroup>{columns.map((column) => <col key={column.key} style={{ width: `${column.width}rem` }} />)}</colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((column) => (
              <th key={column.key} scope="col" aria-sort={filter.sort === column.key ? (filter.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
                <button type="button" className="sort" onClick={() => sortBy(column.key)}>
                  {column.label}<span aria-hidden="true">{filter.sort === column.key ? (filter.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {first > 0 && <tr aria-hidden="true" style={{ height: first * ROW_HEIGHT }} />}
          {cells}
          {last < visible.length && <tr aria-hidden="true" style={{ height: (visible.length - last) * ROW_HEIGHT }} />}
        </tbody>
      </table>
      {visible.length === 0 && <p className="muted">No checkpoint matches these filters.</p>}
    </div>
  );
}
