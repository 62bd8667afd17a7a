// `scope-narrowed`: a rule said of everyone now said of every one of a kind ("Everyone entering the
// production area, including visitors and drivers, wears a hairnet" -> "Every production worker
// entering the production area wears a hairnet"; round 35b, v44's scope). reason-universal-narrowed
// reads words inserted after a kept "every N"; here the universal itself went from all people to
// some. Read: the sentences an edit changed paired, "everyone / everybody / anyone / anybody" in
// the old one where the new one says "every / any / each" and one to three words ending in a noun
// that is no word for a person as such ("every person" keeps it) nor the old words' act said as a
// noun ("Anyone visiting the hives" -> "Any visitor to the hives"), and the new
// sentence adds nothing after it the old one did not say. A ban on everyone is the same: "No one
// fishes within 50 m of the pressure ridge" -> "No guest fishes ..." (round 46a, v66's scope miss;
// "no one / nobody / no-one" said as "no" and a kind, read as the rest). Pure.
import type { Reason } from '../schema/records.ts';
import { changedSentencePairs } from './_changed-stretch.ts';
import { quote, tokenizeWords } from './_text.ts';

const EVERYONE = /^(?:everyone|everybody|anyone|anybody)$/;
const EVERY = /^(?:every|any|each)$/;
/** Nouns that name a person as such: "every person" is everyone. */
const ANY_PERSON = /^(?:one|person|persons|people|individual|individuals|body|human|soul|member of the public)$/;
/** Words that end the subject after its noun: a participle, a relative word, a verb, a preposition. */
const SUBJECT_GOES_ON = /^(?:who|that|which|on|in|at|to|for|of|from|with|near|by|inside|entering|using|working|visiting|must|shall|should|will|is|are|has|have|may|can|wears|signs|needs)$|ing$/;
/** Words the rule keeps after the subject, at least. */
const KEPT = 4;

export function findEveryoneMadeAKind(previous: string, next: string): Reason[] {
  const reasons: Reason[] = [];
  for (const [old, now] of changedSentencePairs(previous, next)) {
    const was = tokenizeWords(old);
    const is = tokenizeWords(now);
    const everyone = was.findIndex((word) => EVERYONE.test(word));
    const noOne = was.findIndex((word, k) => word === 'nobody' || (word === 'no' && was[k + 1] === 'one'));
    const ban = everyone < 0 && noOne >= 0;
    const at = ban ? noOne : everyone;
    if (at < 0 || is[at] === undefined || !(ban ? is[at] === 'no' : EVERY.test(is[at]!)) || was.slice(0, at).join(' ') !== is.slice(0, at).join(' ')) continue;
    // The kind: one to three words after "every", up to the word that carries the subject on; after a
    // ban's "no", up to the old rule's words after "no one", kept word for word.
    let end = at + 1;
    if (ban) end = is.length - (was.length - at - (was[at] === 'no' ? 2 : 1));
    else while (end < is.length && end - at <= 3 && !SUBJECT_GOES_ON.test(is[end] ?? '')) end++;
    const kind = is.slice(at + 1, end);
    if (kind.length === 0 || kind.length > 3 || ANY_PERSON.test(kind.join(' ')) || ANY_PERSON.test(kind.at(-1) ?? '')) continue;
    // "Anyone visiting the hives" -> "Any visitor to the hives": the kind said by the old words' act.
    const head = kind.at(-1) ?? '';
    if (was.slice(at + 1).some((word) => word.length >= 5 && head.length >= 5 && word.slice(0, 5) === head.slice(0, 5))) continue;
    // Nothing new after the subject: the rest of the new sentence said by the old one's rest.
    const oldRest = new Set(was.slice(at + 1));
    const rest = is.slice(end);
    if (rest.length < KEPT || rest.some((word) => !oldRest.has(word))) continue;
    if (ban && rest.join(' ') !== was.slice(was.length - rest.length).join(' ')) continue;
    const said = ban && was[at] === 'no' ? 'no one' : was[at];
    reasons.push({ code: 'scope-narrowed', message: `scope narrowed: "${said}" -> "${is[at]} ${kind.join(' ')}", the rule now for some, in ${quote(now)}` });
  }
  return reasons;
}
