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
import { escapeRegExp, quote, tokenizeWords } from './_text.ts';

/** Word beginnings of care shown to the person the rule is about. */
const CARE = [
  'reassur', 'apolog', 'sorry', 'sympath', 'empathi', 'empathy', 'comfort', 'consol', 'condolenc', 'acknowledg', 'thank', 'listen',
  'calm', 'gentl', 'kind', 'warm', 'friendl', 'courteous', 'polite', 'respectful', 'understanding', 'patience', 'patient', 'compassion', 'caring', 'support',
  // Recognition of what the person did ("congratulate them on how far they got", "praise the effort").
  'congratulat', 'prais', 'compliment', 'commend',
];

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
  /\b(?:should|could) have (?:been |not )?[a-z]+(?:ed|en|wn|ne|ld|lt|nt|ught|id|ne)\b|\b(?:should|could) have (?:read|known|thought|done|gone|come|seen|got|bought|paid|kept)\b/,
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
];

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
  const came = DISMISSIVE.map((pattern) => pattern.exec(newText)).find((match): match is RegExpExecArray => match !== null && !pattern0(match[0]).test(oldText) && !negatedAt(newText, match.index))?.[0];
  if (!came) return [];
  // A word of care inside the dismissive phrase is none shown ("they should have listened to the hints").
  const caresNow = careWords(after.filter((word) => !came.split(' ').includes(word)));
  const lost = [...cared].filter((stem) => !caresNow.has(stem));
  if (lost.length === 0 || caresNow.size >= cared.size) return [];
  const went = before.filter((word) => lost.some((stem) => word.startsWith(stem)));
  return [{ code: 'tone-dismissive', message: `tone turned dismissive: ${[...new Set(went)].map((word) => `"${word}"`).join(', ')} went and "${came}" came in ${quote(next)}` }];
}

/** "they will not have to wait long": a dismissive phrase negated is a promise. */
function negatedAt(text: string, at: number): boolean {
  return /\b(?:not|never|no|won't|don't|doesn't)(?: [a-z']+)?\s*$/.test(text.slice(Math.max(0, at - 20), at));
}

/** A phrase found, as a pattern to look for in the old text. */
function pattern0(phrase: string): RegExp {
  return new RegExp(`\\b${escapeRegExp(phrase)}\\b`);
}
