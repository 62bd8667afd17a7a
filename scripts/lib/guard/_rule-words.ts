// How binding a sentence is (its modal strength) and what it negates. Pure.
import { declaredEnough, releaseIn } from './_released-duties.ts';
import { tokenizeWords } from './_text.ts';
import { rememberedPerText } from './_per-text.ts';
import { NEGATED_BOUND_PATTERN } from './_numbers.ts';

/** 3 = must/never/always, 2 = should, 1 = may/can/where possible. */
export type Strength = 1 | 2 | 3;

const MODAL_CUES: ReadonlyArray<readonly [string, Strength]> = [
  // "may only / can only" restricts: whatever is outside the "only" is forbidden.
  ['may only', 3], ['can only', 3], ['must', 3], ['shall', 3], ['will', 3], ['have to', 3], ['has to', 3], ['need to', 3], ['needs to', 3],
  ['required', 3], ['require', 3], ['requires', 3], ['responsible for', 3], ['in charge of', 3],
  // Liability binds like responsibility ("Charterers are liable for any damage" -> "may contribute towards it", round 28b); "liable to" is "likely to".
  ['liable for', 3], ['accountable for', 3], ['answerable for', 3], ['duty to', 3], ['mandatory', 3], ['obligated', 3], ['obliged', 3],
  ['always', 3], ['never', 3], ['at all times', 3], ['under no circumstances', 3], ['prohibited', 3],
  ['forbidden', 3], ['not allowed', 3], ['not permitted', 3], ['may not', 3], ['can not', 3], ['nobody may', 3], ['no one may', 3], ['nobody can', 3], ['no one can', 3],
  ['should', 2], ['ought to', 2], ['ought not', 2], ['ought never', 2], ['recommended', 2], ['expected to', 2], ['generally', 2],
  ['usually', 2], ['typically', 2], ['normally', 2], ['in most cases', 2], ['preferably', 2],
  // "(this is not optional)" stresses a duty (round 35c, v44's emphasis): the "optional" it negates is no grant.
  ['not optional', 3], ['never optional', 3],
  ['may', 1], ['might', 1], ['can', 1], ['could', 1], ['optional', 1], ['allowed', 1], ['permitted', 1],
  ['sometimes', 1], ['encouraged', 1], ['free to', 1], ['welcome to', 1], ['entitled to', 1], ['up to you', 1],
  ['may choose', 1], ['can choose', 1], ['if they wish', 1], ['invited to', 1], ['advised to', 2], ['asked to', 2],
  // A requirement turned into a nicety ("Claims require a signed statement" -> "a signed statement is helpful").
  ['is helpful', 1], ['are helpful', 1], ['is useful', 1], ['are useful', 1], ['is welcome', 1], ['are welcome', 1],
  // Verbs of advice where a rule said "requires" ("The policy requires 2FA" -> "recommends 2FA").
  ['recommends', 2], ['advises', 2], ['encourages', 1], ['suggests', 2], ['prefers', 2],
  // A requirement said as a gain ("Every drone flight requires written permission" -> "benefits from written permission").
  ['benefits from', 1], ['benefit from', 1], ['works best with', 1], ['work best with', 1], ['goes more smoothly with', 1], ['go more smoothly with', 1],
  ['is better with', 1], ['are better with', 1], ['is helped by', 1], ['are helped by', 1], ['is improved by', 1], ['are improved by', 1],
  ['supposed to', 2], ['meant to', 2], ['would do well to', 2], ['needs a', 3], ['needs an', 3], ['need a', 3], ['need an', 3], ['it helps to', 1], ['it helps if', 1], ['it is worth', 1], ['is worthwhile', 1], ['is a good habit', 1], ['a good habit to', 1], ['appreciates', 1], ['appreciate', 1], ['welcomes', 1],
  ['is appreciated', 1], ['are appreciated', 1], ['is a good idea', 1], ['nice to have', 1], ['is preferred', 2], ['are preferred', 2], ['is advisable', 2],
  // An obligation said as advice ("are obliged to record" -> "It is good practice for them to record").
  ['is good practice', 2], ['is best practice', 2], ['it is advisable', 2], ['it is wise to', 2], ['it is sensible to', 2],
  // A requirement said as the better way ("Drilling a box requires two witnesses" -> "is best done with two witnesses").
  ['is best done', 2], ['are best done', 2], ['is best carried out', 2], ['are best carried out', 2],
  // An ability is a "can" ("are responsible for signing off" -> "are able to sign off"); "unable to" is no cue of it.
  ['able to', 1],
];

