import { describe, expect, it } from 'vitest';
import { configSchema, DEFAULT_THRESHOLD, type Config } from '../schema/config.ts';
import { BUILTIN_MODEL, createBuiltinEmbedder } from './builtin-embedder.ts';
import type { Embedder } from './embedder.ts';
import { evaluateClauseChange } from './evaluate-clause-change.ts';

const embedder = createBuiltinEmbedder();
const defaults = (overrides: object = {}): Config => configSchema.parse(overrides);

/** An embedder that must not be called. */
const unusedEmbedder: Embedder = {
  id: 'unused',
  model: 'none',
  embed: () => Promise.reject(new Error('the embedder was called')),
};

describe('evaluateClauseChange', () => {
  it('raises nothing for a new clause and records no similarity', async () => {
    const result = await evaluateClauseChange({
      clauseId: 'privacy/pii', previous: null, next: 'Never share account numbers.', declaredTone: 'formal', config: defaults(), embedder: unusedEmbedder,
    });
    expect(result).toMatchObject({ similarity: null, reasons: [], regression_flag: false });
    expect(result.tone).toMatchObject({ declared: 'formal', previous: null, formality_shift: 0, sentiment_shift: 0 });
  });

  it('flags a deleted clause', async () => {
    const result = await evaluateClauseChange({
      clauseId: 'privacy/pii', previous: 'Never share account numbers.', next: null, declaredTone: null, config: defaults(), embedder: unusedEmbedder,
    });
    expect(result.reasons).toEqual([{ code: 'clause-deleted', message: 'clause deleted: "privacy/pii" no longer exists' }]);
    expect(result.regression_flag).toBe(true);
    expect(result.similarity).toBeNull();
  });

  it('records the score, embedder, model, metric and the global threshold with a faithful edit', async () => {
    const result = await evaluateClauseChange({
      clauseId: 'privacy/pii',
      previous: 'The assistant must never disclose account numbers.',
      next: 'The assistant must never reveal account numbers.',
      declaredTone: null,
      config: defaults(),
      embedder,
    });
    expect(result.similarity).toEqual({ score: expect.any(Number), embedder: 'builtin', model: BUILTIN_MODEL, metric: 'cosine-order', threshold: DEFAULT_THRESHOLD });
    expect(result.reasons).toEqual([]);
    expect(result.regression_flag).toBe(false);
  });

  it('flags "must never share" -> "should avoid sharing" with both lexical reasons', async () => {
    const result = await evaluateClauseChange({
      clauseId: 'privacy/pii',
      previous: 'The assistant must never share account numbers.',
      next: 'The assistant should avoid sharing account numbers.',
      declaredTone: null,
      config: defaults(),
      embedder,
    });
    expect(result.reasons.map((reason) => reason.code)).toEqual(['modal-weakened', 'negation-removed']);
    expect(result.regression_flag).toBe(true);
  });

  it('uses the clause threshold over the global one; a builtin score below it alone only suggests a review', async () => {
    const config = defaults({ guard: { threshold: 0.1, clauses: { 'support/length': { threshold: 0.99 } } } });
    const input = { previous: 'Keep responses under 200 words.', next: 'Keep every response under 200 words.', declaredTone: null, config, embedder };
    const strict = await evaluateClauseChange({ ...input, clauseId: 'support/length' });
    expect(strict.similarity?.threshold).toBe(0.99);
    expect(strict.reasons.map((reason) => [reason.code, reason.advisory])).toEqual([['low-similarity', true]]);
    expect(strict.reasons[0]?.message).toMatch(/^low similarity: similarity 0\.\d{4} < threshold 0\.99 \(builtin\/builtin-lexical-v3\), but no statement changed .*; review suggested$/);
    expect(strict.regression_flag).toBe(false);
    const lenient = await evaluateClauseChange({ ...input, clauseId: 'support/other' });
    expect(lenient.similarity?.threshold).toBe(0.1);
    expect(lenient.reasons).toEqual([]);
    expect(lenient.regression_flag).toBe(false);
  });

  it('reads an acronym with a digit spelled out ("B2B" -> "business-to-business") as the same words, no number or entity lost', async () => {
    const result = await evaluateClauseChange({
      clauseId: 'billing/vat', previous: 'Collect the VAT number on every B2B invoice.', next: 'Collect the VAT number on every business-to-business invoice.', declaredTone: null, config: defaults(), embedder,
    });
    expect(result.reasons).toEqual([]);
  });

  it('keeps semantic drift blocking when the score comes from an endpoint embedder', async () => {
    const endpoint: Embedder = { id: 'openai', model: 'test-embedding', embed: (texts) => Promise.resolve(texts.map((_, i) => (i === 0 ? [1, 0] : [0.3, 1]))) };
    const result = await evaluateClauseChange({
      clauseId: 'support/summary', previous: 'Summarise the conversation at the end of each chat.', next: 'Offer a discount code at the end of each chat.', declaredTone: null, config: defaults(), embedder: endpoint,
    });
    // The discount code is also read as a pitch where the rule helped (round 22b).
    expect(result.reasons.map((reason) => reason.code)).toEqual(['upsell-added', 'semantic-drift']);
    expect(result.reasons.find((reason) => reason.code === 'semantic-drift')?.advisory).toBeUndefined();
    expect(result.regression_flag).toBe(true);
  });

  it('keeps a low builtin score as blocking semantic drift when another reason found a change', async () => {
    const config = defaults({ guard: { clauses: { 'privacy/pii': { threshold: 0.99 } } } });
    const result = await evaluateClauseChange({
      clauseId: 'privacy/pii', previous: 'The assistant must never share account numbers.', next: 'The assistant should avoid sharing account numbers.', declaredTone: null, config, embedder,
    });
    expect(result.reasons.map((reason) => reason.code)).toEqual(['modal-weakened', 'negation-removed', 'semantic-drift']);
    expect(result.reasons.some((reason) => reason.advisory)).toBe(false);
    expect(result.regression_flag).toBe(true);
  });

  it('reads one statement reason in a whole rewrite (builtin score under 0.4) as advisory; two different ones still block', async () => {
    const evaluate = (previous: string, next: string) => evaluateClauseChange({ clauseId: 'support/visits', previous, next, declaredTone: null, config: defaults(), embedder });
    const reworded = await evaluate('Ring the customer if the engineer cannot reach the site.', 'When a technician is unable to get to the location, phone the person who booked the visit.');
    expect(reworded.reasons.map((reason) => [reason.code, reason.advisory])).toEqual([['requirement-removed', true], ['low-similarity', true]]);
    expect(reworded.reasons[0]?.message).toMatch(/; whole rewrite \(similarity -?0\.\d{4} < 0\.4\), review suggested$/);
    expect(reworded.reasons[1]?.message).toMatch(/, and only one statement reason, in a whole rewrite; review suggested$/);
    expect(reworded.regression_flag).toBe(false);
    const drifted = await evaluate('Keep replies concise and on the question asked.', 'Feel free to chat about related products and current offers.');
    expect(drifted.reasons.map((reason) => [reason.code, reason.advisory])).toEqual([['requirement-removed', undefined], ['permission-added', undefined], ['semantic-drift', undefined]]);
    expect(drifted.regression_flag).toBe(true);
  });

  it('keeps a rule dropped in a whole rewrite blocking when the new text has fewer sentences, or two rules went', async () => {
    const evaluate = (previous: string, next: string) => evaluateClauseChange({ clauseId: 'support/visits', previous, next, declaredTone: null, config: defaults(), embedder });
    const oneGone = await evaluate(
      'Ring the customer if the engineer cannot reach the site. Email the manager when a visit is cancelled.',
      'When a technician is unable to get to the location, phone the person who booked the visit.',
    );
    expect(oneGone.regression_flag).toBe(true);
    expect(oneGone.reasons.some((reason) => reason.code === 'requirement-removed' && reason.advisory !== true)).toBe(true);
    const bothGone = await evaluate(
      "Verify the caller's identity before discussing the account. Log every refund in the ledger.",
      'Greet people warmly and thank them for their patience.',
    );
    expect(bothGone.regression_flag).toBe(true);
  });

  it('flags a formal clause rewritten casually as a tone mismatch and a tone shift', async () => {
    const result = await evaluateClauseChange({
      clauseId: 'support/apology',
      // The previous text reads as the declared tone (an apology already reads "empathetic", and a
      // mismatch the previous version had is not this edit's).
      previous: 'We regret the delay. Kindly note that we will respond within two business days.',
      next: "sorry bout the delay, we'll get back to ya in like two business days, no worries!",
      declaredTone: 'formal',
      config: defaults(),
      embedder,
    });
    const codes = result.reasons.map((reason) => reason.code);
    expect(codes).toContain('tone-mismatch');
    expect(codes).toContain('tone-shift');
    expect(result.tone.declared).toBe('formal');
    expect(result.tone.formality_shift).toBeLessThan(0);
  });

  it('reads no tone shift into a short rewording in more formal words when no tone is declared', async () => {
    const result = await evaluateClauseChange({
      clauseId: 'privacy/copy',
      previous: 'Users can ask for a copy of the data we hold about them.',
      next: 'Customers may request a copy of the information we keep about them.',
      declaredTone: null,
      config: defaults(),
      embedder,
    });
    expect(result.tone.formality_shift).toBeGreaterThan(0.35);
    expect(result.reasons.map((reason) => reason.code)).not.toContain('tone-shift');
  });

  it('does not call the embedder when the text is unchanged', async () => {
    const text = 'Never share account numbers.';
    const result = await evaluateClauseChange({ clauseId: 'x', previous: text, next: text, declaredTone: null, config: defaults(), embedder: { ...unusedEmbedder, id: 'builtin', model: 'm' } });
    expect(result.similarity?.score).toBe(1);
    expect(result.regression_flag).toBe(false);
  });

  it('reads no statement of an unchanged text: three of the tuning texts were flagged against themselves', async () => {
    // Read statement by statement, each lost its "even" to a conjunct reading of its own sentence.
    for (const text of ['Never share your password, even if a manager asks for it.', 'Never ask for a full card number, even if the customer offers to provide it.', 'Never mention internal discount codes to customers, even when asked directly.']) {
      const result = await evaluateClauseChange({ clauseId: 'x', previous: text, next: text, declaredTone: 'formal', config: defaults(), embedder });
      expect(result).toMatchObject({ reasons: [], regression_flag: false, similarity: { score: 1 }, tone: { declared: 'formal', formality_shift: 0, sentiment_shift: 0 } });
    }
  });
});
