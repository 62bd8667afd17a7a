// The checkpoint grid: fetches every row as JSON, filters (fuzzy text, token range, tone, tag,
// ancestry), sorts, exports, and renders only the rows in view. Browser-only; JSON props only.
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createGridIndex, filterRows } from '../../scripts/lib/site/grid-filter.ts';
import { DEFAULT_FILTER, parseFilter, serializeFilter, type GridFilter, type GridRow, type SortColumn } from '../../scripts/lib/site/grid-rows.ts';
import { rowsToCsv, rowsToJson } from '../../scripts/lib/site/export-rows.ts';
import { routes, withBase } from '../../scripts/lib/site/urls.ts';

interface Props {
  /** URL of checkpoints.json. */
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

const COLUMNS: { key: SortColumn; label: string; width: string }[] = [
  { key: 'prompt', label: 'Prompt', width: '24%' },
  { key: 'version', label: 'Version', width: '7%' },
  { key: 'token_count', label: 'Tokens', width: '8%' },
  { key: 'tone', label: 'Tone', width: '11%' },
  { key: 'tags', label: 'Tags', width: '22%' },
  { key: 'date', label: 'Date', width: '14%' },
  { key: 'commit', label: 'Commit', width: '10%' },
];

export default function CheckpointGrid({ dataUrl, base, total }: Props) {
  const [rows, setRows] = useState<GridRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState<GridFilter>(() => parseFilter(window.location.search));

  useEffect(() => {
    fetch(dataUrl)
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
        return response.json() as Promise<GridRow[]>;
      })
      .then((data) => {
        setRows(data);
        // The plain table stays for readers without JavaScript; with the grid loaded it is redundant.
        document.getElementById('grid-fallback')?.setAttribute('hidden', '');
      })
      .catch((reason: unknown) => setError(`Could not load the checkpoints (${String(reason)}); the table below shows the most recent ones.`));
  }, [dataUrl]);

  useEffect(() => {
    const query = serializeFilter(filter);
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`);
  }, [filter]);

  const update = useCallback((patch: Partial<GridFilter>) => setFilter((current) => ({ ...current, ...patch })), []);

  if (error) return <p role="alert">{error}</p>;
  if (!rows) return <p role="status">Loading {total} checkpoints…</p>;
  return <Grid rows={rows} filter={filter} update={update} reset={() => setFilter(DEFAULT_FILTER)} base={base} />;
}

function Grid({ rows, filter, update, reset, base }: { rows: GridRow[]; filter: GridFilter; update: (patch: Partial<GridFilter>) => void; reset: () => void; base: string }) {
  const index = useMemo(() => createGridIndex(rows), [rows]);
  const options = useMemo(() => ({
    tones: [...new Set(rows.map((row) => row.tone))].sort(),
    tags: [...new Set(rows.flatMap((row) => [...row.tags, ...row.symbolic_tags]))].sort(),
    prompts: [...new Set(rows.map((row) => row.prompt))].sort(),
  }), [rows]);
  // Typing stays responsive: React may render the input before the (deferred) filtering.
  const deferred = useDeferredValue(filter);
  const [elapsed, setElapsed] = useState(0);
  const lastElapsed = useRef(0);
  const visible = useMemo(() => {
    const start = performance.now();
    const result = filterRows(index, deferred);
    lastElapsed.current = performance.now() - start;
    return result;
  }, [index, deferred]);
  useEffect(() => setElapsed(lastElapsed.current), [visible]);

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

  const sortBy = (column: SortColumn) => update(filter.sort === column ? { dir: filter.dir === 'asc' ? 'desc' : 'asc' } : { sort: column, dir: column === 'date' || column === 'token_count' ? 'desc' : 'asc' });
  const numberOrNull = (value: string) => (value.trim() === '' || !Number.isFinite(Number(value)) ? null : Math.trunc(Number(value)));

  return (
    <section aria-label="Checkpoint grid" className="grid">
      <form className="filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <label>Search
          <input type="search" name="q" value={filter.q} placeholder="prompt, title, tag, tone…" onChange={(e) => update({ q: e.target.value })} />
        </label>
        <label>Min tokens
          <input type="number" name="min" min={0} inputMode="numeric" value={filter.minTokens ?? ''} onChange={(e) => update({ minTokens: numberOrNull(e.target.value) })} style={{ width: '7rem' }} />
        </label>
        <label>Max tokens
          <input type="number" name="max" min={0} inputMode="numeric" value={filter.maxTokens ?? ''} onChange={(e) => update({ maxTokens: numberOrNull(e.target.value) })} style={{ width: '7rem' }} />
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
          <input name="from" list="grid-prompts" value={filter.ancestry} placeholder="prompt or prompt@version" onChange={(e) => update({ ancestry: e.target.value })} aria-describedby="grid-from-help" />
        </label>
        <datalist id="grid-prompts">{options.prompts.map((prompt) => <option key={prompt} value={prompt} />)}</datalist>
        <span id="grid-from-help" hidden>Shows only that prompt or version and every version descending from it, across forks, renames and merges.</span>
        <button type="button" onClick={reset}>Clear filters</button>
        <button type="button" onClick={() => download('csv')}>Export CSV</button>
        <button type="button" onClick={() => download('json')}>Export JSON</button>
      </form>
      <p role="status" aria-live="polite" className="muted" data-testid="grid-count" data-filter-ms={elapsed.toFixed(2)}>
        {visible.length === rows.length ? `${rows.length} checkpoints` : `${visible.length} of ${rows.length} checkpoints`}
      </p>
      <VirtualTable rows={rows} visible={visible} filter={filter} sortBy={sortBy} base={base} />
    </section>
  );
}

function VirtualTable({ rows, visible, filter, sortBy, base }: { rows: GridRow[]; visible: number[]; filter: GridFilter; sortBy: (column: SortColumn) => void; base: string }) {
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
    const hash = row.key.slice(row.key.lastIndexOf('-') + 1);
    cells.push(
      <tr key={row.key} aria-rowindex={position + 2} data-key={row.key} style={{ height: ROW_HEIGHT }}>
        <td title={`${row.prompt}: ${row.title}`}><a href={withBase(base, routes.prompt(row.prompt))}>{row.prompt}</a></td>
        <td><a href={`${withBase(base, routes.prompt(row.prompt))}#v${row.version}-${hash}`}>v{row.version}</a></td>
        <td>{row.token_count}</td>
        <td>{row.tone}</td>
        <td title={[...row.tags, ...row.symbolic_tags].join(' ')}>{row.tags.map((tag) => <span key={tag} className="tag">{tag}</span>)}{row.symbolic_tags.map((tag) => <span key={tag} className="tag sym">{tag}</span>)}</td>
        <td>{row.date.slice(0, 10)}</td>
        <td>{row.commit ? <code title={row.commit}>{row.commit.slice(0, 7)}</code> : <span className="muted">—</span>}</td>
      </tr>,
    );
  }
  return (
    <div ref={scroller} className="grid-scroll" tabIndex={0} role="region" aria-label="Checkpoints, scrollable" onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
      <table className="data grid-table" aria-rowcount={visible.length + 1}>
        <colgroup>{COLUMNS.map((column) => <col key={column.key} style={{ width: column.width }} />)}</colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map((column) => (
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
