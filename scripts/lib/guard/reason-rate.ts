// `number-changed` for a duty done less often in any wording: "at least once a week" -> "once every
// three weeks", "every week" -> "every other week", "twice a day" -> "once every two days",
// "hourly" -> "every three hours". Each version states one rate (lib/guard/_rates.ts) and the new
// one has the longer period, or the rate is a cap and the new one is shorter ("at most once a
// week" -> "at most three times a week"); or an event done at every one is now done at every
// other one ("after every session" -> "after every other session"). Read on the texts as
// written: find-reasons writes the new rate in the old words for every other reading
// (lib/guard/_rates.ts). Pure.
import type { Reason } from '../schema/records.ts';
import { soleRates } from './_rates.ts';

/** "every session" -> "every other session", "each shift" -> "every third shift": the same event, skipped between. */
const EVERY_EVENT = /\b(?:every|each) ([a-z]+)\b/gi;
const SKIPPING = /\bevery (other|second|third|fourth|fifth|few|couple of) ([a-z]+?)s?\b/i;

function eventSkipped(previous: string, next: string): Reason | null {
  const skipping = SKIPPING.exec(next);
  if (!skipping || SKIPPING.test(previous)) return null;
  const event = skipping[2]?.toLowerCase() ?? '';
  const said = [...previous.matchAll(EVERY_EVENT)].find((match) => match[1]?.toLowerCase().replace(/s$/, '') === event);
  return said ? { code: 'number-changed', message: `number changed: "${said[0]}" -> "${skipping[0]}" (done less often: loosens the rule)` } : null;
}

export function findRatesLowered(previous: string, next: string): Reason[] {
  const skipped = eventSkipped(previous, next);
  if (skipped) return [skipped];
  const rates = soleRates(previous, next);
  if (!rates) return [];
  const [old, now] = rates;
  // Within a tenth: "every 30 days" and "monthly" are one rate. A cap ("at most once a week")
  // loosens as the rate grows, a rate to keep up as it falls.
  const capped = old.cap || now.cap;
  if (capped ? now.period >= old.period * 0.9 : now.period <= old.period * 1.1) return [];
  return [{ code: 'number-changed', message: `number changed: "${old.text}" -> "${now.text}" (${capped ? 'allowed more often' : 'done less often'}: loosens the rule)` }];
}