/** Phrases that make whatever they qualify optional, whatever modal sits beside them. */
const HEDGES = [
  'if possible', 'where possible', 'when possible', 'whenever possible', 'if feasible', 'where feasible',
  'ideally', 'optionally', 'at your discretion', 'if appropriate', 'where appropriate', 'when appropriate',
  'if convenient', 'when convenient', 'feel free', 'try to', 'you may want to', 'consider', 'if you like', 'if you can',
  // A duty left to someone's judgement ("Permit officers use their own judgement about ..."): discretion said with a verb.
  ...['their', 'your', 'his', 'her', 'our'].flatMap((whose) => [`use ${whose} own judgement`, `use ${whose} own judgment`, `use ${whose} judgement`, `use ${whose} judgment`, `use ${whose} own discretion`, `use ${whose} discretion`]),
  'at their discretion', 'as they see fit', 'as you see fit', 'decide for themselves', 'decide for yourself', 'as they think best', 'as you think best', 'whatever they think best', 'whatever you think best',
];

/** Verbs that open an imperative sentence ("Verify the caller."), which binds like "must". */
const IMPERATIVE_VERBS = new Set(
  `verify confirm check ask tell share disclose reveal use do keep respond reply refer escalate include provide offer
  mention store log answer apologise apologize greet address ensure avoid refuse decline redirect cite follow treat
  limit mask redact collect request process send state explain remind protect respect report notify obtain get give
  make let stay be remain write sign close end start begin acknowledge direct forward transfer route flag warn
  inform quote present display show lock delete remove encrypt handle summarise summarize recommend suggest promise
  discuss speak talk call contact record retain save approve deny reject accept issue grant charge assume identify
  validate review read consult clarify welcome thank reset lock unlock apply add list put set leave return
  disable enable revoke rotate run deploy merge commit push pull test back update pay refund hold archive investigate
  configure install upgrade patch monitor page alert document attach book schedule cancel wait fix rerun restart stop
  notify mark tag label assign prioritise prioritize triage audit scan sanitise sanitize hash sign require label
  prefer open submit file link invite remove obtain take bring fill print post publish mute block ban suspend
  favour favor choose pick select advise reassure prepare gather compare describe enter organise organize note
  help`
    .split(/\s+/)
    .filter(Boolean),
);
/** Whether a word opens an imperative ("Only give parents the grades when ..."). */
export function isImperativeVerb(word: string): boolean {
  return IMPERATIVE_VERBS.has(word);
}
const IMPERATIVE_LEAD_INS = new Set(['please', 'kindly', 'always', 'never', 'first', 'then', 'also', 'and']);
/**
 * A manner adverb opening an imperative ("Gently let each texter know ...", "Calmly explain ...",
 * "Politely ask ..."): the verb after it is still the imperative's (round 34c, v41's declared-tone
 * rewording). Words in "-ly" that are no adverb of manner, restrict the rule ("only") or say how
 * often or how far ("regularly", "mostly") are not.
 */
const MANNER_ADVERB = /^[a-z]{3,}ly$/;
const NOT_MANNER = new Set(['only', 'early', 'daily', 'weekly', 'monthly', 'yearly', 'hourly', 'nightly', 'family', 'supply', 'reply', 'apply', 'rely', 'likely', 'usually', 'normally', 'generally', 'occasionally', 'sometimes', 'rarely', 'seldom', 'initially', 'finally', 'eventually', 'optionally', 'ideally', 'possibly', 'probably', 'preferably',
  // How often or how far, not how: "Always check ..." -> "Regularly check ..." binds fewer times.
  'regularly', 'periodically', 'frequently', 'infrequently', 'routinely', 'typically', 'commonly', 'ordinarily', 'intermittently', 'sporadically', 'randomly', 'selectively', 'irregularly', 'repeatedly', 'mostly', 'mainly', 'largely', 'chiefly', 'primarily', 'predominantly', 'partly', 'partially', 'hardly', 'barely', 'scarcely', 'temporarily', 'conditionally', 'seasonally', 'annually', 'quarterly', 'fortnightly', 'hopefully', 'perhaps']);
