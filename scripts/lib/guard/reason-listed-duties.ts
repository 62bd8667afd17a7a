// `conjunct-dropped` for a list of duties loosened in place: two duties the old rule joined ("stop
// the groom, clean the wound and record it") now joined by "or" ("stop the groom or clean the
// wound, and record it"): one of them may now be skipped; or one step of a semicolon list went
// ("wear gloves; ventilate the back bar; record the strength" -> "wear gloves; record the
// strength"). reason-conjunct splits items at "and"/"or" alike, so it reads the first as the same
// items, and reads a short list step as a reworded one. Read from the duties' own words: both
// sides of the new "or" start with a verb of command and both stood in the old text, not joined
// by "or"; a step of a semicolon list of the old text (three steps or more) has no trace left in
// the new one while the other steps are kept. Pure.
import type { Reason } from '../schema/records.ts';
import { isImperativeVerb } from './_rule-words.ts';
import { stemSet } from './_statements.ts';
import { quote, tokenizeWords } from './_text.ts';

/** A word that opens a noun phrase, not a duty: "a refund or a replacement". */
const NOUN_OPENER = /^(?:the|a|an|your|their|our|his|her|its|this|that|these|those|each|every|any|all|some|no|to)$/;
const NEGATION = /\b(?:not|never|no|nor|neither|don't|doesn't|cannot|can't|without)\b/;

const flat = (text: string): string => ` ${tokenizeWords(text).join(' ')} `;

/** "A or B" in `next` where A and B are duties both stated in `previous` without an "or" between them. */
function alternativesMade(previous: string, next: string): Reason[] {
  const old = flat(previous);
  for (const sentence of next.split(/[.!?](?:\s|$)/)) {
    for (const match of sentence.matchAll(/(?:^|[,;:]\s*|\b(?:and|then)\s+)([a-z][^,;:]*?)\s+or\s+([a-z][^,;:]*?)(?=\s*(?:[,;:]|$|\s+and\s))/gi)) {
      const [left = '', right = ''] = [match[1], match[2]].map((part) => flat(part ?? '').trim());
      const [leftVerb = '', rightVerb = ''] = [left.split(' ')[0], right.split(' ')[0]];
      if (left.split(' ').length < 2 || right.split(' ').length < 2 || NOUN_OPENER.test(rightVerb) || !(isImperativeVerb(leftVerb) || isImperativeVerb(rightVerb))) continue;
      // "must not ticket, enter or accept": an "or" under a prohibition forbids each one.
      if (NEGATION.test(flat(sentence.slice(0, (match.index ?? 0) + match[0].search(/\sor\s/))))) continue;
      const leftAt = old.indexOf(` ${left} `);
      const rightAt = old.indexOf(` ${right} `);
      if (leftAt < 0 || rightAt < 0 || rightAt <= leftAt) continue;
      const between = old.slice(leftAt + left.length + 1, rightAt + 1);
      if (/\bor\b|\beither\b/.test(between) || between.split(' ').filter(Boolean).length > 12) continue;
      return [{ code: 'conjunct-dropped', message: `duties made alternatives: ${quote(left)} and ${quote(right)} were both required; now one "or" the other is enough` }];
    }
  }
  return [];
}

/** Steps of a semicolon list (after an optional "For X:" opener). */
function steps(text: string): string[] {
  if ((text.match(/;/g) ?? []).length < 2) return [];
  const body = text.includes(':') ? text.slice(text.indexOf(':') + 1) : text;
  return body.split(';').map((step) => step.trim().replace(/[.!?]+$/, '')).filter((step) => step !== '');
}

/** A step of the old semicolon list with no word left in the new text while the other steps stay. */
function stepDropped(previous: string, next: string): Reason[] {
  const oldSteps = steps(previous);
  if (oldSteps.length < 3) return [];
  const now = flat(next);
  const nowStems = new Set(tokenizeWords(next).flatMap((word) => [...stemSet(word)]));
  const kept = oldSteps.filter((step) => now.includes(flat(step)));
  if (kept.length < 2) return [];
  for (const step of oldSteps) {
    if (now.includes(flat(step))) continue;
    // Only words of the step that name what is done: its verb's object, its place.
    const words = tokenizeWords(step).slice(1).filter((word) => word.length > 3);
    if (words.length === 0 || words.some((word) => [...stemSet(word)].every((stem) => nowStems.has(stem)))) continue;
    return [{ code: 'conjunct-dropped', message: `a step of the list went: ${quote(step)} is no longer asked for` }];
  }
  return [];
}

export function findListedDutiesLoosened(previous: string, next: string): Reason[] {
  const made = alternativesMade(previous, next);
  return made.length > 0 ? made : stepDropped(previous, next);
}
