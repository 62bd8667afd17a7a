// Every lexical and statement-level regression detector, run over one clause edit. Pure.
import type { Reason } from '../schema/records.ts';
import type { Lexicon } from './_lexicon.ts';
import { recordedReasons, type Finding } from './_findings.ts';
import { readStatementGroups, type StatementDiffInput } from './_statement-groups.ts';
import { findAddedRules } from './reason-added-rule.ts';
import { findCarvedPermissions } from './reason-carve-out.ts';
import { findConditionChanges } from './reason-condition.ts';
import { findCasesMadeUniversal } from './reason-case-universal.ts';
import { findGrantExceptionsDropped } from './reason-grant-exception.ts';
import { findRescopedCases } from './reason-rescoped-case.ts';
import { findKeepLeaveFlips } from './reason-keep-leave.ts';
import { findConditionsReplaced } from './reason-condition-replaced.ts';
import { findConjunctsDropped } from './reason-conjunct.ts';
import { findConditionConjunctionsChanged } from './reason-condition-conjunction.ts';
import { findCasesQualified } from './reason-qualified-case.ts';
import { findDutiesReplaced } from './reason-duty-replaced.ts';
import { findListedDutiesReplaced } from './reason-listed-duty-replaced.ts';
import { findDeadlinesMoved } from './reason-deadline-moved.ts';
import { findDismissiveTone } from './reason-dismissive-tone.ts';
import { findContemptuousTone } from './reason-contemptuous-tone.ts';
import { findDegradingTreatment } from './reason-degrading-treatment.ts';
import { findBlamingTone } from './reason-blaming-tone.ts';
import { findNegativesTurned } from './reason-negative-turned.ts';
import { findCareDropped } from './reason-care-dropped.ts';
import { findBlameDeflected } from './reason-blame-deflected.ts';
import { findCareTurnedToTelling } from './reason-care-turned-to-telling.ts';
import { findGrantsReachingForbidden } from './reason-grant-reaches-forbidden.ts';
import { findListedDutiesLoosened } from './reason-listed-duties.ts';
import { findJoinedModalsWeakened } from './reason-joined-modal.ts';
import { findLevelRangesMoved } from './reason-level-range.ts';
import { findOnlyLimitsOpened } from './reason-only-opened.ts';
import { findDutiesLeftToJudgement } from './reason-judgement-duty.ts';
import { findDutiesMadeChoices } from './reason-duty-made-choice.ts';
import { findDutiesMadeInformation } from './reason-duty-made-information.ts';
import { findPurposesWidened } from './reason-purpose-widened.ts';
import { findPartiesReordered } from './reason-order-parties.ts';
import { findCompensationOffered } from './reason-compensation-offered.ts';
import { findSuperlativesFlipped } from './_superlative-flip.ts';
import { findCasesNarrowed } from './reason-narrowed-case.ts';
import { findExchangedDuties } from './reason-exchanged-duties.ts';
import { findEntitiesRemoved } from './reason-entity.ts';
import { findExceptionsFlipped } from './reason-exception-flipped.ts';
import { findHandedDuties } from './reason-handed-duty.ts';
import { findModalWeakened } from './reason-modal.ts';
import { findObjectsNarrowed } from './reason-narrowed-object.ts';
import { findNegationChangesByPolarity, findPolarityTurned } from './reason-polarity.ts';
import { findNumberChangesInWords } from './reason-time-window.ts';
import { findGrantsWidenedByIncluding } from './reason-including-widened.ts';
import { findOwnedPartiesReplaced } from './reason-possessive-party.ts';
import { findConditionsMadeToLast } from './reason-condition-lasting.ts';
import { findReferenceCodesChanged } from './reason-reference-code.ts';
import { findVersionsMovedBack } from './reason-version-moved-back.ts';
import { findRecipientsReplaced } from './reason-recipient-replaced.ts';
import { findReceiversReplaced } from './reason-receiver-replaced.ts';
import { findObjectsReplaced } from './reason-object.ts';
import { findOppositeWords } from './reason-opposite.ts';
import { findProhibitionExceptions } from './reason-prohibition-exception.ts';
import { findPartiesSwappedAcrossSentences } from './reason-swapped-parties.ts';
import { findPartiesReplaced } from './reason-party.ts';
import { findUpsellsAdded } from './reason-upsell.ts';
import { findOrderChanges } from './reason-order.ts';
import { findPlainDutiesWeakened } from './reason-plain-modal.ts';
import { findReferencesRemoved } from './reason-reference.ts';
import { findRequirementsRemoved } from './reason-requirement.ts';
import { findRatesLowered } from './reason-rate.ts';
import { findEitherOrLoosened } from './reason-either-or.ts';
import { findOnlyLimits } from './reason-only-limit.ts';
import { findNarrowedSubjects } from './reason-narrowed-subject.ts';
import { findUniversalsNarrowed } from './reason-universal-narrowed.ts';
import { findUntilSaidAsWhile } from './reason-until-while.ts';
import { findSubjectCarveOuts } from './reason-subject-carve-out.ts';
import { findPlacesNarrowed } from './reason-place-narrowed.ts';
import { findNegationsMovedInPlace } from './reason-negation-moved-in-place.ts';
import { findBanItemsDemanded } from './reason-ban-item-demanded.ts';
import { findGivenMadeSold } from './reason-given-made-sold.ts';
import { findEveryoneMadeAKind } from './reason-everyone-made-a-kind.ts';
import { findBoundsLiftedForSome } from './reason-bound-lifted-for-some.ts';
import { findUniversalsQualified } from './reason-universal-qualified.ts';
import { findImperativesGranted } from './reason-imperative-granted.ts';
import { findCostsShifted } from './reason-cost-shifted.ts';
import { findHelpWithdrawn } from './reason-help-withdrawn.ts';
import { findLevelsMoved } from './reason-level.ts';
import { findRestrictionProvisos } from './reason-restriction-proviso.ts';
import { findRightsDropped } from './reason-right-dropped.ts';
import { findRightsNarrowed } from './reason-right-narrowed.ts';
import { findDescribedPartiesReplaced } from './reason-described-party.ts';
import { findOptionsAdded } from './reason-option-added.ts';
import { findGrantItemsAdded } from './reason-grant-items-added.ts';
import { findGatesLoosened } from './reason-gate-loosened.ts';
import { findRequirementsSoftened } from './reason-requirement-softened.ts';
import { findExceptedSaidBack } from './reason-excepted-said-back.ts';
import { findPresencesLoosened } from './reason-presence-loosened.ts';
import { findHoldersReplaced } from './reason-holders-replaced.ts';
import { findPartsNarrowed } from './reason-part-narrowed.ts';
import { findModifiersReplaced } from './reason-modifier-replaced.ts';
import { findVerbsReplaced } from './reason-verb-replaced.ts';
import { findSharesChanged } from './reason-share-changed.ts';
import { findOnlySetsWidened } from './reason-only-widened.ts';
import { findExclusiveSetsWidened } from './reason-exclusive-set-widened.ts';
import { findCountsDropped } from './reason-count-dropped.ts';
import { findBansSoftened } from './reason-ban-softened.ts';
import { findSecuredStatesReplaced } from './reason-secured-state-replaced.ts';
import { findCasesIntensified } from './reason-case-intensified.ts';
import { findDutiesGranted } from './reason-duty-granted.ts';
import { findSufficientThingsAdded } from './reason-sufficient-added.ts';
import { findPlainDutiesReplaced } from './reason-plain-duty-replaced.ts';
import { findStepsReplaced } from './reason-step-replaced.ts';
import { findStepsMerged } from './reason-step-merged.ts';
import { findAlsoInACase } from './reason-also-in-a-case.ts';
import { findCodesReplaced } from './reason-code-replaced.ts';
import { findQualitiesSaidAsSources } from './reason-quality-said-as-source.ts';
import { findKeptRulesTakenBack } from './reason-kept-rule-taken-back.ts';
import { findRightsTakenBack } from './reason-right-taken-back.ts';
import { findDutiesMadeOffers } from './reason-duty-made-offer.ts';
import { findKindsQualified } from './reason-kind-qualified.ts';
import { findDeonticForceFallen } from './reason-deontic-force.ts';
import { findQuestionWordsReplaced } from './reason-question-word-replaced.ts';
import { withRatesSaidAsBefore } from './_rates.ts';
import { withHeldCaseSaidWithout } from './_unless-held.ts';
import { withIncludedCaseInPlace } from './_included-case.ts';
import { withGatesSaidAsBefore } from './_gates.ts';
import { findRolesSwapped } from './reason-roles.ts';
import { findPassiveRolesSwapped } from './reason-passive-roles.ts';
import { findDoersExchanged } from './reason-doers-exchanged.ts';
import { findClausePartiesTraded } from './reason-clause-parties-traded.ts';
import { findGateSidesExchanged } from './reason-gate-sides-exchanged.ts';
import { findThresholdsAdded } from './reason-threshold-added.ts';
import { findDutyWindowsAdded } from './reason-duty-window.ts';
import { findScopeChanges } from './reason-scope.ts';
import { findSelfChecks } from './reason-self-check.ts';
import { withOnlySaidPlainly } from './_only-phrasings.ts';
import { withAdultsSaidAsAge } from './_adults-as-age.ts';
import { withDoubleNegativesSaidPlainly } from './_double-negatives.ts';
import { withImmediateDeadlinesRead } from './_deadlines-made-immediate.ts';
import { withRevokedGrantsRead } from './_grants-revoked.ts';
import { withoutDroppedExceptions } from './_stricter-edits.ts';
import { withoutBoundsFromOtherSide } from './_bounds-other-side.ts';
import { withoutFiguresKept } from './_figures-kept.ts';

