// `tone-dismissive`: a rule that told staff to show care now tells them to brush the person off.
// "reassure them that a carer is on the way and apologise for the delay" -> "tell them delays
// happen and they will have to wait"; "Reassure distressed callers and speak calmly" -> "Hurry
// distressed callers along and tell them to stop panicking". The measured tone (tone-shift) reads
// formality and sentiment, and a flat "tell them" sentence scores neutral on both, so this is read
// from words: a word of care (reassure, apologise, sorry, thank, calm, gentle, listen,
// acknowledge, empathise, comfort, ...) went, and a dismissive phrase the old text never had came
// ("will have to wait", "delays happen", "nothing we can do", "stop panicking", "calm down", "not
// our problem", "hurry along"). Either alone is no turn of tone: a caring word reworded ("say sorry"
// for "apologise") keeps a word of care, and "delays happen" beside a kept apology explains. Pure.
import type { Reason } from '../schema/records.ts';
import { declaredTones } from '../traits/index.ts';
import { escapeRegExp, NOUN_DETERMINERS, quote, splitSentences, tokenizeWords } from './_text.ts';
import { REPROACH } from './_reproaches.ts';

/** Word beginnings of care shown to the person the rule is about. */
const CARE = [
  'reassur', 'apolog', 'sorry', 'sympath', 'empathi', 'empathy', 'comfort', 'consol', 'condolenc', 'acknowledg', 'thank', 'listen',
  'calm', 'gentl', 'kind', 'warm', 'friendl', 'courteous', 'polite', 'respectful', 'understanding', 'patience', 'patient', 'compassion', 'caring', 'support',
  // Recognition of what the person did ("congratulate them on how far they got", "praise the effort").
  'congratulat', 'prais', 'compliment', 'commend',
];

/** "should have read", "could have checked": a reproach, or an expectation where no care went before it. */
const SHOULD_HAVE = /\b(?:should|could) have (?:been |not )?[a-z]+(?:ed|en|wn|ne|ld|lt|nt|ught|id|ne)\b|\b(?:should|could) have (?:read|known|thought|done|gone|come|seen|got|bought|paid|kept)\b/;

