import { describe, expect, it } from 'vitest';
import { readBlobCitations } from '../../lib/recorder/_blob-citations.ts';
import { startTokenCounter } from '../../lib/traits/token-counter-fs.ts';
import { measureBlob } from './_measure-blob.ts';

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
