// Edits that only make a rule stricter: an exception dropped from a prohibition or a duty ("must
// reach 75°C, unless the dish is served within 10 minutes" -> "must reach 75°C") or a condition
// dropped from a prohibition ("Do not call the customer if they opted out" -> "Do not call the
// customer"), removed before the detectors compare words, and an item dropped from what a
// permission grants ("may share it with the safeguarding lead or their deputy" -> "only with the
// safeguarding lead"). The same edit the other way round loosens the rule and is left to the
// detectors: an exception or condition dropped from a permission, an exception dropped from a duty
// that hands something over ("Unlock the account unless a hold was placed" -> "Unlock the
// account": the case let off was the safeguard), a condition dropped from a duty (as often its
// safeguard as a case it skips); an item dropped from a duty's list or a permission's condition. Pure.
import { isImperativeVerb, negationsIn, readModal } from './_rule-words.ts';
import { stemSet } from './_statements.ts';
import { abilityChecked } from './_checked-abilities.ts';
import { sentenceBounds } from './_text.ts';

/**
 * An exception or condition after the rule (", unless the dish is served within 10 minutes", "if
 * the issue is urgent") or before it ("Unless the customer asks, ..."), to the end of its clause;
 * a decimal point or a thousands comma ("$1,000", "7.5") ends nothing.
 */
const CLAUSE_TEXT = String.raw`(?:[^,.;:!?\n]|[.,](?=\d))*`;
const MARKER = String.raw`(?:unless|except|save (?:when|if|where|for|in)|apart from|barring|other than when|if|when|whenever|in case|provided(?: that)?|as long as|so long as|without)`;
/**
 * Words of a case the new text may name in place of the one dropped ("if the pipe burst" -> "even if
 * it leaked", "when the cart is empty" -> "every time a page loads"): then it was replaced, not dropped.
 */
const CASE_WORDS = /\b(?:if|when|whenever|unless|except|save|apart from|barring|even|regardless|every time|each time|in every|any time|once|provided|as long as|so long as|in case|only)\b/gi;
const TRAILING = new RegExp(String.raw`,?\s+\b${MARKER}\b${CLAUSE_TEXT}`, 'gi');
const LEADING = new RegExp(String.raw`(^|[.!?:]\s+|\n[ \t]*(?:[-*+]\s+|\d+[.)]\s+)?)${MARKER}\b${CLAUSE_TEXT},\s*(\w)`, 'gi');

/**
 * Words saying a rule holds in every case: "always", "at all times", "however long", "regardless of";
 * "however" before a clause of its own ("however it was broken", round 34c), never "However," opening one.
 */
const EVERY_CASE_SOURCE = String.raw`\b(?:(?:after|before|at|on|with|during) (?:every|each) (?:use|time|visit|shift|session|class|service|meal|trip|journey|flight|dive|match|game|load)\b|always|at all times|in (?:every|all|any) cases?|however (?:long|much|many|few|little|short|briefly|often|small)|however (?=(?:it|they|he|she|you|we|the|a|an|this|that|its|their|his|her)\b)|no matter (?:how|what|when)|whatever (?:its|the|their)|regardless of)\b`;
const EVERY_CASE = new RegExp(EVERY_CASE_SOURCE, 'i');
const EVERY_CASE_ALL = new RegExp(EVERY_CASE_SOURCE, 'gi');
/**
 * The clause an every-case phrase opens, to its clause's end ("regardless of how the caller
 * sounds"): it names the case it sets aside, so its words are no sign that the case is still read
 * (round 34c: "Log the call if the caller sounds distressed" -> "regardless of how the caller sounds").
 */
const EVERY_CASE_CLAUSE = new RegExp(String.raw`\b(?:regardless of|irrespective of|no matter (?:how|what|when|who|why|where|which)|however (?=(?:it|they|he|she|you|we|the|a|an|this|that|its|their|his|her)\b)|whatever (?:its|the|their))${CLAUSE_TEXT}`, 'gi');
/**
 * A duty done at the business's cost ("Replace the kettle free of charge", "Cover the cost of the
 * taxi"): held in every case it gives more away, as a hand-over does, so its case is no tightening
 * dropped (round 34c: the tuning set's twins said "however it was broken", "regardless of why").
 */
