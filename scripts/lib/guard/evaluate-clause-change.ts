// The audit of one clause edit: similarity with its threshold, lexical and tone reasons, and
// whether to flag it. Pure apart from the embedder it is given.
import type { Config } from '../schema/config.ts';
import type { Reason } from '../schema/records.ts';
import { inferTone, measureTone, toneMatchesDeclared } from '../traits/index.ts';
import { cosineSimilarity, type Embedder } from './embedder.ts';
import { expandAbbreviations } from './_abbreviations.ts';
import { expandAcronymsInPlace } from './_acronyms-in-place.ts';
import { readMarkupAsProse } from './_markup-only.ts';
import { readInlineMarkersAsProse } from './_inline-markers.ts';
import { quotesAsWritten } from './_quoted-as-written.ts';
import { foldExceptionSentences } from './_exceptions-said-apart.ts';
import { foldUnitSymbols } from './_unit-symbols.ts';
import { foldSpansSaidAlike } from './_spans-said-alike.ts';
import { foldAmountsSaidAlike } from './_amounts-said-alike.ts';
import { foldAgentNouns } from './_agent-nouns.ts';
import { foldNegatedVerbs } from './_negated-verbs.ts';
import { respellNegatives } from './_spelled-negations.ts';
import { foldNegativeClauses } from './_negative-clauses.ts';
import { foldFrequencyWords } from './_frequency-words.ts';
import { correctTypos } from './_typos.ts';
import { spellTemperatureScales } from './_temperature-scales.ts';
import { writeClockTimesAlike } from './_clock-times.ts';
import { foldDeadlinesBefore } from './_deadlines-before.ts';
import { foldClockWords } from './_clock-words.ts';
import { splitAppendedDuties } from './_appended-duties.ts';
import { findRemitsWidened } from './reason-remit-widened.ts';
import { findBrushOffUnderDeclaredTone } from './reason-dismissive-tone.ts';
import { ruleGoneInRewrite } from './_rule-gone.ts';
import { isLocalEdit } from './_local-edit.ts';
import { superlativeFlipped } from './_superlative-flip.ts';
import { formalityShiftIsTone } from './_register-shift.ts';
import { findReasonsBeyondTightenings } from './tightenings-withdrawn.ts';
import { splitSentences } from './_text.ts';
import { aroundTheChange, changedPart } from './_change-window.ts';
import { setAsideFarTwins } from './_far-twins.ts';
import { findFarContradictions } from './_far-contradictions.ts';
import type { Lexicon } from './_lexicon.ts';
import { findReasonsInOtherWords } from './reworded-withdrawn.ts';
import { findReasonsBeyondKeptRequirements } from './requirements-kept-withdrawn.ts';
import { foldInvertedConditions } from './_inverted-conditions.ts';
import { foldTimeSpans } from './_case-words.ts';
import { findDemandsReplaced } from './reason-demand-replaced.ts';
import { withoutDroppedWindows } from './_stricter-edits.ts';
import { foldReorderedItems } from './_items-reordered.ts';
import { findWordsReplaced } from './reason-word-replaced.ts';
import { findSlotsReplaced } from './reason-slot-replaced.ts';
import { findGateCasesReplaced } from './reason-gate-case-replaced.ts';
import { findActsReplacedByPhrases } from './reason-act-replaced-by-phrase.ts';
import { findSpansReplaced } from './reason-spans-replaced.ts';
import { findNarrowerParties } from './reason-narrower-party.ts';
import { findDoersAndReceiversExchanged } from './reason-doer-and-receiver.ts';
import { findListItemsCut } from './reason-list-item-cut.ts';
import { findOccasionsNarrowed } from './reason-occasions-narrowed.ts';
import { findGatesNegated } from './reason-gate-negated.ts';
import { findPlacesReplaced } from './reason-place-replaced.ts';
import { findDictionaryOpposites } from './reason-dictionary-opposite.ts';
import type { Judge, JudgeVerdict } from './judge.ts';
import { tooLargeToRead } from './reason-too-large-to-read.ts';
import { changedSentencesFeatures } from './_edit-features.ts';
import { applyVerdict, defaultVerdictWeights, weighVerdict, type EditToWeigh, type VerdictWeights } from './verdict-weights.ts';
import { changedSentences } from './_changed-sentences.ts';
import { certainReading } from './_certain-readings.ts';
import { wholeEditFeatures } from './_whole-edit-features.ts';
import { learnedShapeReason, shapeFeatures, type LearnedShapeWeights } from './_learned-shape.ts';
import { knownFaithful } from './_faithful-wording.ts';
import { LEARNED_SHAPE } from './learned-shape.data.ts';

