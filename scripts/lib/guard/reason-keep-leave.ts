// `opposite-word`: a duty to keep a thing in a state said as a prohibition on leaving it in that
// same state ("Keep the fire door locked" -> "Never leave the fire door locked"): the rule now asks
// for the opposite. "Keep the door locked" = "Never leave the door unlocked" turns both words and
// keeps the rule; turning only one turns the rule round. Both read as prohibitions to negation-*,
// so the flip showed nowhere. Pure.
import type { Reason } from '../schema/records.ts';
import { oneToOneGroups, type StatementDiffInput } from './_statement-groups.ts';
import { quote } from './_text.ts';

const KEEP = /\b(?:always\s+)?keep\s+((?:[a-z'’-]+\s+){1,4}?)([a-z-]+)\s*[.;,!]?\s*$/i;
const NEVER_LEAVE = /\b(?:never|do not|don't|must not|mustn't|should not|shall not)\s+leave\s+((?:[a-z'’-]+\s+){1,4}?)([a-z-]+)\s*[.;,!]?\s*$/i;

const thing = (words: string) => words.toLowerCase().replace(/\b(?:the|a|an|your|their|all|every|any)\b/g, ' ').replace(/\s+/g, ' ').trim();

/** [old phrase, new phrase] when one side keeps X in a state and the other forbids leaving X in the same state. */
function flipped(previous: string, next: string): [string, string] | null {
  for (const [one, other] of [[KEEP, NEVER_LEAVE], [NEVER_LEAVE, KEEP]] as const) {
    const before = one.exec(previous);
    const after = other.exec(next);
    if (!before || !after) continue;
    if (thing(before[1] ?? '') === thing(after[1] ?? '') && (before[2] ?? '').toLowerCase() === (after[2] ?? '').toLowerCase()) return [before[0].trim(), after[0].trim()];
  }
  return null;
}

/** States and their opposites: keeping one is never leaving the other. */
const OPPOSITE_STATES: Readonly<Record<string, string>> = {
  closed: 'open', shut: 'open', locked: 'unlocked', sealed: 'open', covered: 'uncovered', attended: 'unattended',
  secured: 'unsecured', on: 'off', off: 'on', open: 'closed', unlocked: 'locked', uncovered: 'covered', unattended: 'attended',
};
const NEVER_LEFT = /\b(?:never|not)\s+(?:be\s+)?left\s+([a-z-]+)\s*[.;,!]?\s*$/i;

/**
 * "Keep the server room door closed" = "The server room door must never be left open": the rule
 * kept, said as a prohibition on the opposite state, the thing named before the verb or after it.
 */
export function keepsSaidAsNeverLeave(previous: string, next: string): boolean {
  const keep = KEEP.exec(previous);
  if (!keep) return false;
  const state = (keep[2] ?? '').toLowerCase();
  const opposite = OPPOSITE_STATES[state];
  if (!opposite) return false;
  const active = NEVER_LEAVE.exec(next);
  if (active && (active[2] ?? '').toLowerCase() === opposite && thing(active[1] ?? '') === thing(keep[1] ?? '')) return true;
  const passive = NEVER_LEFT.exec(next);
  if (!passive || (passive[1] ?? '').toLowerCase() !== opposite) return false;
  const subject = thing(next.slice(0, passive.index).replace(/\b(?:must|should|shall|may|can|is|are|to)\b/gi, ' '));
  return subject === thing(keep[1] ?? '');
}

export function findKeepLeaveFlips(input: StatementDiffInput): Reason[] {
  const reasons: Reason[] = [];
  for (const { previous, next } of oneToOneGroups(input.groups)) {
    const flip = flipped(previous.text, next.text);
    if (flip) reasons.push({ code: 'opposite-word', message: `opposite: "${flip[0]}" -> "${flip[1]}" asks for the other state in ${quote(next.text)}` });
  }
  return reasons;
}
