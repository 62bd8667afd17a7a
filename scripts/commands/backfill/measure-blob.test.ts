import { describe, expect, it } from 'vitest';
import { readBlobCitations } from '../../lib/recorder/_blob-citations.ts';
import { stableIdKeys } from '../../lib/recorder/stable-id-keys.ts';
import { startTokenCounter } from '../../lib/traits/token-counter-fs.ts';
import type { TokenLines } from '../../lib/traits/token-splice.ts';
import { measureBlob, type KeptVersion } from './_measure-blob.ts';

const body = 'You help customers with refunds.\n\nConfirm the order {{order_id}} and never promise a date.\n';
/** Prompt files of several shapes, each with what the recorder must find in it. */
const FILES: { path: string; text: string; parses?: boolean }[] = [
  { path: 'prompts/support/refund.md', text: `---\ntitle: Refund\ncodex: [privacy, billing/refunds]\n---\n${body}`, parses: true },
  // A clause id written with a YAML escape: not written as such in the file.
  { path: 'prompts/support/escaped.md', text: `---\ntitle: Escaped\ncodex: ["priv\\x61cy"]\n---\n${body}`, parses: true },
  { path: '.claude/agents/reviewer.md', text: `---\nname: reviewer\ndescription: Reviews refunds\ncodex:\n  - privacy\n---\n${body}`, parses: true },
  { path: '.github/prompts/summary.prompt.yml', text: `name: Summary\ncodex: [privacy]\nmessages:\n  - role: system\n    content: Summarise the ticket.\n`, parses: true },
  { path: 'prompts/none.md', text: body, parses: true },
  // Refused by the recorder's size limit, yet its citations are read (the limit is the caller's).
  { path: 'prompts/huge.md', text: `---\ncodex: [privacy]\n---\n${'A line of a very long prompt.\n'.repeat(40_000)}`, parses: false },
  // Front matter read leniently, or refused: whichever, both readings agree.
  { path: 'prompts/broken.md', text: `---\ntitle: [unclosed\ncodex: [privacy]\n---\n${body}` },
  { path: 'prompts/tabs.md', text: `---\n\tcodex: privacy\n  - x: [\n---\n${body}` },
  { path: 'prompts/bad-ids.md', text: `---\ncodex: [42, [nested]]\n---\n${body}` },
  { path: 'prompts/../outside.md', text: `---\ncodex: [privacy]\n---\n${body}`, parses: false },
];

