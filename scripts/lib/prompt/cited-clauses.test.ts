import { describe, expect, it } from 'vitest';
import { readCitedClauses, frontMatterPart } from './cited-clauses.ts';
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
];

describe('the clauses a prompt file cites', () => {
  it('are what parsePrompt reads, or nothing where it refuses the file', () => {
    for (const [file, text] of SHAPES) {
      const parsed = parsePrompt(Buffer.from(text), file, file.replace(/^prompts\//, '').replace(/\.md$/, ''), { maxBytes: null });
      expect(readCitedClauses(Buffer.from(text), file, file.replace(/^prompts\//, '').replace(/\.md$/, '')), JSON.stringify(text)).toEqual(parsed.ok ? parsed.value.frontMatter.codex : null);
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
});
