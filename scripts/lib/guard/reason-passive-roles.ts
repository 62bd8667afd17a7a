// `roles-swapped` across a voice change: the giver and the receiver of a hand-over traded places
// while one version went passive ("Keyworkers hand each child to an adult on the pick-up list" ->
// "Each child is handed by an adult on the pick-up list to a keyworker"; "Cashiers collect the
// float from the supervisor" -> "The float is collected by the supervisor from a cashier").
// reason-roles compares word slots and leaves voice changes alone, since a passive brings "is" and
// "by" of its own; and two passives whose "by" and "to" phrases traded heads keep no word in its
// slot ("handed by a keyworker to an adult" -> "handed by an adult to a keyworker"). Here each version is read as a frame: who acts (the subject of the active, the
// "by" phrase of the passive) and the other party (after "to"/"from"/"with"/"for" in either), each by the
// head of its noun phrase, the verb the same in both. The same voice change that keeps the parties
// ("... is handed to an adult by keyworkers") reads the same frame and stays quiet. Pure.
import type { Reason } from '../schema/records.ts';
import { oneToOneGroups, type StatementDiffInput } from './_statement-groups.ts';
import { isContent, type Statement } from './_statements.ts';
import { normaliseWord, quote } from './_text.ts';

interface Frame {
  verb: string;
  actor: string;
  party: string;
  preposition: string;
  /** The words as written, for the message. */
  actorWord: string;
  partyWord: string;
}

const BE = /^(?:is|are|was|were|be|been|being|gets|get|got)$/;
const PARTY_PREPOSITIONS = new Set(['to', 'from', 'with', 'for']);
/** Words that end a noun phrase: its head is the last content word before them. */
const PHRASE_ENDS = new Set(['to', 'from', 'with', 'by', 'on', 'in', 'at', 'for', 'of', 'before', 'after', 'when', 'if', 'unless', 'once', 'and', 'or', 'who', 'that', 'which', 'while', 'during', 'under', 'into']);
const MODALS = new Set(['must', 'should', 'shall', 'will', 'may', 'can', 'always', 'never', 'not', 'do', 'does']);

/** The head of the noun phrase opening at words[from]: its last content word before a preposition or clause word. */
function headAt(words: readonly string[], from: number): string | null {
  let head: string | null = null;
  for (let i = from; i < words.length; i++) {
    const word = words[i] ?? '';
    if (PHRASE_ENDS.has(word) || MODALS.has(word)) break;
    if (isContent(word)) head = word;
  }
  return head;
}

/** The first content word after words[from] that opens a party phrase, with its preposition, skipping the "by" phrase. */
function partyAfter(words: readonly string[], from: number): { preposition: string; head: string } | null {
  for (let i = from; i < words.length; i++) {
    const word = words[i] ?? '';
    if (/^(?:when|if|unless|once|before|after|while)$/.test(word)) return null;
    if (PARTY_PREPOSITIONS.has(word)) {
      const head = headAt(words, i + 1);
      return head ? { preposition: word, head } : null;
    }
  }
  return null;
}

function passiveFrame(words: readonly string[]): Frame | null {
  const be = words.findIndex((word, i) => BE.test(word) && /(?:ed|en|t)$/.test(words[i + 1] ?? ''));
  if (be < 1) return null;
  const verb = words[be + 1] ?? '';
  const by = words.indexOf('by', be + 2);
  if (by < 0) return null;
  const actor = headAt(words, by + 1);
  // The party phrase may stand before or after the "by" phrase.
  const beforeBy = partyAfter(words.slice(0, by), be + 2);
  const afterBy = partyAfter(words, by + 1);
  const party = beforeBy ?? afterBy;
  if (!actor || !party) return null;
  return { verb: normaliseWord(verb), actor: normaliseWord(actor), party: normaliseWord(party.head), preposition: party.preposition, actorWord: actor, partyWord: party.head };
}

function activeFrame(words: readonly string[], verbStem: string): Frame | null {
  const at = words.findIndex((word) => normaliseWord(word) === verbStem);
  if (at < 1) return null;
  // The subject: the head of what stands before the verb (past a modal: "Keyworkers must hand").
  let end = at;
  while (end > 0 && MODALS.has(words[end - 1] ?? '')) end--;
  const actor = headAt(words.slice(0, end), 0);
  const party = partyAfter(words, at + 1);
  if (!actor || !party) return null;
  return { verb: verbStem, actor: normaliseWord(actor), party: normaliseWord(party.head), preposition: party.preposition, actorWord: actor, partyWord: party.head };
}

/** The two parties that traded places when one version went passive, or null. */
export function findPassiveRoleSwap(previous: Statement, next: Statement): [string, string] | null {
  // Both passive ("handed by a keyworker to an adult" -> "handed by an adult to a keyworker"): the
  // "by" and the "to" phrases traded heads.
  if (previous.passive && next.passive) {
    const old = passiveFrame(previous.words);
    const now = passiveFrame(next.words);
    if (!old || !now || old.verb !== now.verb || old.preposition !== now.preposition || old.actor === old.party) return null;
    return old.actor === now.party && old.party === now.actor ? [old.actorWord, old.partyWord] : null;
  }
  if (previous.passive === next.passive) return null;
  const passive = previous.passive ? passiveFrame(previous.words) : passiveFrame(next.words);
  if (!passive) return null;
  const active = previous.passive ? activeFrame(next.words, passive.verb) : activeFrame(previous.words, passive.verb);
  if (!active || active.preposition !== passive.preposition || active.actor === active.party) return null;
  if (active.actor !== passive.party || active.party !== passive.actor) return null;
  const old = previous.passive ? passive : active;
  return [old.actorWord, old.partyWord];
}

/** One reason per one-to-one aligned sentence whose giver and receiver traded places across a voice change. */
export function findPassiveRolesSwapped(input: StatementDiffInput): Reason[] {
  const reasons: Reason[] = [];
  for (const { group, previous, next } of oneToOneGroups(input.groups)) {
    const swapped = findPassiveRoleSwap(previous, next);
    if (swapped) reasons.push({ code: 'roles-swapped', message: `roles swapped: "${swapped[0]}" and "${swapped[1]}" traded places in ${quote(group.nextText)}` });
  }
  return reasons;
}