/** Text readings; a dictionary, when given, is handed on (reason-requirement reads a rule said again with it). */
const TEXT_DETECTORS: ReadonlyArray<(previous: string, next: string, lexicon?: Lexicon | null) => Finding[]> = [
  findModalWeakened,
  findNumberChangesInWords,
  findRequirementsRemoved,
  findEntitiesRemoved,
  findReferencesRemoved,
  findDismissiveTone,
  findContemptuousTone,
  findDegradingTreatment,
  findBlamingTone,
  findNegativesTurned,
  findJoinedModalsWeakened,
  findDutiesLeftToJudgement,
  findPurposesWidened,
  findPartiesReordered,
  findCompensationOffered,
  findGrantsWidenedByIncluding,
  findOwnedPartiesReplaced,
  findReferenceCodesChanged,
  findVersionsMovedBack,
  findRecipientsReplaced,
  findGrantsReachingForbidden,
  // One "not" moved to the other half of a kept sentence; a ban's last "or" item split off and asked for (round 35b).
  findNegationsMovedInPlace,
  findBanItemsDemanded,
  // A thing given or lent now sold or charged for, in a kept sentence (round 35b).
  findGivenMadeSold,
  // "Everyone" said as "every <kind>" in a kept sentence (round 35b).
  findEveryoneMadeAKind,
  // A kept upper bound lifted for some in a new sentence with no figure ("as long as they need", round 35b).
  findBoundsLiftedForSome,
  // A duty's act made an offer, its modal kept ("must check" -> "must offer to check", round 37a).
  findDutiesMadeOffers,
];

