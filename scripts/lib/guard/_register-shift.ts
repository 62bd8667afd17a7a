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
import { countRegisterMarkers } from '../traits/formality.ts';
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
export function formalityShiftIsTone(previous: string, next: string, before: string | null, after: string | null): boolean {
  return registerOf(before) !== registerOf(after) || casualMarks(previous) !== casualMarks(next);
}
