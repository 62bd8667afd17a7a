// `scope-narrowed`: a thing a duty or a prohibition covers cut to a part of itself, every other
// word kept ("along the whole route" -> "along the first half of the route", "at every junction
// along the course" -> "along the first ten miles of the course", "in the car park" -> "in the
// north end of the car park"). The part keeps the thing's own noun, so no word went and the score
// stays high. The whole said another way ("the whole of the route", "the full length of",
// "every part of") and a grant cut to part of its place (stricter) read nothing. Pure.
import type { Reason } from '../schema/records.ts';
import { readOneToOne, type StatementDiffInput } from './_statement-groups.ts';
import { changedWords } from './_changed-stretch.ts';
import { quote } from './_text.ts';
import { NUMBER_WORDS } from './_numbers.ts';

/** Words that pick a part of a thing out ("the first half of", "the north end of", "one side of"). */
const PARTS = new Set([
  'first', 'last', 'second', 'third', 'final', 'opening', 'early', 'earlier', 'later', 'half', 'halves', 'quarter', 'part', 'parts',
  'section', 'sections', 'portion', 'portions', 'stretch', 'some', 'end', 'ends', 'start', 'beginning', 'edge', 'edges', 'middle',
  'centre', 'center', 'top', 'bottom', 'front', 'back', 'rear', 'upper', 'lower', 'inner', 'outer', 'near', 'far', 'side', 'sides',
  'corner', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'main', 'few', 'several', 'one',
]);
/** Words that say the whole ("the whole of", "the full length of", "every part of", "all of"). */
const WHOLE = new Set(['whole', 'entire', 'full', 'complete', 'all', 'every', 'each', 'any', 'both', 'either', 'length', 'entirety', 'throughout']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'your', 'this', 'that']);
const PERIODS = /^(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?)$/;
const GRANTS = new Set(['may', 'can', 'could', 'allowed', 'permitted', 'entitled']);

/** Whether a word picks out a part: a part word, or a count ("the first ten miles of"). */
function picksPart(word: string): boolean {
  return PARTS.has(word) || /^\d/.test(word) || word in NUMBER_WORDS;
}

export function findPartsNarrowed(input: StatementDiffInput): Reason[] {
  return readOneToOne(input, ({ group, previous, next }) => {
    const a = previous.words;
    const b = next.words;
    if (a.some((word) => GRANTS.has(word)) || b.some((word) => GRANTS.has(word))) return null;
    const { head, tail, gone, came } = changedWords(a, b);
    // The thing itself stays after the change ("... route"): only what stands before it changed.
    if (tail === 0 || came.length < 2) return null;
    // What went said the whole or nothing; what came is "<part> of (the)".
    if (!gone.every((word) => WHOLE.has(word) || DETERMINERS.has(word))) return null;
    const of = came.lastIndexOf('of');
    if (of === -1 || !came.slice(of + 1).every((word) => DETERMINERS.has(word))) return null;
    const part = came.slice(0, of);
    if (part.length === 0 || part.length > 4 || !part.some(picksPart) || part.some((word) => WHOLE.has(word))) return null;
    const thing = a.slice(a.length - tail, a.length - tail + 3).join(' ');
    // "within the hour" -> "within a quarter of an hour": a deadline's period cut shorter is
    // sooner, not less covered; only a period the duty lasts through ("during the whole shift") is cut.
    if (PERIODS.test(a[a.length - tail] ?? '') && !/^(?:during|throughout|for)$/.test(a[head - 1] ?? '')) return null;
    return { code: 'scope-narrowed', message: `scope narrowed: "${came.join(' ')} ${thing}" is a part of what ${quote(group.previousText)} covered, in ${quote(group.nextText)}` };
  });
}
