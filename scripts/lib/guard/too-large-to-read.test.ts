// Issue 9 with issue 11: the guard compares the sentences of a clause edit pairwise, so a huge
// clause rewritten everywhere (1,000 distinct sentences: 16.7 s; 10,000: about half an hour) is not
// read statement by statement above `guard.max_sentence_pairs`. It is never passed silently: the
// audit is flagged `too-large-to-read`, with the sizes, the bound and what the reviewer should do.
import { describe, expect, it } from 'vitest';
import { asOneBlock, buildLongClause } from '../../test-utils/long-clause.ts';
import { configSchema, DEFAULT_MAX_SENTENCE_PAIRS, DEFAULT_MAX_SENTENCE_WORDS } from '../schema/config.ts';
import { createBuiltinEmbedder } from './builtin-embedder.ts';
import { CLAUSE_EDITS } from './clause-edits.fixture.ts';
import { evaluateClauseChange } from './evaluate-clause-change.ts';
import { longestChangedSentence, readingSize, tooLargeToRead } from './reason-too-large-to-read.ts';

const embedder = createBuiltinEmbedder();
const withBound = (maxPairs: number | null) => configSchema.parse({ guard: { max_sentence_pairs: maxPairs } });
const evaluate = (previous: string, next: string, maxPairs: number | null) => evaluateClauseChange({ clauseId: 'handbook', previous, next, declaredTone: null, config: withBound(maxPairs), embedder });
/** Every sentence of a text changed: each "must" made a "may", a word added before each stop. */
const everywhere = (text: string) => text.replace(/must/g, 'may').replace(/\.(\s|$)/g, ' today.$1');

const RULES = ['Agents must log every refund.', 'Never share card numbers.', 'Escalate legal threats to a supervisor.', 'Confirm the address before shipping.'];
const OLD = RULES.join(' ');
const NEW = 'Agents may log every refund. Never share card numbers. Escalate legal threats to a supervisor. Confirm the address after shipping.';

describe('the size of what the guard reads', () => {
  it('counts the sentences of the change window on each side and their product', () => {
    expect(readingSize(OLD, NEW)).toMatchObject({ previousSentences: 4, nextSentences: 4, pairs: 16 });
  });

  it('counts only the window of a long clause edited in one place, not the whole clause', () => {
    const long = buildLongClause({ sentences: 400, edit: 'modal' });
    const edited = readingSize(long.previous, long.next);
    const whole = readingSize(long.previous, everywhere(long.previous));
    expect(edited.pairs).toBeLessThan(whole.pairs / 100);
    expect(whole.previousSentences).toBeGreaterThan(400);
  });
});

describe('an edit over guard.max_sentence_pairs', () => {
  it('is flagged too-large-to-read, quoting the sentences, the pairs, the bound and what to do', async () => {
    const result = await evaluate(OLD, NEW, 15);
    expect(result.regression_flag).toBe(true);
    expect(result.reasons.map((reason) => reason.code)).toEqual(['too-large-to-read']);
    const message = result.reasons[0]!.message;
    expect(message).toContain('4 old and 4 new sentences');
    expect(message).toContain('16 pairs');
    expect(message).toContain('guard.max_sentence_pairs 15');
    expect(message).toContain('review the change by hand, or split the clause');
    // What is read in linear time is still recorded.
    expect(result.similarity?.score).toBeGreaterThan(0.5);
    expect(result.tone.previous).not.toBeNull();
  });

  it('is flagged even when the edit only tightens the rule: a change the guard did not read is not cleared', async () => {
    const stricter = OLD.replace('Agents must log every refund.', 'Agents must log every refund at once.');
    expect((await evaluate(OLD, stricter, null)).regression_flag).toBe(false);
    expect((await evaluate(OLD, stricter, 15)).reasons.map((reason) => reason.code)).toEqual(['too-large-to-read']);
  });

  it('is read as before at or under the bound, and with no bound', async () => {
    for (const bound of [16, null]) {
      const codes = (await evaluate(OLD, NEW, bound)).reasons.map((reason) => reason.code);
      expect(codes).toContain('modal-weakened');
      expect(codes).toContain('order-changed');
      expect(codes).not.toContain('too-large-to-read');
    }
  });

  it('leaves a new, an unchanged and a deleted clause to their own audits', async () => {
    expect(tooLargeToRead(OLD, OLD, 1)).toBeNull();
    const added = await evaluateClauseChange({ clauseId: 'handbook', previous: null, next: OLD, declaredTone: null, config: withBound(1), embedder });
    expect(added.reasons).toEqual([]);
    const deleted = await evaluateClauseChange({ clauseId: 'handbook', previous: OLD, next: null, declaredTone: null, config: withBound(1), embedder });
    expect(deleted.reasons.map((reason) => reason.code)).toEqual(['clause-deleted']);
  });
});