/** Detectors that compare the statements of aligned sentences (read once per edit). */
const STATEMENT_DETECTORS: ReadonlyArray<(input: StatementDiffInput) => Finding[]> = [
  findNegationChangesByPolarity,
  findPolarityTurned,
  findOrderChanges,
  findConditionChanges,
  findCasesMadeUniversal,
  findScopeChanges,
  findConjunctsDropped,
  findRolesSwapped,
  findPassiveRolesSwapped,
  findAddedRules,
  findCarvedPermissions,
  findObjectsReplaced,
  findObjectsNarrowed,
  findCasesNarrowed,
  findExchangedDuties,
  findPartiesReplaced,
  findUpsellsAdded,
  findHandedDuties,
  findPlainDutiesWeakened,
  findOppositeWords,
  findProhibitionExceptions,
  findLevelRangesMoved,
  findPartiesSwappedAcrossSentences,
  findDeadlinesMoved,
  findThresholdsAdded,
  findSelfChecks,
  findExceptionsFlipped,
  findConditionsReplaced,
  findGrantExceptionsDropped,
  findRescopedCases,
  findKeepLeaveFlips,
  findEitherOrLoosened,
  findOnlyLimits,
  findNarrowedSubjects,
  findLevelsMoved,
  findRestrictionProvisos,
  findRightsDropped,
  findRightsNarrowed,
  findDescribedPartiesReplaced,
  findOptionsAdded,
  findGrantItemsAdded,
  findConditionConjunctionsChanged,
  findCasesQualified,
  findDutiesReplaced,
  findListedDutiesReplaced,
  findUniversalsNarrowed,
  findUntilSaidAsWhile,
  findPlacesNarrowed,
];

