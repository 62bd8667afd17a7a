// `roles-swapped` for the doer of an act and the party it is done to or for exchanged around the
// same verb, whatever else of the sentence changed with them ("The on-call vet must phone the owner
// before starting any surgery" -> "The owner must phone the on-call vet before any surgery is
// started"; "The fitter must show the customer the damaged tyre" -> "The customer must show the
// fitter ..."; "Residents must report any damage in their room to the hall warden" -> "The hall
// warden must report any damage in a resident's room to the resident"; "the owner hands the kennel
// assistant the card" -> "the kennel assistant hands the owner the card"). reason-roles wants every
// other word kept in its slot and reason-doers-exchanged two subjects traded; here the tail is
// reworded (a voice turned in the "before" clause, a possessive said again) and one party is the
// subject, the other an object after the verb. Read as a rule of English: in a clause of each
// version, the subject (a noun phrase opening it, up to three words after a determiner) stands
// before its modals and then a verb (one WordNet knows as a verb where no modal stands before it),
// written the same in both versions; the old
// subject's head is named after the verb in the new clause and the new subject's head after it in
// the old one, before any word that opens a case or an order; neither was named on both sides of
// the verb already. A passive clause ("the owner must be phoned by the vet", "a letter is sent to
// the tenant") has the thing acted on for its subject, so it is no reading of this. Asked only when no other reading
// blocks, with the dictionary (round 27b). Pure: the dictionary is handed in.
import type { Reason } from '../schema/records.ts';
import type { Lexicon } from './_lexicon.ts';
import { changedSentencePairs } from './_changed-stretch.ts';
import { normaliseWord, NOUN_DETERMINERS, quote, RULE_WORDS, STOP_WORDS, tokenizeWords } from './_text.ts';

/** Words that end the part of a clause about the act itself: a case, an order or a reason opens. */
const CASE_OPENERS = new Set(['before', 'after', 'when', 'whenever', 'if', 'unless', 'until', 'once', 'while', 'because', 'since', 'so', 'where', 'as']);
/** Words between a subject and its verb: modals, negations, "required to", "has to", adverbs of frequency. */
const BETWEEN = new Set([...RULE_WORDS, 'to', 'has', 'have', 'will', 'also', 'then', 'first', 'only', 'is', 'are', 'responsible', 'for', 'do', 'does']);
/** Forms of "be": before a participle they make the clause passive. */
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Words a noun phrase of a party never holds. */
const NOT_A_PARTY = new Set([...STOP_WORDS, ...RULE_WORDS]);
/** Words of a subject noun phrase at most, its determiner aside. */
const MAX_SUBJECT = 3;

interface Clause {
  /** The subject's head, normalised ("residents" -> "resident"). */
  subject: string;
  verb: string;
  /** Normalised words after the verb, up to a case or order opener. */
  after: Set<string>;
  /** The words of the subject as written, for the message. */
  written: string;
}

/** Clauses of a sentence as word lists: split at commas, semicolons and colons, and at "and"/"but" before a determiner. */
function clausesOf(sentence: string): string[][] {
  // "The on-call vet": a hyphenated word is one word of the phrase, not a stop word inside it.
  return sentence.split(/[,;:]/).map((part) => tokenizeWords(part.replace(/([A-Za-z])-([A-Za-z])/g, '$1$2'))).flatMap((words) => {
    const out: string[][] = [[]];
    words.forEach((word, i) => {
      if ((word === 'and' || word === 'but') && NOUN_DETERMINERS.has(words[i + 1] ?? '')) out.push([]);
      else out.at(-1)!.push(word);
    });
    return out.filter((clause) => clause.length > 0);
  });
}

/** The readings of a clause as subject, verb and what follows: one per length of subject that fits. */
function readClause(words: readonly string[], lexicon: Lexicon): Clause[] {
  const readings: Clause[] = [];
  let start = 0;
  if (NOUN_DETERMINERS.has(words[0] ?? '')) start = 1;
  for (let length = 1; length <= MAX_SUBJECT; length++) {
    const subject = words.slice(start, start + length);
    if (subject.length < length || subject.some((word) => NOT_A_PARTY.has(word) || !/^[a-z-]{3,}$/.test(word))) break;
    let at = start + length;
    while (at < words.length && BETWEEN.has(words[at] ?? '')) at++;
    const verb = words[at];
    // After a modal the word is a verb by grammar ("must text"); with none, the dictionary must know it as one.
    const modal = at > start + length;
    if (!verb || NOT_A_PARTY.has(verb) || (!modal && lexicon.senses(verb, 'v').length === 0)) continue;
    // "Outside counsel must be approved": a word a modal follows ends the subject, it is no verb.
    if (!modal && RULE_WORDS.has(words[at + 1] ?? '')) continue;
    // "a first warning letter is sent to the tenant": a participle after a form of "be" is passive,
    // its subject the thing acted on, not the doer.
    if (BE.has(words[at - 1] ?? '')) continue;
    const head = subject.at(-1)!;
    const after = new Set<string>();
    for (const word of words.slice(at + 1)) {
      if (CASE_OPENERS.has(word)) break;
      if (!NOT_A_PARTY.has(word)) after.add(normaliseWord(word));
    }
    readings.push({ subject: normaliseWord(head), verb, after, written: subject.join(' ') });
  }
  return readings;
}

/** The two parties whose roles an edit exchanged around a kept verb, or null. */
export function doerAndReceiverExchanged(previous: string, next: string, lexicon: Lexicon): [string, string] | null {
  const before = clausesOf(previous).flatMap((clause) => readClause(clause, lexicon));
  const after = clausesOf(next).flatMap((clause) => readClause(clause, lexicon));
  for (const old of before) {
    for (const now of after) {
      if (old.verb !== now.verb || old.subject === now.subject) continue;
      if (old.after.has(old.subject) || now.after.has(now.subject)) continue;
      if (now.after.has(old.subject) && old.after.has(now.subject)) return [old.written, now.written];
    }
  }
  return null;
}

export function findDoersAndReceiversExchanged(previous: string, next: string, lexicon: Lexicon): Reason[] {
  const reasons: Reason[] = [];
  for (const [old, now] of changedSentencePairs(previous, next)) {
    const swapped = doerAndReceiverExchanged(old, now, lexicon);
    if (swapped) reasons.push({ code: 'roles-swapped', message: `roles swapped: "${swapped[0]}" and "${swapped[1]}" exchanged doing and receiving the act in ${quote(now)}` });
  }
  return reasons;
}
