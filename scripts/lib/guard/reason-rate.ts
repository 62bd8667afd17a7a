// `number-changed` for a duty done less often in any wording: "at least once a week" -> "once every
// three weeks", "every week" -> "every other week", "twice a day" -> "once every two days",
// "hourly" -> "every three hours". Each version states one rate (lib/guard/_rates.ts) and the new
// one has the longer period, or the rate is a cap and the new one is shorter ("at most once a
// week" -> "at most three times a week"). Read on the texts as written: find-reasons writes the
// new rate in the old words for every other reading (lib/guard/_rates.ts). Pure.
import type { Reason } from '../schema/records.ts';
import { soleRates } from './_rates.ts';

export function findRatesLowered(previous: string, next: string): Reason[] {
  const rates = soleRates(previous, next);
  if (!rates) return [];
  const [old, now] = rates;
  // Within a tenth: "every 30 days" and "monthly" are one rate. A cap ("at most once a week")
  // loosens as the rate grows, a rate to keep up as it falls.
  const capped = old.cap || now.cap;
  if (capped ? now.period >= old.period * 0.9 : now.period <= old.period * 1.1) return [];
  return [{ code: 'number-changed', message: `number changed: "${old.text}" -> "${now.text}" (${capped ? 'allowed more often' : 'done less often'}: loosens the rule)` }];
}
