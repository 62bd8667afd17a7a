import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../schema/config.ts';
import { globToRegExp } from '../prompt/locate.ts';
import { findCitations } from './citations.ts';
import { memoryCitationCache } from './citations-cache-fs.ts';
import type { TreeView } from './view.ts';

// Which prompts an audit lists as citing its clause: the same whether their front matter is read
// now or remembered from an earlier commit, and the same as when a grep over every prompt for the
// changed ids proposed the candidates (a cited id must be written in the file, as git saw it).
const config = configSchema.parse({});
const oid = (text: string) => createHash('sha1').update(text).digest('hex');
const prompt = (codex: string, body = 'Answer.') => `---\ntitle: T\ncodex: ${codex}\n---\n${body}\n`;
const FILES: Record<string, string> = {
  'prompts/a.md': prompt('[rules/r1, rules/r2]'),
  'prompts/b.md': prompt('[rules/r2]'),
  'prompts/c.md': prompt('[rules/r10]', 'Mentions rules/r1 in its body only.'),
  // The id escaped in YAML: the file cites rules/r3, but "rules/r3" is not written in it.
  'prompts/escaped.md': prompt('["rules\\x2fr3"]'),
  'prompts/escaped-and-r1.md': prompt('["rules\\x2fr3"]', 'See rules/r1.'),
  'prompts/broken.md': '---js\ncodex: [rules/r1]\n---\n',
  'prompts/big.md': prompt('[rules/r1]', 'x'.repeat(200)),
  'codex/rules/r1.md': '---\ntitle: R1\n---\nRule one.\n',
};

function memoryView(files: Record<string, string>, calls: { read: number; grep: number }): TreeView {
  const entries = Object.entries(files).map(([path, text]) => ({ path, oid: oid(text), mode: '100644' }));
  const matches = (file: string, specs: string[]) => specs.some((spec) => (spec.endsWith('/') ? file.startsWith(spec) : spec.startsWith(':(glob)') ? globToRegExp(spec.slice(7)).test(file) : file === spec));
  const read = async (oids: string[]) => {
    calls.read += oids.length;
    return new Map(entries.filter((entry) => oids.includes(entry.oid)).map((entry) => [entry.oid, Buffer.from(files[entry.path]!)]));
  };
  return {
    list: async (specs) => entries.filter((entry) => matches(entry.path, specs)),
    read,
    scan: async (oids, visit) => {
      for (const [id, blob] of await read(oids)) visit(id, blob);
    },
    grep: async (pattern, specs) => {
      calls.grep++;
      return entries.filter((entry) => matches(entry.path, specs) && new RegExp(pattern).test(files[entry.path]!)).map((entry) => entry.path);
    },
  };
}

const cited = (found: Map<string, { prompt: string }[]>) => Object.fromEntries([...found].map(([clause, list]) => [clause, list.map((item) => item.prompt)]));

describe('the prompts citing the changed clauses', () => {
  it('are found from the front matter, and the same from a warm cache that reads no other file', async () => {
    const cache = memoryCitationCache();
    const cold = { read: 0, grep: 0 };
    const expected = { 'rules/r1': ['a', 'big'], 'rules/r2': ['a', 'b'], 'rules/r3': ['escaped-and-r1'], 'rules/r9': [] };
    expect(cited(await findCitations(memoryView(FILES, cold), config, ['rules/r1', 'rules/r2', 'rules/r3', 'rules/r9'], { cache }))).toEqual(expected);
    const warm = { read: 0, grep: 0 };
    expect(cited(await findCitations(memoryView(FILES, warm), config, ['rules/r1', 'rules/r2', 'rules/r3', 'rules/r9'], { cache }))).toEqual(expected);
    // Only the escaped citation needs its file again, to learn whether another changed id is written
    // in it; the grep runs again for the files it ruled out before (nothing cached for them).
    expect(warm).toEqual({ read: 1, grep: 1 });
    expect(cold.read).toBeGreaterThan(warm.read);
  });

  it('count an escaped citation only when another changed id is written in the file, as the grep did', async () => {
    expect(cited(await findCitations(memoryView(FILES, { read: 0, grep: 0 }), config, ['rules/r3']))).toEqual({ 'rules/r3': [] });
    expect(cited(await findCitations(memoryView(FILES, { read: 0, grep: 0 }), config, ['rules/r3', 'rules/r10']))).toEqual({ 'rules/r3': [], 'rules/r10': ['c'] });
    expect(cited(await findCitations(memoryView(FILES, { read: 0, grep: 0 }), config, ['rules/r3', 'rules/r1']))).toEqual({ 'rules/r3': ['escaped-and-r1'], 'rules/r1': ['a', 'big'] });
  });

  it('read every unknown prompt when many clauses changed, and only the grep\'s candidates when few did', async () => {
    const many = Array.from({ length: 60 }, (_, i) => `rules/r${i}`);
    const calls = { read: 0, grep: 0 };
    const found = cited(await findCitations(memoryView(FILES, calls), config, many));
    expect(found['rules/r1']).toEqual(['a', 'big']);
    expect(found['rules/r10']).toEqual(['c']);
    expect(calls.grep).toBe(0);
    const few = { read: 0, grep: 0 };
    await findCitations(memoryView(FILES, few), config, ['rules/r2']);
    expect(few).toEqual({ read: 2, grep: 1 });
  });

  it('apply max_prompt_bytes in force, whatever the cache remembers', async () => {
    const cache = memoryCitationCache();
    await findCitations(memoryView(FILES, { read: 0, grep: 0 }), config, ['rules/r1'], { cache });
    const small = configSchema.parse({ max_prompt_bytes: 100 });
    expect(cited(await findCitations(memoryView(FILES, { read: 0, grep: 0 }), small, ['rules/r1'], { cache }))).toEqual({ 'rules/r1': ['a'] });
  });
});
