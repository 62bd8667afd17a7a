// Abbreviations spelled out in the other version ("CVV" -> "card verification value", "2FA" ->
// "two-factor authentication", "P1" -> "priority-1", "admin" -> "administrator"): before two
// versions are compared, each abbreviation the other version writes out in full is replaced by
// those words, so expanding an abbreviation is no entity loss, number change, drift or tone
// change. Pure.

import { RULE_WORDS, STOP_WORDS } from './_text.ts';
import { NUMBER_WORDS, SCALE_WORDS } from './_numbers.ts';
import { rememberedPerText } from './_per-text.ts';
import { nameByOpenings } from './_syllable-acronyms.ts';
import { spellUnitShortForms } from './_unit-short-forms.ts';

/**
 * Short words an acronym skips: "CITES" = Convention on International Trade in Endangered Species,
 * "PRM" = passengers with reduced mobility (round 27c).
 */
const JOINERS = new Set(['of', 'and', 'the', 'for', '&', 'to', 'a', 'on', 'in', 'at', 'with']);

/** A digit in an acronym stands for a word: "2FA" = two-factor, "B2B" = business-to-business, "B4". */
const DIGIT_WORDS: Readonly<Record<string, readonly string[]>> = {
  '1': ['one'], '2': ['two', 'to'], '3': ['three'], '4': ['four', 'for'], '5': ['five'],
  '6': ['six'], '7': ['seven'], '8': ['eight'], '9': ['nine'],
};

/** The vowels a compound's parts join with: cardi-o-, intr-a-, mult-i-. */
const COMBINING_VOWELS = new Set(['o', 'a', 'i']);

