import { describe, expect, it } from 'vitest';
import { asOneBlock, buildLongClause } from '../../test-utils/long-clause.ts';
import { configSchema } from '../schema/config.ts';
import { aroundTheChange, CONTEXT_BLOCKS, LONG_BLOCK_LINES, LONG_LINE_CHARS } from './_change-window.ts';
import { createBuiltinEmbedder } from './builtin-embedder.ts';
import { evaluateClauseChange } from './evaluate-clause-change.ts';
import { rememberedPerText } from './_per-text.ts';
import { ROUND_19C_EDITS } from './clause-edits.fixture.ts';

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

describe('a paragraph rewritten in other words inside a long clause', () => {
  const config = configSchema.parse({});
  const embedder = createBuiltinEmbedder();
  const before = 'Ushers must count the audience before the dome doors close.';
  const after = 'Before the dome is sealed, whoever is on the door tallies how many visitors came in.';

  it('is weighed as a rewrite on the blocks it changed, as it is alone: a review suggested, not flagged', async () => {
    const alone = await evaluateClauseChange({ clauseId: 'planetarium', previous: before, next: after, declaredTone: null, config, embedder });
    const { previous, next } = buildLongClause({ sentences: 200, edit: { before, after } });
    const buried = await evaluateClauseChange({ clauseId: 'planetarium', previous, next, declaredTone: null, config, embedder });
    expect(alone.regression_flag).toBe(false);
    // The whole clause scores near 1: judged on it, the one statement reason would block.
    expect(buried.similarity?.score).toBeGreaterThan(0.9);
    expect(buried.regression_flag).toBe(false);
    expect(buried.reasons.map((reason) => [reason.code, reason.advisory])).toEqual([['requirement-removed', true]]);
  });
});

describe('an edit buried in the middle of a 100-sentence clause', () => {
  const config = configSchema.parse({});
  const embedder = createBuiltinEmbedder();
  const flagged = async (previous: string, next: string) => (await evaluateClauseChange({ clauseId: 'buried', previous, next, declaredTone: null, config, embedder })).regression_flag;

  // Read whole, three benign ones were flagged for what the clause around them says (a rewording
  // weighed on the whole clause's similarity, "must" and "may" sentences sections apart).
  it('is flagged exactly when the same edit alone is, for each of round 19c\'s edits', async () => {
    const differ: string[] = [];
    for (const edit of ROUND_19C_EDITS) {
      const buried = buildLongClause({ sentences: 100, edit: { before: edit.previous, after: edit.next } });
      const alone = await flagged(edit.previous, edit.next);
      if ((await flagged(buried.previous, buried.next)) !== alone) differ.push(`${edit.kind}: ${edit.previous}`);
    }
    expect(differ).toEqual([]);
  });
});

describe('a long clause edited only at its end or only in blank lines', () => {
  const config = configSchema.parse({});
  const embedder = createBuiltinEmbedder();
  const { previous } = buildLongClause({ sentences: 200, edit: 'number' });
  const evaluate = (before: string, after: string) => evaluateClauseChange({ clauseId: 'handbook', previous: before, next: after, declaredTone: null, config, embedder });

  // Each threw "Cannot read properties of undefined" (exit 70): the changed blocks alone were
  // cut from a block past the last one.
  it('is read, not thrown on, when a rule is appended after the last block', async () => {
    const result = await evaluate(previous, `${previous}\nAgents may close every complaint without a note.\n`);
    expect(result.reasons.map((reason) => reason.code)).toEqual(['permission-added']);
  });

  // The changed part of an edit that only adds a block is nothing against the new block: scored
  // as a rewrite (0), its one reason went advisory and the clause was not flagged, where the same
  // paragraph added to a two-paragraph clause is.
  it('is flagged for a permission added as a paragraph of its own, at the end, in the middle or at the start, as a short clause is', async () => {
    const added = 'Store staff may refund cash up to £500 without approval.';
    const short = 'Agents must log every refund in the CRM within 14 days.\n\nNever refund cash.\n';
    expect((await evaluate(short, `${short}\n${added}\n`)).regression_flag).toBe(true);
    const paragraphs = previous.split('\n\n');
    const middle = Math.floor(paragraphs.length / 2);
    for (const next of [`${previous}\n${added}\n`, [...paragraphs.slice(0, middle), added, ...paragraphs.slice(middle)].join('\n\n'), `${added}\n\n${previous}`]) {
      const result = await evaluate(previous, next);
      expect(result.regression_flag).toBe(true);
      // In the middle it reads as contradicting the rule next to it ("Never refund cash ..."): blocking too.
      expect(result.reasons.filter((reason) => reason.advisory !== true).map((reason) => reason.code)).toEqual([expect.stringMatching(/^(permission-added|contradiction)$/)]);
    }
  });

  it('is read, not thrown on, when the last block is deleted', async () => {
    // The generated clause ends on a tone rule it also holds further up: a copy whose twin still
    // stands removed nothing (_far-twins.ts). A last block of its own is read as removed.
    const last = blocks(previous).at(-1)!;
    expect((await evaluate(previous, previous.slice(0, previous.lastIndexOf(last)))).reasons).toEqual([]);
    const own = `${previous}\nNever refund cash to a gift card.\n`;
    const result = await evaluate(own, previous);
    expect(result.reasons.length).toBeGreaterThan(0);
  });

  it('is not flagged, nor thrown on, when only blank lines change (a trailing newline, paragraphs spaced out)', async () => {
    expect((await evaluate(previous.trimEnd(), previous)).regression_flag).toBe(false);
    expect((await evaluate(previous, previous.replace(/\n\n/g, '\n\n\n'))).regression_flag).toBe(false);
  });
});