export interface ClauseChangeInput {
  clauseId: string;
  /** Clause text before the edit; null for a new clause. */
  previous: string | null;
  /** Clause text after the edit; null for a deleted clause. */
  next: string | null;
  /** The clause's declared `tone` front matter, if any. */
  declaredTone: string | null;
  config: Config;
  embedder: Embedder;
  /** The LLM judge, when `guard.judge` is configured. */
  judge?: Judge | null;
  /**
   * The dictionary a rewording in other words is read with (`wordnet-lexicon-fs.ts`); without
   * one, only the guard's own synonym groups are known.
   */
  lexicon?: Lexicon | null;
  /**
   * The weights the verdict is weighed with (verdict-weights.ts; the fitted ones are
   * `VERDICT_WEIGHTS`); null, every flagging reason flags; absent, as the switch
   * `WEIGH_VERDICT_BY_DEFAULT` says (off: every flagging reason flags).
   */
  verdictWeights?: VerdictWeights | null;
  /**
   * Read what the weighing reads (`weighing` of the result) even when not weighing: the verdict
   * study's dump, which fits the weights on it. Otherwise it is read only when weighed.
   */
  readWeighing?: boolean;
  /**
   * The flag learned from an edit's shape where no reading flags (_learned-shape.ts, round 40d):
   * absent, the fitted one (`LEARNED_SHAPE`); null, none (the fit's dump, which fits it on the
   * edits no reading flags).
   */
  learnedShape?: LearnedShapeWeights | null;
}

export interface ClauseSimilarity {
  score: number;
  embedder: string;
  model: string;
  /** `cosine`, or the embedder's own metric (`cosine-order` for the builtin one). */
  metric: string;
  threshold: number;
}

export interface ClauseToneChange {
  declared: string | null;
  previous: string | null;
  new: string | null;
  formality_shift: number;
  sentiment_shift: number;
}

export interface ClauseChangeEvaluation {
  /** Null when there was nothing to compare (a new or deleted clause). */
  similarity: ClauseSimilarity | null;
  reasons: Reason[];
  /** True when any reason that is not `advisory` fired. */
  regression_flag: boolean;
  tone: ClauseToneChange;
  /** The judge's verdict, when a judge was given and the text changed. */
  judge?: JudgeVerdict;
  /**
   * What the verdict's weighing reads of the edit beyond its reasons (the changed sentences'
   * similarity, a reading certain on its own): set when it weighed, or was asked to read it
   * (`readWeighing`), and a reason flags with the builtin embedder and no judge. Not recorded in
   * the audit.
   */
  weighing?: Omit<EditToWeigh, 'reasons' | 'threshold'>;
  /**
   * What the learned flag reads of an edit no reading flags (_learned-shape.ts `shapeFeatures`), with
   * the builtin embedder and no judge: set when it was read (a learned flag given) or asked for
   * (`readWeighing`). Not recorded in the audit.
   */
  shape?: Record<string, number>;
}

/** Scores are recorded, and compared with the threshold, at this precision, so a record reproduces its verdict. */
function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** The threshold that applies to a clause: its own setting, else the global one. */
export function thresholdFor(config: Config, clauseId: string): number {
  return config.guard.clauses[clauseId]?.threshold ?? config.guard.threshold;
}