function leadsIn(word: string): boolean {
  return IMPERATIVE_LEAD_INS.has(word) || (MANNER_ADVERB.test(word) && !NOT_MANNER.has(word));
}

/** Sentence words joined by single spaces and padded, so phrases match on word boundaries. */
function padded(sentence: string): string {
  return ` ${tokenizeWords(sentence).join(' ')} `;
}

export interface ModalReading {
  strength: Strength;
  /** The words that set it, for messages, e.g. "must never" or "verify (imperative)". */
  words: string;
}

const COMPANIONS = new Set(['not', 'never', 'always', 'avoid', 'refrain']);

const SUBJECT_FOLLOWERS = new Set(['must', 'shall', 'should', 'ought', 'may', 'might', 'can', 'could', 'will', 'would', 'is', 'are', 'was', 'were', 'need', 'needs', 'has', 'have']);

/** Words that open a verb's object, never a noun subject's continuation. */
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'whoever', 'everyone', 'anyone', 'them', 'him', 'her', 'us', 'me', 'your', 'their', 'every', 'each', 'any', 'all', 'this', 'these', 'those']);

/** Whether a sentence opens as an imperative, after any lead-in ("Always tell ...", "Calmly explain ..."). */
export function opensImperative(sentence: string): boolean {
  return isImperative(tokenizeWords(sentence), leadsIn);
}

// The modal reading opens an imperative only after the fixed lead-ins: read after "Politely", the
// modals of what the person is reminded of would no longer be compared ("Politely remind players
// that they are liable" -> "... that they may be asked to contribute", v33), as they are not after a
// plain "Remind" either (round 34c: the manner adverb is read by the scope reading alone).
function isImperative(words: readonly string[], leadIn: (word: string) => boolean = (word) => IMPERATIVE_LEAD_INS.has(word)): boolean {
  let i = 0;
  while (i < words.length && leadIn(words[i] ?? '')) i++;
  if (!IMPERATIVE_VERBS.has(words[i] ?? '')) return false;
  // A verb followed by its object ("Inform whoever is on the line", "Tell the user it is ...") is
  // an imperative whatever comes after.
  if (OBJECT_OPENERS.has(words[i + 1] ?? '')) return true;
  // "Refund requests may be approved", "Audit logs are kept": the verb-like word is a noun subject.
  return !words.slice(i + 1, i + 4).some((word) => SUBJECT_FOLLOWERS.has(word));
}

/**
 * "No <subject> may/can ...", the subject at most three words and an of-phrase ("No member of the
 * public is allowed", round 28a): nothing of the kind is allowed; also
 * a cap on a count ("No more than 6 children may be on the castle", round 27c: v26's bouncy castle).
 */
// "No dog is allowed on the farm" = "Dogs are not allowed on the farm": a predicate of permission after "No <subject>" forbids too (round 27a).
// "None of our cottages may be used for a party" is "No cottage of ours may": the negative quantifier with its of-phrase (round 29a).
const NO_SUBJECT_MAY = /^ (?:(?:absolutely |strictly |certainly )?no (?:more|fewer|less) than [a-z0-9'-]+ (?:[a-z'-]+ ){0,3}?|(?:absolutely |strictly |certainly )?no (?:[a-z'-]+ ){1,3}?(?:of (?:the |a |an |our |their )?(?:[a-z'-]+ ){1,2}?)?|none of (?:the |our |their |your |its |these |those )?(?:[a-z'-]+ ){1,3}?|(?:nobody|no one) (?:who|that) (?:[a-z0-9'-]+ ){1,6}?|no (?:[a-z'-]+ ){1,3}?(?:who|that|which) (?:[a-z0-9'-]+ ){1,8}?)(may|can|could|shall|should|will|is to|are to|is allowed|are allowed|is permitted|are permitted) /;
/**
 * "At no stage of the process may the tag go unchecked", "At no point during the show may the room be
 * left without a parent": no moment is allowed, the rule's modal inverted after its negative (round 42b:
 * v59's "must confirm the tag at every stage" said so was read "must" -> "may"). "should" stays advice.
 */
