// An act said as one party's alone, from either party's side (issue 11, round 38b: v51's "Only
// qualified first-aiders may treat an injured player on the pitch" -> "Treating an injured player on
// the pitch is left to qualified first-aiders; everyone else stays back", "You never book a procedure
// yourself; the clinic coordinator does" -> "Procedures are booked by the clinic coordinator alone,
// never by you"). Each form says who does the act and who is kept out of it: "Only P may A", "A is
// left to P", "you leave A to P", "A is a job for P" / "P's call", "A is done by P alone / not by
// you", "You never A; P does that", "A is for P, not for you". Read with their words the detectors
// see a negation added or moved, an "only" dropped or a duty gone. A sentence of one form is written
// as the other version's sentence when that one reads in another form with the same party doing the
// act, nobody new let in ("not by you" keeps out less than "only" does, so it never stands for it),
// and every content word of the act said again each way (a case, a thing or a party replaced keeps
// its words and its reasons). The readings can only take findings away. Pure.
import type { Lexicon } from './_lexicon.ts';
import { saysRuleWords } from './_requirement-kept.ts';
import { normaliseWord, splitSentences, tokenizeWords } from './_text.ts';

/** Who a form keeps out of the act: the one addressed (or "we"), or everyone but the doer. */
type KeptOut = 'you' | 'else';

export interface SoleDoer {
  /** The party who does the act, as written. */
  doer: string;
  keptOut: KeptOut;
  /** The sentence without a closing clause that only says the others stay out ("; nobody else gives ..."). */
  act: string;
}

const DET = String.raw`(?:the |a |an |our |your |their |its )?`;
/** A party: up to five words, no clause of its own. */
const PARTY = String.raw`([a-z][a-z'’-]*(?: [a-z][a-z'’-]*){0,4}?)`;

/** "Only P may/can/is allowed to": everyone else kept out. */
const ONLY_MAY = new RegExp(String.raw`^only ${DET}${PARTY} (?:may|can|are allowed to|is allowed to|are permitted to|is permitted to) `);
/** "You never A; P does (that)", "We do not A: P does": the one addressed kept out. */
const YOU_NEVER_P_DOES = new RegExp(String.raw`^(?:you|we|[a-z'-]+(?: [a-z'-]+){0,2}?) (?:never|do not|don't|does not|doesn't|cannot|can't|must not|should not|will not|won't) .+?[;:,] ${DET}${PARTY} (?:does|do|will|handles? (?:that|this|it|them)|deals? with (?:that|this|it|them)|(?:is|are) asked to do (?:it|that|so))(?: (?:that|this|it|so|them))?\b`);
/** "A is done by P alone", "... by P, never by you", "by P and not by us". */
const BY_ALONE = new RegExp(String.raw` by ${DET}${PARTY} alone\b`);
const BY_NOT_YOU = new RegExp(String.raw` by ${DET}${PARTY}(?: alone)?,? (?:and |but )?(?:never|not|at no point) by (?:you|us)\b`);
/** "A is left (entirely) to P", "is left up to P". */
const LEFT_TO = new RegExp(String.raw`\b(?:is|are) left (?:entirely |wholly |solely )?(?:up )?to ${DET}${PARTY}(?:[;,:.]|$| entirely| alone)`);
/** "You leave A to P (entirely)". */
const YOU_LEAVE = new RegExp(String.raw`\b(?:you|we) leave (?:.+? )?to ${DET}${PARTY}(?:[;,:.]|$| entirely| alone)`);
/** "A is a job / a matter / a question for P", "A is P's job / call / decision (alone)". */
const JOB_FOR = new RegExp(String.raw`\b(?:is|are) (?:a |the )?(?:job|matter|question|decision|task|call) for ${DET}${PARTY}(?:[;,:.]|$| alone| and| not)`);
const PARTY_JOB = new RegExp(String.raw`\b(?:is|are) ${DET}${PARTY}['’]s? (?:job|call|decision|task|responsibility)(?: alone)?\b`);
/** "A is for P, not (for) you". */
const FOR_NOT_YOU = new RegExp(String.raw`\b(?:is|are) for ${DET}${PARTY},? not (?:for )?(?:you|us)\b`);