describe('a list item dropped from a long clause whose other sections use its words', () => {
  it('is read as dropped: sentences both versions keep word for word show no move of it', async () => {
    const before = 'Before closing a ticket, check the refund request, confirm the delivery note and tag the invoice dispute.';
    const after = 'Before closing a ticket, check the refund request and tag the invoice dispute.';
    const { previous, next } = buildLongClause({ sentences: 200, edit: { before, after } });
    expect(next).toMatch(/confirm the delivery note/);
    const result = await evaluateClauseChange({ clauseId: 'handbook', previous, next, declaredTone: null, config: configSchema.parse({}), embedder: createBuiltinEmbedder() });
    expect(result.reasons.map((reason) => reason.code)).toEqual(['conjunct-dropped']);
  });
});

describe('a long clause written with no blank lines (one block of thousands of lines)', () => {
  // Issue 9, round 21c: the window held whole blocks, so a clause with no blank lines was one block
  // read whole for a one-line edit (2,971 lines: 11.6 s of CPU, and a "must" far away read against
  // a "may" farther still as a duty softened).
  const { previous, next } = buildLongClause({ sentences: 1200, edit: 'number' });
  const [before, after] = [asOneBlock(previous), asOneBlock(next)];

  it('is cut line by line around the edit, as a clause of paragraphs is cut block by block', () => {
    expect(before.split('\n').length).toBeGreaterThan(LONG_BLOCK_LINES * 10);
    const [old, now] = aroundTheChange(before, after);
    expect(now).toBe(old.replace('within 14 days', 'within 30 days'));
    expect(old.split('\n').length).toBeLessThanOrEqual(CONTEXT_BLOCKS * 2 + 1 + 2 + 1);
  });

  it('keeps the lead-in of a list item and the header of a table row it cuts into', () => {
    const items = Array.from({ length: 60 }, (_, i) => `- check pallet ${i + 1} for damage`);
    const list = ['Warehouse staff must:', ...items].join('\n');
    const [old] = aroundTheChange(list, list.replace('pallet 40 for', 'pallet 40 only for'));
    expect(old.split('\n')[0]).toBe('Warehouse staff must:');
    expect(old).not.toContain('pallet 20 ');
    const rows = Array.from({ length: 60 }, (_, i) => `| bay ${i + 1} | ${i + 2} days |`);
    const table = ['| Bay | Deadline |', '| --- | --- |', ...rows].join('\n');
    const [cut] = aroundTheChange(table, table.replace('| bay 40 | 41 days |', '| bay 40 | 90 days |'));
    expect(cut.split('\n').slice(0, 2)).toEqual(['| Bay | Deadline |', '| --- | --- |']);
    expect(cut).not.toContain('| bay 20 |');
  });

  it('is cut sentence by sentence when the whole clause is one paragraph on one line', () => {
    const oneLine = (text: string) => `${text.split('\n').filter((line) => /[.!?]$/.test(line) && !line.startsWith('#')).join(' ')}\n`;
    const [old, now] = aroundTheChange(oneLine(previous), oneLine(next));
    expect(oneLine(previous).split('\n').length).toBe(2);
    expect(now).toBe(old.replace('within 14 days', 'within 30 days'));
    expect(old.length).toBeLessThan(oneLine(previous).length / 20);
  });

  it('is flagged for what the edit did and nothing read in lines it left alone', async () => {
    const result = await evaluateClauseChange({ clauseId: 'handbook', previous: before, next: after, declaredTone: null, config: configSchema.parse({}), embedder: createBuiltinEmbedder() });
    expect(result.reasons.map((reason) => reason.code)).toEqual(['number-changed']);
  });
});

