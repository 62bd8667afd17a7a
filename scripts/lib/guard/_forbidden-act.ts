// Whether a new sentence that says a prohibition's verb does the forbidden act, or the same verb
// to something else. "Never escalate a refund request without a receipt" + "Escalate legal threats
// to a supervisor" escalates other things; "Do not check personal social media during a shift" +
// "Always check the caller's account number" checks another thing, and "Close the ticket once the
// customer confirms" says the verb ("confirm" folds with "check") only in the case it names. On a
// generated history of clauses gaining a rule of their own pool, reason-added-rule read each as a
// `contradiction` (15 of 300; issue 11, round 19a). The verb done to the thing the prohibition
// protects ("Never run commands on the user machine" + "Run the build on the user machine"), to a
// pronoun standing for it ("Share it with anyone who asks"), or to nothing named ("Share freely")
// still is the forbidden act. Pure.
import { isContent, type Statement } from './_statements.ts';
import { normaliseWord } from './_text.ts';

/** Words that open a clause naming a case or a time: a verb after one is the case's, not the act demanded. */
const SUBORDINATORS = new Set(['when', 'whenever', 'once', 'if', 'unless', 'until', 'after', 'before', 'while', 'because', 'since', 'where']);
/** A form of "be" or "get" before a participle: a passive. */
const PASSIVE = /^(?:is|are|was|were|be|been|being|get|gets|got)$/;
/** Words that stand for a thing already named: the act may be done to what the prohibition protects. */
const PRONOUNS = new Set(['it', 'them', 'this', 'that', 'these', 'those', 'one', 'any', 'anything', 'everything', 'all']);

/** Content stems after position `from` in a sentence, up to the end of its clause (a comma, semicolon or subordinator). */
function objectStems(words: readonly string[], from: number): { stems: string[]; pronoun: boolean } {
  const stems: string[] = [];
  // A passive names no object after its verb, and its subject may be the thing or the one it is
  // done for ("Guests who cancel are paid back" beside "Deposits are never refunded"): read as the act.
  if (PASSIVE.test(words[from - 1] ?? '')) return { stems: [], pronoun: false };
  let pronoun = false;
  for (let i = from + 1; i < words.length; i++) {
    const word = words[i] ?? '';
    if (/^[,;:]$/.test(word) || SUBORDINATORS.has(word)) break;
    if (stems.length === 0 && PRONOUNS.has(word)) pronoun = true;
    if (isContent(word)) stems.push(normaliseWord(word));
  }
  return { stems, pronoun };
}

/**
 * Whether a word at `at` stands inside a clause opened by a subordinator ("once the customer
 * confirms"). A statement's words carry no commas, so a case read as a condition ends where its
 * span does: in "If something is needed from inside, open the door" the verb after it is the act
 * demanded (round 27c; before, every word after an opening "if" read as the case's).
 */
function inSubordinateClause(statement: Statement, at: number): boolean {
  if (statement.conditions.some((condition) => at >= condition.start && at < condition.start + condition.words.length)) return true;
  for (let i = at - 1; i >= 0; i--) {
    const word = statement.words[i] ?? '';
    if (/^[,;:]$/.test(word)) return false;
    if (SUBORDINATORS.has(word)) return !statement.conditions.some((condition) => condition.start === i);
  }
  return false;
}

/**
 * Whether `added` does what `rule` forbids with `verb` (its normalised forbidden verb): the verb as
 * the act the sentence demands, done to something the rule names (a stem after the rule's verb or
 * elsewhere in it, actors aside), to a pronoun, or to nothing named.
 */
export function doesForbiddenAct(rule: Statement, added: Statement, verb: string, ignored: ReadonlySet<string>): boolean {
  const ruleStems = new Set(rule.stems);
  let found = false;
  for (const [at, word] of added.words.entries()) {
    if (!isContent(word) || normaliseWord(word) !== verb) continue;
    found = true;
    if (inSubordinateClause(added, at)) continue;
    const object = objectStems(added.words, at);
    if (object.pronoun || object.stems.length === 0) return true;
    if (object.stems.some((stem) => stem !== verb && ruleStems.has(stem) && !ignored.has(stem))) return true;
  }
  // The verb read from the stems alone (a form the words do not show): as before, the act.
  return !found && added.stems.includes(verb);
}
