// A rule that one thing comes before another, said the other way round: "A before B" = "no B
// until A" = "B only once A" = "no B without A" = "B waits until A" ("Installers clip their harness
// to the rail before stepping onto the walkway" = "Nobody steps onto the walkway until their harness
// is attached to the rail"). Each form is read as a precedence fact, what must come first and what
// may only follow; two clauses saying the same fact (each side's words found again on the same
// side, none on the other) say one rule, whichever form each uses. Held-back v16 and v19 flagged
// four such rewordings (a negation "added", a duty "dropped"); the polarity reading (`_polarity.ts`)
// counts "no ... until" as a turn but cannot see which act comes first. Pure.
//
// The new clause that says the old one's fact is read as the old clause (`foldPrecedence`), and the
// reasons withdrawn only when nothing else is read (`reworded-withdrawn.ts`): a fact turned round
// ("Nobody isolates the machine until someone has opened the guard" for "Isolate the machine before
// anyone opens the guard") shares its words the other way and is not folded.
import type { Lexicon } from './_lexicon.ts';
import { contentStems, tokenizeWords } from './_text.ts';

export interface Precedence {
  /** What must happen first ("the harness is attached to the rail"). */
  first: string;
  /** What may happen only after it ("stepping onto the walkway"). */
  then: string;
  /** How the fact is said: "A before B", "no B until/without A", "B only once A". */
  form: 'before' | 'negated' | 'only';
}

const NEGATOR = String.raw`(?:no|nobody|no one|never|none|nothing)`;
const NOT = String.raw`(?:not|never|cannot|can't|don't|doesn't|mustn't|won't|isn't|aren't)`;

/** Patterns, each with the group holding what comes first and the one holding what follows. */
const FORMS: ReadonlyArray<{ pattern: RegExp; first: number; then: number; form: Precedence['form'] }> = [
  // "Before Y, X" / "X before Y": X first. The main clause carries no negation of its own.
  { pattern: /^before\s+([^,]+),\s*(.+)$/i, first: 2, then: 1, form: 'before' },
  // "No Y until/before X", "Nobody Y until X".
  { pattern: new RegExp(String.raw`^${NEGATOR}\s+(.+?)\s+(?:until|till|before|unless)\s+(.+)$`, 'i'), first: 2, then: 1, form: 'negated' },
  // "Y must not/does not Z until X".
  { pattern: new RegExp(String.raw`^(.+?\b${NOT}\b.+?)\s+(?:until|till|before)\s+(.+)$`, 'i'), first: 2, then: 1, form: 'negated' },
  // "Do not / Never Y without X", "No Y without X".
  { pattern: new RegExp(String.raw`^((?:do not|don't|never|${NEGATOR})\b.+?)\s+without\s+(.+)$`, 'i'), first: 2, then: 1, form: 'negated' },
  // "Only Y once/after X" ("Only take in a specimen once you have confirmed ..."), "Y only once/after X", "Y waits until X".
  { pattern: /^only\s+(.+?)\s+(?:once|after|when)\s+(.+)$/i, first: 2, then: 1, form: 'only' },
  { pattern: /^(.+?)\s+(?:only\s+(?:once|after|when)|waits?\s+until|wait\s+till)\s+(.+)$/i, first: 2, then: 1, form: 'only' },
  { pattern: /^(.+?)\s+before\s+(.+)$/i, first: 1, then: 2, form: 'before' },
];

/**
 * Words that weaken or narrow a rule: a new clause bringing one the old clause lacked is read by
 * the detectors, never folded away ("No Y until someone may have checked X").
 */
const WEAKENING = /\b(?:may|might|can|could|should|ought|some|most|encouraged|advised|ideally|possible|optional|option|welcome|free|practical|usually|normally|generally|sometimes|asked|need|prefer\w*|unless|except|if)\b/gi;

/** Read a clause as a precedence fact, or null. "X before Y" with a negation in X is no such fact. */
export function readPrecedence(clause: string): Precedence | null {
  const text = clause.trim().replace(/[.!?]+$/, '');
  for (const form of FORMS) {
    const match = form.pattern.exec(text);
    if (!match) continue;
    const first = match[form.first] ?? '';
    const then = match[form.then] ?? '';
    // A plain "X before Y" whose X is negated is a prohibition with an order, not this fact.
    if (form === FORMS.at(-1) && new RegExp(String.raw`\b(?:${NOT}|${NEGATOR})\b`, 'i').test(first)) return null;
    if (contentStems(first).length === 0 || contentStems(then).length === 0) return null;
    return { first, then, form: form.form };
  }
  return null;
}