describe('a long clause written as one line with no sentence end, or as one word a line', () => {
  // Issue 9, round 22c: a 190 KB line with no sentence end was one line of one sentence, read
  // whole for a one-figure edit (20 s of CPU, and a "must" and an order word far off read as
  // changed); 50,000 one-word lines were already windowed line by line.
  const { previous, next } = buildLongClause({ sentences: 2800, edit: 'number' });
  const runOn = (text: string) => `${text.replace(/[.!?]\s+/g, ', ').replace(/\n+/g, ' ').trim()}\n`;
  const [before, after] = [runOn(previous), runOn(next)];
  const evaluate = (old: string, now: string) => evaluateClauseChange({ clauseId: 'handbook', previous: old, next: now, declaredTone: null, config: configSchema.parse({}), embedder: createBuiltinEmbedder() });

  it('is cut clause by clause around the edit when its one sentence is longer than LONG_LINE_CHARS', () => {
    expect(before.length).toBeGreaterThan(LONG_LINE_CHARS * 5);
    expect(before.split(/[.!?]\s/).length).toBe(1);
    const [old, now] = aroundTheChange(before, after);
    expect(now).toBe(old.replace('within 14 days', 'within 30 days'));
    expect(old.length).toBeLessThan(LONG_LINE_CHARS / 4);
  });

  it('is cut into pieces of words when a stretch longer than LONG_LINE_CHARS has no punctuation at all', () => {
    const words = Array.from({ length: 12_000 }, (_, i) => `word${i % 97}`);
    const old = words.join(' ');
    const [cut, cutNow] = aroundTheChange(old, old.replace('word50 word51 word52', 'word50 never word52'));
    expect(cutNow).toContain('never');
    expect(cut.length).toBeLessThan(old.length / 4);
  });

  it('is flagged for what the edit did and nothing read in clauses it left alone', async () => {
    expect((await evaluate(before, after)).reasons.map((reason) => reason.code)).toEqual(['number-changed']);
  });

  it('of 50,000 one-word lines, is read around the word changed', async () => {
    const lines = Array.from({ length: 50_000 }, (_, i) => ['refund', 'log', 'check', 'never', 'parcel'][i % 5]);
    const old = `${lines.join('\n')}\n`;
    const now = `${lines.map((line, i) => (i === 25_000 ? 'may' : line)).join('\n')}\n`;
    const [cut] = aroundTheChange(old, now);
    expect(cut.split('\n').length).toBeLessThan(20);
    expect((await evaluate(old, now)).reasons.map((reason) => reason.code)).toEqual(['permission-added']);
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

describe('a line over LONG_LINE_CHARS cut into a few pieces (round 29d)', () => {
  // A table pasted as one sentence, no comma and no stop: cut into pieces of words, 30 of them,
  // which stayed one block of 30 lines (a block is cut line by line only past LONG_BLOCK_LINES), so
  // the whole line was read for one figure changed.
  const row = (at: number, deadline: string) => `case ${at} refund ${deadline} duty manager`;
  const line = (deadline: (at: number) => string) => `Deadlines by case: ${Array.from({ length: 800 }, (_, at) => row(at, deadline(at))).join(' ')}.\n`;
  const before = line(() => '14 days');
  const after = line((at) => (at === 400 ? '30 days' : '14 days'));

  it('reads each piece as a block of its own, so the window holds the pieces around the edit', () => {
    expect(before.length).toBeGreaterThan(LONG_LINE_CHARS);
    const [old, now] = aroundTheChange(before, after);
    expect(now).toBe(old.replace('case 400 refund 14 days', 'case 400 refund 30 days'));
    expect(old.length).toBeLessThan(before.length / 2);
  });
});
