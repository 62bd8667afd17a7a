import { describe, expect, it } from 'vitest';
import { buildLongClause } from '../../test-utils/long-clause.ts';
import { configSchema } from '../schema/config.ts';
import { aroundTheChange, CONTEXT_BLOCKS } from './_change-window.ts';
import { createBuiltinEmbedder } from './builtin-embedder.ts';
import { evaluateClauseChange } from './evaluate-clause-change.ts';
import { rememberedPerText } from './_per-text.ts';

const blocks = (text: string) => text.split(/\n\s*\n/).filter((block) => block.trim() !== '');

describe('the part of a clause the statement readings are given', () => {
  it('is the whole clause when it has a few paragraphs (the texts themselves, untouched)', () => {
    const previous = '## Refunds\n\nAgents must log every refund.\n\n- ask for the receipt\n- check the order\n\nNever refund cash.\n';
    const next = previous.replace('Never refund cash.', 'Refund cash when asked.');
    const [old, now] = aroundTheChange(previous, next);
    expect(old).toBe(previous);
    expect(now).toBe(next);
  });

  it('is, in a long clause, the changed blocks with the unchanged blocks next to them and the heading above, not the blocks far away', () => {
    const { previous, next } = buildLongClause({ sentences: 400, edit: 'number' });
    const [old, now] = aroundTheChange(previous, next);
    expect(old).toContain('within 14 days');
    expect(now).toContain('within 30 days');
    // The same cut of both versions: only the edited sentence differs.
    expect(now).toBe(old.replace('within 14 days', 'within 30 days'));
    expect(old.length).toBeLessThan(previous.length / 4);
    // The heading the cut opens with, then the context blocks, the changed one, the context blocks.
    expect(old.startsWith('## ')).toBe(true);
    expect(blocks(old).length).toBeLessThanOrEqual(1 + CONTEXT_BLOCKS * 2 + 1);
    expect(previous.startsWith(blocks(old)[1]!)).toBe(false);
  });

  it('takes in every block between two edits far apart', () => {
    const { previous, next } = buildLongClause({ sentences: 200, edit: 'number' });
    const first = blocks(previous)[3]!;
    const last = blocks(previous).at(-2)!;
    const [old, now] = aroundTheChange(previous, next.replace(first, `${first} Keep a copy.`).replace(last, `${last} Keep a copy.`));
    expect(old).toContain(first);
    expect(old).toContain(last);
    expect(now).toContain(`${last} Keep a copy.`);
  });
});

describe('a long clause with one edit buried in its middle', () => {
  const config = configSchema.parse({});
  const embedder = createBuiltinEmbedder();
  const evaluate = (edit: 'number' | 'modal' | 'stricter') => {
    const { previous, next } = buildLongClause({ sentences: 200, edit });
    return evaluateClauseChange({ clauseId: 'handbook', previous, next, declaredTone: null, config, embedder });
  };

  it('is flagged for what the edit did and nothing read in sentences it left alone', async () => {
    expect((await evaluate('number')).reasons.map((reason) => reason.code)).toEqual(['number-changed']);
    expect((await evaluate('modal')).reasons.map((reason) => reason.code)).toEqual(['modal-weakened']);
  });

  it('is not flagged for a figure tightened, though a "must" far away matches a "may" farther still', async () => {
    // Read whole, "Shift supervisors must review every complaint" in one section and "may review
    // every complaint" in another read as a duty softened: a change in text the edit never touched.
    const result = await evaluate('stricter');
    expect(result.reasons).toEqual([]);
    expect(result.regression_flag).toBe(false);
  });
});

describe('a reading remembered per text', () => {
  it('reads each text once however often it is asked, and again once emptied', () => {
    const read: string[] = [];
    const words = rememberedPerText((text) => {
      read.push(text);
      return text.split(' ');
    }, 2);
    expect(words('a b')).toEqual(['a', 'b']);
    expect(words('a b')).toBe(words('a b'));
    words('c d');
    expect(read).toEqual(['a b', 'c d']);
    words('e f'); // full: emptied, then e f kept
    words('a b');
    expect(read).toEqual(['a b', 'c d', 'e f', 'a b']);
  });
});