function overlap(a: readonly string[], b: readonly string[]): number {
  const set = new Set(b);
  return new Set(a.filter((stem) => set.has(stem))).size;
}

/**
 * Whether two facts say the same order: each side shares a word with its own side and more words
 * with it than with the other side.
 */
export function samePrecedence(old: Precedence, now: Precedence): boolean {
  const [f, t, f2, t2] = [old.first, old.then, now.first, now.then].map(contentStems) as [string[], string[], string[], string[]];
  const firstKept = overlap(f, f2);
  const thenKept = overlap(t, t2);
  return firstKept > 0 && thenKept > 0 && firstKept > overlap(f, t2) && thenKept > overlap(t, f2);
}

/** Clauses of a text with their offsets: sentences cut at ";" and ", and". */
function clausesOf(text: string): Array<{ text: string; start: number; end: number }> {
  const clauses: Array<{ text: string; start: number; end: number }> = [];
  const boundary = /(?<=[.!?])\s+|;\s*|,\s*and\s+|\n+/g;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    clauses.push({ text: text.slice(start, match.index), start, end: match.index });
    start = match.index + match[0].length;
  }
  clauses.push({ text: text.slice(start), start, end: text.length });
  return clauses.filter((clause) => clause.text.trim() !== '');
}

const digits = (text: string) => (text.match(/\d+(?:[.,]\d+)?/g) ?? []).sort().join(' ');

/**
 * Whether a word names a person or a body of people in its common senses ("teacher", "manager",
 * "council"): a party the old clause did not name changes who acts or who is asked.
 */
function namesParty(word: string, lexicon: Lexicon): boolean {
  return lexicon.senses(word, 'n').slice(0, 3).some((sense) => sense.category === 'noun.person' || sense.category === 'noun.group');
}

/**
 * The new text with each clause that says an old clause's precedence fact in another form written
 * as that old clause. A clause bringing numbers of its own, a party of its own, or mostly words the
 * old clause never had, is left: the fold would hide what else changed there. The dictionary tells
 * a party; without one nothing is folded.
 */
export function foldPrecedence(previous: string, next: string, lexicon: Lexicon | null | undefined): string {
  if (!lexicon) return next;
  const oldFacts = clausesOf(previous).flatMap((clause) => {
    const fact = readPrecedence(clause.text);
    return fact ? [{ clause, fact }] : [];
  });
  if (oldFacts.length === 0) return next;
  let result = next;
  for (const clause of clausesOf(next).reverse()) {
    const fact = readPrecedence(clause.text);
    if (!fact) continue;
    // Only a fact said in another form: the same form is the detectors' to compare word by word.
    const match = oldFacts.find((old) => old.fact.form !== fact.form && samePrecedence(old.fact, fact));
    if (!match || match.clause.text.trim() === clause.text.trim()) continue;
    // "may" and "can" of a description ("the species may legally be mounted") say one thing.
    const kind = (word: string) => word.toLowerCase().replace(/^(?:can|could|might)$/, 'may');
    const weak = new Set((match.clause.text.match(WEAKENING) ?? []).map(kind));
    if ((clause.text.match(WEAKENING) ?? []).some((word) => !weak.has(kind(word)))) continue;
    if (digits(match.clause.text) !== digits(clause.text)) continue;
    // An old clause joining two acts ("check that ... and keep the paperwork") folded onto a new
    // clause saying one would credit the new text with the second: only "and" against "and".
    if (/\band\b/i.test(match.clause.text) && !/\band\b/i.test(clause.text)) continue;
    const oldStems = new Set(contentStems(match.clause.text));
    const own = contentStems(clause.text);
    if (own.filter((stem) => !oldStems.has(stem)).length * 2 > own.length) continue;
    const oldWords = new Set(contentStems(previous));
    if (tokenizeWords(clause.text).some((word) => !oldWords.has(contentStems(word)[0] ?? word) && contentStems(word).length > 0 && namesParty(word, lexicon))) continue;
    // The old clause's words, kept capitalised as the new clause was.
    const words = match.clause.text.trim().replace(/[.!?]+$/, '');
    const cased = /^[A-Z]/.test(clause.text.trim()) ? words[0]!.toUpperCase() + words.slice(1) : words[0]!.toLowerCase() + words.slice(1);
    const trailing = /[.!?]+\s*$/.exec(clause.text)?.[0] ?? '';
    const lead = /^\s*/.exec(clause.text)?.[0] ?? '';
    result = result.slice(0, clause.start) + lead + cased + trailing + result.slice(clause.end);
  }
  return result;
}