/**
 * Readings of the whole text that a statement detector may already have made in its own terms:
 * each runs only when no reason of the code it defers to was read, so that one change is one
 * finding.
 */
const FALLBACK_DETECTORS: ReadonlyArray<{ detect: (previous: string, next: string) => Finding[]; unlessRead: string }> = [
  // "the cheapest plan" -> "the most expensive plan" in a sentence rewritten round it: read once.
  { detect: findSuperlativesFlipped, unlessRead: 'order-changed' },
  // A list loosened in place that reason-conjunct or reason-either-or already read.
  { detect: findListedDutiesLoosened, unlessRead: 'conjunct-dropped' },
  // An "only" limit opened that a statement reading already read as scope-widened.
  { detect: findOnlyLimitsOpened, unlessRead: 'scope-widened' },
  // A condition made to last that reason-narrowed-case already read (every old word kept).
  { detect: findConditionsMadeToLast, unlessRead: 'condition-narrowed' },
];

/**
 * Statement readings run last, in this order, each group only when nothing found so far (every
 * reading above and the groups before it here) has a code it defers to: the same change read once.
 */
const LAST_READINGS: ReadonlyArray<{ detect: ReadonlyArray<(input: StatementDiffInput, lexicon?: Lexicon | null) => Finding[]>; unlessFound: readonly string[] }> = [
  // A party another detector already read as replaced (a lone role word, a kept owner's holder).
  { detect: [findReceiversReplaced], unlessFound: ['object-replaced'] },
  // An instruction granted, or a duty to help left to the person, that reason-modal already read.
  { detect: [findImperativesGranted, findHelpWithdrawn], unlessFound: ['modal-weakened'] },
  // Some of a rule's subject let off, or its cost taken over, that a contradiction or an exception already read.
  { detect: [findSubjectCarveOuts, findCostsShifted], unlessFound: ['contradiction', 'exception-added'] },
  // One of the people a rule names given to another, that a reading of parties or lists already read.
  { detect: [findHoldersReplaced], unlessFound: ['scope-widened', 'conjunct-dropped', 'object-replaced', 'actor-replaced'] },
  // A thing a duty covers cut to a part of itself, that a scope or place reading already read.
  { detect: [findPartsNarrowed], unlessFound: ['scope-narrowed', 'condition-narrowed', 'object-replaced'] },
  // An item added to the set an "only" keeps to ("Only the keeper" -> "Only the keeper and the vet"), that a scope reading already read.
  { detect: [findOnlySetsWidened], unlessFound: ['scope-widened', 'permission-added', 'exception-added'] },
  // The same set widened while the rule is said in another form that keeps an act to a set ("Only X may open" ->
  // "Opening ... is restricted to X and Y", "anyone other than X" -> "only to X and Y"), round 37d.
  { detect: [findExclusiveSetsWidened], unlessFound: ['scope-widened', 'permission-added', 'exception-added', 'condition-changed'] },
  // A share said in words changed ("half on signing" -> "a quarter on signing"), or a "second" or
  // "both" dropped to one ("a second supervisor" -> "a supervisor"), that the number reading already read.
  { detect: [findSharesChanged, findCountsDropped], unlessFound: ['number-changed'] },
  // An outcome a duty or a gate demands said as an attempt ("passed" -> "sat"), that a modal or object reading already read.
  { detect: [findVerbsReplaced, findSecuredStatesReplaced], unlessFound: ['modal-weakened', 'object-replaced', 'negation-removed', 'permission-added'] },
  // A duty's or prohibition's case made more extreme ("if there is rain" -> "if there is heavy rain at the site"), that a condition reading already read.
  { detect: [findCasesIntensified], unlessFound: ['condition-narrowed', 'condition-changed', 'condition-added', 'qualifier-added'] },
  // A ban said outright turned into advice to steer clear ("Never blame" -> "Avoid blaming"), that a modal or negation reading already read.
  { detect: [findBansSoftened], unlessFound: ['modal-weakened', 'negation-removed', 'negation-moved'] },
  // Care asked for and none left, that a brush-off reading already read as dismissive.
  { detect: [(input) => findCareDropped(input.previousText, input.nextText)], unlessFound: ['tone-dismissive'] },
  // Blame turned from us where the rule owned it, that a blaming or brush-off reading already read.
  { detect: [(input) => findBlameDeflected(input.previousText, input.nextText)], unlessFound: ['tone-dismissive'] },
  // Care replaced by telling the person something, that a brush-off, blame or care reading already read (round 24b).
  { detect: [(input) => findCareTurnedToTelling(input.previousText, input.nextText)], unlessFound: ['tone-dismissive', 'tone-care-dropped'] },
  // A duty said outright replaced in its place by a grant, that a modal or permission reading already read.
  { detect: [findDutiesGranted], unlessFound: ['modal-weakened', 'permission-added', 'requirement-removed', 'negation-removed'] },
  // Another thing said to do for a kept rule's demand, that a permission or exception reading already read.
  { detect: [findSufficientThingsAdded], unlessFound: ['scope-widened', 'permission-added', 'exception-added', 'contradiction'] },
  // A duty turned into a choice left to someone, the act kept ("have discretion to hold", "up to the marshal whether to watch"),
  // or said as information about its thing ("reminded that eye protection is available"), that a modal reading already read (round 26b).
  { detect: [(input) => findDutiesMadeChoices(input.previousText, input.nextText), (input) => findDutiesMadeInformation(input.previousText, input.nextText)], unlessFound: ['modal-weakened', 'permission-added'] },
  // The doers of two clauses exchanged with the grammar following them, a voice turned with its roles, or an owner and its owned (round 25b), that a roles reading already read.
  { detect: [findDoersExchanged], unlessFound: ['roles-swapped'] },
  // A pronoun party and a noun traded in one clause ("The club pays them" -> "They pay the club"), that a roles reading already read (round 36d).
  { detect: [findClausePartiesTraded], unlessFound: ['roles-swapped'] },
  // A gate's act and condition traded places ("must not leave until the relief has arrived" -> "the relief arrives only once they have left"), round 36d.
  { detect: [findGateSidesExchanged], unlessFound: ['order-changed', 'roles-swapped'] },
  // A gate's condition cut, that a list or condition reading already read ("completed and logged" -> "completed").
  { detect: [findGatesLoosened], unlessFound: ['conjunct-dropped', 'condition-changed', 'condition-widened'] },
  // A word that picks out some put inside a kept rule's "every/all" subject ("Every stall selling raw meat"), that a scope reading already read (round 36a).
  { detect: [(input) => findUniversalsQualified(input.previousText, input.nextText)], unlessFound: ['scope-narrowed', 'qualifier-added', 'condition-narrowed'] },
  // A thing said to be required turned in place into one advised or on offer ("is compulsory" -> "is advised"), that a modal reading already read (round 41a).
  { detect: [findRequirementsSoftened], unlessFound: ['modal-weakened', 'permission-added'] },
  // A thing a kept rule excepts by name said in a new sentence to be included "also", that a permission or exception reading already read (round 41a).
  { detect: [findExceptedSaidBack], unlessFound: ['permission-added', 'exception-added', 'contradiction'] },
  // A gate that waited for someone's presence content with their being somewhere about ("unless a teacher is supervising" -> "only while a teacher is in the building"), that a condition reading already read (round 41a).
  { detect: [findPresencesLoosened], unlessFound: ['condition-changed', 'condition-widened', 'conjunct-dropped'] },
  // A duty that gained a window of time and nothing else ("must wear a wetsuit" -> "... in spring and autumn"), that a scope or condition reading already read (round 44a).
  { detect: [findDutyWindowsAdded], unlessFound: ['scope-narrowed', 'condition-added', 'condition-narrowed', 'qualifier-added'] },
  // A word put between "a" / "every" / "no" and a kept noun of a duty or a ban ("before a match" -> "before a cup match"), that a scope or condition reading already read (round 47a).
  { detect: [findKindsQualified], unlessFound: ['scope-narrowed', 'qualifier-added', 'condition-narrowed', 'condition-added', 'number-changed'] },
  // A duty said by a noun, an adjective or an idiom made a permission or a choice said any way ("are bound to attend" -> "have the option to attend"), that a modal or permission reading already read (round 48a).
  { detect: [findDeonticForceFallen], unlessFound: ['modal-weakened', 'permission-added'] },
  // The question a duty owes the answer to turned to another ("tell each guest when their gate closes" -> "where their gate is"), that a reading of a thing replaced already read (round 48a).
  { detect: [findQuestionWordsReplaced], unlessFound: ['object-replaced', 'semantic-drift'] },
];

