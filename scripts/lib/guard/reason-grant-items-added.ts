// `scope-widened` for a permission whose list of things gained items while every old word stayed:
// "Hirers may borrow wigs and headdresses from the store" -> "Hirers may borrow wigs, headdresses,
// armour and jewellery from the store, and any other item they find". A grant names what it lets
// people do; an item appended to the list it grants, or "and any other ..." appended to it, lets
// them do more. The same items appended to a duty's or a prohibition's list ask more (stricter),
// and items appended inside the case a grant waits for ("may borrow wigs if they have paid and
// signed") make it harder to get: both left alone. The new items must join an old list (or be
// said as "any other ..."), after a list word ("," "and" "or" "along with"), and hold no modal,
// negation or case word: "..., and must return them clean" is a duty added, another reading's.
// Pure.
import type { Reason } from '../schema/records.ts';
import { ruleKind } from './_rule-kind.ts';
import { readOneToOne, type StatementDiffInput } from './_statement-groups.ts';
import { isContent, stemSet } from './_statements.ts';
import { normaliseWord, NOUN_DETERMINERS, quote } from './_text.ts';

/** Words that only introduce a noun, and list words: neither names a thing granted. */
const SKIPPED = new Set(['the', 'a', 'an', 'their', 'his', 'her', 'its', 'our', 'your', 'this', 'that', 'these', 'those', 'and', 'or', ',']);
/** Words after which an appended item stands in the list. */
const JOINERS = new Set([',', 'and', 'or', 'plus', 'with']);
/** A word that makes the appended words a clause of their own, not an item. */
const NOT_AN_ITEM = /^(?:must|should|shall|will|would|may|can|could|might|need|needs|is|are|was|were|be|been|has|have|had|do|does|not|never|no|nor|only|but|then|so|unless|if|when|whenever|once|until|before|after|provided|except|who|which|whose|where|while|because)$|n't$/;
/**
 * Words that open the case a grant applies in, or what it leaves out: items added after one make
 * it harder to get ("may check out late, except on bank holidays or during conferences").
 */
const CASE_OPENERS = /^(?:who|that|which|whose|if|when|whenever|once|after|before|until|unless|provided|providing|having|where|while|except|excluding|barring|save|apart|than|but)$/;
/** Words that point back at the items already named ("or either of them", "or both"). */
const BACK_REFERENCES = /^(?:both|either|neither|each|them|it|one|ones|other|others|same)$/;
/** How many words an old list item may hold ("the tone settings"). */
const ITEM_WORDS = 4;
/** "any other item", "anything else": an item that names every thing not yet named. */
const UNIVERSAL_ITEM = /^(?:any|anything|everything|all|whatever|other)$/;