async function similarityOf(previous: string, next: string, threshold: number, embedder: Embedder): Promise<ClauseSimilarity> {
  let score = 1;
  if (previous !== next && embedder.compare) {
    score = round(await embedder.compare(previous, next), 4);
  } else if (previous !== next) {
    const [a, b] = await embedder.embed([previous, next]);
    if (!a || !b) {
      throw new Error(`embedder ${embedder.id}/${embedder.model} returned ${a ? 1 : 0} of 2 vectors`);
    }
    score = round(cosineSimilarity(a, b), 4);
  }
  return { score, embedder: embedder.id, model: embedder.model, metric: embedder.compare ? (embedder.metric ?? 'custom') : 'cosine', threshold };
}

function toneReasons(previous: string, next: string, declared: string | null, config: Config, tone: ClauseToneChange): Reason[] {
  const reasons: Reason[] = [];
  if (declared) {
    const now = toneMatchesDeclared(declared, next);
    if (!now.matches) {
      // A mismatch the previous version already had is not this edit's regression (else every later
      // edit of the clause, a typo fix included, is flagged for it): only a mismatch this edit brings.
      const before = toneMatchesDeclared(declared, previous);
      if (before.matches) {
        reasons.push({
          code: 'tone-mismatch',
          message: `tone mismatch: declared "${declared}" (${now.expected}) but the new text reads "${now.measured}"; the previous version read "${before.measured}"`,
        });
      }
    }
  }
  // Formality and sentiment of a handful of words swing on one word ("cannot" -> "can't", "under no
  // circumstances", "ask" -> "request"): below this many words a tone change is judged by the
  // declared tone alone. A clause that declares its tone says tone matters, so it is read sooner.
  const minWords = declared ? MIN_WORDS_FOR_DECLARED_TONE_SHIFT : MIN_WORDS_FOR_TONE_SHIFT;
  if (Math.min(wordCount(previous), wordCount(next)) < minWords) return reasons;
  const { max_formality_shift: maxFormality, max_sentiment_shift: maxSentiment } = config.guard;
  const shifts: string[] = [];
  if (Math.abs(tone.formality_shift) > maxFormality && formalityShiftIsTone(previous, next, tone.previous, tone.new, maxFormality)) {
    shifts.push(`formality ${signed(tone.formality_shift)} (max ±${maxFormality})`);
  }
  if (Math.abs(tone.sentiment_shift) > maxSentiment) {
    shifts.push(`sentiment ${signed(tone.sentiment_shift)} (max ±${maxSentiment})`);
  }
  if (shifts.length > 0) {
    reasons.push({ code: 'tone-shift', message: `tone shift: ${shifts.join(', ')}; "${tone.previous}" -> "${tone.new}"` });
  }
  return reasons;
}

/**
 * Shortest clause whose formality and sentiment shifts are read as a tone change. Rewordings of 12
 * to 15 words in other words ("Users can ask for a copy of the data we hold" -> "Customers may
 * request a copy of the information we keep") moved formality past the limit on one word choice.
 */
const MIN_WORDS_FOR_TONE_SHIFT = 16;
/** The same, for a clause with a declared `tone`. */
const MIN_WORDS_FOR_DECLARED_TONE_SHIFT = 12;

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[A-Za-z]/.test(word)).length;
}

function signed(value: number): string {
  return `${value > 0 ? '+' : ''}${value.toFixed(2)}`;
}

/**
 * Embedders whose low score is evidence on its own. The builtin one scores shared words and their
 * order: a faithful rewording in other words ("Let the caller know the call is recorded" -> "Inform
 * whoever is on the line that we are taping this conversation") scores near 0, so a low builtin
 * score with no change found in any statement suggests a review instead of blocking.
 */
function scoreIsEvidence(embedder: Embedder): boolean {
  return embedder.id !== 'builtin';
}

/**
 * `semantic-drift` (blocking) when the score is evidence on its own or another reason already
 * found a change; `low-similarity` (advisory: shown, never fails `check`) otherwise.
 */