describe('the default bound', () => {
  it('reads the bench\'s 400-sentence handbook clause even rewritten in every sentence, and in one block', () => {
    const long = buildLongClause({ sentences: 400, edit: 'number' });
    expect(readingSize(long.previous, everywhere(long.previous)).pairs).toBeLessThanOrEqual(DEFAULT_MAX_SENTENCE_PAIRS);
    expect(tooLargeToRead(long.previous, everywhere(long.previous), DEFAULT_MAX_SENTENCE_PAIRS)).toBeNull();
    expect(tooLargeToRead(asOneBlock(long.previous), asOneBlock(everywhere(long.previous)), DEFAULT_MAX_SENTENCE_PAIRS)).toBeNull();
  });

  it('does not read a 1,000-sentence clause rewritten in every sentence', () => {
    const long = buildLongClause({ sentences: 1000, edit: 'number' });
    const reason = tooLargeToRead(long.previous, everywhere(long.previous), DEFAULT_MAX_SENTENCE_PAIRS);
    expect(reason?.code).toBe('too-large-to-read');
    expect(reason?.message).toMatch(/1,\d{3} old and 1,\d{3} new sentences \(\d+ KB -> \d+ KB\)/);
  });
});

describe('a changed sentence over guard.max_sentence_words (round 29d)', () => {
  // A table pasted as one sentence: rows of a case, a deadline and an owner, no comma, no stop.
  const rows = (count: number, deadline: (row: number) => string) => Array.from({ length: count }, (_, row) => `case ${row} refund ${deadline(row)} duty manager`).join(' ');
  const table = (deadline: (row: number) => string) => `Deadlines by case: ${rows(120, deadline)}.\n\nNever refund cash.\n`;
  const before = table(() => '14 days');
  const after = table((row) => (row === 60 ? '30 days' : '14 days'));
  const withWords = (maxWords: number | null) => configSchema.parse({ guard: { max_sentence_words: maxWords } });

  it('is flagged too-large-to-read, naming the sentence, its words, the bound, where the edit is in it and what to do', async () => {
    const result = await evaluateClauseChange({ clauseId: 'deadlines', previous: before, next: after, declaredTone: null, config: withWords(500), embedder });
    expect(result.regression_flag).toBe(true);
    expect(result.reasons.map((reason) => reason.code)).toEqual(['too-large-to-read']);
    expect(result.reasons[0]!.message).toBe(
      'too large to read: the changed sentence "Deadlines by case: case 0 refund 14 days duty manager …" holds 843 words, over guard.max_sentence_words 500, changed at word 427 of the clause: "… case 60 refund 14 days duty manager …" -> "… case 60 refund 30 days duty manager …"; the guard did not read what it obliges, forbids or permits: review the change by hand, or split the sentence into shorter ones',
    );
  });

  it('is read as before under the bound, and with no bound', async () => {
    for (const maxWords of [1_000, null]) {
      const result = await evaluateClauseChange({ clauseId: 'deadlines', previous: before, next: after, declaredTone: null, config: withWords(maxWords), embedder });
      expect(result.reasons.map((reason) => reason.code)).toEqual(['number-changed']);
    }
  });

  it('counts only sentences the edit changed: a long one left alone beside the edit is no reason', () => {
    const beside = (rule: string) => `Deadlines by case: ${rows(120, () => '14 days')}.\n\n${rule}\n`;
    expect(tooLargeToRead(beside('Never refund cash.'), beside('Refund cash when asked.'), null, 500)).toBeNull();
    expect(longestChangedSentence(beside('Never refund cash.'), beside('Refund cash when asked.'))?.words).toBe(4);
  });

  it('reads every edit of the tuning set under the default, and the 843-word table too', () => {
    // The longest changed sentence of the labelled edits holds 43 words (guard HISTORY, round 29d).
    const longest = Math.max(...CLAUSE_EDITS.map((edit) => longestChangedSentence(edit.previous, edit.next)?.words ?? 0));
    expect(longest).toBeGreaterThan(20);
    expect(longest).toBeLessThanOrEqual(43);
    expect(CLAUSE_EDITS.filter((edit) => tooLargeToRead(edit.previous, edit.next, null, DEFAULT_MAX_SENTENCE_WORDS) !== null)).toEqual([]);
    expect(tooLargeToRead(before, after, null, DEFAULT_MAX_SENTENCE_WORDS)).toBeNull();
  });
});
