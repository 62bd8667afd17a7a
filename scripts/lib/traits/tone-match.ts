import { inferTone, type ToneLabel } from './tone.ts';

// Declared tones are free text written by people ("firm but warm", "Professional"). Each known
// word maps onto the measured vocabulary; a declaration matches when the measured tone is
// compatible with any tone it names, because "firm but warm" is kept by text that reads either way.
// A declaration with no known word matches: we cannot judge what we do not know, and a false
// alarm on every commit would teach people to ignore the guard.

// A Map, not an object literal: a declared `tone: constructor` read Object's constructor as a list
// of tones, and the hook's next audit of that clause stopped on it (exit 70, "a bug in promptvault").
const SYNONYMS: ReadonlyMap<string, readonly ToneLabel[]> = new Map(Object.entries({
  formal: ['formal'], professional: ['formal'], polite: ['formal'], courteous: ['formal'],
  businesslike: ['formal'], respectful: ['formal'], official: ['formal'], corporate: ['formal'],
  serious: ['formal'], academic: ['formal'], diplomatic: ['formal'], authoritative: ['formal', 'strict'],
  strict: ['strict'], firm: ['strict'], assertive: ['strict'], direct: ['strict'], stern: ['strict'],
  rigorous: ['strict'], uncompromising: ['strict'], commanding: ['strict'], imperative: ['strict'],
  friendly: ['friendly'], warm: ['friendly'], conversational: ['friendly'], approachable: ['friendly'],
  welcoming: ['friendly'], cheerful: ['friendly'], upbeat: ['friendly'], helpful: ['friendly'],
  positive: ['friendly'], encouraging: ['friendly'], kind: ['friendly', 'empathetic'],
  casual: ['friendly', 'playful'], informal: ['friendly', 'playful'], enthusiastic: ['friendly', 'playful'],
  supportive: ['empathetic', 'friendly'], empathetic: ['empathetic'], empathic: ['empathetic'],
  compassionate: ['empathetic'], caring: ['empathetic'], sympathetic: ['empathetic'],
  understanding: ['empathetic'], gentle: ['empathetic'], reassuring: ['empathetic'],
  patient: ['empathetic'], apologetic: ['empathetic'],
  neutral: ['neutral'], concise: ['neutral'], objective: ['neutral'], factual: ['neutral'],
  plain: ['neutral'], informative: ['neutral'], balanced: ['neutral'], clear: ['neutral'],
  brief: ['neutral'], succinct: ['neutral'], impartial: ['neutral'], dry: ['neutral'],
  terse: ['neutral', 'strict'], matteroffact: ['neutral'],
  playful: ['playful'], humorous: ['playful'], humourous: ['playful'], funny: ['playful'],
  witty: ['playful'], fun: ['playful'], whimsical: ['playful'], lighthearted: ['playful'],
  cheeky: ['playful'], quirky: ['playful'], silly: ['playful'], jokey: ['playful'],
} satisfies Record<string, readonly ToneLabel[]>));

// Which measured tones keep a declared one. Neighbouring registers pass (a formal clause that now
// reads neutral or strict is still formal in spirit); a jump across the scale fails (formal text
// that now reads playful or friendly, empathetic text that now reads strict or neutral, since
// losing the empathy is exactly the regression a reviewer wants to see).
const COMPATIBLE: Readonly<Record<ToneLabel, readonly ToneLabel[]>> = {
  formal: ['formal', 'neutral', 'strict'],
  strict: ['strict', 'formal', 'neutral'],
  neutral: ['neutral', 'formal', 'strict', 'friendly'],
  friendly: ['friendly', 'empathetic', 'playful', 'neutral'],
  empathetic: ['empathetic', 'friendly'],
  playful: ['playful', 'friendly'],
};

/** Result of checking a declared tone against the text it describes. */
export interface ToneMatch {
  /** False only when the declaration is understood and the measured tone is incompatible. */
  matches: boolean;
  /** The tone inferred from the text. */
  measured: ToneLabel;
  /** The declared tone in the measured vocabulary (`strict or friendly`), or as written if unknown. */
  expected: string;
}

/** Whether `text` still reads as the tone a person declared for it (e.g. a clause's `tone:`). */
export function toneMatchesDeclared(declared: string, text: string): ToneMatch {
  const measured = inferTone(text);
  const expectedTones = declaredTones(declared);
  if (expectedTones.length === 0) return { matches: true, measured, expected: declared.trim() };
  return {
    matches: expectedTones.some((tone) => COMPATIBLE[tone].includes(measured)),
    measured,
    expected: expectedTones.join(' or '),
  };
}

/** The vocabulary tones named by a free-text declaration, in the order written, without repeats. */
export function declaredTones(declared: string): ToneLabel[] {
  const normalised = declared.toLowerCase().replace(/\bmatter[\s-]of[\s-]fact\b/g, 'matteroffact').replace(/\blight[\s-]hearted\b/g, 'lighthearted');
  const tones = normalised.split(/[^a-z]+/).flatMap((word) => SYNONYMS.get(word) ?? []);
  return [...new Set(tones)];
}