function driftReason(similarity: ClauseSimilarity, embedder: Embedder, corroborated: boolean, rewritten: boolean): Reason {
  const measured = `similarity ${similarity.score.toFixed(4)} < threshold ${similarity.threshold} (${embedder.id}/${embedder.model})`;
  if (corroborated || scoreIsEvidence(embedder)) return { code: 'semantic-drift', message: `semantic drift: ${measured}` };
  const found = rewritten
    ? 'and only one statement reason, in a whole rewrite'
    : 'but no statement changed (modality, polarity, condition, scope, number, order, roles, list items)';
  return { code: 'low-similarity', message: `low similarity: ${measured}, ${found}; review suggested`, advisory: true };
}

/**
 * Below this builtin score the two versions share few words: a whole rewrite, where the sentence
 * alignment and every statement read on it have little to go on. Measured on every labelled set
 * (lib/guard/README.md, "Whole rewrites"): the faithful rewordings in other words of held-back v6 score
 * 0.01-0.39; of the ~600 labelled regressions, the 11 below it are tone changes, carry two
 * different reasons, or were advisory already (drift that keeps a rule's shape). Requiring also that under half the old sentences align catches one benign
 * edit fewer on v6 and nothing more elsewhere, so the score alone decides.
 */
const REWRITE_SCORE = 0.4;

/**
 * Reasons read from single words, whatever the sentences: a rewrite does not make them less sure.
 * `scope-widened` too ("only to the tenant named on the lease" -> "to any adult at the flat"): of
 * every labelled set's edits (round 19b), none benign had it demoted alone in a rewrite.
 */
// `upsell-added` too (round 22b): a pitch is read from its words in any new sentence ("hand visitors a voucher for the gift shop").
const READ_WITHOUT_ALIGNMENT = new Set(['modal-weakened', 'number-changed', 'tone-dismissive', 'tone-care-dropped', 'scope-widened', 'upsell-added']);

/**
 * In a whole rewrite one statement-level reason alone is as often a misreading of other words (a
 * rule "removed" that was said differently, a "can" in "a sample the user can execute") as a
 * change: it becomes advisory, "review suggested". Two reasons still block (two of the same code
 * are two findings), and so does a rule removed when the new text has fewer sentences than the
 * old: there a rule is more likely gone than said differently. Tone and judge reasons are not
 * touched.
 */
function weighRewrite(reasons: Reason[], score: number, previous: string, next: string): Reason[] {
  // One stretch changed inside words kept on both sides is no rewrite, whatever the score.
  if (score >= REWRITE_SCORE || isLocalEdit(previous, next)) return reasons;
  const blocking = reasons.filter((reason) => reason.advisory !== true);
  if (blocking.length !== 1 || READ_WITHOUT_ALIGNMENT.has(blocking[0]!.code)) return reasons;
  if (blocking[0]!.code === 'requirement-removed' && splitSentences(next).length < splitSentences(previous).length) return reasons;
  // A rule replaced by a description of other things ("... must check the gas cylinders" -> "The
  // ferry's café serves hot meals"): no rule said in other words, the rule went.
  if (blocking[0]!.code === 'requirement-removed' && ruleGoneInRewrite(previous, next)) return reasons;
  // "the cheapest plan" -> "the most expensive plan": read from the two words, not the alignment.
  if (blocking[0]!.code === 'order-changed' && superlativeFlipped(previous, next) !== null) return reasons;
  // A duty replaced on a kept frame or subject (reason-duty-replaced, reason-plain-duty-replaced):
  // the reading itself found what the two versions share, so the alignment is no guess (round 24b).
  if (blocking[0]!.code === 'semantic-drift') return reasons;
  return reasons.map((reason) =>
    reason.advisory === true ? reason : { ...reason, message: `${reason.message}; whole rewrite (similarity ${score.toFixed(4)} < ${REWRITE_SCORE}), review suggested`, advisory: true },
  );
}

