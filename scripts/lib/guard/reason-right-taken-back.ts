// `exception-added` and `contradiction` for a right or a benefit of the people served that the
// edit takes back in part while it keeps the sentence that gives it (round 38a; round 37a read
// the same against a kept duty or a grant's own act negated). Three shapes:
// - an exclusion appended to a kept right ("Customers may return items within 30 days" + ",
//   except for opened items", "unless the item was opened", "Members can borrow any book" + ",
//   excluding reference books, magazines and DVDs"): the right a grant to the people served, said
//   as one, or a grant with no holder named ("Items may be returned ..."); a grant to whoever the
//   codex instructs ("Agents may offer a refund") allows less, which is stricter, and stays quiet,
//   as does a proviso on how the right is used ("provided they shower first") and an exclusion
//   the holder chooses ("unless they prefer an exchange");
// - a new sentence shutting some of the times a kept right or service holds at every time ("The
//   shop is open every day" + "Closed on Sundays.", "Tenants can contact the warden at any time"
//   + "The warden cannot be reached at weekends"): a time named, and the kept word negated or
//   said by its opposite;
// - a new sentence laying a charge of its own on what a kept sentence gives free ("We offer free
//   delivery for all orders" + "A handling fee of $5 applies."): the fee opens the sentence and is
//   laid on nothing else it names (round 37a read a charge on a thing the kept sentence names).
// And two cut in place, the rest of the sentence word for word (round 38a):
// - a right's "at any time" made a window ("Tenants can contact the warden at any time" -> "...
//   during office hours", "on weekdays"): `scope-narrowed`;
// - what a kept sentence gives in full given in part ("Customers get a full refund" -> "a 50%
//   refund", "half the fee back"): `scope-narrowed`; not in a prohibition ("Never quote the full
//   price"), where less is stricter, and not for 100%.
// Pure: the dictionary is handed in.
import type { Reason } from '../schema/records.ts';
import type { Lexicon } from './_lexicon.ts';
import { oneToOneGroups, type StatementDiffInput } from './_statement-groups.ts';
import { changedWords } from './_changed-stretch.ts';
import { appendedToOneSentence, keptSentences } from './_appended-clause.ts';
import { isContent, readStatement, stemSet, type Statement } from './_statements.ts';
import { readModal } from './_rule-words.ts';
import { normaliseWord, quote } from './_text.ts';
import { rightKind } from './reason-right-dropped.ts';

/** What opens an exclusion appended to a kept sentence: the right no longer holds for what follows. */
const EXCLUSION = /^\s*[,;]?\s*(?:(?:but|and) )?(except for|except|excluding|apart from|other than|save for|not including|with the exception of|but not|unless)\b,?\s*(.+?)\s*[.!?]?\s*$/i;
/** An exclusion that is the holder's own choice ("unless they prefer an exchange"): how a right is used. */
const HOLDERS_CHOICE = /^(?:they|he|she|you|the (?:customer|member|guest|patient|tenant|holder)s?) (?:would (?:rather|prefer)|(?:would )?(?:ask|request|want|wish|choose|like|prefer|decide|opt)s?)\b/;
/** Words that make an appended clause widen or stress the right, or end it sooner for those it names. */
const NOT_NARROWING = /\b(?:even|whether|regardless|irrespective|also|too|as well|sooner|earlier|immediately|at once)\b/;

/** Holders a service is for beside reason-right-dropped's list: "berth holders", "hirers", "diners". */
const MORE_SERVED = new Set(['holders', 'owners', 'hirers', 'renters', 'diners', 'riders', 'readers', 'campers', 'swimmers', 'walkers', 'cyclists', 'players', 'viewers', 'listeners'].map(normaliseWord));

/** Whether a kept sentence is a right of the people served: granted to them, said as one, or a grant with no holder named. */
function keptRight(statement: Statement): boolean {
  if (statement.mainNegations.length > 0 || statement.words.includes('only')) return false;
  if (rightKind(statement) !== null) return true;
  const granted = statement.words.findIndex((word) => /^(?:may|can)$/.test(word));
  if (granted > 0 && readModal(statement.text)?.strength === 1 && statement.words.slice(0, granted).some((word) => MORE_SERVED.has(normaliseWord(word)))) return true;
  // "Items may be returned within 30 days": a passive grant names no holder; who it serves is the reader.
  const modal = statement.words.findIndex((word) => /^(?:may|can)$/.test(word));
  return modal >= 0 && readModal(statement.text)?.strength === 1 && statement.words[modal + 1] === 'be' && statement.passive;
}

/** The one kept sentence an edit appended a clause to, and the clause, or null. */
function appendedToOne(input: StatementDiffInput): { kept: Statement; opener: string; clause: string } | null {
  const found = appendedToOneSentence(input, EXCLUSION);
  return found && { kept: found.kept, opener: (found.appended[1] ?? '').toLowerCase(), clause: found.appended[2] ?? '' };
}

