import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadGrayMatter, parseMarkdown } from './markdown.ts';
import { splitMatter } from './split-matter.ts';

// The hook splits clause files without loading gray-matter; the split must be gray-matter's own,
// on every shape a clause file takes, odd ones included.

const yaml = (source: string) => parseDocument(source, { uniqueKeys: true }).toJS() ?? {};
const SHAPES = [
  'No front matter at all.\n',
  '# Heading\n\n---\n\nA rule, then text.\n',
  '---\nid: privacy/refunds\ntitle: Refunds\n---\nNever promise a refund.\n',
  '---\nid: a\n---\n\n\nBody after blank lines.\n',
  '---\nid: a\n---',
  '---\nid: a\n---\n',
  '---\nid: a\n',
  '---',
  '---x',
  '---\n',
  '---\n---\n',
  '---\n\n---\nBody.\n',
  '---\n# only a comment\n---\nBody.\n',
  '---\n  # indented comment\n---\nBody.\n',
  '----\nid: a\n----\nFour dashes open nothing.\n',
  '--- \nid: a\n---\nSpace after the opening.\n',
  '---\t\nid: a\n---\nTab after the opening.\n',
  '---\nid: a\n--- trailing text\nBody.\n',
  '---\nid: a\n----\nBody.\n',
  '---\nnote: "a line\n---\nin a string"\n---\nBody.\n',
  '---\nlist:\n  - one\n  - two\n---\nBody with --- inside.\n---\nMore.\n',
  '---\njust a scalar\n---\nBody.\n',
  '---\nfalse\n---\nBody.\n',
  '---\n- a\n- b\n---\nBody.\n',
  '---\nexcerpt_separator: <!-- more -->\n---\nIntro <!-- more --> rest.\n',
  '---\r\nid: a\r\n---\r\nCRLF body.\r\n',
  '---\nid: a\n---\r\nMixed.\n',
  '---\nid: [unclosed\n---\nBody.\n',
  '---\nid: a\nid: b\n---\nDuplicate key.\n',
];

describe('splitting a clause file without gray-matter', () => {
  it.each(SHAPES)('gives gray-matter\'s data, body and matter for %j', (text) => {
    const ours = splitMatter(text, yaml);
    const theirs = loadGrayMatter()(text, { language: 'yaml', engines: { yaml } as never });
    expect(ours).toBeDefined();
    expect({ data: ours!.data, content: ours!.content, matter: ours!.matter }).toEqual({ data: theirs.data, content: theirs.content, matter: theirs.matter });
  });

  it('leaves an opening that names a language, and the empty file, to gray-matter', () => {
    for (const text of ['---yaml\nid: a\n---\n', '---js\nmodule.exports = {}\n---\n', '---toml\nid = 1\n---\n', '---xy', '']) {
      expect(splitMatter(text, yaml)).toBeUndefined();
    }
  });

  it('still refuses a ---js block and reads a ---yaml one through gray-matter', () => {
    const refused = parseMarkdown('---js\nmodule.exports = { id: "a" }\n---\nBody.\n', 'codex/a.md');
    expect(refused.ok ? undefined : refused.problems[0]!.code).toBe('front-matter-language');
    const named = parseMarkdown('---yaml\nid: a\n---\nBody.\n', 'codex/a.md');
    expect(named.ok ? named.file.data : named.problems).toEqual({ id: 'a' });
  });
});
