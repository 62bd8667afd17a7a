// How binding a sentence is, read from any deontic marker it holds and not from its modal verbs
// alone: a duty said by a noun, an adjective or an idiom ("are bound to attend", "is the shift
// leader's duty", "a compulsory turn", "it falls to the foreman to"), a permission or a choice said
// the same way ("have the option to attend", "has the chance to see", "is up to each volunteer",
// "any member who fancies it", "gets the opportunity to"). `readModal` (_rule-words.ts) reads the
// modal verbs, imperatives and a fixed table of phrases; the markers here are read beside it and the
// strongest reading of the sentence is its force, so one comparison (reason-deontic-force.ts) can
// ask whether a duty became a permission however either is worded (round 48a: v70/v71's five
// obligation misses, each a duty or a grant said without a modal verb). A marker under a negation
// ("is not up to them", "no option but to") is none. Pure.
import { readModal, type Strength } from './_rule-words.ts';
import { tokenizeWords } from './_text.ts';

export interface ForceReading {
  strength: Strength;
  /** The words that set it, for messages. */
  words: string;
  /** Whether a marker of this file set it (not a modal verb, an imperative or a phrase of readModal's). */
  byMarker: boolean;
}

/** Nouns of a duty: "is the shift leader's duty", "is part of every server's job", "an obligation on". */
const DUTY_NOUN = /^(?:duty|duties|obligation|obligations|responsibility|responsibilities|job)$/;
/** The verbs a duty noun is said with: "is / remains / falls as X's duty". */
const LINKING = /^(?:is|are|remains|remain|was|were|be)$/;
/**
 * Duties said without a modal verb, on the padded, tokenized sentence: "bound to" (not "bound to
 * be", a likelihood), an adjective of requirement, "it falls to X to".
 */
const DUTY_PHRASES = / (?:(?:is|are|am|be|feel|feels|were|was) (?:legally |contractually |duty |strictly )?bound to (?!be )[a-z]+|compulsory|mandatory|obligatory|(?:it )?falls to (?:the |each |every |a |an |our |their )?[a-z]+(?: [a-z]+){0,3} to [a-z]+)/;
/**
 * Permissions and choices said without a modal verb: an option or a chance had, an act left up to
 * someone (not "up to the limit", nor "it is up to the students to keep ...", which gives them the duty), a choice said in a relative clause of the sentence's own act
 * ("any member who fancies it takes a turn", "anyone who wishes to may"; not "customers who want to
 * cancel give notice", whose wish names a case of another act), an act optional or at someone's
 * discretion.
 */
const GRANT_PHRASES = / (?:(?:has|have|had|get|gets|got|is given|are given|is offered|are offered) (?:the |an |a )?(?:option|choice|chance|opportunity)|(?:is|are|it|left|entirely|remains|remain) up to (?:the|each|every|their|our|your|his|her|them|him|you|whoever|individual|individuals)(?= (?!(?:end|limit|maximum|minimum|point|standard|date|mark|level|top|edge|line|time|number|value|amount|age|total|start)\b))(?!(?: [a-z']+){1,3} to [a-z])|(?:who|whoever) (?:fancies|fancy|wishes|wish|wants|want|likes|like|would like|chooses|choose|cares|care) (?:it|so|to(?= (?:may|can|could|will|is|are|do|does)\b))|optional|voluntary|discretionary|(?:can|may|could) (?:opt|elect) to|opts? to|at (?:the |their |his |her |your |each |every |our )?(?:[a-z]+ ){0,2}discretion)(?= )/;
/** A choice said in a case closing its clause: "..., if they wish,", "if you like." (not "if they want a headset"). */
const IF_THEY_WISH = /\bif (?:they|you|he|she|members|visitors) (?:so )?(?:wish|wishes|want|wants|like|likes|fancy|fancies|choose|chooses|prefer|prefers)(?:\s*[,.;:)]|\s*$| to do so\b)/i;

/** A "no" on the marker after it; "non" is "non-compulsory"'s, "neither" and "nor" a pair's. */
const NEGATION = /^(?:not|never|no|nobody|none|cannot|non|neither|nor)$/;

/** Whether a marker at word `at` stands under a negation: "not", "never", "no" within the three words before it. */
function negatedAt(words: readonly string[], at: number): boolean {
  const before = words.slice(Math.max(0, at - 3), at);
  // "optional rather than compulsory", "instead of being mandatory": the marker names what the rule is not.
  return before.some((word) => NEGATION.test(word)) || / (?:rather than|instead of) /.test(` ${before.join(' ')} `);
}


/** The word index a match starting at character `index` of the padded text falls on. */
function wordIndex(padded: string, index: number): number {
  return padded.slice(0, index + 1).trim().split(' ').filter(Boolean).length;
}

/** A duty noun said of the sentence's act: "is the shift leader's duty", "is an obligation on every member". */
function dutyNoun(words: readonly string[]): string | null {
  for (let at = 0; at < words.length; at++) {
    if (!DUTY_NOUN.test(words[at] ?? '')) continue;
    // The linking verb within the five words before the noun: "is each volunteer('s) duty", "is part of every server's job".
    const from = Math.max(0, at - 5);
    const link = words.slice(from, at).findIndex((word) => LINKING.test(word));
    // Negated before the verb ("no one's job is ...") or between it and the noun ("is not the apprentice's duty").
    if (link < 0 || negatedAt(words, from + link + 1) || words.slice(from + link + 1, at).some((word) => NEGATION.test(word))) continue;
    // "the duty manager", "a job sheet": a noun modifying the next noun names a person or a thing.
    // "when two lifeguards are on duty": a person's shift, not a duty of the act.
    if (/^(?:on|off)$/.test(words[at - 1] ?? '')) continue;
    if (/^(?:manager|managers|officer|officers|sheet|sheets|rota|rotas|title|list|card|cards|free|holder|holders|free)$/.test(words[at + 1] ?? '')) continue;
    return words.slice(from + link, at + 1).join(' ');
  }
  return null;
}

function markerReading(sentence: string, phrases: RegExp): string | null {
  const words = tokenizeWords(sentence);
  const padded = ` ${words.join(' ')} `;
  const match = phrases.exec(padded);
  if (!match || negatedAt(words, wordIndex(padded, match.index))) return null;
  return match[0].trim();
}

/** The duty a sentence states by a marker of this file, or null. */
export function dutyMarker(sentence: string): string | null {
  return markerReading(sentence, DUTY_PHRASES) ?? dutyNoun(tokenizeWords(sentence));
}

/** The permission or choice a sentence states by a marker of this file, or null. */
export function grantMarker(sentence: string): string | null {
  return markerReading(sentence, GRANT_PHRASES) ?? IF_THEY_WISH.exec(sentence)?.[0].replace(/[\s,.;:)]+$/, '').toLowerCase() ?? null;
}

/**
 * How binding a sentence is, from its modal reading and its markers: a duty marker binds like
 * "must", a grant marker like "may"; the strongest reading is the sentence's force.
 */
export function readDeonticForce(sentence: string): ForceReading | null {
  const readings: ForceReading[] = [];
  const modal = readModal(sentence);
  if (modal) readings.push({ strength: modal.strength, words: modal.words, byMarker: false });
  const duty = dutyMarker(sentence);
  if (duty) readings.push({ strength: 3, words: duty, byMarker: true });
  const grant = grantMarker(sentence);
  if (grant) readings.push({ strength: 1, words: grant, byMarker: true });
  return readings.reduce<ForceReading | null>((best, reading) => (!best || reading.strength > best.strength ? reading : best), null);
}
