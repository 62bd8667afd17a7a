import { describe, expect, it } from 'vitest';
import { stableIdPatterns } from './collect.ts';
import { mayHideStableId, parseStableIdLines, serializeStableIdLines, stableIdKeys as stableIdKeysOf, stableIdLineKeys as stableIdKeys } from './stable-id-keys.ts';

// The search the keys replace, as git grep -E read it line by line ([[:space:]] in the C locale;
// `.` any character of the line, a carriage return too: the `s` flag).
const searched = (id: string, text: string) => {
  const pattern = new RegExp(stableIdPatterns([id])[0]!.replaceAll('[[:space:]]', '[ \\t\\n\\v\\f\\r]'), 's');
  return text.split('\n').some((line) => pattern.test(line));
};

/** mulberry32, for texts that are the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('a file\'s stable-id keys are the ids the old search found it under', () => {
  it('reads the id lines of front matter as written by hand: quoted, spaced, CRLF, in any shape', () => {
    const text = '---\ntitle: Refund\nid: support/refund\r\n---\nid: "billing/x"  \nid:\'sales/y\'\n  id: indented/no\nnotid: z\n';
    expect(stableIdKeys(Buffer.from(text)).filter((key) => !/["']/.test(key)).sort()).toEqual(['billing/x', 'sales/y', 'support/refund']);
    expect(stableIdKeys(Buffer.from('title: no id\n'))).toEqual([]);
  });

  it('matches the grep pattern for every id on 20,000 generated texts of id lines, quotes and spaces', () => {
    const random = seeded(30);
    const pieces = ['id:', 'id: ', ' ', '\t', '\r', '"', "'", 'a', 'b', 'a/b', 'é', 'x y', '\n', ':', 'id', '#', ' #'];
    const ids = ['a', 'b', 'a/b', 'é', 'x y', '"', "'", 'a"', '"a', "'a'", 'a b', 'ab', 'id', ':', '#', 'a#', 'a #', '# a'];
    for (let n = 0; n < 20_000; n++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 8) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      const keys = new Set(stableIdKeys(Buffer.from(text)));
      for (const id of ids) expect(keys.has(id), `${JSON.stringify(text)} under ${JSON.stringify(id)}`).toBe(searched(id, text));
    }
  });

  it('reads the id before a YAML comment on its line, and a # with no space before it as part of the id', () => {
    expect(stableIdKeys(Buffer.from('---\nid: beta  # from billing\n---\n'))).toContain('beta');
    expect(stableIdKeys(Buffer.from("---\nid: 'beta' # quoted\n---\n"))).toContain('beta');
    expect(stableIdKeys(Buffer.from('---\nid: beta#2\n---\n'))).toEqual(['beta#2']);
  });

  it('keeps lines of keys, paths and blobs as ASCII text read back the same', () => {
    const lines = [{ key: 'café/menu', path: 'prompts/café.md', oid: 'a'.repeat(40) }, { key: 'b', path: 'p/b.md', oid: 'b'.repeat(40) }];
    const bytes = serializeStableIdLines(lines);
    expect(bytes.every((byte) => byte < 0x80)).toBe(true);
    expect(parseStableIdLines(bytes)).toEqual([lines[1], lines[0]]);
    expect(parseStableIdLines(Buffer.from('["a","b"]\n'))).toBeUndefined();
  });
});

describe('a file whose id line the line read cannot follow is also read with the record\'s parse', () => {
  it('adds the parsed id of YAML shapes the line read misses, and parses none of the plain ones', () => {
    const shapes = ['id:\n  a/b', 'id: |-\n  a/b', 'id: "a\\x2fb"', '"id": "a/b"', 'id : a/b', 'id: &x a/b', 'id: !!str a/b', 'n: &x a/b\nid: *x', '{"id": "a/b"}', '  id: a/b\n  title: T', '? id\n: a/b', '? "id"  # explicit\r\n: a/b'];
    for (const shape of shapes) {
      const bytes = Buffer.from(`---\n${shape}\n---\nBody.\n`);
      expect(mayHideStableId(bytes.toString()), shape).toBe(true);
      expect(stableIdKeysOf(bytes, 'prompts/x.md'), shape).toContain('a/b');
    }
    for (const shape of ['id: a/b', 'id: "a/b"', "id: 'a/b'", 'id: a/b  # note', 'title: T\nid: a/b\ntags: [x]']) {
      expect(mayHideStableId(`---\n${shape}\n---\nBody.\n`), shape).toBe(false);
    }
    // Found where it stands in a longer text too, and not where "id" is only part of a word or a colon follows later.
    expect(mayHideStableId('Provide a valid answer.\nDo not guess.\n---\n"id": a/b\n')).toBe(true);
    expect(mayHideStableId('Provide a valid answer: never guess. Did you? Avoid it.\n')).toBe(false);
    // A number-like plain id is what YAML reads: `1.0` is the id "1".
    expect(stableIdKeysOf(Buffer.from('---\nid: 1.0\n---\nBody.\n'), 'prompts/x.md')).toEqual(['1.0', '1']);
  });

  it('says what its three patterns say, scanned over the whole text, on 20,000 generated texts of keys, quotes, colons and marks', () => {
    // The check before it first looks for an "id" where one of the patterns needs it; these are
    // the patterns scanned as they were, over every text.
    const flow = /[{,][ \t]*["']?id["']?[ \t]*:/;
    const explicit = /^[ \t]*\?[ \t]*["']?id["']?[ \t\r]*(?:#.*)?$/m;
    const line = /^[ \t]*(?:\?[ \t]*)?["']?id["']?[ \t]*:(.*)$/gm;
    const scanned = (text: string): boolean => {
      if (flow.test(text) || explicit.test(text)) return true;
      for (const match of text.matchAll(line)) {
        if (!match[0].startsWith('id:')) return true;
        const value = match[1]!.replace(/[ \t]+#.*$/, '').trim();
        const simple = /^"[^"\\]*"$/.test(value) || /^'[^']*'$/.test(value) || (/^[^-+.0-9&*!|>{}[\]"'%@`#?:,\s]/.test(value) && !/: |:$/.test(value));
        if (!simple) return true;
        const next = text.indexOf('\n', match.index + match[0].length);
        if (next !== -1 && /^[ \t]+[^\s]/.test(text.slice(next + 1, next + 200))) return true;
      }
      return false;
    };
    const random = seeded(33);
    const pieces = ['id', 'id:', ' ', '\t', '\r', '\n', '"', "'", ':', '?', '{', ',', '#', 'a', 'valid', 'x: ', '  ', '---\n', '|', '&x', '1.0'];
    let hiding = 0;
    for (let n = 0; n < 20_000; n++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 10) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      const expected = scanned(text);
      if (expected) hiding++;
      expect(mayHideStableId(text), JSON.stringify(text)).toBe(expected);
    }
    // Both answers are common among them.
    expect(hiding).toBeGreaterThan(2_000);
    expect(hiding).toBeLessThan(18_000);
  });
});
