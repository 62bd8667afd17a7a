// A case or a span of time said in other words, written as the word every reading knows (issue 11,
// round 40b). "for as long as X" is "while X": the rule holds over the time X does ("The engineer keeps
// their hands off the machine for as long as the police still hold the scene" = "... while the
// police still hold the scene"); the readings took the "as long as" inside it for the proviso "as
// long as" is alone ("if"), a case the old rule lacked. "throughout X", "for the whole (of) X", "for
// the entire X", "for the duration of X" are "during X" in a sentence with no negation, where the
// other version says "during": a duty or a state kept over all of X is kept during X ("the signals
// stay on for the whole morning peak" = "... during the morning peak"); the readings took the whole
// for a universal the rule gained. Only against a "during", since "throughout the site" is a place
// and "for the whole team" a party. Written in both versions before anything is read, as
// `_inverted-conditions.ts` writes a condition said by inversion. Left as written: "as long as"
// alone (a proviso), a span the person served sets ("for as long as they need", "for as long as it
// takes": no span of a case, `reason-bound-lifted-for-some.ts` reads it), and a whole span under a
// negation ("must not be left alone throughout the night" bans less than "during the night"). And
// "Short of an emergency, ..." opening a sentence is the "Except in an emergency, ..." it means (an
// exception the readings know); "short of" elsewhere is a lack ("when the ship is short of time").
// Pure.
import { NEGATIONS } from './_rule-words.ts';
import { contentStems, sameRoot, splitSentences } from './_text.ts';

/** "for as long as X", unless what follows is a span the person sets ("they need", "it takes", "necessary"). */
const FOR_AS_LONG_AS = /\b(?<said>for as long as)\s+(?<span>[^,.;:!?]+)/gi;
const SET_BY_SOMEONE = /^(?:(?:they|he|she|it|you|we|the \w+)\s+(?:need|needs|like|likes|want|wants|wish|wishes|take|takes|choose|chooses|please|pleases|can|could|think|thinks|see|sees|decide|decides)\b|(?:needed|necessary|required|possible|practicable|practical|wanted|desired|it takes)\b)/i;
/** Words of aspect, said on either side of a span turned ("until released" / "while still held"). */
const ASPECT = new Set(['still', 'yet', 'already', 'ever']);

/**
 * Whether the other version says the span's case: two thirds of its content words at least (two or
 * more) by root. "for as long as the tower captain is away" for "while the bells are up" is another
 * case, which the readings of an "as long as" flag as a case added, and is left so.
 */
function caseSaid(span: string, other: string): boolean {
  const own = contentStems(span).filter((stem) => !ASPECT.has(stem));
  const theirs = contentStems(other);
  const said = own.filter((stem) => theirs.some((their) => sameRoot(stem, their))).length;
  return said >= 2 && said * 3 >= own.length * 2;
}
/** A determiner opening the span's noun phrase. */
const DETERMINER = String.raw`(?:the|a|an|their|its|his|her|our|your|each|every|this|that)\b`;
/** "throughout X", "for the whole of X", "for the duration of X": said "during X". */
const WHOLE_OF = new RegExp(String.raw`\b(?:throughout|for the whole of|for the duration of)\s+(?=${DETERMINER})`, 'gi');
/** "for the whole X", "for the entire X": said "during the X". */
const THE_WHOLE = /\bfor the (?:whole|entire)\s+(?!of\b)(?=[a-z])/gi;

/** "Short of an emergency," opening a sentence: the exception "Except in an emergency,". */
const SHORT_OF = /^(\s*)Short of(\s+(?:a|an|the)\s+[^,.;:]{2,60},)/;

/** `sentence` with its spans written as "while" where `other` says the case, and as "during" where it says "during". */
function writeSpans(sentence: string, other: string): string {
  const during = /\bduring\b/i.test(other);
  let written = sentence.replace(SHORT_OF, '$1Except in$2').replace(FOR_AS_LONG_AS, (whole: string, said: string, span: string) => (SET_BY_SOMEONE.test(span) || !caseSaid(span, other) ? whole : `${said.charAt(0) === 'F' ? 'While' : 'while'} ${span}`));
  const negated = written.toLowerCase().split(/[^a-z']+/).some((word) => NEGATIONS.has(word) || /n't$|^(?:cannot|forbidden|prohibited|banned)$/.test(word));
  const said = (whole: string) => (whole.charAt(0) === whole.charAt(0).toUpperCase() ? 'During' : 'during');
  if (during && !negated) written = written.replace(WHOLE_OF, (whole) => `${said(whole)} `).replace(THE_WHOLE, (whole) => `${said(whole)} the `);
  return written;
}

/** `text` with each case or span said in other words written as "except in", "while", or "during" where `other` says "during". */
export function sayTimeSpansPlainly(text: string, other = ''): string {
  if (!/\b(?:for as long as|throughout|for the whole|for the entire|for the duration|short of)\b/i.test(text)) return text;
  return splitSentences(text).reduce((written, sentence) => {
    const plain = writeSpans(sentence, other);
    return plain === sentence ? written : written.replace(sentence, plain);
  }, text);
}

/** Both versions with their spans of time said plainly. */
export function foldTimeSpans(previous: string, next: string): [string, string] {
  return [sayTimeSpansPlainly(previous, next), sayTimeSpansPlainly(next, previous)];
}
