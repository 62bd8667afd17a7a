// `entity-removed`: a named thing the rule is about disappeared: a capitalised name ("Trust and
// Safety", "Acme Premium", "Zendesk"), an acronym (GDPR, PCI DSS), an email address or a URL. Pure.
import type { Reason } from '../schema/records.ts';
import { escapeRegExp, splitSentences, STOP_WORDS } from './_text.ts';
import { maskReferences } from './reason-reference.ts';
import { inGrantedList } from './_stricter-edits.ts';

const URL = /\bhttps?:\/\/[^\s)>\]]+|\bwww\.[^\s)>\]]+/g;
const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;
/** Units and clock words that look like acronyms but name nothing. */
const NOT_ACRONYMS = new Set(['KB', 'MB', 'GB', 'TB', 'PB', 'AM', 'PM', 'OK', 'ID', 'USD', 'EUR', 'GBP', 'FAQ']);
/** Capitalised only because a sentence starts with them. */
const SENTENCE_OPENERS = new Set(
  `if when where while after before once unless never always do don't please kindly all any each every no
  only our your their its this that these those for in on at to from with as by under over customers users
  agents assistants refunds transcripts`
    .split(/\s+/)
    .filter(Boolean),
);
const NAME_JOINERS = new Set(['of', 'and', '&', 'for', 'de']);
/**
 * Temperature scales: units after a figure ("90 degrees Celsius"), no names. The number reading
 * compares the quantity in either scale ("90 degrees Celsius" -> "194 degrees Fahrenheit" is the same
 * heat; "20 degrees Celsius" -> "20 degrees Fahrenheit" is a number changed), so the scale's name
 * gone is none of the entity reading's (round 44d: 10 benign edits of 5 read sets, the two
 * regressions number edits the number reading flags).
 */
const SCALES = new Set(['Celsius', 'Fahrenheit', 'Centigrade', 'Kelvin']);