const AT_OUR_COST = /\b(?:free of charge|for free|at no (?:extra )?(?:cost|charge)|at our (?:own )?(?:cost|expense)|covers?(?: the)? (?:cost|fare|bill)|pay(?:s)? for|compensat\w*|goodwill)\b/i;

/**
 * A window of time or place a rule holds in, said after the rule (round 34c): "between March and
 * July", "after 20:00", "in winter"; "near the band saw", "in the loading area" (a place phrase closing
 * its clause). Each is dropped only where the new text says the rule holds at every time or in every
 * place, `WHENEVER` or `WHEREVER`, and the old did not.
 */
const MONTH = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)`;
const SEASON = String.raw`(?:winter|summer|spring|autumn|the (?:winter|summer|spring|autumn|school|term|holiday|nesting|breeding|lambing|shooting|fishing|busy|peak|open) (?:months|season|holidays|period|term)|term time|the holidays|school holidays|the season)`;
// "a.m." / "p.m." without their last stop: that stop may end the sentence ("before 3 p.m.", round 37c).
const CLOCK = String.raw`(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.?|p\.m\.?)?|\d{4}|midnight|noon|midday|dusk|dawn|dark|sunset|sunrise)`;
const DAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?`;
const TIME_POINT = String.raw`(?:${MONTH}|${DAY}|${CLOCK})`;
const TIME_WINDOW = new RegExp(String.raw`,?\s+\b(?:(?:between|from) ${TIME_POINT} (?:and|to|until|till) ${TIME_POINT}|(?:in|during|over) (?:${MONTH}|${SEASON})|(?:after|before|until|past) ${CLOCK}|on ${DAY})\b(?=\s*(?:[,.;:!?\n]|$))`, 'gi');
const PLACE_WINDOW = new RegExp(String.raw`,?\s+\b(?:near|beside|next to|close to|around|by|in|on|at|inside|within) (?:the|a|an|any|each|every|our|their|its) [a-z][\w'-]*(?: [a-z][\w'-]*){0,2}(?=\s*(?:[,.;:!?\n]|$))`, 'gi');
const WHENEVER = /\b(?:all year(?: round)?|year-round|throughout the year|at any time(?: of (?:the )?(?:year|day|night))?|at (?:any|all) hours?(?: of (?:the )?(?:day|night))?|whatever the (?:time|season|month|day|hour)|at all times|any time of (?:the )?(?:year|day|night)|all day|day (?:and|or) night|(?:a)?round the clock|24 hours a day|every day of the year)\b/i;
// "anywhere other than the magazine" names the one place left: no place made universal.
const WHEREVER = /\b(?:anywhere|everywhere|wherever|throughout the [a-z]+|in (?:every|any) (?:part|area|room|zone|corner) of)\b(?!\s+(?:other than|else|except|but|apart from|outside|besides))/i;

/** The sentence of `text` around [start, end): from the last sentence end before to the next after. */
function sentenceAround(text: string, start: number, end: number): string {
  const bounds = sentenceBounds(text, start, end);
  return text.slice(bounds.start, bounds.mark < 0 ? text.length : bounds.mark);
}

/** Whether a rule's clause grants rather than demands or forbids: "may", "can", "free to" with no "only" and no negation. */
function grants(clause: string): boolean {
  return readModal(clause)?.strength === 1 && negationsIn(clause).length === 0;
}

/**
 * Verbs that hand something over or open access: done in more cases, such a duty gives more away
 * ("Refund the order unless fraud is suspected" -> "Refund the order"), so its exception was a
 * safeguard and dropping it is no tightening.
 */
const GIVING = /\b(?:unlock|unblock|reset|enable|activate|refund|release|approve|grant|share|disclose|send|issue|waive|pay|transfer|publish|deploy|accept|allow|give|provide|offer|return|reopen|restore|reinstate|reactivate|lift|extend|renew|credit|reimburse|forward|reveal|export|upload|merge|ship|dispense|prescribe|sell|lend|admit|let|hand|open|discharge|authori[sz]e)(?:s|es|ed|d|ing)?\b/i;

/** Verbs whose object may be an if/when clause ("Ask the customer if ...", "Tell them when ..."): there it is no condition. */
const ASKING = /\b(?:ask|asks|check|checks|confirm|confirms|verify|verifies|tell|tells|inform|know|see|find out|determine|decide|note|record|log|explain|say|state|remind|warn|wonder|whether)\b/i;

