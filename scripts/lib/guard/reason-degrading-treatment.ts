// `tone-dismissive` for hostility done, not said: a rule about how to treat a person now tells
// staff (or a text) to degrade them ("calmly explain the rule" -> "humiliate them over the
// tannoy"; "summarise the guest's argument neutrally" -> "mock the guest's argument"; "ask about
// light and watering" -> "make clear it was obviously their fault"). reason-contemptuous-tone
// needs a verb of telling; here the act itself is the contempt. Read as a class of acts, not a word
// list of one set: a verb of degrading someone (by its stem: humiliat-, ridicul-, belittl-, ...), a
// person made to feel small/stupid/guilty, or the fault laid on them. It counts only as what the
// rule asks for: the main verb of a clause (an imperative, after a subject, or after a modal), not
// negated ("never ridicule a mistake"), not a topic in a relative clause ("pupils who humiliate
// others") and absent from the old text. Pure.
import type { Reason } from '../schema/records.ts';
import { quote, splitSentences, tokenizeWords } from './_text.ts';
import { findContemptuousTone } from './reason-contemptuous-tone.ts';
import { findDismissiveTone } from './reason-dismissive-tone.ts';

/** Stems of verbs whose act is to degrade a person (any inflection: mock, mocks, mocked, mocking). */
const DEGRADING_STEMS = ['humiliat', 'mock', 'ridicul', 'belittl', 'deride', 'derid', 'demean', 'disparag', 'denigrat', 'insult', 'taunt', 'jeer', 'sneer', 'scold', 'berat', 'shame', 'embarrass', 'patronis', 'patroniz', 'condescend', 'lambast', 'scorn', 'bully', 'bulli', 'harangu', 'mak fun', 'laugh at', 'blame'];

const DEGRADING = new RegExp(`\\b(?:${DEGRADING_STEMS.map((stem) => stem.replace(' ', '[a-z]* ')).join('|')})[a-z]*\\b`);

/** A person made to feel small, or the fault laid on them. */
const MADE_SMALL = /\bmake (?:them|him|her|you|the [a-z]+|customers?|guests?|members?) feel (?:stupid|small|foolish|guilty|ashamed|embarrassed|worthless|silly|useless|unwelcome)\b|\b(?:is|was|it's|is all|was all) (?:\w+ ){0,2}(?:their|your|his|her) (?:own )?fault\b/;

/** Words that make what follows a prohibition or a topic, not a duty. */
const NOT_ASKED = /\b(?:not|never|no|don't|doesn't|avoid|without|nor|against|who|that|which|whom|including|prevent|stop|report|forbid|ban|banned)\b(?: [a-z']+){0,3}\s*$/;

/** A word after a determiner is a noun or an adjective ("a mock exam", "a shame"), not an act asked for. */
const DETERMINER_BEFORE = /\b(?:a|an|the|this|that|any|every|our|their|your|its)\s*$/;

function asked(clause: string, index: number): boolean {
  const before = clause.slice(0, index);
  return !NOT_ASKED.test(before) && !DETERMINER_BEFORE.test(before);
}

/** One reason when a sentence of the new text asks for an act of degrading someone the old text never named. */
export function findDegradingTreatment(previous: string, next: string): Reason[] {
  if (findDismissiveTone(previous, next).length > 0 || findContemptuousTone(previous, next).length > 0) return [];
  const oldText = ` ${tokenizeWords(previous).join(' ')} `;
  for (const sentence of splitSentences(next)) {
    for (const clause of sentence.split(/[,;:]/)) {
      const text = ` ${tokenizeWords(clause).join(' ')} `;
      for (const pattern of [DEGRADING, MADE_SMALL]) {
        const match = pattern.exec(text);
        if (!match || !asked(text, match.index)) continue;
        const stem = match[0].slice(0, 5);
        if (oldText.includes(` ${stem}`) || (pattern === MADE_SMALL && pattern.test(oldText))) continue;
        return [{ code: 'tone-dismissive', message: `tone turned hostile: the rule now asks to "${match[0].trim()}" in ${quote(sentence)}, which the old rule never asked` }];
      }
    }
  }
  return [];
}