function trimPunctuation(text: string): string {
  return text.replace(/[.,;:!?'")\]]+$/, '');
}

/** Named entities of a text, as written. */
export function findEntities(text: string): string[] {
  const entities: string[] = [];
  const masked = maskReferences(text);
  for (const match of masked.matchAll(URL)) entities.push(trimPunctuation(match[0]));
  for (const match of masked.matchAll(EMAIL)) entities.push(match[0]);
  const plain = masked.replace(URL, ' ').replace(EMAIL, ' ');
  for (const sentence of splitSentences(plain)) {
    // "RIDDOR-reportable", "GDPR-compliant": a lower-case word hyphened to a name is no part of it.
    const tokens = sentence.split(/\s+/).map((token) => token.replace(/^[("'“‘[]+|[.,;:!?'")”’\]]+$/g, '').replace(/^([A-Z][A-Za-z0-9]*)(?:-[a-z]+)+$/, '$1'));
    let run: string[] = [];
    let runStartsSentence = false;
    const flush = (): void => {
      while (run.length > 0 && NAME_JOINERS.has(run[run.length - 1]?.toLowerCase() ?? '')) run.pop();
      if (runStartsSentence && run.length > 0) {
        const first = run[0]?.toLowerCase() ?? '';
        if (STOP_WORDS.has(first) || SENTENCE_OPENERS.has(first)) {
          run = run.slice(1);
          runStartsSentence = false;
        }
      }
      const isName = run.length >= 2 || (run.length === 1 && !runStartsSentence);
      if (isName && !run.every((word) => /^[A-Z0-9&-]+$/.test(word) && word.length > 1)) entities.push(run.join(' '));
      run = [];
    };
    tokens.forEach((token, i) => {
      // A name with a possessive is a name ("St Mary's Hospital", "King's Hall", "at Addenbrooke's"):
      // read by form wherever it stands, or "St Mary's" -> "St Mark's" changes no name (round 28b).
      const capitalised = (/^[A-Z][a-z]+[A-Za-z0-9-]*(?:['’]s)?$/.test(token) || /^[a-z]+[A-Z][A-Za-z0-9]*$/.test(token)) && !SCALES.has(token);
      if (capitalised && token !== 'I') {
        if (run.length === 0) runStartsSentence = i === 0;
        run.push(token);
      } else if (run.length > 0 && NAME_JOINERS.has(token.toLowerCase()) && /^[A-Z]/.test(tokens[i + 1] ?? '')) {
        run.push(token);
      } else {
        flush();
      }
    });
    flush();
  }
  // "TG20:21": a number after a colon is the name's own (its edition), or the name
  // read alone ("TG20") is never found again in a text that writes it whole, not even the same text.
  for (const match of plain.matchAll(/\b[A-Z][A-Z0-9&]*[A-Z0-9](?:[ -][A-Z][A-Z0-9]*[A-Z0-9])*(?::\d+)*\b/g)) {
    const words = match[0].split(/[ -]/).filter((word) => !NOT_ACRONYMS.has(word));
    if (words.length > 0) entities.push(words.join(' '));
  }
  return [...new Set(entities)];
}

function normalise(text: string): string {
  // A sentence's full stop is no part of the name before it ("in the EU." names "EU").
  // "the Trust's procedure" -> "the procedure of the Trust": the possessive is no part of the name.
  return ` ${text.toLowerCase().replace(/['’]s\b/g, '').replace(/[.:]+(?=\s|$)/g, ' ').replace(/[^a-z0-9@./:]+/g, ' ').trim()} `;
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => !NAME_JOINERS.has(word.toLowerCase()) && word.toLowerCase() !== 'the')
    .map((word) => word[0] ?? '')
    .join('')
    .toUpperCase();
}

/** Still named in the new text, as written or as an acronym of it (or the name an acronym stands for). */
function isStillNamed(entity: string, nextText: string, nextEntities: readonly string[]): boolean {
  // "on Friday afternoons" -> "on Fridays": the name in the plural still names it, and every one of
  // it. Not the other way round: "on Fridays" -> "on Friday afternoons" may name only part of it.
  const text = normalise(nextText);
  const name = normalise(entity);
  if (text.includes(name) || text.includes(name.replace(/ $/, 's '))) return true;
  const compact = entity.replace(/[\s-]/g, '').toUpperCase();
  return nextEntities.some((other) => initials(other) === compact || other.replace(/[\s-]/g, '').toUpperCase() === initials(entity));
}

/**
 * Whether a name gone from the old text was one item of a list a permission grants ("may fly with
 * British Airways or Lufthansa" -> "with Lufthansa"): the grant narrowed, stricter.
 */
function droppedFromGrant(name: string, previous: string): boolean {
  const escaped = escapeRegExp(name);
  // "Advanced Open Water or above" is a floor on a scale, no list: the name cut to "Open Water" lowers it (round 22b).
  const joiner = String.raw`(?:,|\band\b|\bor\b)(?!\s+(?:above|higher|better|more|over|up|equivalent|greater|later|newer|beyond|its equivalent|the equivalent)\b)`;
  const listed = new RegExp(`${escaped}\\s*${joiner}|(?:,|\\band\\b|\\bor\\b)\\s*(?:the\\s+)?${escaped}`);
  return splitSentences(previous).some((sentence) => listed.test(sentence) && inGrantedList(sentence, name));
}

/**
 * Whether a name read at a sentence's opening is a common word capitalised there joined to a name
 * ("Orders for Tuesday delivery close at 12:00" -> "Order cut-offs: - Tuesday delivery: 12:00",
 * "Uniform for Cubs:" made prose): the word opening it is said again in the new text (its plural or
 * singular, in any case) and the name after the joiner is still named. A title gone ("the Director
 * of Music" -> "the head of the junior school") loses a word, and a name kept whole is found as it
 * stands (round 44d: 2 benign list-prose edits of 2 read sets, no regression).
 */
function openingWordJoinedToName(entity: string, previous: string, next: string, nextEntities: readonly string[]): boolean {
  const parts = /^([A-Z][a-z]+) (?:of|for|and|&) (.+)$/.exec(entity);
  if (!parts) return false;
  const [, opening = '', rest = ''] = parts;
  if (!new RegExp(`(?:^|[.!?:\\n]\\s*)${escapeRegExp(entity)}\\b`).test(previous)) return false;
  const stem = opening.toLowerCase().replace(/s$/, '');
  return new RegExp(`\\b${escapeRegExp(stem)}s?\\b`, 'i').test(next) && isStillNamed(rest, next, nextEntities);
}

/** One reason per entity of the old text that the new text no longer names. */
export function findEntitiesRemoved(previous: string, next: string): Reason[] {
  const nextEntities = findEntities(next);
  return findEntities(previous)
    .flatMap((entity) => {
      if (isStillNamed(entity, next, nextEntities) || openingWordJoinedToName(entity, previous, next, nextEntities)) return [];
      // "Mondays and Fridays" is two names: only the one gone is removed.
      const parts = entity.split(/\s+(?:and|&)\s+/);
      const gone = parts.length > 1 && parts.some((part) => isStillNamed(part, next, nextEntities)) ? parts.filter((part) => !isStillNamed(part, next, nextEntities)) : [entity];
      return gone.every((name) => droppedFromGrant(name, previous)) ? [] : [entity];
    })
    .map((entity) => ({ code: 'entity-removed', message: `entity removed: "${entity}"` }));
}
