import { describe, expect, it } from 'vitest';
import { frontMatterEnd, frontMatterPart, readCitedClauses } from './cited-clauses.ts';
import { parsePrompt } from './parse.ts';

// readCitedClauses skips the body; what it answers must be what parsePrompt answers, on every
// shape of file, odd ones included: the clause audits list exactly the prompts that cite a clause.
const FRONT = '---\ntitle: Refunds\ncodex: [privacy/account-numbers, billing/refunds]\n---\n';
const BODY = 'Answer the customer.\n\n## Steps\n\n1. Check {{order_id}}.\n---\ncodex: [not/this-one]\n---\n';
const SHAPES: [string, string][] = [
  ['prompts/a.md', FRONT + BODY],
  ['prompts/a.md', FRONT.replaceAll('\n', '\r\n') + BODY.replaceAll('\n', '\r\n')],
  ['prompts/a.md', FRONT.replaceAll('\n', '\r') + BODY],
  ['prompts/a.md', `\uFEFF${FRONT}${BODY}`],
  ['prompts/a.md', '---\ncodex:\n  - privacy/account-numbers\n  - billing/refunds\n...\nBody.\n'],
  ['prompts/a.md', '---\ncodex: [privacy/account-numbers]\n---   \nBody.\n'],
  ['prompts/a.md', '---\ncodex: [privacy/account-numbers]\n--- not a close\ncodex: [b]\n---\nBody.\n'],
  ['prompts/a.md', '---\ncodex: [privacy/account-numbers]\n'],
  ['prompts/a.md', '---\ncodex: [privacy/account-numbers]'],
  ['prompts/a.md', '---\n---\nBody.\n'],
  ['prompts/a.md', '---\n\n# Heading\n\n---\nBody.\n'],
  ['prompts/a.md', 'No front matter.\n---\ncodex: [a]\n---\n'],
  ['prompts/a.md', '---js\ncodex: [a]\n---\nBody.\n'],
  ['prompts/a.md', '---yaml\ncodex: [a]\n---\nBody.\n'],
  ['prompts/a.md', '---\ncodex: [a, "../escape"]\n---\nBody.\n'],
  ['prompts/a.md', '---\ncodex: 42\n---\nBody.\n'],
  ['prompts/a.md', '---\ncodex: a/b\n---\nBody.\n'],
  ['prompts/a.md', '---\nforked_from: [a, b]\ncodex: [c]\n---\nBody.\n'],
  ['prompts/a.md', '---\nrun: !!js/function "function () {}"\ncodex: [c]\n---\nBody.\n'],
  ['prompts/a.md', '---\ndescription: Use when: asked\ncodex: [c, d]\n---\nBody.\n'],
  ['prompts/a.md', '---\n"\\x63odex": [c]\n---\nBody.\n'],
  ['prompts/a.md', '---\nbase: &b [c]\ncodex: *b\n---\nBody.\n'],
  ['prompts/a.md', '---\ncodex: [c]\ncodex: [d]\n---\nBody.\n'],
  ['prompts/a.md', '---\n- a list\n---\nBody.\n'],
  ['prompts/a.md', '---\ncodex: [c]\n---\nBody with a NUL \u0000 byte.\n'],
  ['prompts/.github/prompts/review.prompt.md', '---\nmode: agent\ncodex: [c]\n---\nReview ${input:file}.\n'],
  ['prompts/.cursor/rules/style.mdc', '---\nglobs: *.ts\ncodex: [c]\n---\nStyle.\n'],
  ['prompts/summarize.prompt.yml', 'name: Summarize\ncodex: [c]\nmessages:\n  - role: system\n    content: Summarize.\n'],
  ['prompts/summarize.prompt.yml', 'name: [unclosed\ncodex: [c]\n'],
  ['prompts/ask.prompty', '---\nname: Ask\ncodex: [c]\ninputs:\n  question:\n    type: string\n---\nsystem:\nAnswer {{question}}.\n'],
  ['prompts/greet.prompt', '---\nmodel: x\ncodex: [c]\ninput:\n  schema:\n    name: string\n---\nHello {{name}}.\n'],
  ['prompts/notes.txt', '---\ncodex: [c]\n---\nPlain text.\n'],
  ['prompts/a.md', ''],
  ['prompts/a.md', '---'],
  ['prompts/a.md', `---\ntitle: Remboursement — été\ncodex: [c]\n---\nRéponds au client : ${'é'.repeat(3000)}\n`],
  ['prompts/a.md', `---\ntitle: ${'ü'.repeat(3000)}\ncodex: [c]\n---\nBody.\n`],
  ['prompts/a.md', `---\ncodex: [c]\ndescription: ${'x'.repeat(5000)}\n---\nBody.\n`],
  // No front matter: the first line opens none, whatever follows (read without splitting the body).
  ['prompts/a.md', ` ---\ncodex: [c]\n---\nBody.\n`],
  ['prompts/a.md', `\uFEFFNo front matter.\n---\ncodex: [c]\n---\n`],
  ['prompts/a.md', `- a list item\n---\ncodex: [c]\n---\n`],
  ['prompts/a.md', `# Handbook\r\n\r\n${'Long text. '.repeat(40_000)}\r\n---\r\ncodex: [c]\r\n---\r\n`],
  ['prompts/notes.txt', 'Plain text, no front matter.\n'],
  ['prompts/ask.prompty', 'system:\nAnswer {{question}}.\n'],
];
// Bytes that are not UTF-8, in the body or in the front matter, refuse the file.
const NOT_UTF8: [string, Buffer][] = [
  ['prompts/a.md', Buffer.concat([Buffer.from('---\ncodex: [c]\n---\nBody '), Buffer.from([0xc3, 0x28]), Buffer.from('\n')])],
  ['prompts/a.md', Buffer.concat([Buffer.from('---\ncodex: [c]\ntitle: '), Buffer.from([0xff]), Buffer.from('\n---\nBody\n')])],
  ['prompts/a.md', Buffer.concat([Buffer.from('---\ncodex: [c]\n---\n'), Buffer.from('é'.repeat(3000)), Buffer.from([0xe2, 0x82])])],
  ['prompts/a.md', Buffer.concat([Buffer.from('No front matter '), Buffer.from([0xc3, 0x28]), Buffer.from('\n')])],
];