/** Phrases that brush a person off. */
const DISMISSIVE: readonly RegExp[] = [
  /\b(?:will|'ll|just|simply|would|must|need to|needs to) (?:have to |need to |just )?wait\b/,
  /\bhave to wait\b/,
  /\b(?:delays|mistakes|accidents|these things|such things|things|problems|leaks|breakdowns|errors|it|that) (?:just )?happens?\b/,
  /\bnothing (?:we|i|you|they|anyone|staff|the team) (?:can|could) do\b/,
  /\bnot (?:our|my|your|the company's|the team's) (?:problem|fault|concern|responsibility|job)\b/,
  /\bstop (?:panicking|worrying|complaining|fussing|crying|calling|ringing|phoning|emailing|moaning|whining|chasing|shouting|being)\b/,
  /\bcalm down\b/,
  /\bhurry (?:[a-z]+ ){0,2}along\b|\bhurry (?:them|him|her|the caller|callers|customers?|clients?)\b/,
  /\bdeal with it\b/,
  /\b(?:that is|that's|it is|it's|this is) (?:just )?(?:how it is|the way it is|life|tough|unlucky)\b/,
  /\b(?:there is|there's) no point\b/,
  /\bget over it\b/,
  /\boverreact/,
  /\bnot (?:a )?big deal\b/,
  /\btake it or leave it\b/,
  // Told to count themselves lucky or grateful for what they got ("tell them they are lucky we came at all").
  /\b(?:they are|they're|you are|you're|he is|she is|are|is) (?:very |so |lucky |)(?:lucky|fortunate)\b(?! enough)/,
  /\b(?:should|ought to|must) be (?:grateful|thankful)\b|\bcount (?:themselves|yourself|himself|herself) lucky\b/,
  SHOULD_HAVE,
  /\b(?:plenty of|lots of|many|other) (?:others|other people|people|volunteers|staff|candidates) (?:could|can|would) (?:do|take)\b/,
  /\bout of (?:our|my) hands\b|\bnot up to (?:us|me)\b/,
  /\b(?:do not|don't|does not|doesn't) have (?:the )?time (?:to|for)\b|\bno time (?:to|for)\b/,
  /\btheir own fault\b/,
  /\bcomplaining (?:will not|won't|does not|doesn't) (?:help|change)\b/,
  /\b(?:not|never) (?:to )?apologi[sz]e\b/,
  /\bno (?:need|reason) to (?:apologi[sz]e|explain|reassure)\b/,
  /\bget to the point\b/,
  /\b(?:we are|we're|staff are|they are|i am|i'm) (?:too )?busy\b/,
  /\bnot the only (?:one|customer|patient|caller|client|tenant|person)\b/,
  // The person's worry made common, or their time set against others' (round 29b: "tell them ...
  // that everyone asks the same thing, and that other people are waiting", "they have held up the
  // next boat long enough already"): the same brush-off as "not the only one" and "we are busy".
  /\b(?:everyone|everybody|every [a-z]+|all (?:the |our )?[a-z]+s) (?:asks?|says?) (?:the same|that)\b/,
  /\b(?:other (?:[a-z]+ )?(?:people|patients|customers|guests|callers|clients|pupils|passengers|tables|members|owners|boats|drivers)|others|everyone else|everybody else)(?: [a-z']+){0,2} (?:are|is) (?:waiting|queuing|queueing)\b/,
  /\b(?:held|holding|hold|holds) up (?:the next|the queue|the line|the group|the class|other|others|everyone|everybody)\b/,
  /\bput up with\b/,
  /\btough luck\b/,
  /\bjust accept\b/,
  // Round 39a: five more classes of brush-off, each seen in the tone edits of six sets or more
  // (v10-v53), none said by a benign edit of any read set. The person's feeling or act said to be
  // futile ("panicking is pointless", "ringing us repeatedly will not change anything", "getting
  // upset will not help"):
  /\b(?:panicking|worrying|complaining|complaints?|ringing|calling|phoning|chasing|shouting|arguing|crying|moaning|emailing|getting (?:upset|angry|worked up|stressed))(?: [a-z]+){0,2} (?:is|are|will be) (?:pointless|useless|no use|no good|a waste of time|not going to help)\b/,
  /\b(?:panicking|worrying|complaining|ringing|calling|phoning|chasing|shouting|arguing|crying|moaning|emailing|getting (?:upset|angry|worked up|stressed))(?: [a-z]+){0,2} (?:will not|does not|do not|can not|will never|never) (?:help|change|speed|make|get|fix|solve)\b/,
  // their request or their case set against our time ("missed visits waste nursing time", "a small
  // leak is hardly worth our time", "don't waste your breath");
  /\bwast(?:e|es|ed|ing) (?!(?:your|their|his|her|a|any|no|less) )(?:[a-z']+ ){0,2}time\b|\bwast(?:e|es|ed|ing) (?:your|their|his|her) breath\b|\b(?:hardly|not|barely|never) worth (?:[a-z']+ ){0,2}time\b/,
  // the person measured against others ("wait like everyone else", "other clients manage to be on
  // time", "most people manage without making a fuss", "first-timers who hold everyone up");
  /\blike everyone else\b|\b(?:everyone|everybody|most people|other (?:[a-z]+ )?(?:people|clients|customers|patients|parents|guests|members|callers|passengers|families|visitors|users|students|drivers)) (?:else )?(?:manages?|managed|copes?|coped|can manage|seem to manage)\b|\bhold(?:s|ing)? (?:everyone|everybody|the others|others|other [a-z]+|the queue|the group|the class) up\b|\bdisturbing (?:the )?(?:others|other [a-z]+|everyone)\b/,
  // told to take more care next time, or not to do it again ("check the box properly before
  // complaining", "read the list properly next time", "Don't be late again");
  /\b(?:properly|carefully|more carefully|more closely) (?:next time|this time|in future|before (?:complaining|calling|ringing|contacting|asking|emailing|coming|getting in touch))\b|\bbefore complaining\b|\bdo not (?:be late|forget|do (?:it|that|this)|let it happen|make (?:that|this|the same) mistake) again\b/,
  // their competence run down ("the tester knows the rules better than they do", "they may not
  // understand the language well enough to judge");
  /(?<!\b(?:nobody|no one|noone)(?: [a-z]+){0,4} )\bbetter than (?:they|you|he|she) do(?:es)?\b|\b(?:since|because|as) (?:they|you|he|she) clearly (?:can not|do not|did not)\b|\b(?:may|might|probably|clearly) (?:not|do not) (?:understand|know) (?:[a-z]+ ){0,4}well enough\b/,
  // help given grudgingly ("someone will bring more out when they get round to it", "fill it in for
  // them if you really have to").
  /\bwhen (?:they|we|someone|somebody|staff|the [a-z]+) (?:get|gets) (?:round|around) to it\b|\bif (?:you|they|we) really (?:must|have to|need it|need to)(?= (?:and|then|but) |\s*$)/,
];

/** The same, with a reproach read only of the person (_reproaches.ts), for a declared tone with no word of care to lose. */
const BRUSH_OFFS_SAID_TO_SOMEONE: readonly RegExp[] = DISMISSIVE.map((pattern) => (pattern === SHOULD_HAVE ? REPROACH : pattern));

/** The stems of care a text's words show. */
export function careWords(words: readonly string[]): Set<string> {
  return new Set(words.flatMap((word) => CARE.filter((stem) => word.startsWith(stem))));
}

/** One reason when the clause lost every word of care of a kind and gained a dismissive phrase. */
export function findDismissiveTone(previous: string, next: string): Reason[] {
  const before = tokenizeWords(previous);
  const after = tokenizeWords(next);
  const cared = careWords(before);
  if (cared.size === 0) return [];
  const oldText = ` ${before.join(' ')} `;
  const newText = ` ${after.join(' ')} `;
  const came = brushOffCome(DISMISSIVE, newText, oldText);
  if (!came) return [];
  // A word of care inside the dismissive phrase is none shown ("they should have listened to the hints").
  const caresNow = careWords(after.filter((word) => !came.split(' ').includes(word)));
  const lost = [...cared].filter((stem) => !caresNow.has(stem));
  if (lost.length === 0 || caresNow.size >= cared.size) return [];
  const went = before.filter((word) => lost.some((stem) => word.startsWith(stem)));
  return [{ code: 'tone-dismissive', message: `tone turned dismissive: ${[...new Set(went)].map((word) => `"${word}"`).join(', ')} went and "${came}" came in ${quote(next)}` }];
}

/**
 * Declared tones that ask for care or courtesy: a measured friendly or empathetic tone (warm, kind,
 * patient, reassuring, encouraging, welcoming, helpful ...), or a word of courtesy the measured
 * vocabulary reads as formal.
 */
const COURTEOUS_TONES = /\b(?:polite|courteous|respectful|professional|diplomatic|tactful|considerate|non-?judg(?:e)?mental|appreciative|grateful|calm|calming|soothing|inclusive|sensitive)\b/;

function asksForCare(declared: string): boolean {
  return declaredTones(declared).some((tone) => tone === 'friendly' || tone === 'empathetic') || COURTEOUS_TONES.test(declared.toLowerCase());
}

/**
 * A brush-off under a declared tone of care (round 39a). The readings above wait for a word of care
 * to go, but a clause whose front matter declares "friendly and patient" often says no such word:
 * the care is asked by the declaration ("If your veg box is missing something, just let us know
 * ..." -> "..., but check the box properly before complaining"; "help them check the level signs"
 * -> "..., which they should have noted, ..."). There the declared tone is the care asked for, and
 * a brush-off the old text never said turns it, unless its own sentence still shows care
 * ("apologise and explain that they will have to wait" tells them what happens, with care). The
 * broad "should have <participle>" of the list is read here only with the person as its subject
 * (_reproaches.ts: "the parcel should have arrived" is an expectation). Pure.
 */
export function findBrushOffUnderDeclaredTone(previous: string, next: string, declared: string | null): Reason[] {
  if (!declared || !asksForCare(declared)) return [];
  const oldText = ` ${tokenizeWords(previous).join(' ')} `;
  for (const sentence of splitSentences(next)) {
    const words = tokenizeWords(sentence);
    const text = ` ${words.join(' ')} `;
    const came = brushOffCome(BRUSH_OFFS_SAID_TO_SOMEONE, text, oldText);
    if (!came || careWords(words.filter((word, i) => !came.split(' ').includes(word) && !isThePatient(word, words[i - 1]))).size > 0) continue;
    return [{ code: 'tone-dismissive', message: `tone turned dismissive: the declared tone "${declared}" asks for care and "${came.trim()}" came in ${quote(sentence)}` }];
  }
  return [];
}

/** "patients", "a patient": the person, not patience. */
function isThePatient(word: string, before: string | undefined): boolean {
  return word === 'patients' || (word === 'patient' && before !== undefined && NOUN_DETERMINERS.has(before));
}

/**
 * "they will not have to wait long": a dismissive phrase negated is a promise. Not so our time or
 * their breath: "they should not be wasting our time", "don't waste your breath arguing" brush off
 * however negated ("do not waste the customer's time" stays a promise).
 */
function negatedAt(text: string, at: number): boolean {
  if (/^wast[a-z]* (?:(?:our|my|everyone|everybody) time|(?:your|their|his|her) breath)\b/.test(text.slice(at))) return false;
  return /\b(?:not|never|no|won't|don't|doesn't|avoid|avoids|avoiding|without)(?: [a-z']+)?\s*$/.test(text.slice(Math.max(0, at - 20), at));
}

/** A phrase found, as a pattern to look for in the old text. */
/** The first brush-off of `patterns` in `text` (words joined by spaces) that `oldText` did not say and no negation turns into a promise. */
function brushOffCome(patterns: readonly RegExp[], text: string, oldText: string): string | undefined {
  return patterns.map((pattern) => pattern.exec(text)).find((match): match is RegExpExecArray => match !== null && !pattern0(match[0]).test(oldText) && !negatedAt(text, match.index))?.[0];
}

function pattern0(phrase: string): RegExp {
  return new RegExp(`\\b${escapeRegExp(phrase)}\\b`);
}