describe('measureBlob', () => {
  it('gives each blob the front-matter id keys the replay would read from it at its path, whether or not it parses', async () => {
    const counter = startTokenCounter('o200k_base');
    try {
      const files = [
        ...FILES,
        { path: 'prompts/with-id.md', text: `---\nid: billing  # moved\ntitle: A\n---\n${body}` },
        { path: 'prompts/hidden-id.md', text: `---\n? id\n: refunds\n---\n${body}` },
        { path: 'prompts/id-in-body.md', text: `---\ntitle: B\n---\nid: a line a search finds\n` },
      ];
      for (const file of files) {
        const blob = Buffer.from(file.text);
        const id = file.path.replace(/^prompts\//, '').replace(/\.[^/]*$/, '');
        const { idKeys } = await measureBlob(blob, { oid: 'x', path: file.path, id }, counter);
        expect(idKeys, file.path).toEqual(stableIdKeys(blob, file.path));
      }
      expect((await measureBlob(Buffer.from(files.at(-3)!.text), { oid: 'x', path: 'prompts/with-id.md', id: 'with-id' }, counter)).idKeys).toContain('billing');
    } finally {
      counter.close();
    }
  });

  it('finds what each blob cites from its one parse, as the citation lookup reads it, in every shape', async () => {
    const counter = startTokenCounter('o200k_base');
    try {
      for (const file of FILES) {
        const blob = Buffer.from(file.text);
        const id = file.path.replace(/^prompts\//, '').replace(/\.[^/]*$/, '');
        const { measured, cited } = await measureBlob(blob, { oid: 'x', path: file.path, id }, counter);
        if (file.parses !== undefined) expect(measured !== undefined, file.path).toBe(file.parses);
        if (id.includes('..')) expect(cited, file.path).toBeUndefined();
        else expect(cited, file.path).toEqual(readBlobCitations(blob, file.path, id));
      }
    } finally {
      counter.close();
    }
  });
});

describe('measureBlob with the versions a thread keeps', () => {
  it('measures each version of an edited prompt as it measures it alone', async () => {
    const started = startTokenCounter('o200k_base', { remember: false });
    // Counts the versions counted from their previous version's tokens.
    let spliced = 0;
    const counter = { ...started, countLines: (text: string, previous?: TokenLines) => (spliced += previous ? 1 : 0, started.countLines!(text, previous)) };
    const { KeptVersions } = await import('../../lib/traits/paragraph-reuse.ts');
    const kept = new KeptVersions<KeptVersion>();
    const lines = Array.from({ length: 30 }, (_, i) => `- Rule ${i}: never promise a refund date; confirm {{order_id}} first.\n/ path ${i}\n  indented ${i}`);
    const versions = [lines, lines.with(3, 'Only answer billing questions.'), [...lines.slice(0, 10), '```\ncode\n```', ...lines.slice(12)], ['# New title', ...lines], lines.slice(5)];
    try {
      for (const [i, version] of versions.entries()) {
        const blob = Buffer.from(`---\ntitle: Refund\n---\n${version.join('\n')}\n`);
        const job = { oid: `v${i}`, path: 'prompts/refund.md', id: 'refund', ...(i > 0 ? { previous: `v${i - 1}` } : {}), keep: i < versions.length - 1 };
        const reusing = await measureBlob(blob, job, counter, {}, kept);
        const alone = await measureBlob(blob, { oid: `v${i}`, path: job.path, id: job.id }, counter);
        expect(reusing.measured, `version ${i}`).toEqual(alone.measured);
      }
      expect(spliced).toBe(versions.length - 1);
    } finally {
      counter.close();
    }
  });
});

describe('measureBlob of the versions before a last one, by chunks', () => {
  it('measures each version as alone, taking the chunks it did not change from the version before, and leaves the last one the entries a cold measure gives', async () => {
    const counter = startTokenCounter('o200k_base', { remember: false });
    const { KeptVersions } = await import('../../lib/traits/paragraph-reuse.ts');
    const kept = new KeptVersions<KeptVersion>();
    // What each version kept for the next.
    const handed: KeptVersion[] = [];
    const keep = kept.keep.bind(kept);
    kept.keep = (oid, version) => (handed.push(version), keep(oid, version));
    const paragraphs = Array.from({ length: 12 }, (_, i) => `## Step ${i}\n\nNever promise a refund date; confirm {{order_id}} first (case ${i}).\nYou must not guess.`);
    // One paragraph edited, one met twice in a body, a fence across a blank line, a cut.
    const versions = [paragraphs, paragraphs.with(3, 'Only answer billing questions!'), [...paragraphs, paragraphs[0]!], [...paragraphs.slice(0, 5), '```\ncode\n\nmore code\n```', ...paragraphs.slice(7)], paragraphs.slice(4)];
    try {
      for (const [i, version] of versions.entries()) {
        const blob = Buffer.from(`---\ntitle: Refund\n---\n${version.join('\n\n')}\n`);
        const last = i === versions.length - 1;
        const path = 'prompts/refund.md';
        const job = { oid: `v${i}`, path, id: 'refund', ...(i > 0 ? { previous: `v${i - 1}` } : {}), ...(last ? { heads: [path] } : { keep: true, chunked: true }) };
        const chained = await measureBlob(blob, job, counter, {}, kept);
        const alone = await measureBlob(blob, { oid: `v${i}`, path, id: 'refund' }, counter);
        expect(chained.measured, `version ${i}`).toEqual(alone.measured);
        if (!last) {
          expect(chained.chunks, 'no entries handed out before the last version').toBeUndefined();
          continue;
        }
        const cold = await measureBlob(blob, { oid: `v${i}`, path, id: 'refund', heads: [path] }, counter);
        expect(JSON.stringify(chained.chunks), 'the last version\'s entries').toBe(JSON.stringify(cold.chunks));
        // Its unchanged paragraphs' measures are the very entries the version before kept, not measured again.
        const before = new Set(handed.at(-1)!.chunks!.values());
        expect(chained.chunks!.filter(([, entry]) => typeof entry === 'object' && before.has(entry)).length).toBeGreaterThan(0);
      }
      expect(handed).toHaveLength(versions.length - 1);
    } finally {
      counter.close();
    }
  });
});
