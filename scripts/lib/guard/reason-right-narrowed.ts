// `right-narrowed` for a right of the people served that now lets them do less: an alternative
// of their choice dropped ("Patients can ask for a second opinion or a transfer to another
// consultant" -> "a second opinion", "Students may bring a friend or a union representative" ->
// "a friend"), or a proviso added to a right said as one ("Contributors may withdraw an image at any time" ->
// "..., provided it has not sold in the last twelve months", "Residents have the right to see
// their care plan" -> "... if the care manager agrees"), or made a duty ("Patients may ask for a
// chaperone" -> "must ask": the choice was theirs). A grant to whoever the codex instructs
// ("Agents may offer a refund or a voucher" -> "a voucher", "Staff may park in bay 3, provided
// they display a permit") allows less and is stricter; a right (reason-right-dropped's reading:
// said as one, or granted to the people a service is for) belongs to its holder, and the codex
// taking part of it away is a regression of their rights (issue 11) however much stricter the
// rule reads, so tightenings-withdrawn.ts never withdraws this code. "even if", "whether or not"
// and "regardless of" widen a right; an "or" whose side is kept in other words is a reword. Pure.
import type { Reason } from '../schema/records.ts';
import { wordsInserted } from './_condition-tail.ts';
import { oneWordSwap } from './_changed-stretch.ts';
import { oneToOneGroups, type StatementDiffInput } from './_statement-groups.ts';
import { isContent, type Statement } from './_statements.ts';
import { normaliseWord, quote } from './_text.ts';
import { COORDINATORS, dropsAnAction, rightCut, rightKind } from './reason-right-dropped.ts';

/** Words opening a proviso: the right now holds only in its case. */
const PROVISO = /^(?:(?:but|and) )?(?:only )?(?:provided|providing|as long as|so long as|on condition that|subject to|if|when|once|where|unless|except|except when|except if|after|until)\b/;
const HOLDERS_CHOICE = /^(?:(?:but|and) )?(?:if|when|whenever|once|as) (?:they|he|she|you|we) (?:ask|request|want|wish|choose|like|prefer|need)s?(?: (?:to|it|so|for it))?$/;
/** Words that make an added stretch widen or stress the right instead. */
const WIDENING = /\b(?:even|whether|regardless|irrespective|any|every|always|also)\b/;

/** Where the grant opens: its modal or right word. */
function grantAt(statement: Statement): number {
  return statement.words.findIndex((word) => /^(?:may|can|could|entitled|right|free)$/.test(word));
}

/** An alternative of the holder's choice cut out ("or a transfer to another consultant"), not already read as a right dropped. */
function alternativeDropped(previous: Statement, next: Statement): string[] | null {
  const cut = rightCut(previous, next);
  // An "or" at the cut's edge ("or a transfer"), or inside it when several went at once ("by cheque or in cash").
  if (!cut || !cut.includes('or')) return null;
  // reason-right-dropped reads a right said as one, or an action cut: one finding per edit.
  if (rightKind(previous) === 'said' || dropsAnAction(cut, previous)) return null;
  return cut.filter((word) => !COORDINATORS.has(word));
}

/** The proviso inserted after the grant's modal, with a case of its own, or null. */
function provisoAdded(previous: Statement, next: Statement): string | null {
  const inserted = wordsInserted(previous.words, next.words);
  const at = grantAt(previous);
  if (!inserted || at < 0 || inserted.at <= at) return null;
  const stretch = inserted.words.join(' ');
  if (!PROVISO.test(stretch) || WIDENING.test(stretch)) return null;
  // "when they ask", "if they wish": the holder's own choice is how a right is used, not a case it waits for.
  if (HOLDERS_CHOICE.test(stretch)) return null;
  const oldStems = new Set(previous.stems);
  return inserted.words.some((word) => isContent(word) && !oldStems.has(normaliseWord(word))) ? stretch : null;
}

/** A grant's modal that the new sentence says as a duty, every other word kept: "may ask" -> "must ask". */
const GRANT_MODAL = /^(?:may|can)$/;
const DUTY_MODAL = /^(?:must|shall)$/;
function madeADuty(previous: Statement, next: Statement): string | null {
  const swap = oneWordSwap(previous.words, next.words);
  return swap && GRANT_MODAL.test(swap.gone) && DUTY_MODAL.test(swap.came) ? `${swap.gone}" -> "${swap.came}` : null;
}

export function findRightsNarrowed(input: StatementDiffInput): Reason[] {
  const reasons: Reason[] = [];
  for (const { group, previous, next } of oneToOneGroups(input.groups)) {
    if (!rightKind(previous)) continue;
    const dropped = rightKind(next) ? alternativeDropped(previous, next) : null;
    if (dropped) reasons.push({ code: 'right-narrowed', message: `right narrowed: the alternative "${dropped.join(' ')}" is no longer open in ${quote(group.nextText)}` });
    // A proviso narrows a right said as one; on a plain grant to the people served ("Guests may use the
    // sauna, provided they shower first") it is the house's rule for its use, stricter.
    const proviso = rightKind(previous) === 'said' ? provisoAdded(previous, next) : null;
    // A right made a duty: the holder loses the choice ("Patients may ask for a chaperone" -> "must ask").
    const imposed = madeADuty(previous, next);
    if (imposed) reasons.push({ code: 'right-narrowed', message: `right narrowed: "${imposed}" makes the holder's choice a duty in ${quote(group.nextText)}` });
    if (proviso) reasons.push({ code: 'right-narrowed', message: `right narrowed: "${proviso}" now limits the right in ${quote(group.nextText)}` });
  }
  return reasons;
}
