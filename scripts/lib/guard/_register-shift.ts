// Whether a clause's formality moved by its register or only by its wording. Pure.
//
// The formality score counts sentence build (pronouns, nominalisations, passives, word length) as
// well as register words, so a faithful rewording in other words moves it on construction alone:
// "Never promise a tenant that a deposit will be returned in full" -> "Do not assure any tenant
// that they will get their whole deposit back" reads strict both times and falls 0.36; "Write to
// the applicant within 20 working days" -> "The applicant gets a written answer no more than 20
// working days after we receive it" falls 0.55 from formal to neutral. A tone shift is a reader's
// impression changing: a tone read from cues (friendly, strict, empathetic, playful) turned into
// another, or casual marks (slang, contractions, emoji, exclamation marks) coming or going.
//
// A contraction spelled out, or words contracted, is the same words in another spelling (round
// 35c): "Officers can't accept a boarding pass ... they won't let a passenger through" -> "...
// cannot ... will not ..." read friendly, then neutral, formality +0.36, and a writer spelling out
// every contraction of a rule changes no tone. So the shift is read again on both versions with
// their contractions written out; only a shift that holds there (slang, emoji, exclamation marks,
// register words or the tone's cues coming or going) is a change of tone.
import { countRegisterMarkers } from '../traits/formality.ts';
import { inferTone, measureTone } from '../traits/tone.ts';
import { proseText } from '../traits/_prose.ts';

/** Formal and neutral differ only by the formality score itself, no cue word: one register here. */
function registerOf(label: string | null): string | null {
  return label === 'formal' || label === 'neutral' ? 'plain' : label;
}

function casualMarks(text: string): number {
  const markers = countRegisterMarkers(proseText(text));
  return markers.informalWords + markers.contractions + markers.emoji + markers.exclamations;
}

/**
 * Whether a formality shift between two versions is a change of tone: the tone read changed
 * register (formal and neutral being one), or casual marks came or went. Otherwise the shift came
 * from how the sentences are built, and a rewording builds them differently.
 */
export function formalityShiftIsTone(previous: string, next: string, before: string | null, after: string | null, maxShift: number): boolean {
  const [spelledPrevious, spelledNext] = [spellOutContractions(previous, next), spellOutContractions(next, previous)];
  if (spelledPrevious === previous && spelledNext === next) return registerOf(before) !== registerOf(after) || casualMarks(previous) !== casualMarks(next);
  // Slang, emoji and exclamation marks coming or going are tone however little the score moves
  // with the contractions written out (review29: "We cannot ... We will ..." -> "We can't ...
  // mate! We'll ... yeah? ... cheers!" passed once the contractions no longer carried the shift).
  if (marksBeyondContractions(spelledPrevious) !== marksBeyondContractions(spelledNext)) return true;
  if (Math.abs(measureTone(spelledNext).formality - measureTone(spelledPrevious).formality) <= maxShift) return false;
  return registerOf(inferTone(spelledPrevious)) !== registerOf(inferTone(spelledNext)) || casualMarks(spelledPrevious) !== casualMarks(spelledNext);
}

function marksBeyondContractions(text: string): number {
  const markers = countRegisterMarkers(proseText(text));
  return markers.informalWords + markers.emoji + markers.exclamations;
}

/** Contractions whose written-out form is not the word before the apostrophe and "not". */
const IRREGULAR: Readonly<Record<string, string>> = { "can't": 'cannot', "won't": 'will not', "shan't": 'shall not', "ain't": 'is not', "let's": 'let us' };
/** What each ending after a pronoun's apostrophe stands for ("'s" of a pronoun: "is"; a noun's "'s" is a possessive, left). */
const ENDINGS: Readonly<Record<string, string>> = { re: 'are', ve: 'have', ll: 'will', m: 'am', d: 'would', s: 'is' };
const CONTRACTED = /\b(?:[A-Za-z]+n['’]t|let['’]s|(?:i|you|we|they|he|she|it|that|there|here|what|who|where|how)['’](?:re|ve|ll|m|d|s))\b/gi;

/** The words a contraction stands for ("can't" -> "cannot", "you're" -> "you are"), in its case. */
function writtenOut(word: string): string {
  const plain = word.replace('’', "'");
  const lower = plain.toLowerCase();
  const apostrophe = plain.indexOf("'");
  const full = IRREGULAR[lower] ?? (lower.endsWith("n't") ? `${lower.slice(0, -3)} not` : `${lower.slice(0, apostrophe)} ${ENDINGS[lower.slice(apostrophe + 1)] ?? ''}`);
  return /^[A-Z]/.test(word) ? full[0]!.toUpperCase() + full.slice(1) : full;
}

/**
 * `text` with each contraction written out in full where `other` says those words written out
 * ("can't" where the other version says "cannot"): the same words spelled another way. A
 * contraction the other version does not write out came with words of its own ("remind them
 * it's a septic tank and they shouldn't expect roses"), and stays a casual mark.
 */
export function spellOutContractions(text: string, other: string): string {
  const otherWords = ` ${other.toLowerCase().replace(/[^a-z]+/g, ' ')} `;
  return text.replace(CONTRACTED, (word) => {
    const full = writtenOut(word);
    return otherWords.includes(` ${full.toLowerCase()} `) ? full : word;
  });
}
