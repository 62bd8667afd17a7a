// `tone-dismissive` for blame turned away from us where the rule owned it (round 22b, issue 11):
// "thank them warmly, admit the mistake plainly" -> "point out that errors are very rare, suggest
// they read the clue again more carefully"; "apologise, offer a free adjustment and book it at a
// time that suits them" -> "explain that the measurements they gave were used correctly, ... at a
// time that suits us". reason-blaming-tone.ts reads the person told they failed ("tell them that
// they ignored ..."); here no fault verb is said of them: our side is defended instead. Read by
// shape, each told to the person by a verb of telling or asking:
// - our work declared right: "that <the thing> was/were (done, used, followed ...) correctly /
//   properly / right / as agreed", a short phrase after the participle included ("was reduced to
//   chart datum correctly", round 25b);
// - the fault made small: "that (such) errors / mistakes / faults ... are (very) rare / uncommon";
// - the person asked to do it again with more care: "read/check ... (again) more carefully", or
//   told that they should ("and that they should read the report more carefully", round 25b);
// - and, on its own, whose convenience a kept arrangement serves turned round: "at a time that
//   suits them" -> "... suits us", "at their convenience" -> "at our convenience".
// The first three count only where an apology, thanks or an admission of the mistake went
// (a rule that never owned the fault may explain how the work was done). A phrase the old text
// had, or one negated ("do not tell them that errors are rare"), is none. Pure.
import type { Reason } from '../schema/records.ts';
import { quote, tokenizeWords } from './_text.ts';

const TELLING = '(?:tell|tells|telling|point out|points out|remind|reminds|make clear|makes clear|make it clear|explain|explains|say|says|insist|insists|stress|stresses|assure|assures|inform|note|notes)';
const ASKING = '(?:ask|asks|suggest|suggests|tell|tells|advise|advises|remind|reminds|encourage|encourages|invite|invites)';
/** Words saying a thing was done right: the defence of our side. */
const DONE_RIGHT = '(?:correctly|properly|right|correct|accurate|accurately|fine|sound|justified|to the letter|by the book|(?:exactly )?as (?:agreed|asked|ordered|instructed|requested|specified|booked))';
/** Our work or decision declared right, told to the person. */
const WORK_DEFENDED = new RegExp(`\\b${TELLING} (?:[a-z]+ ){0,3}(?:that )?(?:the|our|their|your|its|his|her|it|we|this|that|these|those|everything|all) (?:[a-z'’-]+ ){0,5}(?:was|were|is|are|has been|have been|had been)(?: (?:all|fully|always))?(?: [a-z]+(?:ed|en|wn|ght|de|ne))?(?: (?:to|into|onto|with|by|from|in|on|at|against|for) (?:[a-z'’-]+ ){0,3}?[a-z'’-]+)? ${DONE_RIGHT}\\b`);
/** The same said in the active voice: "say the chef cooked it exactly as ordered", "explain that we followed the plot to the letter". */
const WORK_DEFENDED_ACTIVE = new RegExp(`\\b${TELLING} (?:[a-z]+ ){0,3}(?:that )?(?:the|our|we|i|they) (?:[a-z'’-]+ ){0,3}(?:[a-z]+ed|did|made|built|cut|set|hung|fit|sent|wrote|gave|took|kept) (?:it|them|this|that|everything|the [a-z]+(?: [a-z]+)?) ${DONE_RIGHT}\\b`);
/** The fault made small. */
const FAULT_MINIMISED = new RegExp(`\\b${TELLING} (?:[a-z]+ ){0,3}(?:that )?(?:such |these |this |our |the |[a-z-]+ ){0,3}(?:[a-z-]+) (?:like this |of this kind )?(?:are|is|happen|happens|occur|occurs) (?:very |extremely |really |quite |so )?(?:rare|rarely|uncommon|unusual|infrequent|seldom|almost never|hardly ever)\\b`);
/** The person asked to do it again with more care: the fault was in how they did it. */
const MORE_CARE = '(?:more carefully|more closely|more attentively|properly (?:this|next) time|correctly (?:this|next) time)';
const CARE_ASKED_OF_THEM = new RegExp(`\\b${ASKING} (?:[a-z'’]+ ){0,10}${MORE_CARE}\\b|\\b(?:that )?(?:they|you|he|she) (?:should|must|ought to|need to|needs to|have to|has to) (?:[a-z'’]+ ){1,8}?${MORE_CARE}\\b`);
/** Whose convenience an arrangement serves. */
const SUITS_THEM = /\b(?:suits? (?:them|him|her|you|the (?!shop|studio|team|staff|business|company|office|workshop|school|club|practice|surgery|clinic|venue|centre|center|hotel|store|firm|salon|garage|depot|rota|schedule|diary)[a-z]+|their [a-z]+)|(?:their|your|the (?:client|customer|guest|visitor|member|patient|pupil|parent|student)['’]s) convenience)\b/;
/** Us, or the business as a whole: a shop, a school, a practice, a venue. */
const OURSELVES = '(?:us|me|the (?:shop|studio|team|staff|business|company|office|workshop|school|club|practice|surgery|clinic|venue|centre|center|hotel|store|firm|salon|garage|depot|rota|schedule|diary))';
const SUITS_US = new RegExp(`\\b(?:suits? ${OURSELVES}|convenient (?:to|for) ${OURSELVES}|(?:our|the (?:shop|studio|team|staff|business|company|school|club|practice|firm)['’]s) convenience)\\b`);
/** Words owning the fault or thanking for it: one must have gone for the first three shapes. */
const OWNING = ['apolog', 'sorry', 'thank', 'admit', 'acknowledg', 'own up', 'owning', 'regret', 'grateful', 'appreciat'];

function owned(text: string): Set<string> {
  return new Set(OWNING.filter((stem) => new RegExp(`\\b${stem}`).test(text)));
}

function negatedBefore(text: string, index: number): boolean {
  // Only a negation of the telling itself ("do not tell them", "never point out"), not one in the case before it ("was not cleaned").
  return /\b(?:not|never|don't)(?: (?:ever|to))?\s*$/.test(text.slice(Math.max(0, index - 16), index));
}

export function findBlameDeflected(previous: string, next: string): Reason[] {
  const oldWords = tokenizeWords(previous);
  const oldText = ` ${oldWords.join(' ')} `;
  const newText = ` ${tokenizeWords(next).join(' ')} `;
  const suitsUs = SUITS_US.exec(newText);
  if (suitsUs && SUITS_THEM.test(oldText) && !SUITS_US.test(oldText) && !SUITS_THEM.test(newText)) {
    return [{ code: 'tone-dismissive', message: `convenience turned round: "${SUITS_THEM.exec(oldText)?.[0]}" went and "${suitsUs[0]}" came in ${quote(next)}` }];
  }
  const before = owned(oldText);
  const after = owned(newText);
  const went = [...before].filter((stem) => !after.has(stem));
  if (went.length === 0) return [];
  for (const pattern of [WORK_DEFENDED, WORK_DEFENDED_ACTIVE, FAULT_MINIMISED, CARE_ASKED_OF_THEM]) {
    const match = pattern.exec(newText);
    if (!match || pattern.test(oldText) || negatedBefore(newText, match.index)) continue;
    const words = oldWords.filter((word) => went.some((stem) => word.startsWith(stem.split(' ')[0]!)));
    return [{ code: 'tone-dismissive', message: `blame deflected: ${[...new Set(words)].map((word) => `"${word}"`).join(', ')} went and "${match[0].trim()}" came in ${quote(next)}` }];
  }
  return [];
}
