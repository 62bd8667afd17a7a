// Shared text handling for the guard: sentences, words, stems, stop words and synonym folding.
// Pure: no `node:` imports.
import { readIntoPlaceholder } from './_list-placeholders.ts';
import { stemWord } from './_stem.ts';
import { americanSpelling } from './_spellings.ts';
import { rememberedPerText } from './_per-text.ts';
import { headingLeadIn } from './_heading-modality.ts';
import { foldIrregularNoun } from './_irregular-plurals.ts';
import { wordTable } from './_word-table.ts';

/** Markdown decoration that carries no meaning for a rule: list markers, headings, emphasis. */
function stripMarkdown(line: string): string {
  return line
    .replace(/^\s{0,3}(?:#{1,6}\s+|>\s*|[-*+]\s+|\d+[.)]\s+)/, '')
    .replace(/(\*\*|__|\*|`)/g, '');
}

const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'mr', 'mrs', 'ms', 'dr', 'no', 'inc', 'ltd', 'approx', 'art', 'cf', 'fig']);

const LIST_ITEM = /^\s{0,3}(?:[-*+]|\d+[.)])\s+/;
const HEADING = /^\s{0,3}#{1,6}\s+|^\s*\*\*[^*]+\*\*:?\s*$/;

function splitLine(line: string, sentences: string[]): void {
  let start = 0;
  const boundary = /[.!?;]+(?=\s+|$)/g;
  for (let match = boundary.exec(line); match !== null; match = boundary.exec(line)) {
    const before = line.slice(start, match.index);
    const lastWord = (/(\S+)$/.exec(before)?.[1] ?? '').toLowerCase();
    if (match[0] === '.' && ABBREVIATIONS.has(lastWord)) continue;
    // "by 4 p.m. and the client cannot be reached": a dotted abbreviation before a lower-case word ends no sentence.
    if (match[0] === '.' && /^(?:[a-z]\.)+[a-z]$/.test(lastWord) && /^\s+[a-z]/.test(line.slice(match.index + 1))) continue;
    const sentence = line.slice(start, match.index + match[0].length).trim();
    if (/[A-Za-z0-9]/.test(sentence)) sentences.push(sentence);
    start = match.index + match[0].length;
  }
  const rest = line.slice(start).trim();
  if (/[A-Za-z0-9]/.test(rest)) sentences.push(rest);
}

/**
 * Split clause text into sentences (list items and `;`-separated parts count as sentences). A
 * lead-in ending in a colon is read into each list item under it ("Never ask candidates about:" +
 * "- their age" = "Never ask candidates about their age"), and so is a heading that is a rule word
 * ("## Don'ts" + "- Promise delivery dates" = "Do not promise delivery dates").
 */
/**
 * The lead-ins of a text's lists: each line ending in a colon, as the words its items are read
 * with (its last sentence, colon dropped: "Tag every release. When tagging, check:" -> "When
 * tagging, check"). `within` keeps only the lines that text also has.
 */
export function listLeadIns(text: string, within?: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => stripMarkdown(line).trim())
    .filter((line) => line.endsWith(':') && (within === undefined || within.includes(line)))
    .map((line) => line.slice(0, -1).split(/[.!?]\s+/).at(-1)?.trim() ?? '')
    .filter((leadIn) => leadIn !== '');
}

/** The items of each run of list lines in a text (a blank line does not end a run), Markdown stripped. */
export function listRuns(text: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    if (rawLine.trim() === '') continue;
    if (LIST_ITEM.test(rawLine)) {
      const item = stripMarkdown(rawLine).trim();
      if (item !== '') run.push(item);
      continue;
    }
    if (run.length > 0) runs.push(run);
    run = [];
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * Every detector reads the same few sentences again: the sentences and words of the last few
 * thousand texts are kept (cleared, not evicted one by one: a commit's clauses fit many times over).
 */
const TEXTS_KEPT = 4_096;

/** Sentences of texts read lately: a dozen detectors split the same two versions again. */
const sentencesOnce = rememberedPerText<readonly string[]>(readSentences, TEXTS_KEPT);

/** A text's sentences; a copy, so no caller can change another's. */
export function splitSentences(text: string): string[] {
  return [...sentencesOnce(text)];
}

function readSentences(text: string): string[] {
  const sentences: string[] = [];
  let leadIn = '';
  let leadInUsed = false;
  let headingRule = '';
  for (const rawLine of text.split(/\r?\n/)) {
    if (rawLine.trim() === '') continue;
    const isItem = LIST_ITEM.test(rawLine);
    const isHeading = HEADING.test(rawLine);
    const line = stripMarkdown(rawLine).trim();
    if (line === '') continue;
    if (isHeading) {
      const title = line.replace(/[:.!]+$/, '').trim();
      // What a heading says of the items under it ("## Don'ts", "Never:", "## Things you must never do").
      headingRule = headingLeadIn(title);
      leadIn = '';
      if (headingRule) continue;
    }
    if (!isItem) leadIn = '';
    const prefix = isItem ? leadIn || headingRule : '';
    if (prefix) {
      if (prefix === leadIn) leadInUsed = true;
      // "Keep the following out of the venue:" + "- glass bottles": the item in the placeholder's place (round 30c).
      const placed = prefix === leadIn ? readIntoPlaceholder(prefix, line) : null;
      if (placed) {
        splitLine(placed, sentences);
        continue;
      }
      // "When a laptop is lost:" is a condition, written with a comma in prose; "Never ask about:" runs on.
      const joint = /^(?:when|whenever|if|unless|before|after|once|while|during|for|in case|on)\b/i.test(prefix) ? ', ' : ' ';
      splitLine(`${prefix}${joint}${line.charAt(0).toLowerCase()}${line.slice(1)}`, sentences);
      continue;
    }
    if (/:$/.test(line) && !isItem) {
      // "Deception studies require a debrief. The debrief must:": only the last sentence leads in;
      // the ones before it are sentences of their own.
      const lastStart = line.search(/(?<=[.!?])\s+(?=\S[^.!?]*:$)/);
      if (lastStart > 0) splitLine(line.slice(0, lastStart), sentences);
      leadIn = line.slice(lastStart > 0 ? lastStart : 0, -1).trim();
      leadInUsed = false;
      continue;
    }
    splitLine(line, sentences);
  }
  // A lead-in read into its items says nothing more; kept as well, it was one more sentence to align,
  // and a list reordered or shortened left it "added" against whichever item it matched.
  if (leadIn && !leadInUsed) sentences.push(`${leadIn}:`);
  return sentences;
}

// Without a prototype: "constructor" found Object in a plain table, and every text holding it threw here.
const CONTRACTIONS: Readonly<Record<string, readonly string[]>> = wordTable({
  "can't": ['can', 'not'], "won't": ['will', 'not'], "shan't": ['shall', 'not'], cannot: ['can', 'not'],
});

/**
 * Multi-word ways of saying one word, folded before words are split so that every detector and the
 * builtin score read "let the customer know" as "tell the customer" and "say sorry" as "apologise".
 * General English idioms of instruction writing only; each is a guess that the two say the same.
 */
const PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\blet ((?:[a-z']+ ){1,3}?)know\b/g, 'tell $1'],
  [/\bkeep ((?:[a-z']+ ){1,3}?)(?:informed|updated|posted)\b/g, 'update $1'],
  [/\bsay sorry\b/g, 'apologise'],
  [/\bmake (?:something |things |stuff )?up\b/g, 'invent'],
  [/\bmake promises\b|\bmake a promise\b/g, 'promise'],
  [/\bmake sure\b/g, 'ensure'],
  [/\bright away\b|\bat once\b|\bwithout delay\b|\bstraight away\b/g, 'immediately'],
  // Emphasis, not a negation: "must always, without fail, be told" keeps "must be told".
  [/\bwithout fail\b/g, 'always'],
  // A price of nothing is a price, not a negated rule: "costs shoppers nothing" = "is free of charge".
  [/\bcosts? (?:(?:[a-z]+ ){0,2}?)nothing\b|\bat no (?:extra |additional )?(?:cost|charge)\b|\bfree of charge\b|\bwithout charge\b/g, 'is free'],
  [/\bone time\b/g, 'once'],
  [/\bwhat happens next\b/g, 'next steps'],
  [/\bon (?:its|their) way\b/g, 'shipped'],
  [/\bthank-you\b/g, 'thanks'],
  [/\b(?:pretend|claim) to be\b|\bpose as\b|\bpass (?:itself|yourself|himself|herself) off as\b/g, 'impersonate'],
  [/\bhand ((?:[a-z']+ ){0,3}?)over to\b/g, 'transfer $1to'],
  [/\bget in touch with\b|\breach out to\b/g, 'contact'],
  [/\bfind out\b/g, 'determine'],
  [/\bset up\b/g, 'configure'],
  [/\bturn off\b|\bswitch off\b/g, 'disable'],
  [/\bturn on\b|\bswitch on\b/g, 'enable'],
  [/\blook into\b/g, 'investigate'],
  [/\bpass on\b/g, 'forward'],
  [/\b(?:give|offer|provide) ((?:[a-z]+ ){0,2}?)advice\b/g, 'advise $1'],
  [/\bcommit to ((?:a |any |an )?(?:date|deadline|timeline|timeframe|time frame|delivery date))\b/g, 'promise $1'],
  [/\bopposing party\b|\bother side\b/g, 'other party'],
  [/\bgive out\b|\bhand out\b/g, 'share'],
  // Money returned is a refund, whoever words it: "get their money back", "pay the customer back".
  [/\b(?:get|gets|got|receive|receives|received) (?:their|your|his|her|its|the|all their|all the) money back\b/g, 'are refunded'],
  [/\b(?:give|gives|gave|pay|pays|paid) ((?:[a-z]+ ){0,2}?)(?:their |your |the )?money back\b|\b(?:pay|pays|paid) ((?:[a-z]+ ){0,2}?)back\b/g, 'refund $1$2'],
];

const tokensOnce = rememberedPerText<readonly string[]>(readTokens, TEXTS_KEPT);

/** Lower-case words, contractions expanded ("don't" -> "do not"), possessive 's dropped; a copy, as `splitSentences`. */
export function tokenizeWords(text: string): string[] {
  return [...tokensOnce(text)];
}

function readTokens(text: string): string[] {
  const words: string[] = [];
  let normalised = text.toLowerCase().replace(/[’‘]/g, "'");
  for (const [pattern, replacement] of PHRASES) normalised = normalised.replace(pattern, replacement);
  for (const match of normalised.matchAll(/[a-z0-9]+(?:[.,][0-9]+)*(?:'[a-z]+)?/g)) {
    const word = match[0];
    const expanded = CONTRACTIONS[word];
    if (expanded) {
      words.push(...expanded);
    } else if (word.endsWith("n't")) {
      words.push(word.slice(0, -3), 'not');
    } else if (/'(s|re|ll|ve|d|m)$/.test(word)) {
      words.push(word.replace(/'[a-z]+$/, ''));
    } else {
      words.push(word);
    }
  }
  return words;
}

/** Words that only introduce a noun ("the firm" -> "a firm" changes no role; "the car park" is a noun phrase). */
export const NOUN_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'their', 'his', 'her', 'its', 'our', 'your', 'this', 'that', 'these', 'those', 'each', 'every', 'any', 'some']);

/** Function words: they carry little of what a sentence means. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are as at be because been before being below between both
  but by could did do does doing down during each few for from further had has have having he her here hers herself
  him himself his how i if in into is it its itself just me more most my myself of off on once only or other our
  ours ourselves out over own same she so some such than that the their theirs them themselves then there these
  they this those through to too under until up very was we were what when where which while who whom whose why will with
  would you your yours yourself yourselves also s t re ve ll d m i.e e.g etc via per upon whether`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words that express obligation or negation. The lexical detectors look at them; the content
 * comparison (which sentence is which) ignores them, so "must share" and "should avoid sharing"
 * still line up as the same sentence.
 */
export const RULE_WORDS: ReadonlySet<string> = new Set(
  `must shall should may might can could ought need needs required require requires mandatory obligated obliged
  always never not no none nothing nobody nowhere neither nor without avoid refrain prohibited forbidden allowed
  permitted optional optionally ideally possible preferably generally usually typically normally sometimes
  encouraged recommended expected try please kindly`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Synonym groups folded to their first member. Kept small and general (support and policy
 * vocabulary plus everyday words); every entry is a guess that two words say the same thing.
 */
const SYNONYM_GROUPS: readonly string[] = [
  'share disclose reveal divulge expose',
  'customer client user',
  'assistant agent bot chatbot model ai',
  'verify confirm validate check',
  'help assist support aid',
  'end finish conclude',
  'large big huge',
  'small little tiny',
  'buy purchase',
  'get obtain receive acquire',
  'use utilize utilise employ',
  'tell inform notify advise say state',
  'ask request',
  'show display present',
  'give provide offer supply',
  'refund reimbursement reimburse',
  'exchange replacement',
  'quick fast rapid',
  'child kid',
  'man guy',
  'woman lady',
  'car automobile vehicle',
  'speak talk',
  'shout yell',
  'sofa couch',
  'store keep retain save',
  'delete erase remove',
  'cost price fee charge',
  'issue problem',
  'rule policy',
  'escalate forward',
  'explain clarify',
  'courteous polite',
  'kill slay',
  'slice cut chop',
  'photo picture image',
  // Support and policy wording (issue 11): pairs a reviewer reads as the same word.
  'explain describe',
  'summary recap synopsis',
  'short brief concise',
  'plain simple',
  'fix correct repair resolve',
  'chat conversation',
  'clear precise exact',
  'timeline schedule',
  'data information',
  'hold have',
  'invent fabricate',
  'guess speculate',
  'write draft compose',
  'stop halt cease',
  'permission consent authorisation authorization',
  'urgent critical',
  'staff employee personnel',
  'team group',
  // Second round: everyday synonyms of instruction writing, grouped as a reviewer reads them.
  'apologise apologize sorry apology',
  'reply respond answer response',
  'begin start commence open',
  'repository repo',
  'person human individual',
  'promise guarantee',
  'immediately promptly',
  'language wording words terms',
  'focus concentrate',
  'mistake error fault',
  'thanks thank',
  'impersonate',
  'publish post upload',
];

const SYNONYMS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const group of SYNONYM_GROUPS) {
    const [head, ...rest] = group.split(' ').map(stemWord);
    if (head === undefined) continue;
    for (const word of rest) if (!map.has(word) && word !== head) map.set(word, head);
  }
  // A head that is itself a member of an earlier group ("assist" in "help assist ...") folds on
  // through it, so "model", "assistant" and "assist" end on the same word.
  for (const [word, head] of map) {
    let end = head;
    for (let hops = 0; map.has(end) && hops < 5; hops++) end = map.get(end) ?? end;
    map.set(word, end);
  }
  return map;
})();

/** Irregular past participles and past tenses, read as their verb ("written" = "write"). */
const IRREGULAR: ReadonlyMap<string, string> = new Map(
  `written:write wrote:write given:give gave:give taken:take took:take done:do did:do sent:send told:tell kept:keep
  held:hold paid:pay made:make shown:show known:know knew:know chosen:choose chose:choose spoken:speak spoke:speak
  broken:break broke:break forgotten:forget hidden:hide stolen:steal driven:drive begun:begin began:begin sold:sell
  bought:buy brought:bring thought:think found:find lost:lose met:meet seen:see saw:see gone:go went:go got:get
  gotten:get understood:understand withdrawn:withdraw drawn:draw shared:share taught:teach caught:catch`
    .split(/\s+/)
    .filter(Boolean)
    .map((pair) => pair.split(':') as [string, string]),
);

/** Stem a word and fold it onto its synonym group. */
export function normaliseWord(word: string): string {
  return normalisedOnce(word);
}

function readNormal(word: string): string {
  // "children" -> "child", "analysis" -> "analyses": WordNet's irregular plurals (_irregular-plurals.ts).
  const spelled = americanSpelling(foldIrregularNoun(word));
  const stem = stemWord(IRREGULAR.get(spelled) ?? spelled);
  return SYNONYMS.get(stem) ?? stem;
}

/** Stems of words seen lately: the same few hundred words recur in every clause. */
const normalisedOnce = rememberedPerText(readNormal, TEXTS_KEPT * 4);

/** Letters two words must open with alike to be one word derived ("cancellation", "cancelling"; "medication", "medicines" are not). */
export const SAME_ROOT = 5;

/** The same word, or one derived from it: both share their first `SAME_ROOT` letters. */
export function sameRoot(a: string, b: string): boolean {
  return a === b || (a.length >= SAME_ROOT && b.length >= SAME_ROOT && a.slice(0, SAME_ROOT) === b.slice(0, SAME_ROOT));
}

/** Normalised content words of a text: no stop words, no modal or negation words. */
export function contentStems(text: string): string[] {
  return tokenizeWords(text)
    .filter((word) => !STOP_WORDS.has(word) && !RULE_WORDS.has(word))
    .map(normaliseWord);
}

/** Quote a sentence for a one-line message. */
export function quote(text: string, max = 90): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return `"${oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine}"`;
}

/** `text` with every character a regular expression reads as syntax escaped, to match it as written. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The sentence of `text` around [start, end): where it begins (after the last ". ", "! ", "? " or
 * line break before `start`) and where its end mark is (the first ".", "!" or "?" before a space or
 * the text's end, or line break, from `end` on; -1 when there is none).
 */
export function sentenceBounds(text: string, start: number, end = start): { start: number; mark: number } {
  const before = text.slice(0, start);
  const from = Math.max(0, ...['. ', '! ', '? ', '\n'].map((stop) => (before.lastIndexOf(stop) < 0 ? 0 : before.lastIndexOf(stop) + stop.length)));
  const stop = text.slice(end).search(/[.!?](?=\s|$)|\n/);
  return { start: from, mark: stop < 0 ? -1 : end + stop };
}
