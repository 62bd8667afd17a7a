// Pure and browser-safe: the one diff of the site. diff2html pairs the changed lines and marks the
// changed words (<del>/<ins>); its side-by-side output is two separate tables, which cannot wrap
// long lines without the two sides drifting apart, so the rows of both are zipped here into one
// table of four columns (old line, old text, new line, new text). Each row then wraps as a whole,
// and below a width the stylesheet stacks the old half above the new one (a line-by-line layout)
// from the same markup. diff2html escapes every line it prints (diff-html.test.ts holds it to
// that); the names in the header go through escapeMarkup.
import { html } from 'diff2html';
import { escapeMarkup } from './escape.ts';
import { unifiedDiff, type UnifiedDiffOptions } from './line-diff.ts';

export type DiffHtmlOptions = UnifiedDiffOptions;

const TBODY = /<tbody class="d2h-diff-tbody">([\s\S]*?)<\/tbody>/g;
const ROW = /<tr>([\s\S]*?)<\/tr>/g;

/** Diff HTML (a `<table class="pv-diff">` inside diff2html's wrapper), or null when the texts are the same. */
export function renderDiffHtml(options: DiffHtmlOptions): string | null {
  const diff = unifiedDiff(options);
  if (diff === '') return null;
  // `auto`: diff2html follows prefers-color-scheme, as the site does.
  const out = html(diff, { outputFormat: 'side-by-side', drawFileList: false, matching: 'lines', diffMaxChanges: 5_000, colorScheme: 'auto' as never });
  const sides = [...out.matchAll(TBODY)].map((match) => [...match[1]!.matchAll(ROW)].map((row) => row[1]!));
  const [left = [], right = []] = sides;
  const rows: string[] = [];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const a = left[i] ?? '';
    const b = right[i] ?? '';
    rows.push(`<tr class="${rowClass(a, b)}">${side(a, 'pv-old')}${side(b, 'pv-new')}</tr>`);
  }
  const oldName = escapeMarkup(options.oldText === null ? `${options.oldName} (did not exist)` : options.oldName);
  const newName = escapeMarkup(options.newText === null ? `${options.newName} (deleted)` : options.newName);
  return (
    '<div class="d2h-wrapper d2h-auto-color-scheme"><div class="d2h-file-wrapper">' +
    '<table class="d2h-diff-table pv-diff"><colgroup><col class="num"><col><col class="num"><col></colgroup>' +
    `<thead><tr><th scope="col" class="pv-old" colspan="2">${oldName}</th><th scope="col" class="pv-new" colspan="2">${newName}</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table></div></div>`
  );
}

/** `pv-hunk` for a hunk header, `pv-same` for an unchanged line, `pv-change` otherwise. */
function rowClass(left: string, right: string): string {
  if (/class="[^"]*d2h-info/.test(left)) return 'pv-row pv-hunk';
  const context = (cells: string) => cells === '' || /class="[^"]*d2h-cntx/.test(cells);
  return context(left) && context(right) ? 'pv-row pv-same' : 'pv-row pv-change';
}

/** One side's two cells, tagged with the side, and marked empty when diff2html pads it. */
function side(cells: string, name: 'pv-old' | 'pv-new'): string {
  if (cells === '') return `<td class="${name} pv-num pv-empty"></td><td class="${name} pv-empty"></td>`;
  return cells
    .replace(/<td class="([^"]*)"/g, (_, classes: string) => `<td class="${name}${classes.includes('emptyplaceholder') ? ' pv-empty' : ''} ${classes}"`)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}