/** Codes that read a change the modifier reading would read again. */
const MODIFIER_READ_BY: ReadonlySet<string> = new Set(['object-replaced', 'scope-narrowed', 'scope-widened', 'condition-narrowed', 'condition-changed', 'number-changed', 'order-changed', 'entity-removed']);

/** Codes that read a new sentence against the kept ones: the taken-back reading would read it again. */
const TAKEN_BACK_READ_BY: ReadonlySet<string> = new Set(['contradiction', 'exception-added', 'permission-added', 'right-narrowed']);

/** Codes that read a right taken back in part: the right-taken-back reading would read it again (a part given for the whole is a scope reading's too). */
const RIGHT_TAKEN_BACK_READ_BY: ReadonlySet<string> = new Set([...TAKEN_BACK_READ_BY, 'scope-narrowed']);

/** Codes that read a rule gone or replaced: the plain-duty reading would read it again. */
const DRIFT_READ_BY: ReadonlySet<string> = new Set(['requirement-removed', 'rule-replaced', 'semantic-drift']);

/** Codes that read a step gone: the step-replaced reading would read it again. */
const STEP_READ_BY: ReadonlySet<string> = new Set(['requirement-removed', 'semantic-drift']);
/** Readings of a kept rule widened by a new sentence: the appended "also ... if" sentence is theirs when they read it (round 46a). */
const ALSO_READ_BY: ReadonlySet<string> = new Set(['exception-added', 'scope-widened', 'permission-added', 'contradiction']);
/** Readings of a named thing or a word replaced: a code replaced in place is theirs when they read it (round 46a). */
const CODE_READ_BY: ReadonlySet<string> = new Set(['entity-removed', 'object-replaced', 'semantic-drift', 'reference-removed']);