/**
 * Whether the rule's verb hands something over: a giving word not right after a determiner ("stop
 * the lift", "print the return label": there it names a thing, not the act).
 */
function handsOver(rule: string): boolean {
  const giving = new RegExp(GIVING.source, 'gi');
  for (const match of rule.matchAll(giving)) {
    if (!/\b(?:the|a|an|this|that|its|their|your|our|his|her|each|every|any)\s+$/i.test(rule.slice(0, match.index))) return true;
  }
  return false;
}

/**
 * Whether a rule applied in more cases is stricter: a prohibition, or a duty that hands nothing
 * over ("Lock your screen when you leave your desk for more than 5 minutes" -> "whenever you leave
 * your desk"); not a permission, nor "Refund the order when ..." (more refunds given).
 */
export function widerIsStricter(rule: string): boolean {
  // "Refund orders under $50 without asking": a "without" sets a manner; only a negated verb forbids.
  return !grants(rule) && (negationsIn(rule).some((word) => word !== 'without') || !handsOver(rule));
}

/**
 * Whether the exception's own words (those the rule around it does not use) are gone from the new
 * text: at most a third of them left, so an exception said in other words or moved to a sentence
 * of its own is still there.
 */
function exceptionGone(exception: string, rule: string, next: ReadonlySet<string>): boolean {
  const ruleStems = stemSet(rule);
  const own = [...stemSet(exception)].filter((stem) => !ruleStems.has(stem) && !/^(?:unless|except|other)$/.test(stem));
  return own.length > 0 && own.filter((stem) => next.has(stem)).length * 3 <= own.length;
}

/**
 * The previous text without the exceptions and conditions of its prohibitions and duties that the
 * new text dropped: a rule that now holds in every case is stricter, and the words, numbers and
 * names of the case it no longer lets off are no loss. Those of permissions, and of duties that
 * hand something over, stay (dropping one widens what is given).
 */
export function withoutDroppedExceptions(previous: string, next: string): string {
  const everyCaseSaid = EVERY_CASE.test(next) && !EVERY_CASE.test(previous);
  const nextStems = stemSet(everyCaseSaid ? next.replace(EVERY_CASE_CLAUSE, ' ') : next);
  // The rule's own words are looked for in the whole new text, the every-case clause with it.
  const wholeNextStems = everyCaseSaid ? stemSet(next) : nextStems;
  const drop = (whole: string, at: number, exception: string, leading: boolean): boolean => {
    const sentence = sentenceAround(previous, at, at + whole.length);
    const [before = '', after = ''] = sentence.split(exception);
    // The clause the exception lets off: before it up to a semicolon or colon, or after a leading one.
    const clause = leading ? (after.split(/[;:]/)[0] ?? '') : (before.split(/[;:]/).at(-1) ?? '');
    const exceptionOnly = /^[\s,]*(?:unless|except|save|apart from|barring|other than)\b/i.test(exception);
    // "Ask the customer if they want a receipt": an if/when clause after a verb of asking or telling is what is asked;
    // not where the new text says the rule holds whatever the case ("Log the call regardless of how the caller sounds", round 34c).
    if (!exceptionOnly && !leading && ASKING.test(clause) && !(everyCaseSaid && ruleKept(`${before} ${after}`, wholeNextStems))) return false;
    // "only if" / "only when" restricts the duty itself ("Suggest the premium plan only when asked"): never a case let off.
    if (/\bonly[\s,]*$/i.test(before) && !leading) return false;
    const rest = previous.slice(0, at) + previous.slice(at + whole.length);
    // "Visitors need an escort when experiments are running" -> "Visitors always need an escort":
    // the new text says the duty holds in every case, so its condition was dropped, not replaced.
    const everyCase = EVERY_CASE.test(next) && !EVERY_CASE.test(previous);
    const caseWords = (text: string): number => (text.replace(everyCase ? EVERY_CASE_ALL : /$^/, ' ').match(CASE_WORDS) ?? []).length;
    if (caseWords(next) > caseWords(rest)) return false;
    // The rule's own words gone with its case ("If a tyre is flat, tell the driver not to use the van"
    // dropped whole): the rule went, no case of it was let go (round 35b).
    if (exceptionGone(clause, exception, nextStems)) return false;
    const forbids = negationsIn(clause).length > 0;
    // An if/when on a duty is as often its safeguard ("Reset the password if the caller passed
    // security") as a case it skips, so only a prohibition's is read as dropped; an "unless" lets
    // off; a duty said to hold "always", "however long", "in every case" dropped it.
    if (!exceptionOnly && !forbids && !everyCase) return false;
    if (!exceptionOnly && !forbids && AT_OUR_COST.test(clause)) return false;
    return !grants(clause) && (forbids || !handsOver(clause)) && exceptionGone(exception, `${before} ${after}`, nextStems);
  };
  const trailing = previous.replace(TRAILING, (whole: string, at: number) => (drop(whole, at, whole, false) ? '' : whole));
  const cases = trailing.replace(LEADING, (whole: string, lead: string, first: string, at: number) => {
    const exception = whole.slice(lead.length, whole.length - first.length);
    return drop(whole, at, exception, true) ? `${lead}${first.toUpperCase()}` : whole;
  });
  return withoutDroppedWindows(cases, next);
}