/** An exclusion appended to a kept right; the reason, or null. */
function exclusionAppended(input: StatementDiffInput): Reason | null {
  const appended = appendedToOne(input);
  if (!appended || !keptRight(appended.kept)) return null;
  const clause = appended.clause.toLowerCase();
  if (NOT_NARROWING.test(clause) || HOLDERS_CHOICE.test(clause)) return null;
  // The exclusion names a thing or a case of its own: a content word the kept right does not say.
  const keptStems = stemSet(appended.kept.text);
  if (!readStatement(appended.clause).stems.some((stem) => !keptStems.has(stem))) return null;
  return { code: 'exception-added', message: `exception added: "${appended.opener} ${appended.clause}" appended to the right ${quote(appended.kept.text, 70)}` };
}

/** A right or a service said to hold at every time. */
const EVERY_TIME = /\b(?:every day|each day|any day|at any time|any time|anytime|at all times|all day|all year(?: round)?|year[- ]round|round the clock|around the clock|24 hours a day|24\/7|seven days a week|7 days a week|day or night|day and night|whenever (?:they|you|he|she) (?:like|want|wish|need))\b/;
/** A time some of "every time" falls in: a day, a part of the week, the day or the year, an hour. */
const SOME_TIME = /\b(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekends?|weekdays?|bank holidays?|public holidays?|holidays?|christmas|easter|january|february|march|april|june|july|august|september|october|november|december|evenings?|nights?|overnight|mornings?|afternoons?|lunchtimes?|after \d|before \d|between \d|from \d|\d+ ?(?:am|pm|a\.m\.|p\.m\.))\b/;
/** Words saying a thing does not hold, beside a negation: "closed", "shut", "unavailable". */
const SHUT = new Set(['closed', 'shut', 'unavailable', 'unstaffed', 'unattended', 'suspended']);

/** Whether two words are opposites in the dictionary ("open" / "closed"). */
function opposites(lexicon: Lexicon, a: string, b: string): boolean {
  for (const pos of ['a', 'v'] as const) {
    const theirs = new Set(lexicon.senses(b, pos).map((sense) => sense.id));
    if (theirs.size > 0 && lexicon.senses(a, pos).slice(0, 4).some((sense) => sense.antonyms.some((id) => theirs.has(id)))) return true;
  }
  return false;
}

/**
 * A new sentence shutting, for a time it names, what a kept sentence says holds at every time: a
 * kept word negated ("The warden cannot be reached"; the same stem) or said by its opposite
 * ("Closed on Sundays" for "open every day"), or a word that says a thing is shut. Returns [kept, word].
 */
function shutForSomeTimes(added: Statement, kept: readonly Statement[], lexicon: Lexicon | null | undefined): [Statement, string] | null {
  const padded = ` ${added.words.join(' ')} `;
  const time = SOME_TIME.exec(padded);
  if (!time || EVERY_TIME.test(padded)) return null;
  const negated = added.mainNegations.some((word) => word !== 'without');
  for (const rule of kept) {
    const text = ` ${rule.words.join(' ')} `;
    // The time named is new: "every day from 9am to 5pm" + "Open until 8pm on Fridays" names its hours again.
    if (rule.mainNegations.length > 0 || !EVERY_TIME.test(text) || text.includes(` ${time[0]} `)) continue;
    const ruleStems = stemSet(rule.text);
    // Negated: the new sentence says a kept word not so ("cannot be reached" for "can contact" shares
    // no word; "is not open" does): a content word of the kept rule besides the time.
    const shared = added.stems.filter((stem) => ruleStems.has(stem));
    if (negated && shared.length > 0) return [rule, added.words[added.mainNegationAt[0] ?? 0] ?? 'not'];
    if (negated) continue;
    const shut = added.words.find((word) => SHUT.has(word)) ?? (lexicon ? added.words.find((word) => isContent(word) && rule.words.some((keptWord) => isContent(keptWord) && opposites(lexicon, keptWord, word))) : undefined);
    if (shut) return [rule, shut];
  }
  return null;
}

/** A thing or a party said to go free. */
const FREE = /\b(?:free(?: of charge)?|at no (?:extra |additional )?(?:cost|charge)|no charge|without charge|complimentary)\b/;
/** A charge of its own opening the sentence: "A handling fee of $5 applies", "A $5 surcharge is added". */
const FEE_OPENS = /^(?:a|an|the|one)? ?(?:[a-z$£€\d.,-]+ ){0,3}?(?:fee|charge|surcharge|levy|supplement)s? (?:of [$£€]?[\d.,]+ (?:[a-z]+ )?)?(?:applies|apply|is added|are added|is charged|are charged|is payable|are payable|is due|is taken|will apply|may apply)\b/;
/** What the fee is laid on, when the sentence names it: "to gift wrapping", "for express orders". */
const LAID_ON = /\b(?:applies|apply|added|charged|payable|due|taken) (?:to|for|on) (.+)$/;

