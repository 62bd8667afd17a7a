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
    expect(html).toContain('class="d2h-diff-table pv-diff"');
  });

  it('puts both sides of each line in one row, so wrapped lines stay side by side', () => {
    const long = `${'word '.repeat(60)}end`;
    const html = renderDiffHtml({ oldName: 'a v1·aaaaaa', newName: 'a v2·bbbbbb', oldText: `same\n${long}\n`, newText: `same\n${long.replace('end', 'finish')}\nadded\n` })!;
    const rows = [...html.matchAll(/<tr class="pv-row (pv-[a-z]+)">([\s\S]*?)<\/tr>/g)];
    expect(rows.map((row) => row[1])).toEqual(['pv-hunk', 'pv-same', 'pv-change', 'pv-change']);
    for (const row of rows) expect(row[2]!.match(/<td class="pv-old/g)).toHaveLength(2);
    for (const row of rows) expect(row[2]!.match(/<td class="pv-new/g)).toHaveLength(2);
    expect(rows[2]![2]).toMatch(/<del>end<\/del>[\s\S]*<ins>finish<\/ins>/);
    expect(rows[3]![2]).toMatch(/pv-old pv-empty/);
    expect(html).toContain('<th scope="col" class="pv-old" colspan="2">a v1·aaaaaa</th>');
  });

  it('drops the "Viewed" checkbox and random ids, and is null when nothing changed', () => {
    const html = renderDiffHtml({ oldName: 'a', newName: 'b', oldText: 'x\n', newText: 'y\n' })!;
    expect(html).not.toContain('d2h-file-collapse');
    expect(html).not.toMatch(/id="d2h-\d+"/);
    expect(renderDiffHtml({ oldName: 'a', newName: 'b', oldText: 'x\n', newText: 'x\n' })).toBeNull();
  });
});
