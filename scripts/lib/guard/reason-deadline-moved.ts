// `order-changed` for a time bound moved later in other words: "read the care plan before the
// first visit" -> "by the end of the first week", "report it immediately" -> "within a week",
// "before the meeting" -> "during the meeting". No order word turned round (before/last are no
// opposites), so reason-order misses it: a bound that had to come early (before, prior to, ahead
// of, immediately, at once, without delay) went, and a later one (by/at the end of, within,
// during, after, once, by) came with words of its own, the rest of the sentence kept. The same
// bound said again ("before the deadline" -> "by the deadline", "ahead of the first visit") brings
// no word of its own and stays quiet. Pure.
import type { Finding } from './_findings.ts';
import { saysSameOrder } from './_order-facts.ts';
import { readOneToOne, type StatementDiffInput } from './_statement-groups.ts';
import { isContent, type Statement } from './_statements.ts';
import { normaliseWord, quote } from './_text.ts';

/** Bounds that put the action early. "before the end of" is a late one. */
const EARLY = /\b(?:before(?! the end of| the close of| close of)|prior to|ahead of|in advance of|earlier than|immediately|at once|straight away|right away|without delay|as soon as|promptly|on arrival|upon arrival)\b/g;
/** Bounds that give the action until a later point. */
const LATE = /\b(?:in (?:the|their|your|his|her|its) (?:first|second|third|opening|coming|next)|over the (?:next|coming|following)|(?:on |by |during )?the (?:same|next|following) (?:day|working day|business day|week|shift)|at some point|sometime|in due course|by the end of|at the end of|by the close of|by close of|before the end of|before the close of|no later than the end of|in the course of|over the course of|within|during|after|following|once|later|eventually|by)\b/g;
/** Words of a bound that name no later moment of their own ("by the time", "at that point"). */
const NO_MOMENT = new Set(['time', 'moment', 'point', 'latest', 'then']);
/** How many words after a late bound say when it is. */
const BOUND_WORDS = 6;

function matches(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((match) => match[0]);
}

/** The later bound `next` brought in place of an early one of `previous`, quoted, or null. */
function movedLater(previous: Statement, next: Statement): { from: string; to: string } | null {
  const before = ` ${previous.words.join(' ')} `;
  const after = ` ${next.words.join(' ')} `;
  const early = matches(before, EARLY);
  const lost = early.find((phrase) => matches(after, EARLY).filter((other) => other === phrase).length < early.filter((other) => other === phrase).length);
  if (!lost) return null;
  const oldStems = new Set(previous.stems);
  const atLost = before.indexOf(` ${lost} `);
  // Everything the rule said before its bound stays: only the bound moved.
  const lead = before.slice(0, atLost).split(' ').filter((word) => word !== '' && isContent(word)).map(normaliseWord);
  const nowStems = new Set(next.stems);
  if (lead.length < 2 || !lead.every((stem) => nowStems.has(stem))) return null;
  const oldLate = new Set(matches(before, LATE));
  for (const match of after.matchAll(LATE)) {
    if (oldLate.has(match[0])) continue;
    const bound = after.slice((match.index ?? 0) + match[0].length).trim().split(' ').slice(0, BOUND_WORDS);
    const own = bound.filter(isContent).map(normaliseWord).filter((stem) => !oldStems.has(stem) && !NO_MOMENT.has(stem));
    if (own.length > 0) {
      const from = before.slice(atLost).trim().split(' ').slice(0, lost.split(' ').length + 3).join(' ');
      return { from, to: `${match[0]} ${bound.join(' ')}` };
    }
  }
  return null;
}

/** One reason per one-to-one aligned sentence whose early time bound was moved later. */
export function findDeadlinesMoved(input: StatementDiffInput): Finding[] {
  return readOneToOne(input, ({ group, previous, next }): Finding | null => {
    // "Verify the caller before discussing the bill" = "Only discuss the bill once the caller is verified".
    if (saysSameOrder(group)) return null;
    const moved = movedLater(previous, next);
    return moved ? { code: 'order-changed', message: `order changed: bound moved later, "${moved.from}" -> "${moved.to}" in ${quote(group.nextText)}`, orderTurned: { before: moved.from, after: moved.to } } : null;
  });
}
