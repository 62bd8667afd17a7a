// `scope-narrowed` for an object: a rule over "all"/"any"/"every" of something now covers only the
// ones a phrase added after the noun picks out ("Archive all invoices" -> "Archive all invoices
// issued this year", "before running any command that would delete files" -> "... delete files
// outside the project folder"). Every old word stays; the new words restrict the noun. In a
// permission the same edit is stricter, so permissions are left alone. Pure.
import type { Reason } from '../schema/records.ts';
import { oneToOneGroups, type StatementDiffInput } from './_statement-groups.ts';
import { wordsInserted } from './_condition-tail.ts';
import { isContent, type Statement } from './_statements.ts';
import { normaliseWord, quote } from './_text.ts';

/** Words that open a phrase picking out some of a noun's referents. */
const RESTRICTORS = new Set([
  'outside', 'inside', 'within', 'from', 'in', 'on', 'at', 'for', 'of', 'with', 'during', 'that', 'which', 'who', 'whose', 'where',
  'older', 'newer', 'younger', 'over', 'under', 'above', 'below', 'larger', 'smaller', 'longer', 'shorter', 'belonging', 'owned',
]);
/** Words that widen or stress rather than restrict ("in any system", "even in tests"), or that other detectors read. */
const NOT_RESTRICTING = /^(?:any|all|every|each|even|if|when|whenever|unless|only|or|and|also|too|immediately|always|never|not)$/;
const UNIVERSAL = /^(?:all|any|every|each)$/;
const PERMISSION = /^(?:may|can|could|allowed|permitted)$/;
/** A longer insertion is a new clause, not a qualifier. */
const MAX_INSERTED = 8;

/** The words inserted into `before` to make `after`, with where they went, when nothing else changed. */
const insertion = wordsInserted;

/** Words that stress a whole class rather than pick part of it ("every single ticket", "the very species", "the same tools"). */
const NOT_NARROWING_BEFORE = /^(?:single|last|possible|such|other|the|of|these|those|our|your|their|its|particular|specific|very|same|actual|exact|individual|various|different|respective|relevant)$/;
/** Counts said in words: "the two tyres" names how many there are. */
const COUNT_WORDS = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|both|several|many|few)$/;
/** The first word of a clause defining the noun before it: a relative pronoun or a subject ("the tools you used"). */
const DEFINING_CLAUSE = /^(?:that|which|who|whom|whose|they|you|we|he|she|i|staff|members)$/;