function wordsOf(text: string): Array<{ word: string; start: number; end: number }> {
  const found: Array<{ word: string; start: number; end: number }> = [];
  for (const match of text.matchAll(/[A-Za-z][A-Za-z']*|\d+/g)) found.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  return found;
}

/** Whether a word of the spelled-out form stands for one character of the acronym. */
function standsFor(char: string, word: string): boolean {
  if (/\d/.test(char)) return word === char || (DIGIT_WORDS[char] ?? []).includes(word);
  return word[0] === char;
}

/**
 * How many characters of the acronym from `k` one word stands for: one, or more for a compound
 * made with a combining "o" ("cardiopulmonary" is the C and P of CPR, "electrocardiogram" the E,
 * C and G of ECG), or a prefix ending in "a" or "i" ("intraocular" is the I and O of IOP,
 * "ultraviolet" the U and V of UVI, "antilock" the A and L of ABS). Each later letter must open a
 * part of the word after one of those vowels.
 */
function charsFor(chars: string, k: number, word: string): number {
  if (!standsFor(chars[k] ?? '', word)) return 0;
  let taken = 1;
  let from = 1;
  while (k + taken < chars.length) {
    const at = word.indexOf(chars[k + taken] ?? '', Math.max(from, 4));
    if (at === -1 || !COMBINING_VOWELS.has(word[at - 1] ?? '') || word.length - at < 3) break;
    taken++;
    from = at + 1;
  }
  // An acronym of four letters or more may take a word's first two letters ("IFRA" = International
  // FRagrance Association, "MoD"-style names written in capitals).
  if (taken === 1 && chars.length >= 4 && !/\d/.test(chars[k] ?? '') && word.length >= 4 && chars[k + 1] === word[1]) return 2;
  return taken;
}

/** The words of `text` whose initials spell `acronym` (joiners like "of" may sit between), or null. */
export function findExpansion(acronym: string, text: string, shared?: string): string | null {
  const found = expansionOf(acronym.toLowerCase(), text, shared);
  if (found) return found;
  // A digit after a letter may repeat it: "EC2" = Elastic Compute Cloud, "S3" = Simple Storage
  // Service, "W3C" = World Wide Web Consortium.
  const repeated = acronym.toLowerCase().replace(/([a-z])([2-4])/g, (_, letter: string, times: string) => letter.repeat(Number(times)));
  return repeated !== acronym.toLowerCase() ? expansionOf(repeated, text, shared) : null;
}

/**
 * A text's words and their lower case, read once per text: each acronym of a clause is searched
 * for in both versions, and a handbook names a dozen.
 */
const wordsOnce = rememberedPerText((text) => {
  const words = wordsOf(text);
  const lower = words.map(({ word }) => word.toLowerCase());
  // The words each letter opens: only those can spell an acronym opening with it (`standsFor`). A
  // table of 800 codes searched every word of its clause for each code (round 29d).
  const byInitial = Map.groupBy(lower.keys(), (i) => lower[i]![0] ?? '');
  // A word in capitals stands for as many letters ("HM Revenue and Customs" is HMRC, round 37c).
  const capitals = words.map(({ word }) => (/^[A-Z]{2,}$/.test(word) ? word.toLowerCase() : null));
  return { words, lower, byInitial, capitals } as const;
});

/**
 * The first words spelling `chars`, skipping any that `shared` (the acronym's own version) also
 * says: words both versions keep are not what the acronym was replaced by ("Every presenter
 * completes ...; ask the PC" -> "...; ask the programme controller": PC is not "presenter completes").
 */
function expansionOf(chars: string, text: string, shared?: string): string | null {
  const { words, lower, byInitial, capitals } = wordsOnce(text);
  const sharedLower = shared?.toLowerCase();
  // A digit is also spelled by a number word ("4" = "four"): every word is tried for it (and for no character).
  const opening = chars[0] ?? '';
  for (const i of opening === '' || /\d/.test(opening) ? lower.keys() : (byInitial.get(opening) ?? [])) {
    const j = matchFrom(chars, lower, 0, i, capitals);
    if (j === null) continue;
    const first = words[i];
    const last = words[j - 1];
    // Never the acronym itself ("MFA for administrator" is no spelling of MFA).
    const spelled = words.slice(i, j).some(({ word }) => word.toLowerCase() === chars);
    // A name opens and ends on words of its own: "point of sale" is POS, but "duty person on call"
    // is no DPO and "events host on shift" no EHO (a joiner at either end names another role).
    const framed = !JOINERS.has(lower[i] ?? '') && !JOINERS.has(lower[j - 1] ?? '');
    // One word for two letters only when it is such a compound ("intramuscular"), never a word
    // that merely opens with the first ("IT" is no "itinerary").
    const compound = j - i === 1 && charsFor(chars, 0, lower[i] ?? '') === chars.length;
    if (!first || !last || spelled || !framed || (j - i < 2 && chars.length < 3 && !compound)) continue;
    const span = text.slice(first.start, last.end);
    // ... unless that version defines the acronym by them: "dissolved oxygen (DO)".
    if (sharedLower?.includes(span.toLowerCase()) && !sharedLower.includes(`${span.toLowerCase()} (${chars})`)) continue;
    return span;
  }
  return null;
}

/**
 * The index after the last word when the words from `j` spell the acronym's characters from `k`,
 * or null. A compound tries its most letters first, then fewer ("hazard" may look like the H and A
 * of HACCP, but "analysis" is its A).
 */
function matchFrom(chars: string, words: readonly string[], k: number, j: number, capitals: readonly (string | null)[] = []): number | null {
  if (k === chars.length) return j;
  const word = words[j];
  if (word === undefined) return null;
  // An acronym inside the spelled-out name gives its own letters ("HM" of "HM Revenue and Customs").
  const initials = capitals[j];
  if (initials && chars.startsWith(initials, k) && k + initials.length < chars.length) {
    const end = matchFrom(chars, words, k + initials.length, j + 1, capitals);
    if (end !== null) return end;
  }
  const taken = charsFor(chars, k, word);
  // A compound may stand for several letters, leaving the last word one of its own, or for
  // every letter of an acronym ("ECG" = "electrocardiogram"; "IM" = "intramuscular", "UV" =
  // "ultraviolet": two letters when the second opens a part after a joining vowel, round 27c).
  const whole = k === 0 && taken === chars.length && taken >= 2;
  const most = taken > 1 && (k + taken < chars.length || whole) ? taken : Math.min(taken, 1);
  for (let fits = most; fits >= 1; fits--) {
    const end = matchFrom(chars, words, k + fits, j + 1, capitals);
    if (end !== null) return end;
  }
  // The last word may give its first two letters ("SENCo" ends in "coordinator", round 34c), when
  // no word after it gives the last letter ("GDPR": "Protection" gives P, "Regulation" R).
  if (taken === 2 && k + taken === chars.length && word.slice(0, 2) === chars.slice(k)) return j + 1;
  return k > 0 && JOINERS.has(word) ? matchFrom(chars, words, k, j + 1, capitals) : null;
}

/**
 * Clipped words ("admin", "min", "info", "approx."): a lowercase word of one version that the other
 * never uses, when the other uses a longer word it starts ("administrator", "minutes") that this
 * version never uses. Three letters at least, and the long word at least two longer, so "car" and
 * "cart" or "use" and "user" stay different words.
 */
function expandClippings(text: string, other: string): string {
  const ownWords = new Set(wordsOf(text).map(({ word }) => word.toLowerCase()));
  const otherWords = [...new Set(wordsOf(other).map(({ word }) => word.toLowerCase()))].filter((word) => !ownWords.has(word));
  return text.replace(/\b([a-z]{3,})(s?)\b(\.?)/g, (whole, clip: string, plural: string, dot: string) => {
    // No word longer than a clip can be one (isClippingOf): decided before a pattern is built for it.
    // A number word is no clipping of a longer one: "four" -> "fourteen", "six" -> "sixty" change the amount.
    if (clip.length > MAX_CLIP || STOP_WORDS.has(clip) || RULE_WORDS.has(clip) || clip in NUMBER_WORDS || clip in SCALE_WORDS) return whole;
    if (otherWords.includes(clip + plural) || new RegExp(`\\b${clip}${plural}\\b`, 'i').test(other)) return whole;
    const full = otherWords.find((word) => word.startsWith(clip) && isClippingOf(clip, word));
    return full ? `${full}${dot}` : whole;
  });
}

/**
 * Words shortened to their consonants by convention ("Yr 10" for "Year 10", "Mill Ln" for "Mill
 * Lane", "6-8 yrs", "Wk 3", "Rd"): a word of one version of two to four letters with no vowel (a
 * "y" may open it), that the other version never uses, when the other uses a longer word opening
 * with its first letter and holding its letters in order ("year", "lane") that this version never
 * uses. A word after a figure or a degree sign is a unit, read by the unit readings ("8 hrs", "5 km", "°Bx"), and one after an apostrophe is no word ("Don'ts"); a word of
 * capitals is an acronym, read above (round 37c: v49's "Yr 10 students", "Mill Ln").
 */
function expandContractions(text: string, other: string): string {
  const ownWords = new Set(wordsOf(text).map(({ word }) => word.toLowerCase()));
  const otherWords = [...new Set(wordsOf(other).map(({ word }) => word))].filter((word) => !ownWords.has(word.toLowerCase()) && /^[A-Za-z]{3,}$/.test(word));
  return text.replace(/(?<![\d°]\s?|['’])\b([A-Za-z][bcdfghjklmnpqrstvwxz]{1,3})\b(\.?)/g, (whole, short: string, dot: string) => {
    const lower = short.toLowerCase();
    if (/^[A-Z]{2,}$/.test(short) || !/^[bcdfghjklmnpqrstvwxyz]/.test(lower) || STOP_WORDS.has(lower) || RULE_WORDS.has(lower) || new RegExp(`\\b${short}\\b`, 'i').test(other)) return whole;
    const plural = lower.length > 2 && lower.endsWith('s');
    const full = otherWords.find((word) => word.length >= lower.length + 2 && (holdsInOrder(lower, word.toLowerCase()) || (plural && holdsInOrder(lower.slice(0, -1), word.toLowerCase()) && /s$/i.test(word))));
    return full ? `${full}${dot}` : whole;
  });
}

/** Whether `short`'s letters stand in `word` in order, its first letter `word`'s first. */
function holdsInOrder(short: string, word: string): boolean {
  if (short[0] !== word[0]) return false;
  let at = 1;
  for (const letter of short.slice(1)) {
    at = word.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** Endings that make another word from a whole one ("pay" -> "payment", "send" -> "sender"): no clipping. */
const DERIVING_ENDINGS = /^(?:s|es|er|ers|or|ors|ing|ings|ed|d|ment|ments|ion|ions|ation|ations|able|ible|al|ful|less|ly|ness|ity|ive|ist|ists|ee|ees|y)$/;

/** Second halves of compounds ("policy" + "holder", "work" + "load"): a whole word, not a clipping. */
const COMPOUND_HEADS = /^(?:holders?|loads?|times?|lines?|works?|places?|books?|m[ae]n|sides?|ways?|where|days?|sites?|pages?|lists?|points?|words?|out|up|over|back|down|off|owners?|ships?)$/;

/** Clipped words are short: "admin", "min", "info", "repo", "auth" (five letters at most, so "policy" is no clip of "policyholder"). */
const MAX_CLIP = 5;

function isClippingOf(clip: string, word: string): boolean {
  // "hold" is no clip of "holder's": the possessive is no part of the ending read.
  const rest = word.slice(clip.length).replace(/'s$/, '');
  return clip.length <= MAX_CLIP && rest.length >= 2 && !COMPOUND_HEADS.test(rest) && rest !== 'not' && !DERIVING_ENDINGS.test(rest) && !DERIVING_ENDINGS.test(rest.replace(/^e/, ''));
}

/** The plural of a spelled-out name: its head before "of" ("indicators of compromise"), else its last word. */
function pluralOf(expansion: string): string {
  const of = expansion.search(/\s(?:of|for|to)\s/i);
  if (of === -1) return /s$/i.test(expansion) ? expansion : `${expansion}s`;
  const head = expansion.slice(0, of);
  return `${/s$/i.test(head) ? head : `${head}s`}${expansion.slice(of)}`;
}

function expandIn(text: string, other: string): string {
  // One search per distinct acronym: a clause naming "CRM" in each of its 400 sentences searched
  // both texts 400 times, each search walking every word (a 40 KB clause took minutes).
  const expansions = new Map<string, string | null>();
  const expansionFor = (acronym: string): string | null => {
    if (!expansions.has(acronym)) {
      // An acronym both versions use is expanded too when either spells it out, so "an indicator of
      // compromise ... IOCs" -> "an IOC ... indicators of compromise" is the same two things.
      // Words both versions say are no spelling of it either way: a clause's unchanged rules
      // ("... 10 minutes and record it") are no "MRI" the edit kept (round 30c: a 60-sentence
      // clause read "Never leave a patient alone in the MRI room" as "... in the minutes").
      expansions.set(acronym, new RegExp(`\\b${acronym}`).test(other) ? (findExpansion(acronym, other, text) ?? findExpansion(acronym, text, other)) : findExpansion(acronym, other, text));
    }
    return expansions.get(acronym) ?? null;
  };
  // "H&S", "P&L", "T&Cs": initials joined by "&" stand for words joined by "and" (round 26a), so
  // the spelled-out form must say that "and" ("health and safety"; "health services" is no H&S).
  // An acronym with one small letter among its capitals stands for words as well: "SENCo" = special
  // educational needs coordinator, "MoD", "DfE" (round 34c, v38); two capitals at least.
  // A small letter may open the capitals too: "eGFR" = estimated glomerular filtration rate (round 37c, v48).
  const acronyms = text.replace(/\b(\d?[A-Z](?:&?[A-Z0-9]){0,6}|[A-Z]{1,5}[a-z][A-Z]{0,5}|[a-z][A-Z]{2,5})(s?)\b/g, (whole, acronym: string, plural: string) => {
    if (acronym.length < 2 || (/[a-z]/.test(acronym) && (acronym.replace(/[^A-Z]/g, '').length < 2 || acronym.length < 3))) return whole;
    const joined = acronym.includes('&');
    const found = expansionFor(joined ? acronym.replace(/&/g, '') : acronym);
    const expansion = joined && found !== null && !/\band\b|&/i.test(found) ? null : found;
    if (expansion) return plural ? pluralOf(expansion) : expansion;
    // "CAMRA" = Campaign for Real Ale: the openings of a name's words (round 42d).
    const named = /^[A-Z]+$/.test(acronym) && !new RegExp(`\\b${acronym}\\b`).test(other) ? nameByOpenings(acronym, other) : null;
    return named && !text.includes(named) ? named : whole;
  });
  // "Amex", "Defra": a name so shortened, written capitalised inside a sentence (round 42d).
  const shortNames = acronyms.replace(/\b[A-Z][a-z]{3,6}\b/g, (whole: string, at: number, all: string) => {
    if (/(?:^|[.!?:\n])\s*$/.test(all.slice(0, at)) || new RegExp(`\\b${whole}\\b`).test(other)) return whole;
    const named = nameByOpenings(whole, other);
    return named && !all.includes(named) ? named : whole;
  });
  return expandContractions(expandClippings(shortNames, other), other);
}

/** Clipped day and month names, with the name they stand for ("Thurs" and "Thu" for Thursday). */
const DAY_AND_MONTH_CLIPS: ReadonlyArray<readonly [string, string]> = [
  ['Mon', 'Monday'], ['Tues|Tue', 'Tuesday'], ['Wed|Weds', 'Wednesday'], ['Thurs|Thur|Thu', 'Thursday'], ['Fri', 'Friday'], ['Sat', 'Saturday'], ['Sun', 'Sunday'],
  ['Jan', 'January'], ['Feb', 'February'], ['Mar', 'March'], ['Apr', 'April'], ['Jun', 'June'], ['Jul', 'July'], ['Aug', 'August'],
  ['Sept|Sep', 'September'], ['Oct', 'October'], ['Nov', 'November'], ['Dec', 'December'],
];

/**
 * Abbreviations written by convention, not by initials or clipping (round 35c: v45's "for example
 * with Thornbury Cars Limited, telephone ..." -> "e.g. with Thornbury Cars Ltd, tel. ...", "the
 * reference number" -> "the ref. no.", "a valid form of identification" -> "valid ID"): each with
 * the words it stands for, read only when the other version says one of them. A dot the
 * abbreviation ends in goes with it, so "ref. no." ends no sentence and its "no" is no negation.
 * "no." is a number only before a figure or after "ref."/"reg."/"account"/"tel." (a "no." ending a
 * sentence is "no"). "ID" only in capitals ("id" is a word of its own).
 */
const CONVENTIONAL: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/\be\.\s?g\.(?=\s|,|$)|\beg\.(?=\s)/gi, ['for example', 'for instance']],
  [/\bi\.\s?e\.(?=\s|,|$)/gi, ['that is', 'in other words']],
  [/\betc\.?(?=\s|,|$)/gi, ['and so on', 'and so forth']],
  [/\bLtd\b\.?/g, ['limited']],
  [/\bInc\.(?=\s|,|$)/g, ['incorporated']],
  [/\btel\.(?=\s)/gi, ['telephone', 'phone']],
  [/\bref\.(?=\s)/gi, ['reference']],
  [/(?<=\b(?:ref\.?|reg\.?|registration|reference|account|tel\.?|telephone|phone|policy|invoice|order|case)\s)no\.(?=\s)|\bno\.(?=\s?\d)/gi, ['number']],
  [/\bnos\.(?=\s?\d)/gi, ['numbers']],
  [/\bapprox\.(?=\s)/gi, ['approximately', 'about', 'around']],
  [/\bdept\.?(?=\s)/gi, ['department']],
  [/\bext\.(?=\s?\d)/gi, ['extension']],
  [/\bincl\.(?=\s)/gi, ['including', 'included']],
  [/\bexcl\.(?=\s)/gi, ['excluding', 'excluded']],
  [/\bID\b/g, ['identification', 'identity']],
  // Symbols that spell no initials of their words (round 37c: v41's "by SMS" -> "by text message",
  // v43's "in UTC", v45's "SpO2").
  [/\bSMS\b/g, ['text message', 'text']],
  [/\bUTC\b/g, ['Coordinated Universal Time']],
  [/\bSpO2\b/g, ['oxygen saturation']],
  // Chemical formulas for the gases they name (round 42d: v58's "nitrogen dioxide" -> "NO2", v55's
  // "Hydrogen sulphide" -> "H2S" read as a figure "2" come or gone). "NO" (nitric oxide) is left: it is "no".
  [/\bNO2\b/g, ['nitrogen dioxide']],
  [/\bH2S\b/g, ['hydrogen sulphide', 'hydrogen sulfide']],
  [/\bCO2\b/g, ['carbon dioxide']],
  [/\bSO2\b/g, ['sulphur dioxide', 'sulfur dioxide']],
  [/\bNH3\b/g, ['ammonia']],
  [/\bCH4\b/g, ['methane']],
  [/\bO3\b/g, ['ozone']],
  [/\bN2O\b/g, ['nitrous oxide']],
  // Days and months clipped by convention (round 37c: v49's "Monday to Saturday" -> "Mon-Sat",
  // "on Tuesdays" -> "Tues"): capitalised, so "sat", "sun" and "wed" stay words of their own.
  // Their dot goes with them inside a sentence ("Tues. and Wed."), not where it ends one ("... Tues-Sun.").
  ...DAY_AND_MONTH_CLIPS.map(([clips, name]) => [new RegExp(`\\b(?:${clips})\\b(?:\\.(?=\\s+[a-z0-9]))?`, 'g'), [`${name}s`, name]] as const),
];

/** `text` with each conventional abbreviation that `other` spells out replaced by those words. */
function expandConventional(text: string, other: string): string {
  let expanded = text;
  for (const [pattern, meanings] of CONVENTIONAL) {
    // Written as the other version writes it ("Limited" for "Ltd").
    const said = meanings.map((words) => new RegExp(`\\b${words}\\b`, 'i')).find((words) => words.test(other) && !words.test(text))?.exec(other)?.[0];
    if (said) expanded = expanded.replace(pattern, said);
  }
  // "booking no." is the "booking number" the other version says, whatever the noun before it
  // (round 42d: v58's "booking no.", v55's "emergency no." read as a negation added).
  // Its dot still ends a sentence where one ends ("... the emergency no. Staff ...").
  return expanded.replace(/\b([A-Za-z]+) no\.(?=\s|$)/g, (whole, noun: string, at: number, all: string) => {
    const says = new RegExp(`\\b${noun} number\\b`, 'i');
    if (!says.test(other) || says.test(text)) return whole;
    return /^(?:\s*$|\s+[A-Z])/.test(all.slice(at + whole.length)) ? `${noun} number.` : `${noun} number`;
  });
}

/** Both versions with every abbreviation that the other one spells out replaced by its words. */
export function expandAbbreviations(previousWritten: string, nextWritten: string): [string, string] {
  // "7 yrs" is the "7 years" the other version says (round 43d).
  const [previous, next] = spellUnitShortForms(previousWritten, nextWritten);
  const [conventionalPrevious, conventionalNext] = [expandConventional(previous, next), expandConventional(next, previous)];
  return [expandIn(conventionalPrevious, conventionalNext), expandIn(conventionalNext, conventionalPrevious)];
}
