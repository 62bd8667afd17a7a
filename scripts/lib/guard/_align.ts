// Sentence alignment: which sentences of the new text say what each old sentence said, by the
// share of the old sentence's content words found again (after stemming and synonym folding).
import { copiedFrom, standsIn, withoutRepeats } from './_repeated-sentences.ts';
import { contentStems, splitSentences, tokenizeWords } from './_text.ts';
import { rememberedPerPair } from './_per-text.ts';

/** Old sentences and the new sentences they became (a split or a merge makes a group of several). */
export interface AlignedGroup {
  readonly previous: readonly string[];
  readonly next: readonly string[];
}

/** Read-only: an alignment is remembered and handed to every detector that asks for the same two texts. */
export interface Alignment {
  readonly groups: readonly AlignedGroup[];
  /** Old sentences with no counterpart in the new text. */
  readonly unmatched: readonly string[];
  /** New sentences that say nothing an old sentence said (added rules). */
  readonly added: readonly string[];
}

/** Share of an old sentence's content words a new sentence must carry to count as its counterpart. */
const MIN_CONTAINMENT = 0.5;
/** Fewer words of its own than this, and a sentence may match on the words it shares with others. */
const MIN_OWN_WORDS = 2;
/** A main clause this short ("Do it") says too little to identify its rule. */
const MIN_MAIN_WORDS = 3;
/** Words that open a condition; a sentence's main clause is what stands outside it. */
const CONDITION_START = /\s(?:only\s+)?(?:if|when|whenever|unless|except|provided|once|as long as)\s/i;

/** The sentence without its trailing condition ("X only when Y" -> "X"), or null when it has none. */
function mainClause(sentence: string): string | null {
  const at = sentence.search(CONDITION_START);
  if (at <= 0) return null;
  return sentence.slice(0, at);
}

/** Small enough to decide only ties and near-ties. */
const TOPIC_BONUS = 0.01;

function wordsFor(sentence: string): Set<string> {
  const content = contentStems(sentence);
  // A sentence made only of rule words ("Never do that.") is matched on all its words.
  return new Set(content.length > 0 ? content : tokenizeWords(sentence));
}

function containment(old: ReadonlySet<string>, candidate: ReadonlySet<string>): number {
  if (old.size === 0) return 0;
  let found = 0;
  for (const word of old) if (candidate.has(word)) found++;
  return found / old.size;
}

/**
 * Align the sentences of two texts; a sentence may map to one new sentence or two or three
 * adjacent ones. Remembered per pair of texts: a dozen detectors align the same two versions.
 */
export const alignSentences: (previous: string, next: string) => Alignment = rememberedPerPair(alignSentencesAnew);

/** Each item's index among the distinct items of a list, and where each distinct item stands, in order. */
function foldCopies(items: readonly string[]): { id: number[]; positions: number[][] } {
  const ids = new Map<string, number>();
  const positions: number[][] = [];
  const id = items.map((item, k) => {
    let at = ids.get(item);
    if (at === undefined) {
      at = positions.length;
      ids.set(item, at);
      positions.push([]);
    }
    positions[at]?.push(k);
    return at;
  });
  return { id, positions };
}

/** Of each group of positions, the first one not in `skip`. */
function firstsOutside(groups: readonly (readonly number[])[], skip: ReadonlySet<number>): number[] {
  return groups.flatMap((group) => {
    const first = skip.size === 0 ? group[0] : group.find((at) => !skip.has(at));
    return first === undefined ? [] : [first];
  });
}

