// Whether a new sentence opens with the doer an old rule opens with ("Translators must render the
// full text ..." / "Translators should adapt the text ..."): the same party told something else
// about the same things. reason-added-rule reads a new sentence against a prohibition the new
// version no longer states only so (or by the forbidden act): a rule said again in other words
// rarely keeps its subject and its frame apart, a rule replaced for the same party does (issue 11,
// round 27c). Pure.
import { isContent, type Statement } from './_statements.ts';
import { isImperativeVerb } from './_rule-words.ts';
import { normaliseWord } from './_text.ts';

/** Words that open a sentence with no doer before its verb: an imperative's lead-ins, a negative universal. */
const NO_DOER = /^(?:never|do|don't|no|not|always|please|only|if|when|whenever|once|while|unless|until|before|after)$/;

/** The head of a sentence's opening noun phrase (its first content word, "the"/"a" skipped), or null for an imperative. */
function openingDoer(statement: Statement): string | null {
  const first = statement.words.findIndex((word) => !/^(?:the|a|an|our|your|their|each|every|all|any)$/.test(word));
  const word = statement.words[first] ?? '';
  if (first < 0 || NO_DOER.test(word) || isImperativeVerb(word) || !isContent(word)) return null;
  return normaliseWord(word);
}

/** Whether both sentences open with the same doer. */
export function opensWithSameDoer(rule: Statement, added: Statement): boolean {
  const doer = openingDoer(rule);
  return doer !== null && doer === openingDoer(added);
}
