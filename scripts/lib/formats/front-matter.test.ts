import { describe, expect, it } from 'vitest';
import { normaliseText, readKeyValueLines, readYaml, splitFrontMatter } from './front-matter.ts';

describe('front matter is read leniently, as the authoring tools read it', () => {
  it('reads YAML front matter and the body after it, with key lines', () => {
    const read = splitFrontMatter('---\nname: reviewer\ntools: [Read, Grep]\n---\nReview the code.\n');
    expect(read).toMatchObject({ data: { name: 'reviewer', tools: ['Read', 'Grep'] }, hasFrontMatter: true, body: 'Review the code.\n', bodyLine: 5, keyLines: { name: 2, tools: 3 }, warnings: [], problems: [] });
  });

  it('leaves no carriage return in values and parses a flow list on the last line of a CRLF file', () => {
    const read = splitFrontMatter('---\r\ntitle: CRLF\r\ntags: [a, b]\r\n---\r\nBody\r\nmore\r\n');
    expect(read.data).toEqual({ title: 'CRLF', tags: ['a', 'b'] });
    expect(read.body).toBe('Body\nmore\n');
    expect(JSON.stringify(read)).not.toContain('\\r');
  });

  it('the lenient reading\'s fix follows the YAML error: an indent out of step, a list or quote left open, a tab, a value with ": "', () => {
    // Each warning said "quote values that contain ': '", which mends none of the first four.
    const fixOf = (text: string) => splitFrontMatter(text).warnings.find((w) => w.code === 'front-matter-lenient')!;
    expect(fixOf('---\nname: S\nmodel:\n  api: chat\n inputs:\n  text: x\n---\nBody\n')).toMatchObject({ line: 5, fix: expect.stringMatching(/^indent the keys of one mapping, and the items of one list, by the same number of spaces/) });
    expect(fixOf('---\ntitle: T\ntags: [billing\ncodex: [a]\n---\nBody\n').fix).toMatch(/^close the list that opens with "\[" on this line or the line above with "\]"/);
    expect(fixOf('---\ntitle: T\nmodel: { name: x\n---\nBody\n').fix).toMatch(/^close the mapping that opens with "\{"/);
    expect(fixOf('---\ntitle: "T\ndescription: x\n---\nBody\n').fix).toMatch(/^close the quote that opens a value on this line or the line above/);
    expect(fixOf('---\ntitle: T\nmodel:\n\tname: x\n---\nBody\n').fix).toBe('indent with spaces: YAML does not allow tabs as indentation');
    expect(fixOf('---\ntitle: T\ndescription: Use when: asked\n---\nBody\n').fix).toMatch(/^quote values that contain ": "/);
  });

  it('drops a byte order mark before the opening line', () => {
    expect(splitFrontMatter('\uFEFF---\ntitle: BOM\n---\nBody\n').data).toEqual({ title: 'BOM' });
  });

  it('falls back to key: value lines when a value holds an unquoted colon, with a warning', () => {
    const read = splitFrontMatter('---\nname: planner\ndescription: Use this agent when: the user asks for a plan\nmodel: opus\n---\nPlan.\n');
    expect(read.data).toEqual({ name: 'planner', description: 'Use this agent when: the user asks for a plan', model: 'opus' });
    expect(read.body).toBe('Plan.\n');
    expect(read.problems).toEqual([]);
    expect(read.warnings[0]).toMatchObject({ code: 'front-matter-lenient', line: 3 });
  });

  it('reads a front matter strict YAML rejects the same way each time, however often it comes back and whatever a caller did with the last reading', () => {
    const text = '---\nname: planner\ndescription: Use this agent when: the user asks for a plan\n---\nPlan.\n';
    const first = splitFrontMatter(text);
    first.warnings[0]!.message = 'changed by a caller';
    first.warnings[0]!.line = 99;
    first.data.description = 'changed too';
    const again = splitFrontMatter(text);
    expect(again.warnings[0]).toMatchObject({ code: 'front-matter-lenient', line: 3, message: expect.stringContaining('front matter is not valid YAML (') });
    expect(again.data).toEqual({ name: 'planner', description: 'Use this agent when: the user asks for a plan' });
    // The same text read from another first line (a clause's YAML starts on line 1) names its own line.
    expect(readYaml('name: planner\ndescription: Use this agent when: the user asks', 1)).toMatchObject({ kind: 'invalid', line: 2 });
    expect(readYaml('name: planner\ndescription: Use this agent when: the user asks', 2)).toMatchObject({ kind: 'invalid', line: 3 });
  });

  it('reads an unquoted Cursor glob list that strict YAML rejects', () => {
    const read = splitFrontMatter('---\ndescription: TypeScript style\nglobs: *.ts,*.tsx\nalwaysApply: false\n---\nUse strict types.\n');
    expect(read.data).toMatchObject({ globs: '*.ts,*.tsx', alwaysApply: false });
  });

  it('reads `globs: *.ts`, an alias to strict YAML, as text', () => {
    const read = splitFrontMatter('---\nglobs: *.ts\n---\nBody\n');
    expect(read.data).toEqual({ globs: '*.ts' });
    expect(read.warnings[0]?.code).toBe('front-matter-lenient');
  });

  it('names the line of the `globs: *.ts` alias in its warning, not the first line of the front matter', () => {
    const read = splitFrontMatter('---\ndescription: security rule\nglobs: **/*\nalwaysApply: false\n---\nBody\n');
    expect(read.data).toMatchObject({ description: 'security rule', globs: '**/*', alwaysApply: false });
    expect(read.warnings[0]).toMatchObject({ code: 'front-matter-lenient', line: 3 });
  });

  it('treats a leading horizontal rule with no closing line as body', () => {
    const text = '---\n\nA prompt that opens with a rule.\n';
    const read = splitFrontMatter(text);
    expect(read).toMatchObject({ hasFrontMatter: false, body: text, data: {} });
    expect(read.warnings[0]?.code).toBe('front-matter-none');
  });

  it('treats two rules around prose as body, not front matter', () => {
    const text = '---\nSome words here, no keys at all.\n---\nMore text.\n';
    expect(splitFrontMatter(text)).toMatchObject({ hasFrontMatter: false, body: text });
  });

  it('says front matter written as a YAML list is a list, not a horizontal rule, and names its line', () => {
    const text = '---\n- a\n- b\n---\nBody\n';
    const read = splitFrontMatter(text);
    expect(read).toMatchObject({ hasFrontMatter: false, body: text });
    expect(read.warnings).toEqual([expect.objectContaining({ code: 'front-matter-none', line: 2, message: expect.stringContaining('is a YAML list, not "key: value" lines') })]);
    expect(splitFrontMatter('---\nSome words here, no keys at all.\n---\nMore text.\n').warnings[0]?.message).toContain('a horizontal rule?');
  });

  it('keeps a heading set between two rules as text rather than empty front matter', () => {
    const text = '---\n\n# Plan\n\n---\n\nSteps.\n';
    expect(splitFrontMatter(text)).toMatchObject({ hasFrontMatter: false, body: text });
    expect(splitFrontMatter('---\n---\nBody\n')).toMatchObject({ hasFrontMatter: true, body: 'Body\n' });
  });

  it('refuses a JavaScript front matter block without running it', () => {
    const read = splitFrontMatter("---js\n{ title: require('node:fs').writeFileSync('/tmp/never', 'x') }\n---\nBody\n");
    expect(read.problems[0]).toMatchObject({ code: 'front-matter-language', line: 1 });
  });

  it('refuses YAML tags that would construct code', () => {
    const read = splitFrontMatter('---\ntitle: !!js/function "function () { return 1 }"\n---\nBody\n');
    expect(read.problems[0]).toMatchObject({ code: 'front-matter-tag', line: 2 });
  });

  it('never lets a key reach an object prototype', () => {
    const read = splitFrontMatter('---\n__proto__: { polluted: true }\ntitle: Safe\nnested: { constructor: x, ok: 1 }\n---\nBody\n');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(read.data)).toBe(Object.prototype);
    expect(read.data).toEqual({ title: 'Safe', nested: { ok: 1 } });
    const lenient = readKeyValueLines('__proto__: x\ntitle: a: b');
    expect(lenient.data).toEqual({ title: 'a: b' });
  });

  it('refuses an alias bomb rather than expanding it', () => {
    const bomb = ['---', 'a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefghij'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(', ')}]`), '---', 'Body'].join('\n');
    expect(splitFrontMatter(bomb).problems[0]?.code).toBe('front-matter-invalid');
  });

  it('closes the front matter at the first "---" or "..." line after the opening, as a reading line by line does', () => {
    // The definition the reader keeps without splitting the text into lines: the body is every line
    // after the first closing line, from the line after it; without a closing line the whole text.
    const byLines = (text: string): { body: string; bodyLine: number } | undefined => {
      const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
      const close = lines.findIndex((line, i) => i > 0 && /^(?:---|\.\.\.)[ \t]*$/.test(line));
      return close === -1 ? undefined : { body: lines.slice(close + 1).join('\n'), bodyLine: close + 2 };
    };
    const pieces = ['---', '...', '--- ', '---\t', '-- -', '.', '\n', '\r\n', '\r', 'title: x', '\uFEFF', ' ', 'Body text', '# Heading'];
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    let compared = 0;
    for (let i = 0; i < 3000; i++) {
      let text = '---\n';
      for (let k = next(10); k >= 0; k--) text += pieces[next(pieces.length)];
      const read = splitFrontMatter(text);
      const expected = byLines(text);
      // No closing line: no front matter, the whole text the body (a closing line found where there is none fails here).
      if (expected === undefined) expect({ text, has: read.hasFrontMatter, body: read.body }).toEqual({ text, has: false, body: normaliseText(text) });
      if (!read.hasFrontMatter) continue;
      compared++;
      expect({ text, body: read.body, bodyLine: read.bodyLine }).toEqual({ text, ...expected });
    }
    // The comparison means something only if a good share of the texts had a front matter read (466 of 3,000).
    expect(compared).toBeGreaterThan(300);
    expect(splitFrontMatter('---\ntitle: Last\n---').body).toBe('');
    expect(splitFrontMatter('---\ntitle: One\n...\t\nBody\n---\nmore\n')).toMatchObject({ data: { title: 'One' }, body: 'Body\n---\nmore\n', bodyLine: 4 });
    expect(splitFrontMatter('---\ntitle: open\n- - -\nBody\n')).toMatchObject({ hasFrontMatter: false, body: '---\ntitle: open\n- - -\nBody\n' });
  });

  it('reads indented lists and continuation lines in the fallback reader', () => {
    expect(readKeyValueLines('tools:\n  - Read\n  - Grep\ndescription: first: part\n  second part').data).toEqual({ tools: ['Read', 'Grep'], description: 'first: part second part' });
  });
});
