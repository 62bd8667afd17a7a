// `conjunct-dropped`: one item of a list inside a rule went while the rest stayed ("log the call
// and notify the duty manager" -> "log the call"; "refunds, chargebacks and fraud reports" ->
// "refunds"). Sentence-sized drops are `requirement-removed`. Pure.
import type { Reason } from '../schema/records.ts';
import { CLAUSE_OPENERS_AFTER_ONCE, NUMBER_WORDS, TIMES_WORDS } from './_numbers.ts';
import { conditionMadeStricter } from './reason-condition-conjunction.ts';
import type { StatementDiffInput } from './_statement-groups.ts';
import { isImperativeVerb } from './_rule-words.ts';
import { stemSet } from './_statements.ts';
import { droppedAllowedAlternative, inGrantedList } from './_stricter-edits.ts';
import { escapeRegExp, normaliseWord, quote, sameRoot, splitSentences } from './_text.ts';
import { jointItemCut } from './_joint-items.ts';
import { droppedAct } from './_acts-dropped.ts';
import { firstItemCut } from './_first-item-cut.ts';
import { lastItemCut } from './_last-item-cut.ts';
import { boundedRangesKept } from './_level-ranges.ts';
import { dutySaidAsNoneWithout, headSaidAsNoneWithout } from './_duty-as-none-without.ts';

/** The words of a level's bound, read as an item of their own ("amber or higher"). */
const LEVEL_BOUND = /^(?:higher|above|more|worse|greater|over|up|beyond|lower|below|less|better|under|down)\b/i;

/** List items and clause parts of a sentence: split at commas, and/or, and condition words. */
const QUANTIFIERS = new Set(['every', 'each', 'all', 'any'].map(normaliseWord));

/**
 * Where a sentence's items part: commas (not inside "$5,000"), semicolons, "and"/"or", "save when"
 * (an exception's marker), and the words that open a condition or an order; "once" only before a
 * clause ("once the form is signed"), not as a count ("once a week").
 */
const ITEM_BREAKS = new RegExp(
  String.raw`,(?!\d{3}\b)|[;:]|(?:^|\s)save\s+(?:when|where|if)\s|\s(?:and|or|as well as|plus|along with|together with|when|if|unless|before|after|then)\s|\sonce\s(?=(?:${CLAUSE_OPENERS_AFTER_ONCE.join('|')})\s)`,
  'i',
);

/**
 * "between 7 and 10 o'clock", "between six and eight weeks": the two ends of one range, no list; its
 * "and" parts nothing (round 37c: v49's "between 7 and 10 o'clock" -> "7-10am" read as "10 o'clock" dropped).
 */
const RANGE_BETWEEN = new RegExp(String.raw`\bbetween (\d[\d:.]*(?:\s?[ap]\.?m\.?)?|${Object.keys(NUMBER_WORDS).join('|')}) and (?=\d|(?:${Object.keys(NUMBER_WORDS).join('|')})\b)`, 'gi');