/**
 * Whether every content word of the rule around a dropped case is said in the new text: the rule
 * kept and only its case made universal ("Beekeepers must wear a veil during the summer months" ->
 * "... gloves all year round" keeps its window: the rule itself changed, and its words read that).
 */
function ruleKept(rule: string, nextStems: ReadonlySet<string>): boolean {
  return [...stemSet(rule)].every((stem) => nextStems.has(stem));
}

/**
 * `previous` without a window of time or place its duty or ban held in, where the new text says the
 * rule holds at every time or in every place ("Dogs must be kept on a lead between March and July" ->
 * "... all year round", "Ear defenders must be worn near the band saw" -> "... anywhere in the mill"):
 * the rule holds in more cases, stricter, and the months, hours or place it no longer names are no
 * loss. A grant or a duty that hands something over held in more cases gives more away: kept (round 34c).
 */
export function withoutDroppedWindows(previous: string, next: string): string {
  let text = previous;
  for (const [window, every] of [[TIME_WINDOW, WHENEVER], [PLACE_WINDOW, WHEREVER]] as const) {
    if (!every.test(next) || every.test(previous)) continue;
    const nextStems = stemSet(next);
    text = text.replace(window, (whole: string, at: number) => {
      const sentence = sentenceAround(text, at, at + whole.length);
      const [before = '', after = ''] = sentence.split(whole);
      const clause = before.split(/[;:]/).at(-1) ?? '';
      if (grants(clause) || !widerIsStricter(clause) || AT_OUR_COST.test(clause) || /\bonly\b/i.test(clause) || !ruleKept(`${before} ${after}`, nextStems)) return whole;
      return exceptionGone(whole, `${before} ${after}`, nextStems) ? '' : whole;
    });
  }
  return text;
}

/** Words that open a clause of its own inside a sentence: what comes after them is not the permission's object. */
const CLAUSE_OPENERS = /[;:]|,\s*(?:and|but|while|whereas|so|then)\b|\b(?:if|when|whenever|once|unless|provided|as long as|so long as|after|before|until|where)\b/gi;

