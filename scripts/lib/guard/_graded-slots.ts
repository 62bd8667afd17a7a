// Where a sentence names a value on an ordered scale, and what graded thing the value belongs to
// (its anchor), read apart from how the rest of the sentence is worded: "a yellow wind warning",
// "the wind warning reaches amber", "hearing loss graded moderate", "reclassified to class B",
// "a type B tympanogram", "the fire danger is very high". Two versions of a rule that grade the
// same anchor with different values changed the rule's value, however else the sentence was
// rebuilt ("Cancel the trek when ... a yellow wind warning" -> "Cancel the trek only when ... an
// amber wind warning"). A word scale has an order (a higher level in a duty covers fewer cases);
// a letter or a Roman numeral after "class"/"grade"/"type" has one the text does not say (class A
// may be the best or the worst), so any change of it counts. Digits are reason-number's. Pure.

/** Word scales, lowest first; words on one rung are the same level ("amber" = "orange"). */
export const SCALES: ReadonlyArray<ReadonlyArray<readonly string[]>> = [
  [['green'], ['yellow'], ['amber', 'orange'], ['red']],
  // Danger and threat ratings name rungs between and above these (fire danger: low, moderate, high,
  // very high, extreme; avalanche danger: low, moderate, considerable, high, very high).
  [['low'], ['medium', 'moderate'], ['considerable', 'elevated', 'substantial'], ['high'], ['critical', 'extreme']],
  [['mild'], ['moderate'], ['severe']],
  [['minor'], ['moderate'], ['major', 'serious'], ['critical']],
  // How sure the case must be: "every suspected breach" -> "every confirmed breach" covers fewer.
  [['possible', 'potential', 'suspected', 'alleged', 'reported', 'likely'], ['confirmed', 'proven', 'verified']],
];

/** Colours a code may use, in no order the text says (beach flags, triage tags, alert colours). */
const COLOURS: readonly string[] = ['black', 'white', 'blue', 'purple', 'violet', 'grey', 'gray', 'pink', 'brown', 'green', 'yellow', 'amber', 'orange', 'red'];

/** The scales a word is read on: each ordered one (by index), then the colours as a code of no order. */
const WORD_SCALES: ReadonlyArray<readonly [number | null, ReadonlyArray<readonly string[]>]> = [...SCALES.entries(), [null, [COLOURS]]];

/** Words that say the next one is a grade given ("rated high", "triaged as urgent"). */
export const GRADED = /^(?:rated|graded|scored|classed|classified|categori[sz]ed|triaged|assessed|as)$/;
/** Nouns a level word grades ("amber warning", "high-severity ticket", "minor injury"). */
export const LEVEL_NOUNS = /^(?:warnings?|alerts?|flags?|lights?|levels?|risks?|severity|priority|priorities|alarms?|status|ratings?|grades?|codes?|category|categories|incidents?|injur(?:y|ies)|tickets?|pain|symptoms?|reactions?|bleeding|weather|winds?|breach(?:es)?|faults?|defects?|concerns?|complaints?|danger|hazards?|loss|threats?)$/;
/** Nouns after which a letter or a Roman numeral names a rung ("class B", "type II", "grade D"). */
export const SYMBOL_ANCHORS = /^(?:class(?:es)?|grades?|tiers?|levels?|categor(?:y|ies)|cat|types?|stages?|phases?|bands?|zones?|groups?|divisions?|ranks?|degrees?|ratings?|standards?)$/i;
/** A rung said as a letter ("B", "C2") or a Roman numeral ("II"): the text's own capitals. */
const SYMBOL = /^(?:[A-Z][0-9]?[+-]?|(?:X{0,3})(?:IX|IV|V?I{0,3}))$/;
/** A case the rule applies in stands before the value ("when the siren shows orange"). */
const CASE_WORDS = /\b(?:if|when|whenever|once|unless|until|while)\b/;
/** Whether a word ends its clause in the text ("... shows orange." / "shows orange, evacuate"). */
function endsClause(text: string, word: string): boolean {
  return new RegExp(`\\b${word}\\s*(?:[.,;:!?]|$)`, 'i').test(text);
}
/** Verbs that put a graded thing at a value ("the warning reaches amber", "the danger is high"). */
const AT_VALUE = /^(?:is|are|was|were|be|becomes?|reach(?:es)?|hits?|rises?|goes|turns?|at|to)$/;

