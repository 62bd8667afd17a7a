// Two ways a new sentence takes back a kept requirement without a "not" or a modal of its own:
// - a duty's own verb said undone after the sentence's verb ("Each batch is tested for allergens"
//   + "Batches for the staff canteen go out untested", "unsigned", "unescorted"): the un- word's
//   stem is the kept rule's, and they share another content word. Before a noun ("Untested batches
//   stay in the cage") it describes which things a sentence is about, and is none.
// - a substitute declared enough ("... against a signed prescription" + "A phone call from the
//   GP is enough", "A single signature will do", "suffices", "is sufficient"): a grant to proceed on
//   less, read beside a kept hard rule; "is not enough" stresses the rule and carries a negation.
// Read by reason-added-rule for new sentences only. Pure.
import { isContent, stemSet, type Statement } from './_statements.ts';
import { normaliseWord } from './_text.ts';

/** Who a rule is about, shared by most sentences of a clause: sharing them proves nothing. */
const ACTORS = new Set(['customer', 'user', 'assistant', 'agent', 'client', 'team', 'staff', 'model', 'support', 'we', 'member'].map(normaliseWord));

/** A kept positive rule whose verb the new sentence says undone ("untested"), or null. */
export function undoneDuty(added: Statement, kept: readonly Statement[]): Statement | null {
  const stems = stemSet(added.text);
  for (const [at, word] of added.words.entries()) {
    if (at === 0 || !/^un[a-z]{4,}(?:ed|en)$/.test(word)) continue;
    // "untested batches": an un- word before a noun picks things out; after the verb it says the act is left out.
    const following = added.words[at + 1];
    if (following !== undefined && isContent(following)) continue;
    const stem = normaliseWord(word.slice(2));
    const rule = kept.find((statement) => {
      if (statement.mainNegations.length > 0) return false;
      const ruleStems = stemSet(statement.text);
      return ruleStems.has(stem) && [...ruleStems].some((other) => other !== stem && stems.has(other) && !ACTORS.has(other));
    });
    if (rule) return rule;
  }
  return null;
}

/** "is enough", "will do", "suffices", "is sufficient", "is all it takes": a substitute declared enough. */
const SUFFICES = / (?:(?:is|are|will be|would be) (?:quite |more than |already )?(?:enough|sufficient|good enough|adequate)|(?:will|would) do|suffices?|is all (?:that is |that's )?(?:needed|required|it takes)) /;

/** The words that declare a substitute enough in a padded sentence, or null. */
export function declaredEnough(padded: string): string | null {
  return SUFFICES.exec(padded)?.[0].trim() ?? null;
}
