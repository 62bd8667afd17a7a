// `permission-added`: what one party had to do, another party may now do ("Technicians assemble
// the prescription; the pharmacist hands it to the patient" -> "Technicians assemble the
// prescription and may hand it to the patient; the pharmacist checks it"). The grant sits inside
// a kept sentence, joined by "and", so the new-sentence reading of permission-added never sees
// it; the duty's own sentence may keep its words, so nothing else does either. Pure.
import type { Reason } from '../schema/records.ts';
import type { StatementDiffInput } from './_statement-groups.ts';
import { isContent, type Statement } from './_statements.ts';
import { normaliseWord, quote } from './_text.ts';
import { reportedInRelativeClause } from './_rule-words.ts';

const GRANTS = new Set(['may', 'can']);
/** Words between a grant and its verb that change nothing ("may also hand", "can now sign"). */
const FILLERS = new Set(['also', 'now', 'still', 'then', 'themselves', 'likewise', 'too']);
/** Words that open a clause of its own inside a sentence. */
const CLAUSE_JOINS = new Set(['and', 'or', 'but', 'while', 'whereas']);
/** Verbs that are no action of the rule's own ("may be", "can have"). */
const NOT_ACTIONS = new Set(['be', 'have', 'do', 'get', 'not', 'only', 'never']);

interface Grant {
  verb: string;
  /** Content stems before the grant: who may now do it. */
  holder: Set<string>;
  words: string;
}

/** Each "may/can <verb>" of a statement with content words before it, not negated or narrowed by "only". */
function grantsOf(statement: Statement): Grant[] {
  const found: Grant[] = [];
  statement.words.forEach((word, i) => {
    // "Anyone who says they can smell gas": what a relative clause reports grants nothing (round 28a).
    if (!GRANTS.has(word) || reportedInRelativeClause(statement.words.slice(Math.max(0, i - 4), i).join(' '))) return;
    let at = i + 1;
    while (FILLERS.has(statement.words[at] ?? '')) at++;
    const verb = statement.words[at] ?? '';
    if (verb === '' || NOT_ACTIONS.has(verb) || !isContent(verb)) return;
    const holder = new Set(statement.words.slice(0, i).filter(isContent).map(normaliseWord));
    if (holder.size > 0) found.push({ verb: normaliseWord(verb), holder, words: statement.words.slice(i, at + 1).join(' ') });
  });
  return found;
}

/**
 * The old statement in which a named party (content words before the verb) had to do `verb`, as
 * a duty: no grant, no negation; or null.
 */
function dutyOf(verb: string, statements: readonly Statement[]): { statement: Statement; party: Set<string> } | null {
  for (const statement of statements) {
    if (statement.mainNegations.length > 0 || statement.words.some((word) => GRANTS.has(word))) continue;
    const at = statement.words.findIndex((word) => isContent(word) && normaliseWord(word) === verb);
    if (at <= 0) continue;
    // The party of the verb's own clause: "Agents collect the documents and the underwriter decides" -> the underwriter.
    const opens = statement.words.slice(0, at).findLastIndex((word) => CLAUSE_JOINS.has(word));
    const party = new Set(statement.words.slice(opens + 1, at).filter(isContent).map(normaliseWord));
    if (party.size > 0) return { statement, party };
  }
  return null;
}

/** One reason per kept sentence that now lets another party do what a named party had to do. */
export function findHandedDuties(input: StatementDiffInput): Reason[] {
  const reasons: Reason[] = [];
  const oldStatements = [...input.groups.flatMap((group) => group.previous), ...input.removed];
  for (const group of input.groups) {
    // A grant the old sentences already made is no new one.
    const oldGrants = new Set(group.previous.flatMap(grantsOf).map((grant) => grant.verb));
    for (const grant of group.next.flatMap(grantsOf)) {
      if (oldGrants.has(grant.verb)) continue;
      const duty = dutyOf(grant.verb, oldStatements);
      if (!duty || [...duty.party].some((stem) => grant.holder.has(stem))) continue;
      reasons.push({ code: 'permission-added', message: `permission added: "${grant.words}" lets another party do what ${quote(duty.statement.text)} asked of one, in ${quote(group.nextText)}` });
      break;
    }
  }
  return reasons;
}
