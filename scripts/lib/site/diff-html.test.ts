import { describe, expect, it } from 'vitest';
import { renderDiffHtml } from './diff-html.ts';

describe('diff HTML from diff2html', () => {
  it('escapes every line and name, so a payload in a prompt stays text', () => {
    const html = renderDiffHtml({
      oldName: 'evil <img src=x onerror=alert(1)>', newName: 'evil "quoted"',
      oldText: 'Hello <b>there</b>\n<script>alert(1)</script>\n', newText: 'Hello <b>there</b>\n<img src=x onerror="alert(2)">\n',
    })!;
    expect(html).not.toMatch(/<script|<img|<b>/);
    const plain = html.replace(/<\/?(?:del|ins)>/g, '');
    expect(plain).toContain('&lt;script&gt;alert(1)&lt;&#x2F;script&gt;');
    expect(plain).toContain('&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
    expect(plain).toContain('evil &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('d2h-file-side-diff');
  });

  it('drops the "Viewed" checkbox and random ids, and is null when nothing changed', () => {
    const html = renderDiffHtml({ oldName: 'a', newName: 'b', oldText: 'x\n', newText: 'y\n', format: 'line-by-line' })!;
    expect(html).not.toContain('d2h-file-collapse');
    expect(html).not.toMatch(/id="d2h-\d+"/);
    expect(renderDiffHtml({ oldName: 'a', newName: 'b', oldText: 'x\n', newText: 'x\n' })).toBeNull();
  });
});