/** The clause a text ends in: what follows its last clause opener ("If it rains, and staff" -> " staff"), or the whole text. */
function clauseEndingAt(text: string): string {
  const last = [...text.matchAll(CLAUSE_OPENERS)].at(-1);
  return last ? text.slice((last.index ?? 0) + last[0].length) : text;
}
/** Words saying a list's parties act as one: each of them is needed, none is an alternative. */
const JOINTLY = /\b(?:(?:acting|working|signing) together|(?:may|can|must|only) together|together(?=\s*,)|jointly|in each other's presence|in the presence of (?:each other|both)|both (?:of them )?(?:present|signing|agreeing|sign|agree|approve|approving)|between them|two-person|dual[- ](?:control|sign-off|signature))\b/i;
/** Words that grant, "may only"/"can only" included: an item dropped from a limited grant narrows it too. */
const GRANT_WORDS = /\b(?:may|can|could|allowed to|permitted to|free to|entitled to|welcome to)\b/i;

/**
 * Whether a list item of `sentence` ("or their deputy") sits in what a permission grants: the
 * clause it stands in (from the last clause opener before it) says "may"/"can"/"allowed to" with
 * no negation, and it is no condition of the grant. Dropping such an item narrows the grant.
 */
export function inGrantedList(sentence: string, item: string, kept?: (stem: string) => boolean): boolean {
  const at = sentence.indexOf(item);
  if (at < 0) return false;
  // "Only the shift lead and the security officer, acting together, may open the cage" -> "Only the
  // shift lead may": the list names who must all take part, so one fewer needed loosens the grant.
  if (JOINTLY.test(sentence)) return false;
  // "Staff may fly with British Airways or Lufthansa" -> "... with Lufthansa": the first item holds
  // the grant itself; the grant and its verb kept, only what follows them went.
  const grant = GRANT_WORDS.exec(item);
  if (kept && grant && !abilityChecked(`${sentence.slice(0, at)}${item}`)) {
    const head = item.slice(0, grant.index + grant[0].length) + (/^\s+\S+/.exec(item.slice(grant.index + grant[0].length))?.[0] ?? '');
    const tail = item.slice(head.length);
    const subject = item.slice(0, grant.index);
    const free = negationsIn(sentence).length === 0 && !/\b(?:must|shall|has to|have to|need to|needs to|required)\b/i.test(item);
    // "Managers and team leads may see salary bands" -> "Only managers may see ...": the last of the
    // grant's subjects went, the grant and what it grants kept.
    if (free && /\b(?:and|or)\s*$/i.test(sentence.slice(0, at)) && [...stemSet(subject)].length > 0 && [...stemSet(subject)].every((stem) => !kept(stem)) && [...stemSet(item.slice(grant.index))].every(kept)) return true;
    return free && [...stemSet(head)].every(kept) && [...stemSet(tail)].some((stem) => !kept(stem)) && negationsIn(`${sentence.slice(0, at)} ${head}`).length === 0 && !/\bonly\b/i.test(head);
  }
  const before = sentence.slice(0, at);
  const clause = clauseEndingAt(before);
  // "(Only) nurses and pharmacists may administer ..." -> "(Only) pharmacists may ...": fewer are
  // granted it. The item stands in the grant's subject: the grant word follows it in its clause.
  const rest = sentence.slice(at + item.length);
  const restClause = rest.slice(0, rest.search(CLAUSE_OPENERS) < 0 ? rest.length : rest.search(CLAUSE_OPENERS));
  const opener = item.toLowerCase().split(/\s+/).find((word) => word !== 'only') ?? '';
  if (GRANT_WORDS.test(restClause) && !/\b(?:may|can|could)\b/i.test(before) && !isImperativeVerb(opener) && negationsIn(sentence).length === 0) return true;
  // "confirm that the guest can walk 8 km, has waterproof boots and ...": an ability checked, no grant (_checked-abilities.ts, round 29b).
  return GRANT_WORDS.test(clause) && negationsIn(clause).length === 0 && !/\b(?:must|shall|has to|have to|need to|needs to|required)\b/i.test(clause) && !abilityChecked(`${before}${item}`);
}

/** Words that make what follows the only ones allowed: "only with", "must come from", "must be signed by". */
const RESTRICTED = /\bonly\b|\b(?:must|shall|has to|have to|needs? to|are to|is to)\s+(?:(?:be|come|originate)\s+)?(?:\w+ed\s+)?(?:from|by|via|through|using)\b/i;

/**
 * Whether `item` is the alternative after "or" in what a restriction allows ("only with the guest
 * or their travel agent", "must come from a teacher or an employer"): dropping it leaves fewer
 * allowed, stricter. An alternative of a prohibition ("do not share with A or B") or of a
 * condition ("if the tenant reports damp or mould") widens or narrows the cases instead: no.
 */
export function droppedAllowedAlternative(sentence: string, item: string, next?: string): boolean {
  const at = sentence.indexOf(item);
  if (at < 0 || !/\bor\s+$/i.test(sentence.slice(0, at)) || negationsIn(sentence).length > 0) return false;
  const before = sentence.slice(0, at);
  const clause = clauseEndingAt(before);
  if (RESTRICTED.test(clause)) return true;
  // "Share it with the customer or their named contact" -> "with the customer only": the new text
  // limits the rule to the alternative left, fewer allowed. Not an alternative of a condition.
  // No clause opener before the item: the clause is the whole sentence up to it.
  return next !== undefined && clause === before && NOW_ONLY.test(next) && !NOW_ONLY.test(sentence) && negationsIn(next).length === 0;
}

/** Words that limit a rule to what they name: "with the customer only", "nobody else", "solely". */
const NOW_ONLY = /\b(?:only|solely|exclusively|alone|no(?:body| one) else|no other)\b/i;
