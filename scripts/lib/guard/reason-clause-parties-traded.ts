// `roles-swapped` for two parties of one clause traded where one of them is a pronoun or a
// possessive (issue 11, round 36d: the tuning set's and v39/v41's role swaps the slot readings
// passed). reason-roles reads two words trading slots, each named once in the sentence, and
// reason-doers-exchanged reads subjects and owners said as nouns; a party said as "our", "them" or
// "they" changes its form with its role, and a party named twice in one sentence ("The customer
// must tell us ..., and we repair it") is no unique word, so both stepped aside:
//   "The club pays them a travel allowance" -> "They pay the club a travel allowance",
//   "The customer approves our sample" -> "We approve the customer's sample",
//   "The customer must tell us about any damage, and we repair it" -> "We must tell the customer
//   about any damage, and they repair it".
// Read here: a pronoun's cases are one party ("we", "us", "our"; "they", "them", "their"; "he",
// "him", "his"), a noun's possessive is the noun; determiners aside, the clause's words are the
// same in the same order once a pronoun party and a noun are exchanged in every place. A subject
// and a non-reflexive object of one clause never name the same party ("The club pays them": them
// is not the club), so a third-person pronoun traded with a noun inside one clause is a swap, not
// a noun said as its pronoun (reason-roles keeps "they"/"them" out for that reason across clauses:
// "Tell the caller their number the first time they ring"). The sentence is read whole, then
// clause by clause (split at ", and", ";", ", but", "before", "after", "when", ...) when both
// versions split into as many clauses and the clauses are not the old ones reordered. Pure.
import type { Reason } from '../schema/records.ts';
import { oneToOneGroups, type StatementDiffInput } from './_statement-groups.ts';
import { normaliseWord, quote } from './_text.ts';

interface Token {
  /** The party a pronoun names ("pronoun:we"), or the word's stem. */
  key: string;
  /** Whether the token is a pronoun's form. */
  pronoun: boolean;
  /** The word as written. */
  written: string;
}

/** Each pronoun's party, whatever its case. "her" (object or owner) and "you" (one form) are left out. */
const PRONOUN_PARTY: ReadonlyMap<string, string> = new Map([
  ['we', 'we'], ['us', 'we'], ['our', 'we'],
  ['they', 'they'], ['them', 'they'], ['their', 'they'],
  ['he', 'he'], ['him', 'he'], ['his', 'he'],
  ['i', 'i'], ['me', 'i'], ['my', 'i'],
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);
/** Words a clause of its own opens with, inside one sentence. */
const CLAUSE_SPLIT = /\s*(?:[;:]|,\s*(?:and|but|then|so)\b|,|\b(?:and then|before|after|until|unless|once|when|whenever|while|if|because)\b)\s*/i;

function tokens(clause: string): Token[] {
  const words = clause.match(/[a-z0-9]+(?:[-'’][a-z0-9]+)*['’]?/gi) ?? [];
  const read: Token[] = [];
  for (const raw of words) {
    const word = raw.toLowerCase().replace(/’/g, "'");
    if (DETERMINERS.has(word)) continue;
    const party = PRONOUN_PARTY.get(word);
    if (party) {
      read.push({ key: `pronoun:${party}`, pronoun: true, written: raw });
      continue;
    }
    // A noun's possessive is the noun: "the customer's sample" names the customer as owner.
    const bare = word.replace(/'s$|'$/, '');
    read.push({ key: normaliseWord(bare), pronoun: false, written: raw });
  }
  return read;
}

/** Replace every run `from` of keys by `to` and every `to` by `from`: the two parties exchanged. */
function exchange(keys: readonly string[], run: readonly string[], party: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < keys.length; ) {
    if (run.every((key, k) => keys[i + k] === key)) {
      out.push(party);
      i += run.length;
    } else {
      out.push(keys[i] === party ? run.join(' ') : (keys[i] ?? ''));
      i++;
    }
  }
  return out.join(' ').split(' ');
}

/** The pronoun party and the noun (one to three words: "the falconry centre") exchanged in every place between two readings of one clause, or null. */
function tradedIn(before: readonly Token[], after: readonly Token[]): [string, string] | null {
  if (before.length < 3) return null;
  const [was, now] = [before.map((token) => token.key), after.map((token) => token.key)];
  if (was.join(' ') === now.join(' ')) return null;
  const pronouns = new Set(before.filter((token) => token.pronoun).map((token) => token.key));
  for (const party of pronouns) {
    if (!now.includes(party)) continue;
    for (let length = 1; length <= 3; length++) {
      for (let at = 0; at + length <= before.length; at++) {
        const run = was.slice(at, at + length);
        if (before.slice(at, at + length).some((token) => token.pronoun)) continue;
        if (exchange(was, run, party).join(' ') === now.join(' ')) return [before.slice(at, at + length).map((token) => token.written).join(' '), before.find((token) => token.key === party)?.written ?? party];
      }
    }
  }
  return null;
}

/** A sentence's clauses, as text. */
function clauses(sentence: string): string[] {
  return sentence.replace(/[.!?]+\s*$/, '').split(CLAUSE_SPLIT).map((clause) => clause.trim()).filter((clause) => clause !== '');
}

/** The two parties traded in the sentence, read whole or clause by clause, or null. */
export function partiesTradedInClause(previous: string, next: string): [string, string] | null {
  const [before, after] = [clauses(previous), clauses(next)];
  // The clauses reordered say the same acts: "The pilot phones us, and we phone the pilot" ->
  // "We phone the pilot, and the pilot phones us" reads as a swap of both parties when read whole.
  const key = (clause: string): string => tokens(clause).map((token) => token.key).join(' ');
  if (before.length === after.length && [...before].map(key).sort().join('|') === [...after].map(key).sort().join('|')) return null;
  const whole = tradedIn(tokens(previous), tokens(next));
  if (whole) return whole;
  if (before.length < 2 || before.length !== after.length) return null;
  for (const [i, clause] of before.entries()) {
    const traded = tradedIn(tokens(clause), tokens(after[i] ?? ''));
    if (traded) return traded;
  }
  return null;
}

/** One reason per one-to-one aligned sentence whose parties of a clause traded. */
export function findClausePartiesTraded(input: StatementDiffInput): Reason[] {
  const reasons: Reason[] = [];
  for (const { group, previous, next } of oneToOneGroups(input.groups)) {
    const traded = partiesTradedInClause(previous.text, next.text);
    if (traded) reasons.push({ code: 'roles-swapped', message: `roles swapped: "${traded[0]}" and "${traded[1]}" traded places in one clause of ${quote(group.nextText)}` });
  }
  return reasons;
}