/**
 * A closing clause that only says the rest stay out: "; nobody else gives a patient the reason",
 * "; everyone else stays back". "Everyone" or "anyone else" must be kept back in so many words
 * ("; anyone else may help" lets them in), and no clause keeps out those it then lets back in
 * ("; everyone else stays back, except cashiers", "unless asked").
 */
const OTHERS_OUT = /[;,:]\s*(?:and\s+)?(?:(?:nobody|no one|no-one)\s+else\b|(?:everyone|anyone)\s+else\s+(?:(?:must|should|will|has to|have to)\s+)?(?:stays?|keeps?|steps?|stands?)\s+(?:back|out|away|clear|aside)\b)(?![^;:]*\b(?:except|excepting|unless|but|apart|besides|other than|if|when|whenever|while|until|who|whom|too|also|as well)\b)[^;:]*$/i;
/** The others named in a sentence: kept out only if OTHERS_OUT reads its clause. */
const OTHERS_NAMED = /\b(?:nobody|no one|no-one|everyone|everybody|anyone|anybody|someone|somebody)\s+else\b/;
/** Words that say one of the forms: no word of the act. */
const FORM_WORDS = new Set(['only', 'may', 'can', 'allowed', 'permitted', 'you', 'we', 'never', 'not', 'do', 'does', 'that', 'this', 'it', 'so', 'them', 'handles', 'handle', 'deal', 'deals', 'with', 'alone', 'by', 'us', 'left', 'leave', 'entirely', 'wholly', 'solely', 'up', 'job', 'matter', 'question', 'decision', 'task', 'call', 'responsibility', 'for', 'is', 'are', 'nobody', 'no', 'one', 'everyone', 'anyone', 'else', 'stays', 'stay', 'back', 'out', 'yourself', 'yourselves', 'ourselves', 'themselves', 'at', 'point', 'and', 'but']);

/** The forms in the order soleDoer tries them. */
const FORMS: readonly RegExp[] = [ONLY_MAY, YOU_NEVER_P_DOES, BY_NOT_YOU, BY_ALONE, FOR_NOT_YOU, YOU_LEAVE, LEFT_TO, JOB_FOR, PARTY_JOB];

