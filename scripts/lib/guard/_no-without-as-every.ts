// "No X <act> without Y" said as the duty it is, "Every X must <be/have> Y before it <act>" (issue
// 11, round 41d: v56's "Every tow bar wiring job must be tested with a trailer board before the car
// is handed back" -> "No car with new tow bar wiring goes back to its owner without first being
// tested with a trailer board"). Read with its words the detectors see a negation added ("no",
// "without") and the "every" gone. A sentence of that shape, in a version whose other side holds no
// such sentence but a duty on the thing itself (a sentence opening "Every / Each / All / Any /
// Always", or with the thing), is written in the duty's form in its own words, and only where every
// content word of its act past the verb is said in the other version: the re-read does not see a
// party named by a duty's subject ("The mill manager must approve every change" -> "No recipe is
// run without the shift leader's approval") nor a qualifier put in the act ("before each descent"
// -> "No diver starts a night descent without ..."), so those stay as written. The readings then
// weigh it as any rewording (an "unless" added keeps its reason). The fold can only take findings
// away (`reworded-withdrawn.ts`). Pure.
import { sameRoot, splitSentences, STOP_WORDS, tokenizeWords } from './_text.ts';

/** "No <thing> <verb ...> without [first] <what>": the verb is the first auxiliary or "-s" word after the thing's first word. */
const NO_WITHOUT = /^No\s+(?<thing>[a-z][a-z'’-]*(?:\s+(?!(?:is|are|may|can|goes|gets|leaves|starts|enters|passes)\b)[a-z][a-z'’-]*?){0,6}?)\s+(?<act>(?:is|are|may|can|goes|gets|leaves|starts|enters|passes|[a-z]+s)\b[^;:]*?)\s+without\s+(?:first\s+)?(?<what>[^;:,]+?)(?:\s+first)?[.!]?$/i;

/** A duty in the other version: the form the "no ... without" sentence is read against. */
const DUTY = /\b(?:must|always|every|each|all|has to|have to|needs? to)\b/i;

/** The "no ... without" sentence's parts and its duty's form; null when it is not of that shape. */
function readNoWithout(sentence: string): { thing: string; act: string; duty: string } | null {
  const found = NO_WITHOUT.exec(sentence.trim());
  if (!found?.groups) return null;
  const { thing = '', act = '', what = '' } = found.groups;
  // A plural thing or a grant ("No one may ... without") is another sentence: left as written.
  if (/s$/i.test(thing) || /^(?:one|body|person)$/i.test(thing) || /\b(?:unless|except|or)\b/i.test(what)) return null;
  const demanded = /^being\s+/i.test(what) ? what.replace(/^being\s+/i, 'be ') : /^(?:a|an|the|their|its|his|her)\s/i.test(what) ? `have ${what}` : null;
  if (demanded === null) return null;
  return { thing, act, duty: `Every ${thing} must ${demanded} before it ${act}.` };
}

/** The "no ... without" sentence in the duty's form; null when it is not of that shape. */
export function noWithoutAsEvery(sentence: string): string | null {
  return readNoWithout(sentence)?.duty ?? null;
}

/** The new version's "no ... without" sentences in the duty's form when the old one says a duty and no such sentence (and the other way round). */
export function foldNoWithoutAsEvery(previous: string, next: string): [string, string] {
  const fold = (text: string, other: string): string => {
    const otherSentences = splitSentences(other);
    if (!DUTY.test(other) || otherSentences.some((sentence) => readNoWithout(sentence) !== null)) return text;
    const otherWords = tokenizeWords(other);
    const said = (word: string): boolean => STOP_WORDS.has(word) || otherWords.some((said) => sameRoot(said, word));
    let written = text;
    for (const sentence of splitSentences(text)) {
      const read = readNoWithout(sentence);
      if (read === null) continue;
      const thingHead = tokenizeWords(read.thing)[0] ?? '';
      const onTheThing = otherSentences.some((line) => DUTY.test(line) && (/^\s*(?:every|each|all|any|always)\b/i.test(line) || sameRoot(tokenizeWords(line)[0] ?? '', thingHead)));
      if (onTheThing && tokenizeWords(read.act).slice(1).every(said)) written = written.replace(sentence.trim(), read.duty);
    }
    return written;
  };
  return [fold(previous, next), fold(next, previous)];
}
