// A permission reported to someone ("Tell participants they may leave the study at any time") is
// what a duty tells them, not a grant to whoever follows the rule: said again in other words
// ("Let participants know they are free to withdraw whenever they wish") it is the same duty to
// inform, not a permission added. Pure.
import { isContent, type Statement } from './_statements.ts';
import { normaliseWord } from './_text.ts';

/** Verbs whose object is told something ("let ... know" is read as "tell"). */
const TELLING = new Set(['tell', 'tells', 'inform', 'informs', 'remind', 'reminds', 'reassure', 'reassures', 'assure', 'assures', 'advise', 'advises', 'explain', 'explains', 'notify', 'notifies']);
const PARTY_PRONOUNS = new Set(['them', 'him', 'her', 'you', 'us']);
/** Words that open what is told: the party told stands before them. */
const TOLD_OPENERS = new Set(['that', 'they', 'he', 'she', 'you', 'we', 'it', 'their', 'of', 'about']);

/**
 * The party a sentence tells of a grant, as content stems ("participants"), when a verb of telling
 * stands before the grant (`grants` reads the words after the party); else null.
 */
export function grantReportedTo(statement: Statement, grants: (padded: string) => boolean): string[] | null {
  const { words } = statement;
  const at = words.findIndex((word) => TELLING.has(word));
  if (at < 0) return null;
  // "tell them families may visit" -> "let them know relatives are welcome": a party named by a
  // pronoun in both is the one the rule's case is about, whoever that is; what is told follows it.
  const pronoun = PARTY_PRONOUNS.has(words[at + 1] ?? '');
  let end = at + 1;
  if (pronoun) end++;
  else while (end < words.length && !TOLD_OPENERS.has(words[end] ?? '') && end - at <= 4) end++;
  const party = pronoun ? [words[at + 1] ?? ''] : words.slice(at + 1, end).filter(isContent).map(normaliseWord);
  if (party.length === 0 || !grants(` ${words.slice(end).join(' ')} `)) return null;
  return party;
}

/**
 * Whether a new sentence's grant is one an old sentence already told the same party of: the same
 * duty to inform, said in other words.
 */
export function reportsKeptGrant(added: Statement, previous: readonly Statement[], grants: (padded: string) => boolean): boolean {
  const party = grantReportedTo(added, grants);
  if (!party) return false;
  return previous.some((old) => grantReportedTo(old, grants)?.some((stem) => party.includes(stem)) === true);
}