/** Both versions with the wording the readings fold (see evaluateClauseChange) folded. */
function foldWording(previous: string, next: string, lexicon: Lexicon | null | undefined): [string, string] {
  const written = foldFrequencyWords(...expandAcronymsInPlace(...expandAbbreviations(...correctTypos(...spellTemperatureScales(...writeClockTimesAlike(...foldClockWords(...foldInvertedConditions(...foldTimeSpans(...foldDeadlinesBefore(...foldSpansSaidAlike(...foldAmountsSaidAlike(...foldUnitSymbols(...foldAgentNouns(...foldExceptionSentences(...foldReorderedItems(...readMarkupAsProse(...readInlineMarkersAsProse(previous, next))))))))))))))))));
  return foldNegatedVerbs(...foldNegativeClauses(...written, lexicon));
}

/**
 * Whether the learned flag stands down on an edit (round 41b): a reading knows its changed
 * sentences, folded, say the same thing or a stricter one (_faithful-wording.ts), as evaluateClauseChange
 * asks it. The fit's dump asks it of every edit the flag reads (round 42c), so the flag is fitted and
 * its cut placed on the edits it can flag, not on those it will be silenced on.
 */
export function learnedFlagStandsDown(previous: string, next: string, lexicon: Lexicon | null | undefined): boolean {
  return standsDown(foldedChange(changedSentences(previous, next), lexicon), lexicon);
}

/** The changed sentences folded as the readings fold them, when both versions kept one (null otherwise). */
function foldedChange(written: [string, string], lexicon: Lexicon | null | undefined): [string, string] | null {
  return written[0] === '' || written[1] === '' ? null : foldWording(...written, lexicon);
}

/** The one test of the stand-down, for the guard and for the fit's dump (learnedFlagStandsDown) alike. */
function standsDown(folded: [string, string] | null, lexicon: Lexicon | null | undefined): boolean {
  return folded !== null && knownFaithful(...folded, lexicon);
}

/**
 * Evaluate one clause change. A new clause raises nothing; a deleted one is always flagged; an
 * edit is flagged when any lexical reason fires, when its similarity falls below the clause's
 * threshold (`semantic-drift`; with the builtin embedder only when another reason fired too,
 * else the advisory `low-similarity`), or when its tone leaves the declared one or moves too far.
 */
export async function evaluateClauseChange(input: ClauseChangeInput): Promise<ClauseChangeEvaluation> {
  const evaluation = await evaluateReadClauseChange(input);
  if (input.previous === null || input.next === null) return evaluation;
  // Quotes with the words the clause marked (`__proto__`, a code span) as it writes them, not as the reading stripped them.
  const asWritten = quotesAsWritten(input.previous, input.next);
  return { ...evaluation, reasons: evaluation.reasons.map((reason) => ({ ...reason, message: asWritten(reason.message) })) };
}

