// `condition-changed` for the range of levels a rule's case names narrowed or moved, its level
// word kept (issue 11, round 22c): "Call the vet when the welfare score is moderate or worse" ->
// "... is worse than moderate" (moderate itself left out), "when the ice risk is moderate or higher"
// -> "reaches high". Ranges are read by `_level-ranges.ts`, so "reaches moderate" = "moderate or
// higher". A duty or prohibition whose case names more levels applies more often (stricter), a
// grant fewer; in an "unless" or an "only" case any change counts. Pure.
import type { Reason } from '../schema/records.ts';
import { covers, levelRanges, sameRange, type LevelRange } from './_level-ranges.ts';
import { ruleKind } from './_rule-kind.ts';
import { readOneToOne, type StatementDiffInput } from './_statement-groups.ts';
import { quote } from './_text.ts';

/** Words that open the case a level stands in ("any incident rated major" picks cases too). */
const CASE = /\b(?:if|when|whenever|once|as soon as|while|where|unless|only|any|every|each|all)\b/g;

/** A sentence's words as `levelRanges` counts them, and the level ranges it names. */
interface Read {
  words: string[];
  ranges: LevelRange[];
}

const read = (text: string): Read => ({ words: text.toLowerCase().match(/[a-z]+/g) ?? [], ranges: levelRanges(text) });

/** The one range of a scale a sentence names in a case, with the case word before it; null if none or several. */
function rangeInCase({ words, ranges: all }: Read, scale: number): { range: LevelRange; marker: string } | null {
  const ranges = all.filter((range) => range.scale === scale);
  if (ranges.length !== 1) return null;
  const [range] = ranges;
  const marker = [...words.slice(0, range!.at).join(' ').matchAll(CASE)].at(-1)?.[0];
  return marker ? { range: range!, marker } : null;
}

/**
 * A level named bare in a case ("when the flag is red") names the cases from it upwards, as
 * reason-level reads it; a swap of one bare level for another is reason-level's to judge.
 */
const upwards = (range: LevelRange): LevelRange => (range.low === range.high ? { ...range, high: Infinity } : range);

export function findLevelRangesMoved(input: StatementDiffInput): Reason[] {
  return readOneToOne(input, ({ group, previous, next }) => {
    // Each sentence read once for every scale the old one names (the new one only if there is one).
    const old = read(previous.text);
    if (old.ranges.length === 0) return null;
    const current = read(next.text);
    for (const scale of new Set(old.ranges.map((range) => range.scale))) {
      const was = rangeInCase(old, scale);
      const now = rangeInCase(current, scale);
      if (!was || !now || (was.range.low === was.range.high && now.range.low === now.range.high)) continue;
      if (sameRange(upwards(was.range), upwards(now.range))) continue;
      const eitherWay = [was.marker, now.marker].some((marker) => marker === 'unless' || marker === 'only');
      const grant = ruleKind(previous) === 'grant';
      if (!eitherWay && (grant ? covers(upwards(was.range), upwards(now.range)) : covers(upwards(now.range), upwards(was.range)))) continue;
      return { code: 'condition-changed', message: `condition changed: "${was.range.text}" -> "${now.range.text}" (the levels the rule's case names ${eitherWay ? 'moved' : 'narrowed'}) in ${quote(group.nextText)}` };
    }
    return null;
  });
}