export interface GradedSlot {
  /** What the value grades, as a key both versions can share ("warning", "class", "~graded"). */
  anchor: string;
  /** The value as written ("amber", "very high", "B"). */
  value: string;
  /** The scale (index into SCALES) and the rung on it (+0.5 for "very"), or null for a letter/numeral. */
  scale: number | null;
  rung: number;
  /** The sentence's words before the value, lower case: where it stands (in an "unless", an "only if"). */
  lead: string;
}

interface Word {
  text: string;
  lower: string;
}

function words(text: string): Word[] {
  return [...text.matchAll(/[A-Za-z0-9']+/g)].map((match) => ({ text: match[0], lower: match[0].toLowerCase() }));
}

/** A noun's singular, so "breaches" and "breach", "classes" and "class" name one anchor. */
function singular(word: string): string {
  return word.replace(/(?:ies)$/, 'y').replace(/(?<=(?:ch|sh|ss|x))es$/, '').replace(/(?<=[^s])s$/, '');
}

/** Every value on a scale the sentence names, with what it grades. */
export function gradedSlots(text: string): GradedSlot[] {
  // Articles dropped ("a yellow warning" = "yellow warning"); a capital "A" may be a rung ("type A").
  const list = words(text).filter((word) => word.lower !== 'an' && word.lower !== 'the' && !(word.lower === 'a' && word.text !== 'A'));
  const lead = (i: number): string => list.slice(0, i).map((word) => word.lower).join(' ');
  const slots: GradedSlot[] = [];
  list.forEach((word, i) => {
    const before = list[i - 1];
    // "class B", "type II", "grade D": the anchor is the noun the symbol follows.
    if (before && SYMBOL_ANCHORS.test(before.lower) && SYMBOL.test(word.text)) {
      slots.push({ anchor: singular(before.lower), value: word.text, scale: null, rung: 0, lead: lead(i) });
      return;
    }
    // "a B-class area", "a type B tympanogram" are read above; "a grade-D bridge" splits the same way.
    // A colour is also read as a code of no known order ("red flag" -> "black flag"), after its
    // ordered reading: a colour the ordered scale lacks still names another rung.
    for (const [scale, rungs] of WORD_SCALES) {
      const rung = rungs.findIndex((names) => names.includes(word.lower));
      if (rung < 0) continue;
      const very = before?.lower === 'very';
      const prior = very ? list[i - 2] : before;
      const subject = list[i - (very ? 3 : 2)];
      const anchor =
        list.slice(i + 1, i + 3).find((next) => LEVEL_NOUNS.test(next.lower))?.lower ??
        (prior && GRADED.test(prior.lower) ? '~graded' : undefined) ??
        (prior && AT_VALUE.test(prior.lower) && subject && LEVEL_NOUNS.test(subject.lower) ? subject.lower : undefined) ??
        // The last word of a case the rule waits for ("when the blast siren shows orange"): the case is graded.
        (CASE_WORDS.test(lead(i)) && endsClause(text, word.text) ? '~case' : undefined);
      if (anchor === undefined) continue;
      // "moderate" stands on several scales: one slot on each, read against the other version's.
      slots.push({ anchor: singular(anchor), value: `${very ? 'very ' : ''}${word.lower}`, scale, rung: rung + (very ? 0.5 : 0), lead: lead(very ? i - 1 : i) });
    }
  });
  return slots;
}

export interface SlotChange {
  from: GradedSlot;
  to: GradedSlot;
}

/**
 * The one graded thing both versions name whose value changed: the old value said nowhere for that
 * anchor in the new version, and one new value in its place. A value added beside the old one
 * ("class B or C") or a graded thing dropped is another reading's.
 */
export function changedSlot(previous: string, next: string): SlotChange | null {
  const before = gradedSlots(previous);
  const after = gradedSlots(next);
  for (const from of before) {
    const same = (slot: GradedSlot): boolean => slot.anchor === from.anchor && slot.scale === from.scale;
    const there = after.filter(same);
    if (there.length === 0 || there.some((slot) => slot.value.toLowerCase() === from.value.toLowerCase() || (slot.scale !== null && slot.rung === from.rung))) continue;
    const values = new Set(there.map((slot) => slot.value.toLowerCase()));
    const olds = before.filter(same);
    if (values.size !== 1 || olds.length !== 1) continue;
    const [to] = there;
    // Two colours of one ordered scale ("amber" -> "orange", "yellow" -> "red") are its reading's.
    const ordered = (value: string) => SCALES.some((rungs) => rungs.some((names) => names.includes(value.toLowerCase())));
    if (to && from.scale === null && ordered(from.value) && ordered(to.value)) continue;
    if (to) return { from, to };
  }
  return null;
}