async function evaluateReadClauseChange(input: ClauseChangeInput): Promise<ClauseChangeEvaluation> {
  const { clauseId, declaredTone, config, embedder } = input;
  const declared = declaredTone?.trim() ? declaredTone.trim() : null;
  if (input.previous === null || input.next === null) {
    const { previous, next } = input;
    const reasons: Reason[] =
      previous !== null
        ? [{ code: 'clause-deleted', message: `clause deleted: "${clauseId}" no longer exists` }]
        : [];
    return {
      similarity: null,
      reasons,
      regression_flag: reasons.length > 0,
      tone: {
        declared,
        previous: previous === null ? null : inferTone(previous),
        new: next === null ? null : inferTone(next),
        formality_shift: 0,
        sentiment_shift: 0,
      },
    };
  }

  // An edit too large to read statement by statement is flagged for review by hand, its words not
  // folded either (similarity and tone, read in linear time, are still recorded).
  const tooLarge = tooLargeToRead(input.previous, input.next, config.guard.max_sentence_pairs, config.guard.max_sentence_words);
  if (tooLarge) return unreadChange({ ...input, previous: input.previous, next: input.next }, tooLarge, declared);
  // A typo fixed reads as the word it meant; an abbreviation spelled out in the other version
  // reads as those words in both, "do not charge" as the "waive" the other version says, and a
  // clause spelling out a negative adjective of the other version ("if they carry no date") as it,
  // and "monthly" as the "once a month" the other says; an acronym the other version replaces in
  // place by words fitting it loosely ("GNSS" -> "satellite navigation") reads as those words, and
  // prose only marked up as a heading and list with the same words reads as the prose it was, and
  // "11°C" as the "11 degrees Celsius" the other version writes, and "19:00" as the "7 p.m." it writes.
  // "Should a patient seem unwell, ..." is the "If a patient seems unwell, ..." it means (round 27a).
  // "up to 48 hours before the class" is the "at least 48 hours before" it means, and "half past four
  // in the morning" the "4:30 a.m." it names (round 28a).
  const [previous, nextWritten] = foldWording(input.previous, input.next, input.lexicon);
  // A duty appended to a kept rule is read as a sentence of its own, not as a condition on it.
  const next = splitAppendedDuties(previous, nextWritten);
  const threshold = thresholdFor(config, clauseId);
  // Similarity alone also reads "not been paid" as the "unpaid" the other version says.
  const [previousWords, nextWords] = respellNegatives(previous, next);
  const similarity = await similarityOf(previousWords, nextWords, threshold, embedder);
  const tone = toneChange(previous, next, declared);
  // An unchanged text (a clause moved or given another id by new codex globs, retitled, or its
  // tone declared anew) obliges, forbids and permits what it did: no statement is read. Read, it
  // cost some 2 ms a clause, and three texts of the tuning sets were flagged against themselves
  // ("..., even if the customer offers to provide it": conjunct-dropped). Similarity and tone are
  // recorded as before (1 and no shift); a declared tone the text already missed is no new mismatch.
  if (input.previous === input.next) return { similarity, reasons: [], regression_flag: false, tone };

  // A remit is read before appended duties are split off it: what it gained is the finding.
  const readPair = (old: string, now: string): Reason[] => [...findReasonsBeyondTightenings(old, splitAppendedDuties(old, now), input.lexicon), ...findRemitsWidened(old, now)];
  // Read where the edit is: a long clause's unchanged blocks far from it are left out (_change-window.ts).
  // A sentence whose copy stands far off in the other version was neither removed nor added.
  const window = setAsideFarTwins(aroundTheChange(previous, nextWritten), previous, nextWritten);
  // A sentence that still states the old one's requirement, slot by slot, is read in the old words (round 31c).
  const readNear = findReasonsBeyondKeptRequirements(...window, input.lexicon, findReasonsInOtherWords(...window, input.lexicon, readPair), readPair);
  // A sentence added near the change still contradicts a prohibition far from it.
  const readInWords = [...readNear, ...findFarContradictions(previous, [window[0], splitAppendedDuties(...window)], readNear)];
  // A word swapped for an opposite no list knew, asked of the dictionary when nothing blocks.
  // One stretch of a rule replaced by words that say another thing, the frame kept (round 26b), or
  // one word by a word naming another act or thing, or the doer and the receiver of an act exchanged, or an item cut from a list's middle, or every occasion made the first, or a gate turned round with its condition negated (round 27b), or the demand replaced in two or more spans with the words between kept, or anyone in a group made a role within it (round 28b), or one verb of the rule by a phrase doing another thing (round 29b), or one word of a gate's condition when the gate was turned round (round 35d).
  // A window of time or place a duty or ban held in, said in the new text to hold at every time or place, is read
  // gone there as in the statement readings, not as a demand replaced ("near the band saw" -> "anywhere in the mill", round 34c).
  const widened: [string, string] = [withoutDroppedWindows(...window), window[1]];
  const readBefore = input.lexicon && !readInWords.some((reason) => reason.advisory !== true) ? [...readInWords, ...findDictionaryOpposites(...widened, input.lexicon), ...findDemandsReplaced(...widened, input.lexicon), ...findSpansReplaced(...widened, input.lexicon), ...findWordsReplaced(...widened, input.lexicon), ...findGateCasesReplaced(...widened, input.lexicon), ...findActsReplacedByPhrases(...widened, input.lexicon), ...findNarrowerParties(...widened, input.lexicon), ...findDoersAndReceiversExchanged(...widened, input.lexicon), ...findListItemsCut(...widened), ...findOccasionsNarrowed(...widened), ...findGatesNegated(...widened), ...findPlacesReplaced(...widened)] : readInWords;
  // One slot of a kept rule filled with another thing, when no reading before found a thing (round 32b).
  const read = input.lexicon && !readBefore.some((reason) => reason.advisory !== true) ? [...readBefore, ...findSlotsReplaced(...widened, input.lexicon)] : readBefore;
  // A rewrite inside a long clause is judged on the blocks it changed.
  const changed = changedPart(previous, next);
  const [rewritePrevious, rewriteNext] = changed ?? [previous, next];
  const rewriteScore = changed ? (await similarityOf(...respellNegatives(...changed), threshold, embedder)).score : similarity.score;
  const found = input.judge || scoreIsEvidence(embedder) ? read : weighRewrite(read, rewriteScore, rewritePrevious, rewriteNext);
  // A brush-off where the declared tone, not a word of the text, asked for care (round 39a), unless a tone reading already spoke.
  const brushedOff = found.some((reason) => reason.code.startsWith('tone-')) ? [] : findBrushOffUnderDeclaredTone(previous, next, declared);
  const toneFound = [...toneReasons(previous, next, declared, config, tone), ...brushedOff];
  // The judge sees the texts as written; its errors propagate (an unreachable judge blocks).
  const verdict = input.judge && input.previous !== input.next ? await input.judge.judge(input.previous, input.next) : undefined;
  const judged = judgeReasons(verdict);
  const corroborated = [...found, ...toneFound, ...judged].some((reason) => reason.advisory !== true);
  // weighRewrite hands back the reasons it was given unless it demoted one.
  const drift = similarity.score < threshold ? [driftReason(similarity, embedder, corroborated, found !== read)] : [];
  const raised = [...found, ...drift, ...toneFound, ...judged];
  // The reasons weighed as a whole (round 28c), when asked for or switched on: fitted on the builtin
  // embedder's scores and the readings without a judge, so weighed only there; elsewhere any
  // flagging reason flags. It reads what the edit changed, not the clause around it (round 29c).
  const weights = input.verdictWeights === undefined ? defaultVerdictWeights() : input.verdictWeights;
  const weighs = !input.judge && !scoreIsEvidence(embedder) && (weights !== null || input.readWeighing === true) && raised.some((reason) => reason.advisory !== true);
  const weighing = weighs ? await weighingOf(input.previous, input.next, raised, threshold, embedder, input.lexicon) : undefined;
  const weighed = weights && weighing ? applyVerdict(raised, weighVerdict(weights, { reasons: raised, threshold, ...weighing })) : raised;
  // Where no reading flags, the flag learned from what the edit changed may (round 40d): fitted on the builtin scores without a judge, so read only there.
  const learned = input.learnedShape === undefined ? LEARNED_SHAPE : input.learnedShape;
  const readsShape = !input.judge && !scoreIsEvidence(embedder) && (learned !== null || input.readWeighing === true) && !raised.some((reason) => reason.advisory !== true);
  const shaped = readsShape ? await shapeOf(input.previous, input.next, raised, threshold, embedder, input.lexicon) : undefined;
  const learnedReason = learned && shaped ? learnedShapeReason(learned, ...shaped.written, shaped.features) : null;
  // A change a reading already reads as the same words (a unit, an abbreviation, a word of a shared
  // sense) is none the flag learns from (round 41b): asked only of an edit the flag would take.
  const shapeReason = learnedReason && !standsDown(shaped!.folded, input.lexicon) ? learnedReason : null;
  const reasons = shapeReason ? [...weighed, shapeReason] : weighed;
  return { similarity, reasons, regression_flag: reasons.some((reason) => reason.advisory !== true), tone, ...(verdict ? { judge: verdict } : {}), ...(weighing ? { weighing } : {}), ...(shaped ? { shape: shaped.features } : {}) };
}

