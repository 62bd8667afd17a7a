// `order-changed`: an order or direction relation turned round: before -> after, above -> below,
// at least -> at most, first -> last, or the same words now attached to the other side ("the
// article first, the handover last" -> "the handover first, the article last"). Pure.
import type { Finding, Turned } from './_findings.ts';
import type { StatementDiffInput } from './_statement-groups.ts';
import { saysSameOrder } from './_order-facts.ts';
import { isContent, OPPOSITE_DIRECTION, type DirectionCue, type Statement } from './_statements.ts';
import { findStepsSwapped } from './_steps.ts';
import { normaliseWord } from './_text.ts';
import { quote } from './_text.ts';

function count(cues: readonly DirectionCue[], direction: string): number {
  return cues.filter((cue) => cue.direction === direction).length;
}

/** Content stems left and right of each before/after word of a sentence. */
function sides(statement: Statement): Array<{ cue: string; left: Set<string>; right: Set<string> }> {
  const found: Array<{ cue: string; left: Set<string>; right: Set<string> }> = [];
  // "whichever comes first" picks one of the deadlines; moved to the front, it is no step that moved.
  const picker = new Set(statement.words.flatMap((word, i) => (word === 'whichever' ? [i, i + 1, i + 2] : [])));
  statement.words.forEach((word, i) => {
    if (word !== 'before' && word !== 'after' && word !== 'until') return;
    const stems = (from: number, to: number): Set<string> =>
      new Set(statement.words.slice(from, to).filter((other, k) => isContent(other) && !picker.has(from + k)).map(normaliseWord));
    found.push({ cue: word, left: stems(0, i), right: stems(i + 1, statement.words.length) });
  });
  return found;
}

/**
 * "Wait until the customer confirms before closing" -> "Close after the customer has confirmed":
 * before turned into after with its two sides swapped says the same thing.
 */
function isConverse(previous: readonly Statement[], next: readonly Statement[]): boolean {
  const opposite: Record<string, string> = { before: 'after', after: 'before', until: 'after' };
  return previous.flatMap(sides).some((old) =>
    next.flatMap(sides).some((now) =>
      now.cue === opposite[old.cue] &&
      [...old.left].some((stem) => now.right.has(stem)) &&
      [...old.right].some((stem) => now.left.has(stem)),
    ),
  );
}

/**
 * "Verify the caller before resetting the password" -> "Reset the password before verifying the
 * caller": the same word, with what stood on its left now on its right and the other way round.
 * Fronting a clause ("Before resetting ..., verify ...") moves words one way only.
 */
function findSidesSwapped(previous: readonly Statement[], next: readonly Statement[]): string | null {
  for (const old of previous.flatMap(sides)) {
    for (const now of next.flatMap(sides)) {
      if (old.cue !== now.cue) continue;
      const toRight = [...old.left].filter((stem) => now.right.has(stem) && !now.left.has(stem));
      const toLeft = [...old.right].filter((stem) => now.left.has(stem) && !now.right.has(stem));
      if (toRight.length > 0 && toLeft.length > 0) return `"${toLeft[0]}" and "${toRight[0]}" swapped around "${old.cue}"`;
    }
  }
  return null;
}

/** Superlatives that order a queue or a list, by what they sort on. */
const SORT_KEYS: Readonly<Record<string, string>> = {
  oldest: 'age', newest: 'age', earliest: 'age', latest: 'age', 'most recent': 'age', 'least recent': 'age', 'most recently': 'age',
  cheapest: 'price', 'most expensive': 'price', 'least expensive': 'price', priciest: 'price',
  smallest: 'size', largest: 'size', biggest: 'size', shortest: 'length', longest: 'length', highest: 'value', lowest: 'value',
};

/**
 * "oldest first" -> "largest first": the queue is sorted on something else, which no opposite
 * direction shows (oldest orders first, largest up). Returns the two words, or null.
 */
function sortKeyChanged(before: readonly DirectionCue[], after: readonly DirectionCue[]): Turned | null {
  const keys = (cues: readonly DirectionCue[]) => cues.flatMap((cue) => (SORT_KEYS[cue.words] ? [cue.words] : []));
  const old = keys(before);
  const now = keys(after);
  const gone = old.find((word) => !now.some((other) => SORT_KEYS[other] === SORT_KEYS[word]));
  const came = now.find((word) => !old.some((other) => SORT_KEYS[other] === SORT_KEYS[word]));
  return gone && came ? { before: gone, after: came } : null;
}

/** One reason per aligned group whose order relations turned round, and one for steps run in another order. */
export function findOrderChanges(input: StatementDiffInput): Finding[] {
  const reasons: Finding[] = [];
  for (const group of input.groups) {
    // "Verify X before Y" = "Do not Y until X" = "Only Y once X": the same order said another way.
    if (saysSameOrder(group)) continue;
    const before = group.previous.flatMap((statement) => statement.directions);
    const after = group.next.flatMap((statement) => statement.directions);
    let found: string | null = null;
    let turned: Turned | null = null;
    for (const cue of before) {
      const opposite = OPPOSITE_DIRECTION[cue.direction];
      if (count(before, cue.direction) > count(after, cue.direction) && count(after, opposite) > count(before, opposite) && !isConverse(group.previous, group.next)) {
        const replacement = after.find((other) => other.direction === opposite);
        turned = { before: cue.words, after: replacement?.words ?? opposite };
        found = `"${turned.before}" -> "${turned.after}"`;
        break;
      }
      // "whichever is sooner" picks among the deadlines, whichever words stand next to it.
      const moved = cue.words.startsWith('whichever') ? undefined : cue.anchors.find(
        (anchor) =>
          after.some((other) => other.direction === opposite && other.anchors.includes(anchor) && !other.words.startsWith('whichever')) &&
          !after.some((other) => other.direction === cue.direction && other.anchors.includes(anchor)),
      );
      if (moved) {
        const other = after.find((candidate) => candidate.direction === opposite && candidate.anchors.includes(moved));
        found = `"${moved}" moved from "${cue.words}" to "${other?.words ?? opposite}"`;
        break;
      }
    }
    found ??= findSidesSwapped(group.previous, group.next);
    if (!found) {
      turned = sortKeyChanged(before, after);
      if (turned) found = `"${turned.before}" -> "${turned.after}" (sorted on something else)`;
    }
    if (found) reasons.push({ code: 'order-changed', message: `order changed: ${found} in ${quote(group.nextText)}`, ...(turned ? { orderTurned: turned } : {}) });
  }
  // Numbered steps and "then" chains: the sequence itself is the rule.
  const swapped = reasons.length === 0 ? findStepsSwapped(input.previousText, input.nextText) : null;
  if (swapped) {
    reasons.push({ code: 'order-changed', message: `order changed: "${swapped.earlier}" now comes after "${swapped.later}"` });
  }
  return reasons;
}
