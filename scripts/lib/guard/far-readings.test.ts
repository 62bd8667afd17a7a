import { describe, expect, it } from 'vitest';
import { buildLongClause } from '../../test-utils/long-clause.ts';
import { configSchema } from '../schema/config.ts';
import { aroundTheChange } from './_change-window.ts';
import { setAsideFarTwins } from './_far-twins.ts';
import { findFarContradictions } from './_far-contradictions.ts';
import { createBuiltinEmbedder } from './builtin-embedder.ts';
import { evaluateClauseChange } from './evaluate-clause-change.ts';

const config = configSchema.parse({});
const embedder = createBuiltinEmbedder();
const evaluate = (previous: string, next: string) => evaluateClauseChange({ clauseId: 'handbook', previous, next, declaredTone: null, config, embedder });
const codes = async (previous: string, next: string) => (await evaluate(previous, next)).reasons.map((reason) => [reason.code, reason.advisory === true]);

/** A 200-sentence clause holding `sentence` in its middle section, far from both ends. */
const holding = (sentence: string) => buildLongClause({ sentences: 200, edit: { before: sentence, after: sentence } }).previous;

describe('a sentence added to a long clause far from a prohibition it breaks', () => {
  const handbook = holding('Never delete customer records from the archive.');

  it('is flagged as a contradiction of that prohibition, appended at the end', async () => {
    expect(await codes(handbook, `${handbook}\nDelete customer records after 30 days.\n`)).toEqual([['contradiction', false]]);
  });

  it('is flagged as a contradiction of that prohibition, put at the very start', async () => {
    expect(await codes(handbook, `Delete customer records after 30 days.\n\n${handbook}`)).toEqual([['contradiction', false]]);
  });

  it('is not flagged when it does an act no prohibition of the clause forbids', async () => {
    expect(await codes(handbook, `${handbook}\nOffer the caller a callback slot before ending the chat.\n`)).toEqual([]);
  });

  it('is not flagged against a prohibition far away that holds only in a case ("without a note")', async () => {
    const cased = holding('Never log a refund request without a note in the CRM.');
    expect(await codes(cased, `${cased}\nAgents must log each refund request in the CRM within 2 days.\n`)).toEqual([]);
  });

  it('is not flagged when it does the forbidden verb to another thing', async () => {
    expect(await codes(handbook, `${handbook}\nDelete duplicate calendar invites from the shared inbox.\n`)).toEqual([]);
  });
});

describe('a sentence added to a long clause far from a duty it skips', () => {
  const handbook = holding('Every international payment is screened by the compliance desk before release.');

  it('is flagged as a contradiction of that duty', async () => {
    expect(await codes(handbook, `${handbook}\nInternational payments for long-standing customers are released without screening.\n`)).toEqual([['contradiction', false]]);
  });

  it('is not flagged when what it leaves out is no duty of the clause', async () => {
    expect(await codes(handbook, `${handbook}\nInternational payments are released without a cover letter.\n`)).toEqual([]);
  });
});

describe('a sentence added to a long clause, alone', () => {
  it('keeps its one reason blocking: blocks only added are no rewrite of an empty paragraph', async () => {
    const handbook = holding('Keep every receipt for the auditors.');
    expect(await codes(handbook, `${handbook}\nAgents may refund cash without a receipt.\n`)).toEqual([['permission-added', false]]);
  });
});

describe('a copy of a sentence a long clause holds twice, far apart', () => {
  const rule = 'Never share a customer password with anyone.';
  const twice = `${rule}\n\n${holding(rule)}`;

  it('deleted while its twin stands is no rule removed', async () => {
    expect(await codes(twice, twice.replace(`${rule}\n\n`, ''))).toEqual([]);
  });

  it('deleted with its twin is a rule removed', async () => {
    expect((await codes(twice, twice.replaceAll(`${rule}\n\n`, '').replace(rule, ''))).map(([code]) => code)).toContain('requirement-removed');
  });

  it('pasted again near the change of a permission the clause grants far away adds no permission', async () => {
    const grant = 'Agents may waive the delivery fee for a late parcel.';
    const handbook = holding(grant);
    expect(await codes(handbook, `${handbook}\n${grant}\n`)).toEqual([]);
  });
});

describe('the far readings of a clause read whole', () => {
  it('leave a short clause as it is: no twin set aside, no far prohibition', () => {
    const previous = 'Never refund cash.\n\nRefund to the card.\n';
    const next = `${previous}\nRefund cash when asked.\n`;
    const window = aroundTheChange(previous, next);
    expect(setAsideFarTwins(window, previous, next)).toEqual([previous, next]);
    expect(findFarContradictions(previous, window, [])).toEqual([]);
  });
});
