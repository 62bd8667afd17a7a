// `scope-widened` for an "only" limit opened to anyone: "Order seed potatoes only from suppliers on
// the register" -> "Order seed potatoes from any wholesaler", "Hand the keys only to the tenant
// named on the lease" -> "to any adult at the flat". The whole limit and its noun are replaced, so
// the sentences share too few words for reason-scope's aligned reading (the drop reads as a
// rewrite). Read from the limit's shape: the old text limits a preposition's object with "only"
// ("only from/to/through/by/with/at/via X"), and the new text, with no "only" or negation, puts
// "any"/"whoever"/"anyone" after the same preposition ("in whichever language the guest uses" picks
// the one that applies: no opening). Pure.
import type { Reason } from '../schema/records.ts';
import { quote, tokenizeWords } from './_text.ts';

const LIMIT = /\bonly (from|to|through|by|with|at|via|in|on) ([a-z']+(?: [a-z']+){0,3})/;
const NEGATION = /\b(?:not|never|no|nobody|none|nothing|only|solely|except|other than)\b/;

export function findOnlyLimitsOpened(previous: string, next: string): Reason[] {
  const old = tokenizeWords(previous).join(' ');
  const now = tokenizeWords(next).join(' ');
  const limit = LIMIT.exec(old);
  if (!limit || NEGATION.test(now)) return [];
  const opened = new RegExp(`\\b${limit[1]} (?:any|anyone|anybody|whoever) ?([a-z']+(?: [a-z']+){0,3})?`).exec(now);
  if (!opened) return [];
  return [{ code: 'scope-widened', message: `scope widened: "only ${limit[1]} ${limit[2]}" became ${quote(opened[0])} in ${quote(next)}` }];
}
