// Whether a whole rewrite left the clause with no rule at all, only a description of something
// else: "Ferry staff must check that every vehicle's gas cylinders are switched off before
// boarding" -> "The ferry's café serves hot meals throughout the crossing and has a children's
// menu". A rule said in other words still says it as a rule (a modal, a negation, an imperative, a
// policy passive: "Cylinders are checked by staff", or a party's plain duty "Staff check ...",
// which opens with its party, not with "the"); a new text with none of those, every sentence a
// description opening with a determiner, at most one content word shared with the old one and
// none of the old rule's parties named, dropped the rule rather than reworded it. evaluate-clause-change keeps the rule's
// requirement-removed blocking there, where a whole rewrite would otherwise only suggest a review.
// Pure.
import { isHardRequirement, negationsIn, readModal } from './_rule-words.ts';
import { readStatement } from './_statements.ts';
import { isParty } from './_parties.ts';
import { contentStems, normaliseWord, splitSentences, tokenizeWords } from './_text.ts';

/** Words a description of a thing opens with; an imperative never does, a party's duty seldom. */
const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'its', 'their', 'this', 'these', 'those', 'many', 'most', 'some', 'there']);
/** A description that still obliges: "The café is required to ...", "It is essential that ...". */
const OBLIGING = /\b(?:required|responsible|obliged|expected|essential|mandatory|compulsory|needs?|has to|have to|ensure|make sure)\b/i;
/** More shared content words than this and the new text is about the same things: a rewording. */
const MAX_SHARED = 1;

function describesOnly(sentence: string): boolean {
  const words = tokenizeWords(sentence);
  if (!DETERMINERS.has(words[0] ?? '')) return false;
  if (readModal(sentence) !== null || negationsIn(sentence).length > 0 || OBLIGING.test(sentence)) return false;
  return !readStatement(sentence).passive;
}

/** True when `previous` stated a hard rule and `next` states none, describing other things. */
export function ruleGoneInRewrite(previous: string, next: string): boolean {
  if (!splitSentences(previous).some(isHardRequirement)) return false;
  const sentences = splitSentences(next);
  if (sentences.length === 0 || !sentences.every(describesOnly)) return false;
  const old = new Set(contentStems(previous));
  // "Tell the customer the order has shipped" -> "The customer hears from us ...": a party of the
  // old rule still named is the rule's person, told in other words.
  if (tokenizeWords(next).some((word) => old.has(normaliseWord(word)) && isParty(word))) return false;
  return new Set(contentStems(next).filter((stem) => old.has(stem))).size <= MAX_SHARED;
}
