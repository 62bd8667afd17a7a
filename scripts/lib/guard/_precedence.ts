// A rule that one thing comes before another, said the other way round in other words: "A before
// B" = "no B until A" = "B only once A" ("Installers clip their harness to the rail before stepping
// onto the walkway" = "Nobody steps onto the walkway until their harness is attached to the rail").
// The order fact of each clause is read by `_order-facts.ts`, whose reading the detectors already
// use for a sentence that kept all but four of its words; held-back v16 and v19 flagged four
// rewordings that changed more words than that (a negation "added", a duty "dropped"). Here a new
// clause saying an old clause's fact in another form (another order word, a negation or an "only"
// gate) is written as the old clause (`foldPrecedence`), and the edit's reasons withdrawn only when
// nothing else is read on that text (`reworded-withdrawn.ts`). A fact turned round ("Nobody
// isolates the machine until someone has opened the guard" for "Isolate the machine before anyone
// opens the guard") shares its words crossed and is not folded; nor is a clause bringing a number,
// a weakening word, a party of its own, or mostly new words. Pure.
import type { Lexicon } from './_lexicon.ts';
import { readOrderFact, sameOrderFact } from './_order-facts.ts';
import { sameGateOtherWay } from './_gates.ts';
import { readStatement, type Statement } from './_statements.ts';
import { contentStems, tokenizeWords } from './_text.ts';

/**
 * Words that weaken or narrow a rule: a new clause bringing one the old clause lacked is read by
 * the detectors, never folded away ("No Y until someone may have checked X").
 */
const WEAKENING = /\b(?:may|might|can|could|should|ought|some|most|encouraged|advised|ideally|possible|optional|option|welcome|free|practical|usually|normally|generally|sometimes|asked|need|prefer\w*|unless|except|if)\b/gi;

/** The order word of a statement, and whether its rule is negated: how its order fact is said. */
function formOf(statement: Statement): string {
  const at = statement.words.findIndex((word) => /^(?:before|until|till|after|once)$/.test(word));
  // "only once/after" gates the order; an "only" elsewhere ("but only for long jobs") limits something else.
  const gate = at > 0 && statement.words[at - 1] === 'only' ? ' only' : '';
  return `${statement.words[at] ?? ''}${statement.mainNegations.length > 0 ? ' negated' : ''}${gate}`;
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
    const statement = readStatement(clause.text);
    return readOrderFact(statement) ? [{ clause, statement }] : [];
  });
  if (oldFacts.length === 0) return next;
  let result = next;
  for (const clause of clausesOf(next).reverse()) {
    const statement = readStatement(clause.text);
    if (!readOrderFact(statement)) continue;
    // Only a fact said in another form: the same form is the detectors' to compare word by word.
    const match = oldFacts.find((old) => formOf(old.statement) !== formOf(statement) && sameOrderFact(old.statement, statement));
    if (!match || match.clause.text.trim() === clause.text.trim()) continue;
    // A gate over the same act said the other way is compared condition against condition (_gates.ts).
    if (sameGateOtherWay(match.clause.text, clause.text)) continue;
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
