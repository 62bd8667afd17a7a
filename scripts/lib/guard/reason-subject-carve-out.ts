// `exception-added` for a new sentence that lets some of a kept rule's subject off it in other
// words: "Contractors are escorted at all times inside the data hall." + "Contractors who have
// visited before walk around on their own.", "Every pupil is signed out by a parent." + "Pupils in
// year 11 are signed out by nobody." The new sentence opens with the rule's subject noun and a
// phrase that picks out some of them (who/that/with/from/in/on/over/under/aged ...), and says what
// they do with a word of absence the old rule never had: "on their own", "alone", "unaccompanied",
// "by nobody", a negation, or "un-" on one of the rule's own words ("signed" -> "unsigned").
// Whoever they are, a new sentence that says the rule's own participle undone as what some do it
// ("Regular couriers come in unsigned" beside "All visitors are signed in") is one too.
// reason-added-rule reads a new sentence that contradicts in the rule's own words; here the act is
// said the other way round, so no verb of the old rule recurs. Pure.
import type { Reason } from '../schema/records.ts';
import type { StatementDiffInput } from './_statement-groups.ts';
import { isContent, type Statement } from './_statements.ts';
import { normaliseWord, quote } from './_text.ts';

/** Words that open a phrase picking out some of the subject. */
const PICKING = /^(?:who|that|with|from|in|on|over|under|aged|older|younger|holding|carrying|booked|visiting|working|staying)$/;
const ABSENCE = /\b(?:on (?:their|his|her|its) own|alone|unaccompanied|unescorted|unsupervised|by nobody|by no one|without|not|never|no)\b/;
/** Words after a predicate's participle: "come in unsigned through the side door", "work unsupervised and ...". */
const PREDICATE_AFTER = /^(?:through|into|at|in|on|from|to|and|or|if|when|while|during|after|before|unless|until|as)$/;
const UNIVERSAL = /\b(?:all|every|each|always|at all times|any)\b/;

/** The subject noun a rule opens with: its first content word after a universal. */
/** Plurals no stemmer folds: "children" is the rule's "child". */
const IRREGULAR: Readonly<Record<string, string>> = { children: 'child', people: 'person', men: 'man', women: 'woman', staff: 'staff' };
const nounOf = (word: string): string => normaliseWord(IRREGULAR[word] ?? word);

function subjectNoun(statement: Statement): string | null {
  const words = statement.words[0] && UNIVERSAL.test(statement.words[0]) ? statement.words.slice(1) : statement.words;
  const noun = words.find(isContent);
  return noun ? nounOf(noun) : null;
}

export function findSubjectCarveOuts(input: StatementDiffInput): Reason[] {
  const reasons: Reason[] = [];
  // Kept rules: one old sentence aligned with its own words.
  const kept = input.groups.filter((group) => group.previous.length === 1 && group.previousText.trim() === group.nextText.trim()).map((group) => group.previous[0] as Statement);
  for (const added of input.added) {
    const [first = '', second = ''] = added.words;
    // "Regular couriers come in unsigned" beside "All visitors ... are signed in": whoever they are,
    // a rule's own participle said undone as what they are when they do it (the sentence's last
    // word, or before a preposition; "Unsigned visitors are turned away" names whom the rule keeps out).
    const undone = kept.find((rule) => UNIVERSAL.test(rule.words.join(' ')) && rule.mainNegations.length === 0 && added.mainNegations.length === 0 && added.words.some((word, i) => i > 1 && /^un[a-z]{3,}ed$/.test(word) && rule.words.includes(word.slice(2)) && (i === added.words.length - 1 || PREDICATE_AFTER.test(added.words[i + 1] ?? ''))));
    if (undone) {
      reasons.push({ code: 'exception-added', message: `exception added: ${quote(added.text, 70)} says undone what ${quote(undone.text, 70)} demands of all of them` });
      continue;
    }
    if (!PICKING.test(second)) continue;
    for (const rule of kept) {
      const text = rule.words.join(' ');
      // A rule for all of its subject, with no negation of its own (a prohibition's carve-out is other detectors').
      if (!UNIVERSAL.test(text) || rule.mainNegations.length > 0 || subjectNoun(rule) !== nounOf(first)) continue;
      // What they do: past the picking phrase's own negation ("Patients who cannot stand are weighed
      // in a chair", "Contracts with no review are returned").
      const said = added.words.slice(2).filter((word, i) => !(i < 3 && /^(?:not|never|no|without)$/.test(word))).join(' ');
      const absent = ABSENCE.exec(said);
      // "should not be left alone": a double negative keeps them in the rule.
      if ((said.match(new RegExp(ABSENCE.source, 'g')) ?? []).length > 1) continue;
      const unsaid = added.words.find((word) => word.startsWith('un') && rule.stems.includes(normaliseWord(word.slice(2))));
      if (!(absent && !ABSENCE.test(text)) && !unsaid) continue;
      reasons.push({ code: 'exception-added', message: `exception added: ${quote(added.text, 70)} lets some of them off ${quote(rule.text, 70)}` });
      break;
    }
  }
  return reasons;
}
