// Build time: side-by-side or line-by-line diff HTML from diff2html. diff2html escapes every line
// of text it prints (file names included; see diff-html.test.ts), which is what lets a page
// insert its output as HTML while prompt text stays inert.
import { html } from 'diff2html';
import { unifiedDiff, type UnifiedDiffOptions } from './line-diff.ts';

export interface DiffHtmlOptions extends UnifiedDiffOptions {
  format?: 'side-by-side' | 'line-by-line';
}

/** Diff HTML, or null when the two texts are the same. */
export function renderDiffHtml(options: DiffHtmlOptions): string | null {
  const diff = unifiedDiff(options);
  if (diff === '') return null;
  const out = html(diff, { outputFormat: options.format ?? 'side-by-side', drawFileList: false, matching: 'lines', diffMaxChanges: 5_000 });
  return out
    // The "Viewed" checkbox needs diff2html's UI script, which the site does not ship.
    .replace(/<label class="d2h-file-collapse">[\s\S]*?<\/label>/g, '')
    // Random ids would make every build differ.
    .replace(/ id="d2h-\d+"/g, '');
}
