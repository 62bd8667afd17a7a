import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parsePrompt } from './prompt/parse.ts';
import { serializeRecord } from './vault/serialize.ts';

// A recording commit of a prompt whose front matter is flat (most prompts) reads it and writes its
// records without the yaml library, whose modules cost every such commit about 12 ms to run when
// six modules imported it at their top. Whether it ran is read from Node's module cache: the
// library is CommonJS, loaded by `require` (yaml-library.ts) or by an `import` of it.
const yamlLoaded = () => Object.keys(createRequire(import.meta.url).cache).some((file) => /[\\/]node_modules[\\/]yaml[\\/]/.test(file));
const text = (value: string) => new TextEncoder().encode(value);

describe('the yaml library, loaded on first use', () => {
  it('is not loaded to read a flat front matter and write records, and is once a front matter needs it', () => {
    expect(yamlLoaded()).toBe(false);
    const flat = parsePrompt(text("---\ntitle: Refund answer\ntools: ['read', 'edit']\n---\nConfirm the order number, then explain the refund policy.\n"), 'prompts/support/refund.md', 'support/refund');
    expect(flat.ok).toBe(true);
    const record = serializeRecord({ prompt: 'support/refund', version: 2, symbolic_tags: ['@latest', '@edit'], description: 'Use when: asked about refunds', parents: [{ prompt: 'support/refund', version: 1 }] });
    expect(record).toContain('description: "Use when: asked about refunds"');
    expect(yamlLoaded()).toBe(false);
    // An anchor and its alias are the library's to read (nested maps no longer are): loaded then.
    const nested = parsePrompt(text('---\ntitle: Refund\nfirst: &api chat\nsecond: *api\n---\nBody.\n'), 'prompts/support/nested.md', 'support/nested');
    expect(nested.ok && nested.value.frontMatter.title).toBe('Refund');
    expect(yamlLoaded()).toBe(true);
  });
});
