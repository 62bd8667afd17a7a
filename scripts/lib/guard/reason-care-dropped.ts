// `tone-care-dropped`: a rule that asked staff to meet people with care in several ways now asks
// for none ("Write to couples warmly and personally ... and congratulate them on the engagement"
// -> "Send couples the standard booking template"; "Greet each customer politely by name and thank
// them for their patience" -> "tell the customer it is not ready and give them the new date"). No
// brush-off came, so tone-dismissive reads nothing, and a flat instruction scores neutral on
// formality and sentiment; but the warmth the clause demanded went. Read from words: two kinds of
// care or more in the old text (warmly, politely, thank, congratulate, apologise, reassure, ...)
// and not one word of care, courtesy or welcome in the new (a wide list, so "greet them kindly"
// for "welcome them warmly" keeps it). A remedy given free ("offer to deliver the shoes free of
// charge", a goodwill gesture, compensation) is a kind of care too, and one said in the new text
// keeps it ("ring the customer, apologise and offer to deliver the shoes free of charge" -> "the
// customer will find out when they come to collect", round 23b). Read without the alignment, so a
// whole rewrite does not make it advisory. Pure.
import type { Reason } from '../schema/records.ts';
import { quote, tokenizeWords } from './_text.ts';

/** Word beginnings of care asked for: the old text must ask for two of these. */
const CARE = [
  'reassur', 'apolog', 'sorry', 'sympath', 'empathi', 'empathy', 'comfort', 'consol', 'condolenc', 'acknowledg', 'thank', 'listen',
  'calm', 'gentl', 'warm', 'courteous', 'polite', 'respectful', 'patience', 'patiently', 'compassion', 'caring', 'kindly', 'kindness',
  'congratulat', 'prais', 'compliment', 'commend', 'personally', 'welcom', 'greet', 'friendl', 'cheerful', 'smil', 'tactful',
];

/** Word beginnings of any care, courtesy or welcome: the new text must have none of these. */
export const ANY_CARE = [
  ...CARE, 'kind', 'nice', 'considerat', 'personal', 'respect', 'sensitiv', 'attentiv', 'thoughtful', 'gracious', 'hello', 'hi',
  'pleasant', 'understand', 'support', 'patient', 'help', 'care', 'sincer', 'heartfelt', 'appreciat', 'grateful', 'good', 'best',
  'happy', 'glad', 'pleas', 'celebrat', 'name', 'reassur', 'soft', 'quiet', 'time', 'courtes', 'gratitud', 'tact', 'cordial',
  'hospitab', 'sorry', 'smil', 'mind', 'ease', 'comfortabl', 'in person',
];

/** A remedy given at our cost: the care of making a failure good. */
export const REMEDY = /\b(?:free of charge|at no (?:extra |additional )?(?:charge|cost)|on the house|complimentary|goodwill|compensat[a-z]*)\b/i;

function stemsOf(words: readonly string[], list: readonly string[]): Set<string> {
  // "any kind of" is no kindness.
  return new Set(words.flatMap((word, i) => (word === 'kind' && words[i + 1] === 'of' ? [] : list.filter((stem) => word.startsWith(stem)))));
}

export function findCareDropped(previous: string, next: string): Reason[] {
  const before = tokenizeWords(previous);
  const after = tokenizeWords(next);
  if (after.length === 0) return [];
  const asked = stemsOf(before, CARE);
  if (REMEDY.test(previous)) asked.add('remedy');
  if (asked.size < 2 || stemsOf(after, ANY_CARE).size > 0 || REMEDY.test(next)) return [];
  const went = [...new Set(before.filter((word) => [...asked].some((stem) => word.startsWith(stem)))), ...(asked.has('remedy') ? [REMEDY.exec(previous)?.[0] ?? ''] : [])];
  return [{ code: 'tone-care-dropped', message: `care dropped: ${went.map((word) => `"${word}"`).join(', ')} went and no word of care is left in ${quote(next)}` }];
}