/** Codes that read a thing replaced: the quality-said-as-source reading would read it again. */
const SOURCE_READ_BY: ReadonlySet<string> = new Set(['object-replaced', 'semantic-drift', 'requirement-removed']);

/**
 * Reasons an edit of a clause may have weakened it: weakened modals, flipped or moved negations,
 * changed numbers, dropped rules, entities and references, and changes to what a rule's
 * statements say: order, conditions, scope, list items, roles, new permissions and contradictions.
 * Embedding similarity misses most of these ("must" and "may", "before" and "after" sit close
 * together in any vector space), so they are checked by rule.
 */
export function findReasons(written: string, next: string, lexicon?: Lexicon | null): Reason[] {
  // "give nothing but the rate card", "just the payslip figures": an "only" said another way.
  // "if cancelled because of rain" -> "if cancelled at least 7 days ahead, including because of rain": the old case kept as an example.
  // "Sell it once it has passed" for "Do not sell it until it has passed": a gate said the other way (_gates.ts).
  // "it is never out of a burner's view" = "it is always within a burner's view" (_double-negatives.ts).
  // "from adult passengers" for "from passengers under 18": the age bound said by its word (_adults-as-age.ts).
  const plainWritten = withOnlySaidPlainly(withDoubleNegativesSaidPlainly(written));
  const now = withGatesSaidAsBefore(withIncludedCaseInPlace(withHeldCaseSaidWithout(withRatesSaidAsBefore(withAdultsSaidAsAge(withOnlySaidPlainly(withDoubleNegativesSaidPlainly(next)), written), written), written), written), plainWritten);
  // An exception a duty or prohibition dropped makes it stricter: its words are no loss.
  // A permission refused outright ("may accept up to £50" -> "may not accept") is stricter.
  // So is a deadline made immediate ("by the end of the shift" -> "immediately").
  const previous = withImmediateDeadlinesRead(withRevokedGrantsRead(withoutDroppedExceptions(plainWritten, now), now), now);
  const statements = readStatementGroups(previous, now);
  const read = STATEMENT_DETECTORS.flatMap((detect) => detect(statements));
  const readCodes = new Set(read.map((reason) => reason.code));
  const saidAgain = FALLBACK_DETECTORS.flatMap(({ detect, unlessRead }) => (readCodes.has(unlessRead) ? [] : detect(previous, now)));
  const readAll = [...TEXT_DETECTORS.flatMap((detect) => detect(previous, now, lexicon)), ...findRatesLowered(written, next), ...read, ...saidAgain];
  const lastRead = LAST_READINGS.reduce((sofar, { detect, unlessFound }) => (sofar.some((reason) => unlessFound.includes(reason.code)) ? sofar : [...sofar, ...detect.flatMap((reading) => reading(statements, lexicon))]), readAll);
  // Last, a thing's kind swapped before its kept noun ("the certified scale" -> "the kitchen scale"),
  // unless another reading read the change; the dictionary tells a synonym ("injured" / "hurt").
  // A grant or a statement kept word for word taken back for some by a new sentence ("Customers may
  // return unopened parts ..." + "Parts bought in a sale cannot be returned"), unless a reading of
  // added rules read the new sentence (round 37a).
  const keptTakenBack = lastRead.some((reason) => TAKEN_BACK_READ_BY.has(reason.code)) ? lastRead : [...lastRead, ...findKeptRulesTakenBack(statements, lexicon)];
  // A right of the people served kept word for word and taken back in part: an exclusion appended,
  // some of its times shut, a fee laid on what it gives free (round 38a).
  const takenBack = keptTakenBack.some((reason) => RIGHT_TAKEN_BACK_READ_BY.has(reason.code)) ? keptTakenBack : [...keptTakenBack, ...findRightsTakenBack(statements, lexicon)];
  const modified = takenBack.some((reason) => MODIFIER_READ_BY.has(reason.code)) ? takenBack : [...takenBack, ...findModifiersReplaced(statements, lexicon)];
  // A plain duty replaced by another statement on its subject, unless a reading of a rule gone read it (round 24b).
  const duties = modified.some((reason) => DRIFT_READ_BY.has(reason.code)) ? modified : [...modified, ...findPlainDutiesReplaced(statements, lexicon)];
  // A step of a procedure replaced in its place by another ("Then ask for the gas test record" -> "Then print the permit"),
  // unless a reading of a rule gone read it already; a rule said in other words (advisory) is no reading of it (round 45a).
  const replacedStep = duties.some((reason) => STEP_READ_BY.has(reason.code)) ? duties : [...duties, ...findStepsReplaced(written, next, lexicon)];
  // A duty's sentence folded into its neighbour, a phrase of it kept ("... with a cutter. They must also sign the
  // safety agreement before their first shift." -> "... with a cutter before their first shift."), the same way (round 46a).
  const stepped = replacedStep.some((reason) => STEP_READ_BY.has(reason.code)) ? replacedStep : [...replacedStep, ...findStepsMerged(written, next, lexicon)];
  // A quality asked of a thing said as where it comes from ("barbless hooks" -> "hooks bought from the fishery shop"),
  // unless a reading of a thing or a rule replaced read it already (round 45a).
  const sourced = stepped.some((reason) => SOURCE_READ_BY.has(reason.code)) ? stepped : [...stepped, ...findQualitiesSaidAsSources(written, next, lexicon)];
  // The old text kept whole and a sentence appended that lets more in "also" / "too" / "as well" in a case
  // of its own ("Fibreglass frames are taken as well if the customer insists"; round 46a).
  const widened = sourced.some((reason) => ALSO_READ_BY.has(reason.code)) ? sourced : [...sourced, ...findAlsoInACase(written, next)];
  // A short code in capitals replaced in place by a common word that is not what it stands for ("a full D licence" ->
  // "a full car licence"), unless a reading of a name or a word replaced read it (round 46a).
  const found = widened.some((reason) => CODE_READ_BY.has(reason.code)) ? widened : [...widened, ...findCodesReplaced(written, next)];
  // "below 27 °C" = "never 27 °C or higher": a bound said from the other side with a negation.
  // "no more than 30 hours" = "30 hours is the most": each figure's interval kept (_figures-kept.ts, round 32c).
  return recordedReasons(withoutFiguresKept(previous, now, withoutBoundsFromOtherSide(previous, now, found)));
}
