// `object-replaced` for the party a thing goes to, comes from or is dealt with by, replaced while
// the rest of the sentence stays: its head ("go to the conduct team, who reply" -> "go to the
// team's mentor, who replies", "bought only from registered garages" -> "from registered
// customers") or the owner it belongs to ("reported to the company's insurer" -> "to the
// customer's household insurer": another party's insurer). reason-party.ts reads a lone role word
// swapped and leaves a swap to a generic word ("the policyholder" -> "the customer") alone, since
// that names the person a rule is about in other words; a business or a professional ("garages",
// "installers") said as the customer is another party. The slot is read from the text as written,
// where the owner's "'s" and "of" still stand: the head is the last word before "of" or the end of
// the phrase, the owner the word before "'s" or after "of", so "the landlord's insurer" -> "the
// insurer of the landlord" keeps both. A head that is no party word on either side (a "team" said
// as a "department") is left to rewordings. Pure.
import type { Reason } from '../schema/records.ts';
import { readOneToOne, type StatementDiffInput } from './_statement-groups.ts';
import { CUSTOMER_WORDS, GENERIC_PARTIES, isParty, sameParty } from './_parties.ts';
import { normaliseWord, quote, sameRoot, STOP_WORDS } from './_text.ts';
import { BENEFICIARIES } from './reason-right-dropped.ts';

/** Words that end the party's phrase: a relative clause, a time, a place, a condition. */
const PHRASE_END = /^(?:who|which|that|whose|within|in|on|at|for|before|after|by|if|when|unless|once|until|and|or|to|from|with|as|so|but|only|except|excluding|including|other|apart|without|unless|whenever|where|while|during|via|through|using)$/;
const DETERMINERS = /^(?:the|a|an|any|our|your|their|its|his|her|this|that|each|every|one)$/;
/** Owners that say whose in other words ("our insurer" = "the company's insurer"). */
const PRONOUN_OWNERS = /^(?:our|your|their|its|his|her|we|us|they|them|company|firm|organisation|organization|business)$/;

interface PartyPhrase {
  head: string;
  owner: string | null;
  /** Words before and after the phrase, as stems: what must stay. */
  frame: string[];
  shown: string;
}

/** A word as written, without its punctuation; "'s" marks an owner. */
function rawWords(text: string): string[] {
  return text.toLowerCase().replace(/[’]/g, "'").replace(/([,;:.!?])/g, ' $1 ').split(/\s+/).filter(Boolean);
}

/** Verbs whose object is the party a rule sends to or answers to. */
const PARTY_VERBS = /^(?:ask|call|contact|notify|inform|phone|ring|page|consult|alert|email|text|brief|tell|summon|fetch)$/;
/** People named by an "-eer" (volunteer, engineer, auctioneer), which the shared role suffixes leave out. */
const EER = /[a-z]{3,}eers?$/;

const singular = (word: string): string => (word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word);
const isPartyWord = (word: string): boolean => isParty(word) || isParty(singular(word)) || EER.test(word) || GENERIC_PARTIES.has(word) || GENERIC_PARTIES.has(singular(word));
const isGeneric = (word: string): boolean => GENERIC_PARTIES.has(word) || GENERIC_PARTIES.has(singular(word)) || CUSTOMER_WORDS.has(word);
// A holder of a card, a policy or a ticket is the customer in other words ("the cardholder" -> "the customer").
const isServed = (word: string): boolean => isGeneric(word) || BENEFICIARIES.has(normaliseWord(word)) || /holders?$/.test(word);
/** One word: derived from the other, or folded onto the same stem (a synonym, an irregular form). */
const sameHead = (a: string, b: string): boolean => sameRoot(a, b) || normaliseWord(a) === normaliseWord(b);

/** Every party phrase of a sentence: after to/from/with/by, up to the word that ends it. */
function partyPhrases(text: string): PartyPhrase[] {
  const words = rawWords(text);
  const phrases: PartyPhrase[] = [];
  const stems = (list: readonly string[]) => list.map((word) => word.replace(/'s$/, '')).filter((word) => /^[a-z0-9]/.test(word) && !STOP_WORDS.has(word)).map(normaliseWord);
  words.forEach((word, i) => {
    // A verb whose object is the party itself ("Ask a physician", "Call the duty vet") is a slot too, at a sentence's start.
    if (!/^(?:to|from|with|by)$/.test(word) && !(PARTY_VERBS.test(word) && (i === 0 || /^[,;:.]$/.test(words[i - 1] ?? '')))) return;
    let end = i + 1;
    while (end < words.length && !/^[,;:.!?]$/.test(words[end] ?? '') && !(end > i + 1 && PHRASE_END.test(words[end] ?? '') && words[end - 1] !== 'of')) end++;
    const phrase = words.slice(i + 1, end).filter((w) => !DETERMINERS.test(w));
    if (phrase.length === 0 || phrase.length > 5) return;
    const of = phrase.indexOf('of');
    const before = of >= 0 ? phrase.slice(0, of) : phrase;
    const head = (before.at(-1) ?? '').replace(/'s$/, '');
    const ownerAt = before.findIndex((w) => w.endsWith("'s"));
    const owner = ownerAt >= 0 ? (before[ownerAt] ?? '').replace(/'s$/, '') : of >= 0 ? (phrase.at(-1) ?? null) : null;
    phrases.push({ head, owner, frame: [...stems(words.slice(0, i)), '|', ...stems(words.slice(end))], shown: phrase.join(' ') });
  });
  return phrases;
}

/** How the party changed, or null: the frame kept, the head or the owner another party. */
function partyChange(old: PartyPhrase, now: PartyPhrase): string | null {
  if (old.frame.join(' ') !== now.frame.join(' ')) return null;
  // A head is a noun: a function word closing the phrase ("with the caretaker just in case") is none.
  if ([old.head, now.head].some((word) => STOP_WORDS.has(word) || !/^[a-z]/.test(word) || /ly$/.test(word))) return null;
  if (!sameHead(old.head, now.head)) {
    if (sameParty(singular(old.head), singular(now.head)) || !isPartyWord(now.head)) return null;
    // The person the rule is about, said generically, is a rewording: unless a business or a professional became them.
    if (isGeneric(now.head) && (isServed(old.head) || !isPartyWord(old.head))) return null;
    // The new head was in the old phrase: an owner made the holder ("the conduct team" -> "the team's mentor") still swaps the head.
    return `"${old.shown}" -> "${now.shown}"`;
  }
  if (!old.owner || !now.owner || sameHead(old.owner, now.owner) || sameParty(singular(old.owner), singular(now.owner))) return null;
  if (PRONOUN_OWNERS.test(old.owner) && PRONOUN_OWNERS.test(now.owner)) return null;
  return isPartyWord(old.owner) || isPartyWord(now.owner) || PRONOUN_OWNERS.test(old.owner) ? `"${old.shown}" -> "${now.shown}"` : null;
}

export function findReceiversReplaced(input: StatementDiffInput): Reason[] {
  return readOneToOne(input, ({ group, previous, next }) => {
    const olds = partyPhrases(previous.text);
    const nows = partyPhrases(next.text);
    if (olds.length !== nows.length) return null;
    const changes = olds.flatMap((old, i) => {
      const now = nows[i];
      if (!now || (old.head === now.head && old.owner === now.owner)) return [];
      const change = partyChange(old, now);
      return change ? [change] : ['?'];
    });
    // One party changed, and read as another: more than one changed is a sentence rewritten.
    return changes.length === 1 && changes[0] !== '?' ? { code: 'object-replaced', message: `party replaced: ${changes[0]} in ${quote(group.nextText)}` } : null;
  });
}
