import { describe, expect, it } from 'vitest';
import { traitsSchema } from '../schema/traits.ts';
import { measureBody, measureTraits } from './measure.ts';
import { TONE_EXAMPLES } from './tone-examples.ts';
import { inferTone } from './tone.ts';
import { templateVariables } from './variables.ts';
import { loadTokenizer } from './tokens.ts';

const PROMPT = `# Refund assistant

You are the refund assistant for {{company}}. Greet {{customer.name}} and help them with their refund.

## Rules
- Always confirm the order number first.
- You must not promise a refund before checking {{policy_url}}.
- Never share another customer's data.

\`\`\`json
{"order": "A-123", "always": true}
\`\`\`
`;

describe('measureTraits', () => {
  it('measures every trait of a prompt and satisfies the traits schema', async () => {
    const tokenizer = await loadTokenizer('o200k_base');
    const traits = measureTraits(PROMPT, tokenizer);
    expect(traitsSchema.parse(traits)).toEqual(traits);
    expect(traits).toMatchObject({ hard_constraints: 3, template_variables: 3 });
    // Code is visible text, template tags are not: 35 prose words plus "json", "order", "A", "123",
    // "always", "true"; the "always" in the code block is not a constraint.
    expect(traits.word_count).toBe(41);
    // Tokens are what the model receives: the raw body, code, markup and template tags included.
    expect(traits.token_count).toBe(tokenizer.countTokens(PROMPT));
    expect(traits.token_count).toBe(77);
  });

  it('rounds non-integer traits to 2 decimals', async () => {
    const traits = measureTraits(PROMPT, await loadTokenizer('o200k_base'));
    for (const value of [traits.readability, traits.formality, traits.sentiment]) expect(Math.round(value * 100) / 100).toBe(value);
  });

  it('measures an empty body as all zeros', async () => {
    expect(measureTraits('', await loadTokenizer('o200k_base'))).toEqual({
      token_count: 0,
      word_count: 0,
      readability: 0,
      formality: 0,
      sentiment: 0,
      hard_constraints: 0,
      template_variables: 0,
    });
  });

  it('uses the tokenizer it is given', () => {
    const fixed = { encoding: 'test', countTokens: () => 42 };
    expect(measureTraits('Hello world', fixed).token_count).toBe(42);
  });
});

describe('measureBody', () => {
  it('gives what measureTraits, templateVariables and inferTone give one by one, for every labelled example', async () => {
    const tokenizer = await loadTokenizer('o200k_base');
    for (const text of [PROMPT, ...TONE_EXAMPLES.map((example) => example.text)]) {
      expect(measureBody(text, tokenizer, { inferTone: true })).toEqual({ traits: measureTraits(text, tokenizer), variables: templateVariables(text), inferredTone: inferTone(text) });
      expect(measureBody(text, tokenizer, { inferTone: false })).toEqual({ traits: measureTraits(text, tokenizer), variables: templateVariables(text) });
    }
  });
});
