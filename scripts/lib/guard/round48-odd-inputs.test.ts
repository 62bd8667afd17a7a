// Round 48's readings (a.: deontic force read from duty and grant markers, a question word replaced,
// roles read past a dropped modifier; b.: a rule's polarity moved, a ban put on the thing whole; c.:
// one amount said in other words, "and a half", a list reordered round "next season") on inputs their
// own fixtures do not hold: Markdown lists, empty or punctuation-only text, very long sentences,
// non-ASCII. In a hook an exception is exit 70 and no commit, so each pair is read through
// evaluateClauseChange as the hook reads it and must answer (session 42, review42). The seeds are
// the first regression of each class of round 48's fixtures and the benign twins of round 48c's
// new folds, edited by odd-inputs.fixture.ts's fixed edits and by non-ASCII ones of this file.
import { describe, expect, it } from 'vitest';
import { configSchema } from '../schema/config.ts';
import { createBuiltinEmbedder } from './builtin-embedder.ts';
import { evaluateClauseChange } from './evaluate-clause-change.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';
import { foldAmountsSaidAlike } from './_amounts-said-alike.ts';
import { readDeonticForce } from './_deontic-force.ts';
import { findQuantities } from './reason-number.ts';
import { ROUND_48A_EDITS } from './clause-edits.round48a.fixture.ts';
import { ROUND_48B_EDITS } from './clause-edits.round48b.fixture.ts';
import { ROUND_48C_EDITS } from './clause-edits.round48c.fixture.ts';
import { BARE_TEXTS, ODD_EDITS } from './odd-inputs.fixture.ts';

const config = configSchema.parse({});
const embedder = createBuiltinEmbedder();
const lexicon = createWordNetLexicon();

/** The first edit of each kind (and benign variant) of each round-48 fixture. */
const SEEDS: readonly [string, string][] = [ROUND_48A_EDITS, ROUND_48B_EDITS, ROUND_48C_EDITS].flatMap((edits) => {
  const seen = new Set<string>();
  return edits.filter((edit) => !seen.has(`${edit.kind}/${edit.variant ?? ''}`) && seen.add(`${edit.kind}/${edit.variant ?? ''}`)).map((edit): [string, string] => [edit.previous, edit.next]);
});

/** Non-ASCII a clause may hold: accents, scripts without spaces, emoji, marks that read as nothing. */
const NON_ASCII: readonly [string, (text: string) => string][] = [
  ['accented words', (text) => text.replace(/\bthe\b/g, 'thé').replace(/e\b/g, 'é')],
  ['a CJK sentence between', (text) => `${text} 規則は守ること。${text}`],
  ['an emoji and a flag', (text) => `⚠️ ${text} 🇬🇧`],
  ['zero-width and non-breaking spaces', (text) => text.replace(/ /g, '\u00a0').replace(/(\w)(\w)/, '$1\u200b$2')],
  ['full-width digits and a Unicode fraction', (text) => text.replace(/\d/g, (digit) => String.fromCharCode(0xff10 + Number(digit))) + ' ½ m'],
  ['right-to-left text', (text) => `${text} يجب الالتزام بالقواعد.`],
];

/** Texts shaped to the new readings' patterns, cut short or run together. */
const NEAR_MISSES: readonly string[] = [
  'and a half',
  'three and a half',
  'two and three quarters',
  '4 feet',
  '4 feet 8',
  'feet 8 inches 4',
  '5,000 ppm,',
  '0.01% %',
  'parts per million',
  'one and a half and a half metres',
  'up to',
  'is up to',
  'bound to',
  'it falls to',
  'duty',
  'is duty',
  'if they wish',
  'who fancies',
  'tell when',
  'must tell when where who',
  'next season next season, next season',
];

const answers = async (previous: string, next: string) => {
  const result = await evaluateClauseChange({ clauseId: 'odd/inputs', previous, next, declaredTone: null, config, embedder, lexicon });
  return typeof result.regression_flag;
};

describe("round 48's readings on odd inputs", () => {
  it('take a seed of every class of the three fixtures', () => {
    expect(SEEDS.length).toBeGreaterThanOrEqual(15);
  });

  it.each([...ODD_EDITS, ...NON_ASCII].map(([name, edit]) => [name, edit] as const))('answer for every seed edited with %s', async (_, edit) => {
    for (const [previous, next] of SEEDS) expect(await answers(edit(previous), edit(next)), `${edit(previous)} -> ${edit(next)}`).toBe('boolean');
  });

  it('answer for texts with next to nothing in them, and for the readings\' patterns cut short, against each other and against a seed', async () => {
    const texts = [...BARE_TEXTS, ...NEAR_MISSES];
    for (const [index, text] of texts.entries()) {
      for (const other of [texts[index + 1] ?? '', ...SEEDS[index % SEEDS.length]!]) {
        expect(await answers(text, other), `${JSON.stringify(text)} -> ${JSON.stringify(other)}`).toBe('boolean');
        expect(await answers(other, text), `${JSON.stringify(other)} -> ${JSON.stringify(text)}`).toBe('boolean');
      }
    }
  });

  it('read amounts, force and quantities of odd and very long texts without throwing, and fold nothing that holds no amount', () => {
    const long = Array.from({ length: 400 }, (_, i) => `item ${i} stands ${i} and a half metres off, up to each member if they wish`).join(', ');
    for (const text of [...BARE_TEXTS, ...NEAR_MISSES, long, '½ ¾ ⅓ metre', 'ＳＯ２ under ２００ ppm']) {
      expect(foldAmountsSaidAlike(text, text)).toEqual([text, text]);
      expect(() => readDeonticForce(text)).not.toThrow();
      expect(Array.isArray(findQuantities(text))).toBe(true);
    }
    expect(foldAmountsSaidAlike('', 'Goals stand 1.5 metres back.')).toEqual(['', 'Goals stand 1.5 metres back.']);
  });
});