function alignSentencesAnew(previous: string, next: string): Alignment {
  const oldSentences = splitSentences(previous);
  const newSentences = splitSentences(next);
  // Copies of one text read alike, so words are read once per text and an old sentence is compared
  // with each text of the new version once, not with each copy: a 1 MB clause of one sentence
  // written 40,000 times was 40,000 x 40,000 comparisons, hours of a pre-commit hook. Positions
  // whose reading depends on the old sentence (the copies it owns, the runs holding them) are read
  // one by one; of equal scores the earliest position wins, as when every position was read in order.
  const oldTexts = foldCopies(oldSentences);
  const newTexts = foldCopies(newSentences);
  const newTextWords = newTexts.positions.map((at) => wordsFor(newSentences[at[0] ?? 0] ?? ''));
  const newWords = newTexts.id.map((text) => newTextWords[text] ?? new Set<string>());
  /** Runs of two or three new sentences (a split), grouped by the texts they hold. */
  const runs = [...Map.groupBy([...newSentences.keys()].slice(0, -1), (j) => `${newTexts.id[j]},${newTexts.id[j + 1]},${newTexts.id[j + 2] ?? -1}`).values()];

  // Union-find over old sentences (0..n-1) and new sentences (n..n+m-1).
  const parent = Array.from({ length: oldSentences.length + newSentences.length }, (_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] ?? root;
    parent[i] = root;
    return root;
  };
  const union = (a: number, b: number): void => {
    parent[find(a)] = find(b);
  };

  const oldTextWords = oldTexts.positions.map((at) => wordsFor(oldSentences[at[0] ?? 0] ?? ''));
  const oldWords = oldTexts.id.map((text) => oldTextWords[text] ?? new Set<string>());
  // An old sentence the new text keeps word for word has its counterpart and claims no other one:
  // "Deception studies require a debrief." kept leaves "The debrief must: - explain the deception
  // - offer withdrawal of data" free to be the split of the sentence that listed both.
  // A sentence written more than once pairs its copies in order (_repeated-sentences.ts).
  const exactOwner = copiedFrom(oldSentences, newSentences);
  const keptVerbatim = new Set(exactOwner.filter((k) => k >= 0));
  const claims = (old: ReadonlySet<string>, candidate: ReadonlySet<string>): boolean => containment(old, candidate) >= MIN_CONTAINMENT;
  /** For each new text, how many old sentences not kept word for word it could be the counterpart of. */
  const freeCopies = oldTexts.positions.map((at) => at.filter((k) => !keptVerbatim.has(k)).length);
  const claimants = newTextWords.map((candidate) => oldTextWords.reduce((sum, words, text) => sum + ((freeCopies[text] ?? 0) > 0 && claims(words, candidate) ? (freeCopies[text] ?? 0) : 0), 0));
  /** A new sentence another old sentence could be the counterpart of: not free to be half of a split. */
  const claimedByOther = (j: number, i: number): boolean => {
    const count = claimants[newTexts.id[j] ?? -1];
    if (count === undefined) return false;
    const byThis = !keptVerbatim.has(i) && claims(oldWords[i] ?? new Set(), newWords[j] ?? new Set());
    return count > (byThis ? 1 : 0);
  };

  /**
   * Words of each old sentence that no other old sentence has. List items that share a lead-in
   * ("Production access requires:" + "- a hardware key" / "- a second engineer on the call") share
   * most of their words, so a counterpart must also carry something of the item's own.
   */
  const holders = new Map<string, number>();
  for (const words of oldWords) for (const word of words) holders.set(word, (holders.get(word) ?? 0) + 1);
  const ownTextWords = oldTextWords.map((words) => new Set([...words].filter((word) => holders.get(word) === 1)));
  const ownWords = oldTexts.id.map((text) => ownTextWords[text]);
  const keepsOwn = (i: number, candidate: ReadonlySet<string>): boolean => {
    const own = ownWords[i];
    return own === undefined || own.size < MIN_OWN_WORDS || containment(own, candidate) > 0;
  };

  const mainTextWords = oldTexts.positions.map((at) => {
    const main = mainClause(oldSentences[at[0] ?? 0] ?? '');
    return main === null ? undefined : wordsFor(main);
  });
  const mainWords = oldTexts.id.map((text) => mainTextWords[text]);

  // A new sentence written exactly as an old one is that one's counterpart, and no other's: a list
  // item dropped next to a kept item sharing its words ("how to appeal" beside "the deadline for
  // appealing") is gone, not merged into the kept one.
  const ownedByOther = (j: number, i: number): boolean => {
    const owner = exactOwner[j] ?? -1;
    return owner >= 0 && owner !== i;
  };
  const ownedBy = Map.groupBy([...exactOwner.keys()].filter((j) => (exactOwner[j] ?? -1) >= 0), (j) => exactOwner[j] ?? -1);

  const linked = new Set<number>();
  oldSentences.forEach((sentence, i) => {
    const words = oldWords[i] ?? wordsFor(sentence);
    const mine = ownedBy.get(i) ?? [];
    const runsNearMine = new Set(mine.flatMap((at) => [at - 2, at - 1, at]).filter((at) => at >= 0 && at < newSentences.length - 1));
    // The best single sentence first, over all candidates: a split (two adjacent new sentences)
    // only wins when it explains clearly more than that, not merely more than the ones seen so far.
    let best = { score: 0, targets: [] as number[] };
    // Ties go to the sentence that keeps the old one's first word, its topic ("For refunds, ..."),
    // so two bullets that swapped their rules are each compared with their own new version.
    const topic = [...words][0];
    for (const j of [...firstsOutside(newTexts.positions, new Set(mine)), ...mine]) {
      const candidate = newWords[j] ?? new Set<string>();
      if (!keepsOwn(i, candidate) || ownedByOther(j, i)) continue;
      // A rule kept with its condition rewritten ("Extend a deadline only when the student provides
      // a note" -> "Extend a deadline when the student asks") is still that rule: its main clause
      // found whole counts as a bare match, so the condition detectors compare the two.
      const main = mainWords[i];
      const mainKept = main !== undefined && main.size >= MIN_MAIN_WORDS && containment(main, candidate) === 1 ? MIN_CONTAINMENT : 0;
      const single = Math.max(containment(words, candidate), mainKept) + (topic !== undefined && candidate.has(topic) ? TOPIC_BONUS : 0);
      if (single > best.score || (single === best.score && best.targets.length > 0 && j < (best.targets[0] ?? 0))) best = { score: single, targets: [j] };
    }
    const bestSingle = best.score;
    /** Whether a run at `j` (pair 0, triple 1) comes before the best run so far in reading order; a run never displaces an equal single. */
    const earlier = (j: number, kind: number): boolean => best.targets.length > 1 && (j < (best.targets[0] ?? 0) || (j === best.targets[0] && kind < best.targets.length - 2));
    for (const j of [...firstsOutside(runs, runsNearMine), ...runsNearMine]) {
      const candidate = newWords[j] ?? new Set<string>();
      const following = newWords[j + 1];
      if (!following || claimedByOther(j, i) || claimedByOther(j + 1, i) || ownedByOther(j, i) || ownedByOther(j + 1, i)) continue;
      const pair = containment(words, new Set([...candidate, ...following]));
      if (pair > bestSingle + 0.15 && (pair > best.score || (pair === best.score && earlier(j, 0)))) best = { score: pair, targets: [j, j + 1] };
      // A long sentence split in three ("explains X and then gives the code, which must ..." ->
      // "It explains X. Then it gives the code. The code must ...").
      const third = newWords[j + 2];
      if (!third || claimedByOther(j + 2, i) || ownedByOther(j + 2, i)) continue;
      const triple = containment(words, new Set([...candidate, ...following, ...third]));
      if (triple > Math.max(bestSingle, pair) + 0.15 && (triple > best.score || (triple === best.score && earlier(j, 1)))) best = { score: triple, targets: [j, j + 1, j + 2] };
    }
    if (best.score < MIN_CONTAINMENT) return;
    linked.add(i);
    for (const j of best.targets) union(i, oldSentences.length + j);
  });

  const byRoot = new Map<number, { previous: string[]; next: string[] }>();
  const groupOf = (index: number): { previous: string[]; next: string[] } => {
    const root = find(index);
    let group = byRoot.get(root);
    if (!group) {
      group = { previous: [], next: [] };
      byRoot.set(root, group);
    }
    return group;
  };
  oldSentences.forEach((sentence, i) => {
    if (linked.has(i)) groupOf(i).previous.push(sentence);
  });
  newSentences.forEach((sentence, j) => {
    const index = oldSentences.length + j;
    if (find(index) !== index || byRoot.has(index)) groupOf(index).next.push(sentence);
  });
  const groups = [...byRoot.values()].filter((group) => group.previous.length > 0 && group.next.length > 0);
  const grouped = standsIn(groups.flatMap((group) => group.next));
  // A copy left over when a sentence held twice is held once ("A A B" -> "A B") removed nothing:
  // its text still stands. A copy pasted once more adds nothing; a sentence said twice is one rule,
  // gone or added once.
  const stands = standsIn(newSentences);
  const stood = standsIn(oldSentences);
  return {
    groups,
    unmatched: withoutRepeats(oldSentences.filter((sentence, i) => !linked.has(i) && !stands(sentence))),
    added: withoutRepeats(newSentences.filter((sentence) => !grouped(sentence) && !stood(sentence))),
  };
}

/** The sentences aligned one to one, as [old, new] pairs (splits and merges left out). */
export function oneToOneSentences(previous: string, next: string): Array<readonly [string, string]> {
  return oneToOnePairs(alignSentences(previous, next));
}

/** The same pairs from an alignment already made (for a caller that also reads its unmatched sentences). */
export function oneToOnePairs(alignment: Alignment): Array<readonly [string, string]> {
  return alignment.groups.flatMap((group) => (group.previous.length === 1 && group.next.length === 1 ? [[group.previous[0] ?? '', group.next[0] ?? ''] as const] : []));
}