const NEGATION = /\b(?:not|never|no|nobody|nothing|cannot|can't|don't|doesn't|mustn't|won't|isn't|aren't)\b/g;

/** How many negations a sentence says outside its form's words and the clause that keeps the others out. */
function negationsBesideForm(sentence: string): number {
  const text = sentence.replace(OTHERS_OUT, '.').trim().toLowerCase().replace(/[’]/g, "'");
  const form = FORMS.map((pattern) => pattern.exec(text)?.[0]).find((found) => found !== undefined) ?? '';
  // "..., and at no point for the officer", "not by you": the party kept out, said beside any form.
  return (text.replace(form, ' ').replace(/\b(?:never|not|at no point) (?:by|for)\b/g, ' ').match(NEGATION) ?? []).length;
}

/** The act one party alone does in `sentence`, with the party and who is kept out; null when it says none of the forms. */
export function soleDoer(sentence: string): SoleDoer | null {
  const text = sentence.trim().toLowerCase().replace(/[’]/g, "'");
  const act = sentence.replace(OTHERS_OUT, '.').trim();
  const othersOut = OTHERS_OUT.test(sentence);
  // The others named but not kept out ("; everyone else may do it too"): no act one party's alone.
  if (!othersOut && OTHERS_NAMED.test(text)) return null;
  const read = (pattern: RegExp, keptOut: KeptOut): SoleDoer | null => {
    const doer = pattern.exec(text)?.[1];
    return doer === undefined ? null : { doer, keptOut, act };
  };
  // A closing "nobody else ..." keeps everyone out, whatever the form before it said.
  const widest = (found: SoleDoer | null): SoleDoer | null => (found && othersOut ? { ...found, keptOut: 'else' } : found);
  return widest(
    read(ONLY_MAY, 'else') ??
      read(YOU_NEVER_P_DOES, 'you') ??
      read(BY_NOT_YOU, 'you') ??
      read(BY_ALONE, 'else') ??
      read(FOR_NOT_YOU, 'you') ??
      read(YOU_LEAVE, 'you') ??
      read(LEFT_TO, 'else') ??
      read(JOB_FOR, /\bnot (?:for )?(?:you|us)\b|\bat no point for\b/.test(text) ? 'you' : 'else') ??
      read(PARTY_JOB, 'else'),
  );
}

/** A party's words, as roots: "the clinic coordinator" = "clinic coordinators". */
function partyRoots(party: string): string[] {
  return tokenizeWords(party)
    .filter((word) => !/^(?:the|a|an|our|your|their|its|own|s|alone|entirely)$/.test(word))
    .map(normaliseWord)
    .sort();
}

/** The same party: the same words, or a pronoun standing for the other's party said in the same sentence ("you leave that quote to them"). */
function sameDoer(old: SoleDoer, next: SoleDoer, nextSentence: string): boolean {
  const oldRoots = partyRoots(old.doer);
  if (/^(?:them|him|her|it)$/.test(next.doer.trim())) {
    const said = new Set(tokenizeWords(nextSentence).map(normaliseWord));
    return oldRoots.length > 0 && oldRoots.every((root) => said.has(root));
  }
  return oldRoots.length > 0 && oldRoots.join(' ') === partyRoots(next.doer).join(' ');
}

/** Whether `next` says the act `old` says one party's alone, in another form: the same doer, nobody let in, every word of the act said each way. */
export function saysSameSoleDoer(previous: string, next: string, lexicon: Lexicon): boolean {
  const old = soleDoer(previous);
  const now = old && soleDoer(next);
  if (!old || !now || !sameDoer(old, now, next)) return false;
  // "Only P may" keeps everyone out; "not by you" only the one addressed: more let in.
  if (old.keptOut === 'else' && now.keptOut === 'you') return false;
  // "are not to record calling males by ear alone" -> "are to record ... by ear alone": a negation
  // outside the form's own words ("never by you", "You never ...; P does") turns the act, whatever the
  // form says (round 47a, v69's negation).
  if (negationsBesideForm(previous) !== negationsBesideForm(next)) return false;
  const leaveOut = new Set([...FORM_WORDS, ...tokenizeWords(old.doer), ...tokenizeWords(now.doer)]);
  // Every word of the old act said in the new sentence (its closing clause too), and every word of
  // the new act, without that clause, in the old sentence: a case, a thing or a party added or
  // replaced is said on one side only.
  return saysRuleWords(previous, next, lexicon, leaveOut, true) && saysRuleWords(now.act, previous, lexicon, leaveOut, true);
}

/**
 * The sentences of `text` and each two beside each other: the sentence splitter ends one at a
 * semicolon, and "You never book a procedure yourself; the clinic coordinator does" or "... is left
 * to clinical staff; nobody else gives a patient the reason" say their form across it.
 */
function stretches(text: string): string[] {
  const sentences = splitSentences(text);
  return [...sentences.slice(1).map((sentence, i) => `${sentences[i]} ${sentence}`), ...sentences].filter((stretch) => text.includes(stretch));
}

/**
 * Both versions with each new sentence that says an act one party's alone written as the old
 * sentence that says the same act the same party's alone in another form.
 */
export function foldSoleDoers(previous: string, next: string, lexicon: Lexicon | null | undefined): [string, string] {
  if (!lexicon) return [previous, next];
  const oldStretches = stretches(previous).filter((stretch) => !next.includes(stretch) && soleDoer(stretch) !== null);
  if (oldStretches.length === 0) return [previous, next];
  let written = next;
  for (const stretch of stretches(next)) {
    if (previous.includes(stretch) || !written.includes(stretch) || soleDoer(stretch) === null) continue;
    const same = oldStretches.find((old) => saysSameSoleDoer(old, stretch, lexicon));
    if (same !== undefined) written = written.replace(stretch, same);
  }
  return [previous, written];
}
