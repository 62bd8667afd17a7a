// `tone-dismissive` for contempt: a rule about what to tell someone now tells staff to accuse or
// shame them ("Tell the seller which listing rule was broken and how to appeal" -> "Tell the
// seller they clearly tried to cheat the marketplace and should be ashamed"). The measured tone
// (tone-shift) scores a flat "tell them" sentence neutral, and reason-dismissive-tone waits for a
// word of care to go, which an informative rule never had. Read from words: a phrase of contempt
// (shaming, an accusation of bad faith, an insult) the old text never had comes into a sentence
// that says what to tell, say or write to someone, and no negation stands right before it ("do not
// tell them they should be ashamed" forbids it). Words that name misconduct as a topic ("accounts
// that cheat are banned") are no accusation: a bare "cheat" needs "clearly/obviously/deliberately
// tried to" or "you/they are a cheat". Pure.
import type { Reason } from '../schema/records.ts';
import { quote, splitSentences, tokenizeWords } from './_text.ts';
import { findDismissiveTone } from './reason-dismissive-tone.ts';
import { REPROACH } from './_reproaches.ts';

const CONTEMPT: readonly RegExp[] = [
  /\b(?:should|ought to|must) (?:be|feel) ashamed\b|\bashamed of (?:themselves|yourself|himself|herself|yourselves)\b|\bshame on\b/,
  /\b(?:clearly|obviously|plainly|deliberately|evidently) (?:tried|trying|meant|wanted|set out|attempted|attempting) to (?:cheat|scam|trick|con|fool|game|deceive|defraud|steal|lie|rip)\b/,
  /\b(?:they|you|he|she) (?:are|is|were|was|'re) (?:a |an |just |clearly |obviously )?(?:liars?|cheats?|cheaters?|scammers?|frauds?|fraudsters?|thieves|thief|idiots?|stupid|lazy|incompetent|pathetic|greedy|dishonest|time-wasters?)\b/,
  /\b(?:pathetic|idiotic|moronic|disgraceful|shameful|clueless|ridiculous|absurd|laughable|childish|nonsense|rubbish)\b/,
  /\bshould (?:have )?know(?:n)? better\b/,
  /\bwast(?:ing|ed|e) (?:our|my|everyone's|the team's|staff) time\b/,
  /\b(?:do not|don't|does not|doesn't|did not|didn't) deserve\b/,
  /\b(?:nobody|no one) (?:cares|believes)\b/,
  /\b(?:their|your|his|her) own fault\b|\bonly (?:themselves|yourself|himself|herself) to blame\b/,
  /\b(?:lied|are lying|is lying|were lying) (?:to us|about)\b/,
  // "tell them they should have practised at home": the person blamed for what they did not do (_reproaches.ts, round 29b).
  REPROACH,
];
/** Verbs of telling: the contempt is said to the person, not a topic of the rule. */
const TELLING = /\b(?:tell|tells|say|says|inform|informs|remind|reminds|reply|replies|respond|responds|explain|explains|write|writes|let [a-z]+ know|warn|warns|message|email|answer|point out|make clear|accuse)\b/;

/** One reason when a sentence that tells someone something gained a phrase of contempt. */
export function findContemptuousTone(previous: string, next: string): Reason[] {
  // Care dropped for a brush-off is already tone-dismissive: one finding, said once.
  if (findDismissiveTone(previous, next).length > 0) return [];
  const oldText = ` ${tokenizeWords(previous).join(' ')} `;
  for (const sentence of splitSentences(next)) {
    const text = ` ${tokenizeWords(sentence).join(' ')} `;
    if (!TELLING.test(text)) continue;
    for (const pattern of CONTEMPT) {
      const match = pattern.exec(text);
      if (!match || pattern.test(oldText)) continue;
      if (/\b(?:not|never|no|don't|doesn't|avoid|without)(?: [a-z']+){0,3}\s*$/.test(text.slice(Math.max(0, match.index - 30), match.index)) && !/\b(?:do not|don't|does not|doesn't|did not|didn't) deserve\b/.test(match[0])) continue;
      return [{ code: 'tone-dismissive', message: `tone turned contemptuous: "${match[0].trim()}" came in ${quote(sentence)}, which the rule never said` }];
    }
  }
  return [];
}