/** A new sentence laying a charge of its own on what a kept sentence gives free, laid on nothing else it names; returns the kept sentence. */
function feeOnFree(added: Statement, kept: readonly Statement[]): Statement | null {
  if (added.mainNegations.length > 0) return null;
  const said = added.words.join(' ');
  if (!FEE_OPENS.test(said) || FREE.test(` ${said} `)) return null;
  return kept.find((rule) => {
    if (!FREE.test(` ${rule.words.join(' ')} `) || rule.mainNegations.length > 0) return false;
    const on = LAID_ON.exec(said)?.[1];
    if (on === undefined) return true;
    // Laid on a thing the free sentence names ("applies to all orders"), or on another ("to gift wrapping").
    const ruleStems = stemSet(rule.text);
    // Its head, not a word saying which kind: "to map framing" is laid on framing, not on the maps.
    const words = on.split(' ');
    return words.some((word, i) => isContent(word) && !isContent(words[i + 1] ?? '') && ruleStems.has(normaliseWord(word)));
  }) ?? null;
}

/** A window of time opening the stretch that replaced "at any time": "during office hours", "on weekdays", "between 9 and 5". */
const WINDOW = /^(?:only )?(?:during|within|in|on|between|from|before|after|until|till|outside|at|by) /;

/** A right's "at any time" made a window, the rest word for word; the two stretches, or null. */
function timesCut(previous: Statement, next: Statement): [string, string] | null {
  if (!keptRight(previous) && !(rightKind(next) === null && keptRightByWords(previous))) return null;
  const { gone, came } = changedWords(previous.words, next.words);
  const [before, after] = [gone.join(' '), came.join(' ')];
  const every = EVERY_TIME.exec(` ${before} `);
  // The stretch is the "at any time" itself (its "at" and what frames it may go with it).
  if (!every || before.split(' ').length > every[0].split(' ').length + 1 || came.length === 0) return null;
  if (EVERY_TIME.test(` ${after} `) || !(WINDOW.test(`${after} `) || SOME_TIME.test(` ${after} `))) return null;
  return [before, after];
}

/** A right said with "at any time" whatever its modal: "Tenants can contact the warden at any time". */
function keptRightByWords(statement: Statement): boolean {
  return statement.mainNegations.length === 0 && EVERY_TIME.test(` ${statement.words.join(' ')} `);
}

/** Words that say a thing is given whole. */
const WHOLE = new Set(['full', 'whole', 'entire', 'complete', 'total']);
/** Words that say a part of it: "half", "partial", "a third of"; a figure is read with its "%" (the word lists drop the sign). */
const PART_WORDS = new Set(['half', 'partial', 'part', 'third', 'quarter', 'thirds', 'quarters']);
/** Words that frame the amount either side: "a", "the", "of". */
const FRAME = new Set(['a', 'an', 'the', 'of', 'your', 'their', 'its']);

/** What a kept sentence gives in full given in part, the rest word for word; the two stretches, or null. */
function wholeCut(previous: Statement, next: Statement): [string, string] | null {
  if (previous.mainNegations.length > 0 || next.mainNegations.length > 0) return null;
  const { gone, came } = changedWords(previous.words, next.words);
  const whole = gone.filter((word) => !FRAME.has(word));
  const part = came.filter((word) => !FRAME.has(word));
  if (whole.length !== 1 || !WHOLE.has(whole[0] ?? '') || part.length === 0 || part.length > 2) return null;
  const [amount] = part;
  const percent = amount !== undefined && /^\d+(?:\.\d+)?$/.test(amount) && Number(amount) < 100 && new RegExp(`\\b${amount.replace('.', '\\.')} ?(?:%|percent|per cent)`).test(next.text);
  return percent || (amount !== undefined && PART_WORDS.has(amount)) ? [gone.join(' '), percent ? `${came.join(' ').replace(amount, `${amount}%`)}` : came.join(' ')] : null;
}

export function findRightsTakenBack(input: StatementDiffInput, lexicon?: Lexicon | null): Reason[] {
  const excluded = exclusionAppended(input);
  if (excluded) return [excluded];
  for (const { previous, next } of oneToOneGroups(input.groups)) {
    const times = timesCut(previous, next);
    if (times) return [{ code: 'scope-narrowed', message: `scope narrowed: "${times[0]}" -> "${times[1]}" cuts the times the right holds in ${quote(next.text)}` }];
    const part = wholeCut(previous, next);
    if (part) return [{ code: 'scope-narrowed', message: `scope narrowed: "${part[0]}" -> "${part[1]}" gives in part what was given in full in ${quote(next.text)}` }];
  }
  const kept = keptSentences(input);
  if (!kept) return [];
  for (const added of input.added) {
    const shut = shutForSomeTimes(added, kept, lexicon);
    if (shut) return [{ code: 'contradiction', message: `contradiction: ${quote(added.text, 70)} shuts, by "${shut[1]}", some of the times ${quote(shut[0].text, 70)} holds` }];
    const fee = feeOnFree(added, kept);
    if (fee) return [{ code: 'contradiction', message: `contradiction: ${quote(added.text, 70)} charges for what ${quote(fee.text, 70)} gives free` }];
  }
  return [];
}