function narrowedObject(previous: Statement, next: Statement): { noun: string; phrase: string } | null {
  if (previous.words.some((word) => PERMISSION.test(word))) return null;
  const found = insertion(previous.words, next.words);
  if (!found || found.words.length > MAX_INSERTED || found.at === 0) return null;
  // "Encrypt all laptops" -> "Encrypt all company laptops": words put between "all" and its noun.
  const before = previous.words[found.at - 1] ?? '';
  // "for the species they handle" -> "for the rare species they handle": a noun a clause after it
  // defines is taken whole, as "every species they handle" (round 22b).
  // So is a plural after "the" ("Check the tyres" = every tyre): "the front tyres" is some of them
  // (written in lower case: "the FinOps team" spelled out is a name, not a plural).
  const nounThere = previous.words[found.at] ?? '';
  const definedWhole = before === 'the' && (DEFINING_CLAUSE.test(previous.words[found.at + 1] ?? '') || (/[^s]s$/.test(nounThere) && normaliseWord(nounThere) !== nounThere && new RegExp(`\\bthe ${nounThere}\\b`).test(previous.text)));
  // A possessive or a count put there says whose or how many, not which ("the bike's tyres", "the two tyres").
  const saysWhichOnly = !definedWhole || found.words.every((word) => !/['’\d]/.test(word) && !COUNT_WORDS.test(word) && !new RegExp(`\\b${word}['’]s?(?:\\s|$)`, 'i').test(next.text));
  if ((UNIVERSAL.test(before) || definedWhole) && saysWhichOnly && found.words.length <= 2 && found.words.every((word) => isContent(word) && !NOT_NARROWING_BEFORE.test(word) && !NOT_RESTRICTING.test(word))) {
    const noun = previous.words[found.at] ?? '';
    return isContent(noun) ? { noun: `${before} ${noun}`, phrase: `${before} ${found.words.join(' ')} ${noun}` } : null;
  }
  const noun = previous.words[found.at - 1] ?? '';
  const [opener] = found.words;
  if (!isContent(noun) || !opener || !(RESTRICTORS.has(opener) || /^[a-z]+ed$/.test(opener))) return null;
  if (found.words.some((word) => NOT_RESTRICTING.test(word)) || !found.words.some(isContent)) return null;
  // The noun is taken whole by the old rule: "all"/"any"/"every" stands before it.
  if (!previous.words.slice(0, found.at - 1).some((word) => UNIVERSAL.test(word)) && previous.mainNegations.length === 0) return null;
  return { noun, phrase: `${noun} ${found.words.join(' ')}` };
}

/** Determiners a noun may lose or change while its phrase is narrowed ("to any caller" -> "to callers who ..."). */
const DETERMINERS = /^(?:any|all|every|each|the|a|an|those|these)$/;

/**
 * "Never reveal a member's address to any caller" -> "... to callers who fail security questions":
 * the universal went and the noun turned plural as the restricting phrase came. Read on stems with
 * determiners left out: every other old word kept, a restricting phrase after a noun that a
 * universal or the prohibition took whole.
 */
function narrowedObjectLosingUniversal(previous: Statement, next: Statement): { noun: string; phrase: string } | null {
  if (previous.words.some((word) => PERMISSION.test(word)) || next.words.some((word) => PERMISSION.test(word))) return null;
  if (!previous.words.some((word) => UNIVERSAL.test(word))) return null;
  const bare = (words: readonly string[]) => words.filter((word) => !DETERMINERS.test(word));
  const before = bare(previous.words);
  const after = bare(next.words);
  const found = insertion(before.map(normaliseWord), after.map(normaliseWord));
  if (!found || found.words.length > MAX_INSERTED || found.at === 0) return null;
  const noun = before[found.at - 1] ?? '';
  const phrase = after.slice(found.at, found.at + found.words.length);
  const [opener] = phrase;
  // "suppliers bidding for a contract", "logs kept offsite": a participle restricts as a relative clause does.
  if (!isContent(noun) || !opener || !(RESTRICTORS.has(opener) || /^[a-z]{3,}(?:ing|ed)$/.test(opener))) return null;
  if (phrase.some((word) => NOT_RESTRICTING.test(word)) || !phrase.some(isContent)) return null;
  // The noun is taken whole: a universal stood before it, or the prohibition takes it.
  const universalAt = previous.words.findIndex((word) => UNIVERSAL.test(word));
  const nounAt = previous.words.lastIndexOf(noun);
  if (!(universalAt >= 0 && universalAt < nounAt) && previous.mainNegations.length === 0) return null;
  return { noun, phrase: `${after[found.at - 1] ?? noun} ${phrase.join(' ')}` };
}

/** The hours (from, to) of each part of a day a time of day may be named by. */
const PARTS_OF_DAY: Readonly<Record<string, readonly [number, number]>> = { morning: [0, 12], afternoon: [12, 18], evening: [17, 24] };

/**
 * Whether the phrase only names the part of the day ("every Wednesday morning") that a time the
 * sentence gives already falls in ("start at 10:30 every Wednesday morning"): no fewer days, the
 * same time (round 43d: v54's drop-in sessions, read once v60's "an hour and a half" was read as
 * the "90 minutes" it is; "morning" ends like a participle).
 */
function partOfDayNamedByItsTime(phrase: string, text: string): boolean {
  const part = PARTS_OF_DAY[phrase.split(' ').at(-1) ?? ''];
  if (!part || phrase.split(' ').length !== 2) return false;
  const times = [...text.matchAll(/\b(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?(?![\d%])/gi)].filter((match) => match[2] !== undefined || match[3] !== undefined);
  return times.length > 0 && times.every((match) => {
    const hour = (Number(match[1]) % 12) + (/^p/i.test(match[3] ?? '') || (match[3] === undefined && Number(match[1]) >= 12) ? 12 : 0);
    return hour >= part[0] && hour < part[1];
  });
}

/** One reason per one-to-one aligned sentence whose universally taken object gained a restricting phrase. */
export function findObjectsNarrowed(input: StatementDiffInput): Reason[] {
  const reasons: Reason[] = [];
  for (const { group, previous, next } of oneToOneGroups(input.groups)) {
    const narrowed = narrowedObject(previous, next) ?? narrowedObjectLosingUniversal(previous, next);
    // "Report any damage before starting the engine, with photos": past a comma the phrase says how
    // the duty is done; it does not pick some of the noun before it.
    const [noun, opener] = narrowed?.phrase.split(' ') ?? [];
    if (noun && opener && new RegExp(`\\b${noun}\\s*,\\s*${opener}\\b`, 'i').test(next.text)) continue;
    if (narrowed && partOfDayNamedByItsTime(narrowed.phrase, next.text)) continue;
    if (narrowed) reasons.push({ code: 'scope-narrowed', message: `scope narrowed: "${narrowed.noun}" now only "${narrowed.phrase}" in ${quote(group.nextText)}` });
  }
  return reasons;
}