function items(sentence: string): string[] {
  return sentence
    .replace(RANGE_BETWEEN, 'between $1 to ')
    .split(ITEM_BREAKS)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/**
 * Two verbs sharing one object ("approve and record every gift"), as [kept, dropped] when the
 * new text keeps one of them and lost every trace of the other: a duty left out, not reworded.
 */
const NOUN_OPENERS = new Set(['the', 'a', 'an', 'your', 'their', 'our', 'his', 'her', 'its', 'this', 'that', 'these', 'those', 'each', 'every', 'any', 'all', 'some', 'no']);

function droppedVerb(sentence: string, newStems: ReadonlySet<string>, next: string): [string, string] | null {
  for (const match of sentence.toLowerCase().matchAll(/\b(?:([a-z]+) )?([a-z]+) and ([a-z]+)\b/g)) {
    const [, before = '', first = '', second = ''] = match;
    // "log the call and notify": a word after a determiner is a noun, not a verb.
    if (NOUN_OPENERS.has(before) || !isImperativeVerb(first) || !isImperativeVerb(second)) continue;
    const has = (word: string): boolean => [...stemSet(word)].every((stem) => newStems.has(stem));
    // "contact and alert mountain rescue" -> "contact and notify mountain rescue": another verb in its place reworded it.
    const swapped = new RegExp(`\\b${first} and ([a-z]+)\\b`).exec(next.toLowerCase())?.[1];
    if (swapped && swapped !== second && isImperativeVerb(swapped)) continue;
    if (has(first) && !has(second)) return [first, second];
    if (has(second) && !has(first)) return [second, first];
  }
  return null;
}

/**
 * A hedge read as a list item ("where access allows", "weather permitting", "if possible"): one of
 * the sentence's qualifiers, or "where/when/if/as <noun> allows/permits" and "<noun> permitting/
 * allowing" with any noun ("access", "tide", "footfall").
 */
const HEDGE_ITEM = /^(?:(?:where|when|if|as|whenever|while) (?:the |your |their |our |its )?(?:[a-z'-]+ ){0,2}(?:allows?|permits?|lets? (?:you|us|them|staff))|(?:the |your |their |our )?[a-z'-]+ (?:permitting|allowing))$/i;

function isHedge(item: string, qualifiers: readonly string[]): boolean {
  const text = item.replace(/[.!?]+$/, '').trim().toLowerCase();
  // The splitter cut at "when"/"if", so "allows" may be all that is left of "when access allows".
  return HEDGE_ITEM.test(text) || /^(?:[a-z'-]+ ){0,2}(?:allows?|permits?)$/.test(text) || qualifiers.some((qualifier) => text.includes(qualifier));
}

const TIME_UNIT = /^(?:second|minut|min|hour|hr|day|dai|week|fortnight|month|year)s?$/;
/** A list of what a rule excepts: one item fewer excepts less, a stricter rule. */
const EXCEPTED_LIST = /\b(?:except|excepting|unless|other than|apart from|excluding|but not)\b[^.;:]*$/i;

/** A count said in words ("three times" -> "twice"): number-changed's to judge, like a figure. */
const COUNT_WORD = new Set([...Object.keys(TIMES_WORDS), 'time', 'times', ...Object.keys(NUMBER_WORDS).filter((word) => NUMBER_WORDS[word]! > 1)].map(normaliseWord));

/** Words that agree with a subject's or object's number, each read as its singular. */
const AGREEING: Readonly<Record<string, string>> = { them: 'it', they: 'it', their: 'its', these: 'this', those: 'that', are: 'is', were: 'was', have: 'has' };

function singular(word: string): string {
  return AGREEING[word] ?? word;
}

/** A text's words, lower case, between spaces. */
function spaced(text: string): string {
  return ` ${text.toLowerCase().split(/[^a-z0-9'%£$€-]+/).filter((word) => word !== '').join(' ')} `;
}

/**
 * Whether an item cut from a list's front or end is said again, its words in order (a leading
 * "is/are/has/have" aside, two words at least), in a sentence the new version added: the item was
 * split off, not cut ("can lift 20 kg, has a forklift ticket and is over 18" -> "... and has a
 * forklift ticket. Also verify that they are over 18."; round 43d, the tuning set's split-join).
 */
function saidInAddedSentence(item: string, added: StatementDiffInput['added']): boolean {
  const words = spaced(item).trim().split(' ');
  const body = /^(?:is|are|was|were|has|have|be|been)$/.test(words[0] ?? '') ? words.slice(1) : words;
  return body.length >= 2 && added.some((statement) => spaced(statement.text).includes(` ${body.join(' ')} `));
}

/** One reason per aligned group that lost a whole list item and gained (almost) nothing. */
export function findConjunctsDropped(input: StatementDiffInput): Reason[] {
  const reasons: Reason[] = [];
  // An item whose words are still somewhere in the new clause moved (prose -> bullets), it did not go.
  // Sentences both versions hold word for word were there before: an item's words in them show no move.
  const kept = new Set(input.groups.filter((group) => group.previousText === group.nextText).map((group) => group.nextText));
  const everyNewStem = stemSet(splitSentences(input.nextText).filter((sentence) => !kept.has(sentence)).join(' '));
  // Words the new version brought, in sentences with no negation ("need no apology or explanation"
  // turns "apologise and explain" round, it says no item again).
  const everyOldStem = stemSet(input.previousText);
  const unnegated = splitSentences(input.nextText).filter((sentence) => !kept.has(sentence) && !/\b(?:no|not|never|nothing|none|nobody|without|neither|nor)\b|n't\b/i.test(sentence));
  const broughtWords = [...stemSet(unnegated.join(' '))].filter((stem) => !everyOldStem.has(stem));
  for (const group of input.groups) {
    // "refund only if faulty or damaged" -> "only if faulty": a case cut from a gate, stricter.
    const [sole, soleNext] = [group.previous[0], group.next[0]];
    if (group.previous.length === 1 && group.next.length === 1 && sole && soleNext && conditionMadeStricter(sole, soleNext)) continue;
    const found = reasons.length;
    const oldStems = stemSet(group.previousText);
    const newStems = stemSet(group.nextText);
    const gained = [...newStems].filter((stem) => !oldStems.has(stem));
    if (gained.length > 1) continue; // reworded, not shortened
    // Words every old sentence of the group shares are the lead-in its list items were read with
    // ("Documents needed for a mortgage application:" + each bullet): a frame, never an item.
    const sets = group.previous.map((statement) => stemSet(statement.text));
    const frame = new Set(sets.length < 2 ? [] : [...(sets[0] ?? [])].filter((stem) => sets.every((set) => set.has(stem))));
    for (const sentence of group.previous) {
      // Numbers are number-changed's to judge: a part that only lost its amount (in figures or in
      // words), or its unit of time ("after 12 months" -> "after a year"), was not dropped.
      // A quantifier is no word of an item either: "every climber" -> "each climber" keeps the item.
      const parts = items(sentence.text).map((text) => ({ text, stems: [...stemSet(text)].filter((stem) => !/^\d/.test(stem) && !TIME_UNIT.test(stem) && !COUNT_WORD.has(stem) && !frame.has(stem) && !QUANTIFIERS.has(stem)) })).filter((part) => part.stems.length > 0);
      if (parts.length < 2) continue;
      // "Deferred donors include anyone who ..., anyone who ... and anyone taking ...": the first item
      // carries the sentence's lead up to the word every later item opens with; the lead is no item.
      const opener = parts[1]?.stems[0];
      const leadEnd = opener !== undefined && parts.slice(1).every((part) => part.stems[0] === opener) ? (parts[0]?.stems.indexOf(opener) ?? -1) : -1;
      if (leadEnd > 0 && parts[0]) parts[0] = { ...parts[0], stems: parts[0].stems.slice(leadEnd) };
      // Most of an item's words gone: "phone number of the caller" loses "phone number", not "caller".
      // Or, in a serial list ("A, B and C"), the head of its last item gone with the sentence's tail
      // kept ("the dose, the time and the route in the chart" -> "the dose and the time in the
      // chart": "route" went, "chart" belongs to the whole list). "A and B" is no such list: its
      // second part is often a verb phrase reworded ("send the receipt by email" -> "email it").
      // The comma closing a leading condition ("If a hiker is overdue, phone ... and alert ...") ends
      // no list item: the list is read from after it.
      const lead = /^(?:if|when|whenever|once|after|before|unless|while|on|during)\b[^,]*,\s*/i.exec(sentence.text)?.[0].length ?? 0;
      const listed = /,[^,]*?\s(?:and|or)\s/i.exec(sentence.text.slice(lead));
      const serialMatch = listed ? Object.assign(listed, { index: listed.index + lead }) : null;
      const serial = serialMatch !== null;
      // The serial list's last item need not end the sentence: "Food handlers with vomiting,
      // diarrhoea or jaundice must stay away ..." lists the cases of its subject, the rule follows.
      const rest = serialMatch ? sentence.text.slice(serialMatch.index + serialMatch[0].length) : '';
      const lastItem = serialMatch ? parts.findIndex((part) => rest.startsWith(part.text)) : -1;
      const dropped = parts.find((part, k) => {
        // "Teams must wear gloves when handling glass" -> "No one handles glass without gloves on": the duty's head said by "no one ... without" (_duty-as-none-without.ts, round 45b).
        if (headSaidAsNoneWithout(part.text, sentence.text, group.nextText)) return false;
        // "about injuries, pregnancy and ..." -> "whether they are pregnant": an item said by a word
        // of its root the new version brought in a sentence with no negation (not one the old had:
        // "the manager and the management team" -> "the manager" still drops the team; round 30c,
        // v33's list of questions).
        const gone = (stem: string) => !newStems.has(stem) && !everyNewStem.has(stem) && !broughtWords.some((word) => sameRoot(word, stem));
        const missing = part.stems.filter(gone).length;
        const head = part.stems[0];
        // "visa requirements and vaccination requirements" -> "visa requirements": the item repeats
        // the noun of the one before it, so only its first word tells it apart, and that went.
        const repeatsNoun = k > 0 && part.stems[1] !== undefined && (parts[k - 1]?.stems ?? []).includes(part.stems[1]);
        // "to the head of sales and the head of finance" -> "to the head of sales": every word only
        // this item has went, and it shares the rest with the item before it.
        const own = part.stems.filter((stem) => !parts.some((other, o) => o !== k && other.stems.includes(stem)));
        // A coordinated item that opens with a word of the item before it ("the head of ... and the head of ...").
        const coordinated = new RegExp(`\\b(?:and|or)\\s+${escapeRegExp(part.text)}`, 'i').test(sentence.text);
        const sharesWithPrevious = k > 0 && coordinated && part.stems[0] !== undefined && (parts[k - 1]?.stems ?? []).includes(part.stems[0]);
        const ownGone = sharesWithPrevious && own.length > 0 && own.every(gone);
        // A head every item opens with ("anyone who ...") frames the list; it tells no item apart.
        const framing = head !== undefined && parts.every((other) => other.stems[0] === head);
        return missing >= 2 || missing / part.stems.length > 0.5 || (serial && k > 0 && (k === parts.length - 1 || k === lastItem) && head !== undefined && gone(head) && !framing) || (repeatsNoun && head !== undefined && gone(head)) || ownGone;
      });
      const kept = parts.filter((part) => part !== dropped && part.stems.some((stem) => newStems.has(stem)));
      // "may share it with the lead or their deputy" -> "only with the lead": a grant narrowed, stricter.
      // "only with the guest or their travel agent" -> "only with the guest": fewer allowed, stricter.
      // "Test the phone monthly, where access allows" -> "Test the phone monthly": a hedge went,
      // so the duty holds in every case: stricter (qualifier-added reads the other way).
      if (dropped && isHedge(dropped.text, sentence.qualifiers)) continue;
      // "amber or higher" -> "reaches amber": the bound's words went, the range of levels stands.
      if (dropped && LEVEL_BOUND.test(dropped.text) && boundedRangesKept(sentence.text, group.nextText)) continue;
      if (dropped && kept.length > 0 && !inGrantedList(sentence.text, dropped.text, (stem) => newStems.has(stem)) && !droppedAllowedAlternative(sentence.text, dropped.text, group.nextText)) {
        reasons.push({ code: 'conjunct-dropped', message: `conjunct dropped: "${dropped.text.replace(/[.!?]+$/, '')}" is gone from ${quote(group.nextText)}` });
        break;
      }
      const verb = droppedVerb(sentence.text, stemSet(input.nextText), group.nextText);
      if (verb) {
        reasons.push({ code: 'conjunct-dropped', message: `conjunct dropped: "${verb[1]}" (beside "${verb[0]}") is gone from ${quote(group.nextText)}` });
        break;
      }
    }
    // "who has checked the dose and the interactions may sign" -> "... the dose may sign": an "and"
    // item cut out, every other word kept, that the splitter above read as mostly kept.
    const [only] = group.previous;
    const [now] = group.next;
    // "kite and harness ... hang them" -> "kite ... hang it": a pronoun or verb that only followed
    // the list's number is no other word changed.
    const cut = reasons.length === found && group.previous.length === 1 && group.next.length === 1 && only && now ? jointItemCut(only.words.map(singular), now.words.map(singular), only.text) : null;
    if (cut) {
      const why = cut.reading === 'prerequisite' ? ', one fewer condition before the grant' : cut.reading === 'way-out' ? ', so the exception needs less' : '';
      reasons.push({ code: 'conjunct-dropped', message: `conjunct dropped: "${cut.item}" is gone${why} in ${quote(group.nextText)}` });
    }
    // "must vacuum their coveralls, take them off ..." -> "must take off their coveralls ...": an act cut, its object moved on (_acts-dropped.ts, round 29b).
    const act = reasons.length === found && group.previous.length === 1 && group.next.length === 1 && only && now && !dutySaidAsNoneWithout(only.text, now.text) ? droppedAct(only.text, now.text) : null;
    if (act) reasons.push({ code: 'conjunct-dropped', message: `conjunct dropped: the act "${act}" is gone from ${quote(group.nextText)}` });
    // "Check the tyres, the lights and the brakes" -> "Check the lights and the brakes": a list's first item cut, the lead kept (_first-item-cut.ts, round 30b).
    const first = reasons.length === found && group.previous.length === 1 && group.next.length === 1 && only && now ? firstItemCut(only.text, now.text) : null;
    if (first && only && !saidInAddedSentence(first, input.added) && !isHedge(first, only.qualifiers) && !inGrantedList(only.text, first, (stem) => newStems.has(stem)) && !droppedAllowedAlternative(only.text, first, group.nextText)) {
      reasons.push({ code: 'conjunct-dropped', message: `conjunct dropped: "${first}" is gone from the front of the list in ${quote(group.nextText)}` });
    }
    // "the site code, the exposure start date and the exposure end date" -> "the site code and the exposure start date": the last item cut, its head still said by the item kept (_last-item-cut.ts, round 42a).
    const last = reasons.length === found && group.previous.length === 1 && group.next.length === 1 && only && now ? lastItemCut(only.text, now.text) : null;
    if (last && only && !saidInAddedSentence(last, input.added) && !isHedge(last, only.qualifiers) && !EXCEPTED_LIST.test(only.text.slice(0, only.text.indexOf(last))) && !inGrantedList(only.text, last, (stem) => newStems.has(stem)) && !droppedAllowedAlternative(only.text, last, group.nextText)) {
      reasons.push({ code: 'conjunct-dropped', message: `conjunct dropped: "${last}" is gone from the end of the list in ${quote(group.nextText)}` });
    }
  }
  // "Escalate refunds, chargebacks and fraud reports" -> "Escalate refunds" keeps too few words to
  // align; a new sentence made only of an old sentence's words is that sentence, shortened.
  for (const old of input.removed) {
    const oldStems = stemSet(old.text);
    const shortened = input.added.find((now) => now.stems.length > 0 && now.stems.every((stem) => oldStems.has(stem)));
    if (!shortened) continue;
    const newStems = stemSet(shortened.text);
    const dropped = items(old.text).filter((item) => [...stemSet(item)].some((stem) => !newStems.has(stem)));
    if (dropped.length > 0) {
      reasons.push({ code: 'conjunct-dropped', message: `conjunct dropped: "${dropped.map((item) => item.replace(/[.!?]+$/, '')).join('", "')}" gone from ${quote(shortened.text)}` });
    }
  }
  return reasons;
}