/**
 * What the learned flag reads of an edit (_learned-shape.ts): the changed sentences as written, the
 * similarity the weighing reads of them (weighingOf: 0 when a version only gained or lost
 * sentences) and whether an advisory reason spoke.
 */
async function shapeOf(previous: string, next: string, reasons: readonly Reason[], threshold: number, embedder: Embedder, lexicon: Lexicon | null | undefined): Promise<{ written: [string, string]; folded: [string, string] | null; features: Record<string, number> }> {
  const written = changedSentences(previous, next);
  // Folded as the readings fold them, when both versions kept a changed sentence.
  const folded = foldedChange(written, lexicon);
  const score = folded ? await changedScore(...folded, threshold, embedder) : 0;
  return { written, folded, features: shapeFeatures(...written, lexicon, score, reasons.some((reason) => reason.advisory === true)) };
}

/** The builtin similarity of changed sentences already folded, their negatives spelled as one word. */
async function changedScore(previousPart: string, nextPart: string, threshold: number, embedder: Embedder): Promise<number> {
  return (await similarityOf(...respellNegatives(previousPart, nextPart), threshold, embedder)).score;
}

/**
 * What the weighing reads of an edit: the similarity of its changed sentences alone (0 when a
 * version only gained or lost sentences: no sentence was said in other words), and a reading read
 * from one word the edit changed in place. The same for an edit alone and buried in a long clause:
 * the changed sentences are cut from the texts as written and only then folded, since a fold reads
 * the whole text (an acronym's letters matched to words of far-off rules: "MRI" read as "minutes
 * and record it" in a handbook that says "within 5 minutes and record it").
 */