describe('the clauses a prompt file cites', () => {
  it('are what parsePrompt reads, or nothing where it refuses the file', () => {
    for (const [file, text] of SHAPES) {
      const parsed = parsePrompt(Buffer.from(text), file, file.replace(/^prompts\//, '').replace(/\.md$/, ''), { maxBytes: null });
      expect(readCitedClauses(Buffer.from(text), file, file.replace(/^prompts\//, '').replace(/\.md$/, '')), JSON.stringify(text)).toEqual(parsed.ok ? parsed.value.frontMatter.codex : null);
    }
    for (const [file, bytes] of NOT_UTF8) {
      expect(parsePrompt(bytes, file, 'a', { maxBytes: null }).ok).toBe(false);
      expect(readCitedClauses(bytes, file, 'a')).toBeNull();
    }
    expect(readCitedClauses(Buffer.from([0x2d, 0xff, 0xfe]), 'prompts/a.md', 'a')).toBeNull();
    expect(readCitedClauses(Buffer.from(FRONT), 'prompts/a.md', '../a')).toBeNull();
  });

  it('are read from the front matter alone, cut after its closing line', () => {
    expect(frontMatterPart(FRONT + BODY)).toBe(FRONT.slice(0, -1));
    expect(frontMatterPart('---\ncodex: [a]\n...\nBody')).toBe('---\ncodex: [a]\n...');
    expect(frontMatterPart('No front matter.\nMore text.')).toBe('No front matter.\nMore text.');
    expect(frontMatterPart('---\r\ncodex: [a]\r\n---\r\nBody')).toBe('---\r\ncodex: [a]\r\n---\r\nBody');
  });

  it('are cut from the bytes where the decoded text would be cut, whatever the characters and the length', () => {
    const texts = [...SHAPES.map(([, text]) => text), `\uFEFF${FRONT}${BODY}`];
    // The closing line at every place around the first bytes searched (4,096), trailing blanks included.
    for (let pad = 4080; pad < 4100; pad++) texts.push(`---\ntitle: ${'x'.repeat(pad - 11)}\n---  \nBody.\n`, `---\ntitle: ${'é'.repeat((pad - 11) >> 1)}\n---\n`);
    for (const text of texts) {
      const bytes = Buffer.from(text);
      const decoded = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
      expect(frontMatterEnd(bytes), JSON.stringify(text.slice(0, 40))).toBe(bytes.length - Buffer.byteLength(decoded.slice(frontMatterPart(decoded).length)));
    }
  });
});
