// Pure and browser-safe: the grid's rows as CSV and JSON, exactly as filtered and sorted.
import type { GridRow } from './grid-rows.ts';

export const CSV_COLUMNS = ['prompt', 'version', 'label', 'title', 'kind', 'token_count', 'tone', 'tags', 'symbolic_tags', 'assistant', 'date', 'commit', 'parent_labels', 'key'] as const;

/**
 * One CSV field: quoted when it holds a comma, quote or line break (RFC 4180), and a leading
 * `=`, `+`, `-`, `@` (or tab/CR) prefixed with `'` so a spreadsheet never runs it as a formula.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV with a header row and CRLF line ends; lists are joined with spaces. */
export function rowsToCsv(rows: readonly GridRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of rows) {
    lines.push(CSV_COLUMNS.map((column) => {
      const value = row[column];
      return csvField(Array.isArray(value) ? value.join(' ') : value);
    }).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** JSON array of the rows, each with the keys of its parent versions. */
export function rowsToJson(rows: readonly GridRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}