async function weighingOf(previous: string, next: string, reasons: readonly Reason[], threshold: number, embedder: Embedder, lexicon: Lexicon | null | undefined): Promise<Omit<EditToWeigh, 'reasons' | 'threshold'>> {
  const written = changedSentences(previous, next);
  if (written[0] === '' || written[1] === '') return { score: 0, certain: null };
  const [previousPart, nextPart] = foldWording(...written, lexicon);
  const score = await changedScore(previousPart, nextPart, threshold, embedder);
  // What the edit changed, read from its changed sentences as written (round 31a), and what the whole change kept (round 33c).
  return { score, certain: certainReading(reasons, previousPart, nextPart, written)?.code ?? null, features: { ...changedSentencesFeatures(...written, lexicon), ...wholeEditFeatures(...written, lexicon) } };
}

function toneChange(previous: string, next: string, declared: string | null): ClauseToneChange {
  const before = measureTone(previous);
  const after = measureTone(next);
  return {
    declared,
    previous: inferTone(previous),
    new: inferTone(next),
    formality_shift: round(after.formality - before.formality, 3),
    sentiment_shift: round(after.sentiment - before.sentiment, 3),
  };
}

/**
 * The audit of an edit over `guard.max_sentence_pairs`: flagged `too-large-to-read`, with the
 * similarity, tone and judge read on the texts as written (the judge still decides when configured).
 */
async function unreadChange(input: ClauseChangeInput & { previous: string; next: string }, tooLarge: Reason, declared: string | null): Promise<ClauseChangeEvaluation> {
  const { previous, next, config, embedder } = input;
  const similarity = await similarityOf(previous, next, thresholdFor(config, input.clauseId), embedder);
  const tone = toneChange(previous, next, declared);
  const verdict = input.judge ? await input.judge.judge(previous, next) : undefined;
  const judged = judgeReasons(verdict);
  const drift = similarity.score < similarity.threshold ? [driftReason(similarity, embedder, true, false)] : [];
  const reasons = [tooLarge, ...drift, ...toneReasons(previous, next, declared, config, tone), ...judged];
  return { similarity, reasons, regression_flag: true, tone, ...(verdict ? { judge: verdict } : {}) };
}

/** The judge's verdict as reasons: only "weakens" is one (both the read and the unread audit). */
function judgeReasons(verdict: JudgeVerdict | undefined): Reason[] {
  return verdict?.verdict === 'weakens'
    ? [{ code: 'judge-weakened', message: `judge (${verdict.judge}/${verdict.model}): weakens: ${verdict.reason || '(no reason given)'}` }]
    : [];
}