const AT_NO_TIME_MAY = /^ at no (?:point|stage|time|moment)(?: [a-z0-9'’-]+){0,8}? (may|can|could|shall|will|is to|are to) /;
/** A sentence opened by a phrase of time, place or exception before a comma ("In summer, ...", "After 6 pm, ...", "Apart from guide dogs, ..."): the rest. */
const FRONTED_PHRASE = /^\s*(?:from|in|on|at|during|between|after|before|until|within|throughout|outside|inside|for|apart from|except for)\b[^,]*,\s*(.+)$/i;
/**
 * A clause of place open before a modal, after words of the rule's own: "... twice where the customer";
 * or opening the sentence: "Wherever livestock might be, a dog stays on its lead" (round 43b, v60).
 */
const PLACE_CLAUSE_BEFORE = /(?:[a-z]|^) (?:where|wherever)(?: [a-z'-]+){1,4}$/;
/** A purpose clause open before a modal: "so that no child", "so children", "in order that staff". */
const PURPOSE_BEFORE = /\b(?:so|so that|in order that|enough that|such that)(?: [a-z'-]+){1,3}$/;
/** A grant whose subject opens with "only": "Only a parent or a named carer is allowed to ...". */
const ONLY_SUBJECT_MAY = /^ (?:only|solely) (?:[a-z'-]+ ){1,12}?(may|can|(?:is|are) (?:allowed|permitted|entitled) to) /;
/** The same restriction in the passive: "may be cancelled only by the account owner". */
const MAY_BE_DONE_ONLY = / (may|can) be [a-z]+ only (?:by|to|with|after|if|when|once|for|in|on|at|from) /;
/**
 * A grant limited by an "only" after its verb: "Alcohol is allowed only in the dining room", "members
 * may use only the rear entrance" forbid it everywhere else, as "must keep alcohol to the dining
 * room" does (round 27c: it read as "should" -> "allowed", weaker).
 */
const GRANTED_ONLY = / (may|can|(?:is|are) (?:allowed|permitted)) (?:[a-z]+ )?only (?:in|on|at|to|by|with|after|if|when|once|for|from|inside|within|during|the|a|an|their|its|one|two) /;

/** A relative clause of possession open right before a modal, its verb not yet said: "whose wheelchair", "whose booking". */
const OWNER_CLAUSE = /\bwhose(?: (?!(?:is|are|was|were|has|have|had|must|may|can|will|shall|should)\b)[a-z'-]+){1,2}$/;
/** Adverbs that bind only as strongly as the modal right before them says. */
const ADVISED_ADVERB = new Set(['never', 'always', 'at all times']);
/** A modal of advice right before the adverb: "should never", "ought never", "are advised to always". */
const ADVISING = /\b(?:should|ought|ought to|advised to|expected to|encouraged to|recommended to|supposed to|asked to)$/;

/** Readings of sentences seen lately: several detectors read the same sentences (cleared when full). */
const readingOnce = rememberedPerText<Readonly<ModalReading> | null>(readModalOf, 4_096);

/** How binding a sentence is; null for a plain statement with no modal and no imperative. */
export function readModal(sentence: string): ModalReading | null {
  const reading = readingOnce(sentence);
  return reading && { ...reading };
}

const readingPastCaseOnce = rememberedPerText<Readonly<ModalReading> | null>((sentence) => readModalOf(sentence, true), 1_024);

/**
 * How binding the rule after a sentence's opening case is, a modal inside the case passed over
 * ("If a player cannot make a match, ask them to ..." is the imperative's). The modal reading asks
 * it only where the other version still says the case's modal (reason-modal.ts, round 41b): read as
 * before, a case whose "cannot" went ("cannot attend" -> "would rather not travel") stays compared.
 */
export function readModalPastCase(sentence: string): ModalReading | null {
  const reading = readingPastCaseOnce(sentence);
  return reading && { ...reading };
}

function readModalOf(sentence: string, pastCase = false): ModalReading | null {
  const text = padded(sentence);
  // "No changes may be merged", "No refund can be issued": a prohibition, whatever its modal.
  // "From April through September, no plot holder may light a fire": the same after a fronted phrase.
  const fronted = FRONTED_PHRASE.exec(sentence)?.[1];
  const none = NO_SUBJECT_MAY.exec(text) ?? (fronted === undefined ? null : NO_SUBJECT_MAY.exec(padded(fronted)));
  if (none) return { strength: 3, words: `no ... ${none[1]}` };
  const never = AT_NO_TIME_MAY.exec(text);
  if (never) return { strength: 3, words: `at no ... ${never[1]}` };
  // "Only a store manager may approve refunds" = "Refunds can only be approved by a store manager":
  // the grant to one party alone forbids it to everyone else, as "may only" does.
  // (A set after that "only" with an "and"/"or" may name more than the old rule allowed, "only in the
  // pits and on the beach": read as the grant it also is.)
  const grantedOnly = GRANTED_ONLY.exec(text);
  const limitedGrant = grantedOnly && !/ (?:and|or) /.test(text.slice(grantedOnly.index + grantedOnly[0].length)) ? grantedOnly : null;
  const onlyParty = ONLY_SUBJECT_MAY.exec(text) ?? MAY_BE_DONE_ONLY.exec(text) ?? limitedGrant;
  if (onlyParty) return { strength: 3, words: `only ... ${onlyParty[1]}` };
  // "must not try to work out a diagnosis" forbids even the attempt: no hedge.
  // "need not reveal", "has the option to log": the act left to the doer, whatever strong word it holds.
  const released = releaseIn(text) ?? declaredEnough(text);
  if (released) return { strength: 1, words: released };
  const hedge = HEDGES.find((phrase) => text.includes(` ${phrase} `) && !text.includes(` not ${phrase} `) && !text.includes(` never ${phrase} `));
  if (hedge) return { strength: 1, words: hedge };
  let best: { strength: Strength; at: number; phrase: string } | null = null;
  // "If a player cannot make a match, ask them to tell the captain": a modal in the case opening the
  // sentence says what the case is, not how binding the rule after its comma is (round 41b, v57; read
  // so only when asked, readModalPastCase).
  const inCase = pastCase ? casePrefix(sentence) : 0;
  const inOpeningCase = (at: number): boolean => inCase > 0 && text.slice(0, at).split(' ').length - 1 < inCase;
  for (const [phrase, strength] of MODAL_CUES) {
    let at = text.indexOf(` ${phrase} `);
    while (at >= 0 && inOpeningCase(at)) at = text.indexOf(` ${phrase} `, at + 1);
    // A modal in what a relative clause reports is passed over; the rule's own may come later ("... who says they can smell smoke can be told to ...").
    // So is one in a "whose" clause that names the party ("Users whose wheelchair cannot be used must be
    // offered a visit" -> "can be offered": the rule's modal is the later one, round 35b).
    while (at >= 0 && (reportedInRelativeClause(text.slice(0, at)) || OWNER_CLAUSE.test(text.slice(0, at)))) at = text.indexOf(` ${phrase} `, at + 1);
    if (at < 0) continue;
    // "any parcel that could not be delivered": a modal in a relative clause describes a thing, it is not the rule's.
    if (/\b(?:that|which|who|whom)$/.test(text.slice(0, at))) continue;
    // "... counted twice where the customer can see it": a modal in a clause of place after the rule
    // says what can happen there, not how binding the rule is (round 38b).
    if (PLACE_CLAUSE_BEFORE.test(text.slice(0, at))) continue;
    // "Fit a lid so that no child can fall in": a modal in a purpose clause says the rule's aim, not how binding it is.
    if (PURPOSE_BEFORE.test(text.slice(0, at))) continue;
    // "Find out if they are able to climb the steps": an ability asked about or a case, not the rule's modal.
    if (phrase === 'able to' && /\b(?:if|whether|when|unless|once)(?: [a-z'-]+){1,4}$/.test(text.slice(0, at))) continue;
    // "should never", "ought never to", "are expected to always": a "never"/"always" advised binds
    // like the advice ("Brokers must never sign" -> "Brokers should never sign" is weaker).
    if (ADVISED_ADVERB.has(phrase) && ADVISING.test(text.slice(0, at))) {
      if (!best || 2 > best.strength || (best.strength === 2 && at < best.at)) best = { strength: 2, at, phrase };
      continue;
    }
    if (!best || strength > best.strength || (strength === best.strength && at < best.at)) best = { strength, at, phrase };
  }
  // "When a laptop is lost, notify the security team": the imperative comes after the condition.
  const afterCondition = /^\s*(?:when|whenever|if|unless|before|after|once|while|during|for|in case|on|by)\b[^,]*,\s*(.+)$/i.exec(sentence)?.[1];
  const words = tokenizeWords(afterCondition ?? sentence);
  // "Ask how you can help" is an imperative: a modal inside it says nothing about the rule.
  if (best && best.strength < 3 && isImperative(words)) return { strength: 3, words: `${words.slice(0, 2).join(' ')} (imperative)` };
  if (best) {
    const after = text.slice(best.at + best.phrase.length + 2).split(' ')[0] ?? '';
    return { strength: best.strength, words: COMPANIONS.has(after) ? `${best.phrase} ${after}` : best.phrase };
  }
  if (isImperative(words)) return { strength: 3, words: `${words.slice(0, 2).join(' ')} (imperative)` };
  return null;
}

/** A case opening a sentence before its comma: "If ..., ", "When ..., ", "Unless ..., ". */
const OPENING_CASE = /^\s*((?:if|when|whenever|unless|in case|once)\b[^,;:.]*),/i;

/** How many words the case opening a sentence holds (0 when it opens with none). */
function casePrefix(sentence: string): number {
  const opening = OPENING_CASE.exec(sentence)?.[1];
  return opening === undefined ? 0 : tokenizeWords(opening).length;
}

/**
 * Whether a modal after `before` stands in what a relative clause reports: "Anyone who says they
 * can smell gas is told to phone ..." describes the party, as "any parcel that could not be
 * delivered" does; it is neither the rule's modal nor a grant (round 28a).
 */
export function reportedInRelativeClause(before: string): boolean {
  return /\b(?:that|which|who|whom) (?:says?|said|thinks?|thought|feels?|felt|reports?|reported|believes?|believed|claims?|claimed|suspects?|suspected|fears?|feared|worries|worried)(?: that)? (?:they|he|she|it|we|you|i)\s*$/.test(before);
}

/** Negations proper: "not", "never", "nobody", "without". */
export const NEGATION_WORDS: readonly string[] = ['not', 'never', 'no', 'none', 'nobody', 'nothing', 'nowhere', 'neither', 'nor', 'without'];
/**
 * The negations proper without "without" ("not", "never", "nobody", "nothing", "nor", ...): the words
 * a polarity, a requirement frame, a gate or a bound counts as turning what they stand in. The readings
 * each kept a set of their own (round 36c counted ten sets of nine contents); those that asked this
 * one's question read it here (round 39c). "without" turns a rule by what it leaves out and is read apart.
 */
export const NEGATIONS: ReadonlySet<string> = new Set(NEGATION_WORDS.filter((word) => word !== 'without'));
/**
 * The negations a clause's figure or verb is turned by, "cannot" one word among them, without
 * "nothing", "nowhere", "neither", "nor": read by _bounds-other-side and reason-given-made-sold,
 * whose own sets answered alike on every lookup of every read set (round 40c: the given-made-sold
 * set never met "cannot"). Its fold into NEGATIONS would move 20 edits' bounds that meet "cannot"
 * or "nothing" (guard HISTORY, round 40c).
 */
export const CLAUSE_NEGATIONS: ReadonlySet<string> = new Set(['not', 'never', 'no', 'nobody', 'none', 'cannot']);
/** The negations and the words that forbid or refuse by their meaning: what a sentence's negating words are. */
export const NEGATORS: ReadonlySet<string> = new Set([...NEGATION_WORDS, 'prohibited', 'forbidden', 'refrain', 'refuse', 'decline']);
/** "no later than 30 days" bounds a number; it negates nothing. */
const BOUND_PHRASES = new RegExp(String.raw`\b(?:${NEGATED_BOUND_PATTERN})\b|\bnot only\b|\bwhether or not\b`, 'g');

/** Negating words of a sentence, in order (e.g. ["never"], ["not", "without"]). */
export function negationsIn(sentence: string): string[] {
  // "Rather than guessing, refer ..." and "instead of guessing" say "do not guess".
  const text = padded(sentence).replace(BOUND_PHRASES, ' ').replace(/ (?:rather than|instead of) /g, ' not ');
  return text.split(' ').filter((word) => NEGATORS.has(word));
}

/** A sentence that states a hard rule: must/shall/never/always/required, a negation, or an imperative. */
export function isHardRequirement(sentence: string): boolean {
  const modal = readModal(sentence);
  return (modal !== null && modal.strength === 3) || negationsIn(sentence).length > 0;
}
