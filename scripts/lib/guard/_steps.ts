// The steps a clause puts in order: the items of a numbered list ("1. Back up the database"), and
// the parts of a sentence chained with "then" ("Run the backup, then apply the migration").
// Bullets and separate sentences carry no order of their own (reordering them is a faithful
// rewrite), so only these two shapes are read, and bullets under a lead-in that says they come in
// order ("collect the details in this order:", round 36a). Pure.
import { copyPositions, firstCopy, sentenceKey } from './_repeated-sentences.ts';
import { contentStems } from './_text.ts';

export interface Step {
  text: string;
  stems: Set<string>;
}

const NUMBERED_ITEM = /^\s{0,3}(?:\d+|[a-z])[.)]\s+(.*\S)\s*$/i;
/** A bullet item: "- where the dog is now". */
const BULLET_ITEM = /^\s{0,3}[-*•]\s+(.*\S)\s*$/;
/** A lead-in whose bullets come in order: "... in this order:", "in the following order:", "in order:". */
const ORDERED_LEAD_IN = /\bin (?:this|the following|that|priority) order:\s*$|\bin order(?: of priority)?:\s*$/i;

/** A case clause opening a sentence, up to its comma: "When a flood warning is issued, ". */
const OPENING_CASE = /^\s*(?:when|whenever|if|once|as soon as|after|before|on)\b[^,;]*,\s*/i;
/** ", then", "; then", "and then", "after that", "afterwards," between the parts of one sentence. */
const THEN = /\s*[,;]?\s*(?:\band then\b|\bthen\b|\bafter that\b,?|\bafterwards\b,?|\bnext\b,)\s*/i;

/** A case closing a sentence after a comma: ", before handling meat.", ", when the shop is busy." */
const CHAIN_CASE = /,\s*(?:before|after|when|whenever|once|if|unless|until|while)\b[^,;]*[.!?]?\s*$/i;

/** The same case closing a sentence with no comma before it: " before touching buns." */
const CLOSING_CASE = /\s+((?:before|after|when|whenever|once|if|unless|until|while)\b[^,;]*?)[.!?]?\s*$/i;

/**
 * Whether `sentence` closes with a case, no comma before it, that closes a sentence of `other` too
 * word for word: "Handle raw patties with the red tongs, then change gloves before touching buns"
 * beside "Change gloves, then handle raw patties with the red tongs before touching buns". Said in
 * both, it is the whole chain's, not the step it stands after (round 36a, v47's order).
 */
function sharedClosingCase(sentence: string, other: string | undefined): RegExpExecArray | null {
  const found = CLOSING_CASE.exec(sentence);
  if (!found?.[1] || other === undefined) return null;
  const words = found[1].toLowerCase();
  // The other sentence a "then" chain too, read as one (not as "A before B"): the case closes both chains.
  const closesChain = (theirs: string): boolean => THEN.test(theirs) && beforeAfterSteps(theirs) === null && CLOSING_CASE.exec(theirs)?.[1]?.toLowerCase() === words;
  return other.split(/(?<=[.!?])\s+/).some(closesChain) ? found : null;
}

/**
 * "A before B" and "Before B, A" as the run [A, B]; "A after B" and "After B, A" as [B, A], so a
 * rule can be compared with the same steps written as a "then" chain or a numbered list.
 */
function beforeAfterSteps(sentence: string): [string, string] | null {
  const fronted = /^\s*(before|after|once)\s+([^,]+),\s*(.+)$/i.exec(sentence);
  if (fronted?.[1] && fronted[2] && fronted[3]) {
    return fronted[1].toLowerCase() === 'before' ? [fronted[3], fronted[2]] : [fronted[2], fronted[3]];
  }
  const inner = /^(.+?)\s+(before|after)\s+(.+)$/i.exec(sentence);
  if (inner?.[1] && inner[2] && inner[3] && !/,/.test(inner[1])) {
    return inner[2].toLowerCase() === 'before' ? [inner[1], inner[3]] : [inner[3], inner[1]];
  }
  return null;
}

function step(text: string): Step {
  return { text: text.replace(/[.;:!?]+$/, '').trim(), stems: new Set(contentStems(text)) };
}

/** The steps of a "then" chain, a "first" opening its first step left out. */
function partsOf(chain: string): string[] {
  return chain.split(THEN).map((part) => part.replace(/^\s*(?:first(?:ly)?|to start),?\s+/i, '')).filter((part) => /[a-z]/i.test(part));
}