function tokens(text: string): string[] {
  return (text.toLowerCase().replace(/[’]/g, "'").match(/[a-z0-9'-]+|[,;]/g) ?? []).map((token) => (token === 'along' || token === 'together' ? 'with' : token));
}

/** The runs of new words (as indices into `next`) inserted among the old words kept in order, or null. */
function insertedRuns(previous: readonly string[], next: readonly string[]): Array<{ from: number; to: number; after: number }> | null {
  const core = (list: readonly string[]) => list.flatMap((token, i) => (SKIPPED.has(token) ? [] : [i]));
  const old = core(previous);
  const now = core(next);
  const runs: Array<{ from: number; to: number; after: number }> = [];
  let k = 0;
  let run: number[] = [];
  let lastKept = -1;
  for (const i of now) {
    const want = old[k];
    if (want !== undefined && next[i] === previous[want]) {
      if (run.length > 0) runs.push({ from: run[0] ?? 0, to: run.at(-1) ?? 0, after: lastKept });
      run = [];
      lastKept = want;
      k++;
    } else run.push(i);
  }
  if (run.length > 0) runs.push({ from: run[0] ?? 0, to: run.at(-1) ?? 0, after: lastKept });
  return k === old.length ? runs : null;
}

export function findGrantItemsAdded(input: StatementDiffInput): Reason[] {
  return readOneToOne(input, ({ group, previous, next }) => {
    if (ruleKind(previous) !== 'grant' || ruleKind(next) !== 'grant') return null;
    const before = tokens(previous.text);
    const after = tokens(next.text);
    const runs = insertedRuns(before, after);
    // Else the sentence rebuilt round its list ("Wigs, headdresses and armour can all be borrowed by hirers").
    const added = runs ? itemsAppended(runs, before, after, stemSet(previous.text)) : itemsAddedToRebuiltList(previous.text, next.text);
    if (added.length === 0) return null;
    return { code: 'scope-widened', message: `permission widened: ${added.map((item) => `"${item}"`).join(', ')} added to what ${quote(previous.text, 60)} grants, in ${quote(group.nextText)}` };
  });
}

/** The runs of new words inserted among the old ones that are items appended to a list the grant names. */
function itemsAppended(runs: ReadonlyArray<{ from: number; to: number; after: number }>, before: readonly string[], after: readonly string[], oldStems: ReadonlySet<string>): string[] {
  return runs.flatMap(({ from, to, after: kept }) => {
    const words = after.slice(from, to + 1);
    if (words.some((word) => NOT_AN_ITEM.test(word) || word === ';')) return [];
    // "..., or both", "or either of them": the old items named again, nothing new granted.
    if (!words.some((word) => isContent(word) && !BACK_REFERENCES.test(word) && !oldStems.has(normaliseWord(word)))) return [];
    // The word before the new item, past its article ("..., the feedback manager"), joins lists.
    let join = from - 1;
    while (join > 0 && SKIPPED.has(after[join] ?? '') && !JOINERS.has(after[join] ?? '')) join--;
    if (!JOINERS.has(after[join] ?? '')) return [];
    // Inside a case clause of the new sentence: a prerequisite added, not a thing granted.
    const lead = after.slice(0, from);
    const clauseStart = lead.lastIndexOf(';') + 1;
    if (lead.slice(clauseStart).some((word) => CASE_OPENERS.test(word))) return [];
    // It joins an old list (an old word beside it stood in one), or names every other thing.
    // The old item beside it is the last of a list: a list word stands a few words before it ("the
    // volume and the tone settings") or right after it.
    const inOldList = kept >= 0 && (JOINERS.has(before[kept + 1] ?? '') || before.slice(Math.max(0, kept - ITEM_WORDS), kept).some((word) => JOINERS.has(word)));
    // A noun phrase joined to a lone old object ("over the north field, the car park and the
    // stables"): the list word is followed by a determiner, which no verb takes ("and sign them in").
    const nounPhrase = NOUN_DETERMINERS.has(after[join + 1] ?? '');
    if (!inOldList && !nounPhrase && !UNIVERSAL_ITEM.test(words.find((word) => !SKIPPED.has(word)) ?? '')) return [];
    return [words.filter((word) => word !== ',').join(' ')];
  });
}

/** List words a rebuilt sentence's items are split at. */
const ITEM_BREAK = /,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as well as|plus|along with|together with)\s+/i;

/**
 * Items of a granted list in a sentence rebuilt round it: every old content word is still there,
 * and a list item of the new sentence holds only words the old one lacked while an item beside it
 * holds only old words (an old item kept in the list). Short items only: a clause is no item.
 */
function itemsAddedToRebuiltList(previous: string, next: string): string[] {
  if (!/,|\b(?:and|or)\b/i.test(previous)) return [];
  const oldStems = stemSet(previous);
  const newStems = stemSet(next);
  if ([...oldStems].some((stem) => !newStems.has(stem))) return [];
  const segments = next.replace(/[.!?]+$/, '').split(ITEM_BREAK).map((segment) => segment.trim());
  const wordsOf = (segment: string) => segment.toLowerCase().split(/\s+/).filter((word) => word !== '');
  const short = (segment: string) => wordsOf(segment).length <= ITEM_WORDS;
  const onlyOld = (segment: string) => stemSet(segment).size > 0 && [...stemSet(segment)].every((stem) => oldStems.has(stem));
  const onlyNew = (segment: string) => [...stemSet(segment)].some((stem) => !BACK_REFERENCES.test(stem)) && [...stemSet(segment)].every((stem) => !oldStems.has(stem));
  return segments.flatMap((segment, i) => {
    if (!short(segment) || !onlyNew(segment) || wordsOf(segment).some((word) => NOT_AN_ITEM.test(word))) return [];
    const beside = [segments[i - 1], segments[i + 1]].filter((other): other is string => other !== undefined);
    if (!beside.some((other) => short(other) && onlyOld(other))) return [];
    // Not inside a case or an "except" clause of the new sentence.
    const lead = segments.slice(0, i).join(' ').toLowerCase().split(/\s+/);
    return lead.some((word) => CASE_OPENERS.test(word)) ? [] : [segment];
  });
}