/** Ordered runs of steps: one per numbered list, one per sentence with a "then" chain. */
export function readStepRuns(text: string, other?: string): Step[][] {
  const runs: Step[][] = [];
  let list: Step[] = [];
  let inOrder = false;
  for (const line of text.split(/\r?\n/)) {
    // Bullets under a lead-in that says they come in order ("collect the details in this order:") are steps as numbers are (round 36a).
    const item = NUMBERED_ITEM.exec(line) ?? (inOrder ? BULLET_ITEM.exec(line) : null);
    if (item?.[1]) {
      list.push(step(item[1]));
      continue;
    }
    inOrder = ORDERED_LEAD_IN.test(line);
    if (line.trim() === '' && list.length > 0) continue; // a loose list keeps going across blank lines
    if (list.length > 1) runs.push(list);
    list = [];
    for (const sentence of line.split(/(?<=[.!?])\s+/)) {
      const ordered = beforeAfterSteps(sentence);
      if (ordered) {
        runs.push(ordered.map(step));
        continue;
      }
      // "Wash your hands, then put on fresh gloves, before handling meat": a case after a comma that
      // closes the chain is the whole chain's, not its last step's (round 35b).
      const cut = THEN.test(sentence) ? sentence.replace(CHAIN_CASE, '') : sentence;
      const shared = THEN.test(cut) && cut === sentence ? sharedClosingCase(cut, other) : null;
      const chain = shared ? cut.slice(0, shared.index) : cut;
      // A case opening the chain ("When a flood warning is issued, first confirm ..., then send ...") is
      // the whole chain's, as a closing one is: not its first step's words (round 41a, v56's swapped steps).
      // ("If it rains, then close the hatch" keeps its case: with it cut, no chain is left.)
      const opened = partsOf(chain.replace(OPENING_CASE, ''));
      const parts = opened.length > 1 ? opened : partsOf(chain);
      if (parts.length > 1) runs.push(parts.map(step));
    }
  }
  if (list.length > 1) runs.push(list);
  return runs.map((run) => run.filter((s) => s.stems.size > 0)).filter((run) => run.length > 1);
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const stem of a) if (b.has(stem)) shared++;
  return shared / Math.max(a.size, b.size);
}

/** A pronoun standing for a thing another step of the run names ("Drain a rack before you power it down"). */
const PRONOUN = /\b(?:it|its|them|their|they)\b/i;

/**
 * A step's stems with the words its pronoun stands for: those of the other steps of its run that
 * the step it is compared with says, the sibling's verb left out ("power it down" beside "Drain all
 * workloads from a rack" is "Power the rack down"); a step with no pronoun is read as written.
 */
function withReferent(own: Step, run: readonly Step[], other: Step): Set<string> {
  if (!PRONOUN.test(own.text)) return own.stems;
  const stems = new Set(own.stems);
  for (const sibling of run) {
    if (sibling === own) continue;
    // A step opens with its verb: only the words after it can be what the pronoun stands for.
    for (const stem of [...sibling.stems].slice(1)) if (other.stems.has(stem)) stems.add(stem);
  }
  return stems;
}

/**
 * "1. Every dive in the shark tank needs a second diver", "2. Never run on the poolside": an item
 * that says what holds always, for every case or never, is a standing rule, not a step; a list of
 * rules numbered for reference keeps its meaning in any order. Steps are instructions to do something.
 */
const STANDING_RULE = /^(?:every|each|all|any|no|never|always|do not|don't|nobody|no one|everyone|anyone|everybody)\b/i;

function isStandingRule(step: Step | undefined): boolean {
  return step !== undefined && STANDING_RULE.test(step.text);
}

/** Share of a step's words another must carry to be the same step. */
const SAME_STEP = 0.6;

/**
 * Two steps of the old text that now run the other way round, in any ordered run of the new text
 * ("1. Back up 2. Migrate" -> "1. Migrate 2. Back up"), or null.
 */
export function findStepsSwapped(previous: string, next: string): { earlier: string; later: string } | null {
  const newRuns = readStepRuns(next, previous);
  if (newRuns.length === 0) return null;
  for (const run of readStepRuns(previous, next)) {
    for (const newRun of newRuns) {
      // A step done twice ("1. Back up 2. Migrate 3. Back up"): each old copy is its own new copy,
      // and a step matched by words is placed at its first copy, so a repeat added later moves nothing.
      const texts = newRun.map((candidate) => candidate.text);
      const copies = copyPositions(run.map((old) => old.text), texts);
      const positions = run.map((old, i) => {
        if ((copies[i] ?? -1) >= 0) return copies[i] ?? -1;
        let best = -1;
        let bestScore = SAME_STEP;
        newRun.forEach((candidate, j) => {
          const score = overlap(withReferent(old, run, candidate), withReferent(candidate, newRun, old));
          if (score >= bestScore) {
            best = j;
            bestScore = score;
          }
        });
        return firstCopy(texts, best);
      });
      for (let i = 0; i < run.length; i++) {
        for (let j = i + 1; j < run.length; j++) {
          const a = positions[i] ?? -1;
          const b = positions[j] ?? -1;
          if (isStandingRule(run[i]) || isStandingRule(run[j])) continue;
          // Two copies of one step trade no places.
          if (sentenceKey(run[i]?.text ?? '') === sentenceKey(run[j]?.text ?? '')) continue;
          if (a >= 0 && b >= 0 && a > b) return { earlier: run[i]?.text ?? '', later: run[j]?.text ?? '' };
        }
      }
    }
  }
  return null;
}
