// Precision and recall of `regression_flag` on the hand-labelled clause edits, with the builtin
// embedder and the default configuration (positive = a regression).
//
//   node scripts/bench/clause-edits.ts [--verbose | --figures-only] [--weighed] [--held-back [--v3] [--v4] [--v5] [--v6] [--v7] [--v8] [--v9] [--v10] [--v11] [--v12] [--v13] [--v14] [--v15] [--v16] [--v17] [--v18] [--v19] [--v20] [--v21] [--v22] [--v23] [--v24] [--v25] [--v26] [--v27] [--v28] [--v29] [--v30] [--v31] [--v32] [--v33] [--v34] [--v35] [--v36] [--v37] [--v38] [--v39] [--v40] [--v41] [--v42] [--v43] [--v44] [--v45] [--v46] [--v47] [--v48] [--v49] [--v50] [--v51] [--v52] [--v53] [--v54] [--v55] [--v56] [--v57] [--v58] [--v59] [--v60] [--v61] [--v62] [--v63] [--v64] [--v65] [--v66] [--v67] [--v68] [--v69] [--v70] [--v71] [--v72] [--v73]]
//
// Prints the tuning set the detectors were developed with, the small held-out set written after the
// first detectors, then issue 11's held-back set (written before the statement-level detectors and
// never tuned on). Wrong edits are printed under each set's figures; `--figures-only` leaves them out,
// so a blind set can be measured without anyone reading its edits.
import { pathToFileURL } from 'node:url';
import { evaluateClauseChange } from '../lib/guard/evaluate-clause-change.ts';
import { createBuiltinEmbedder } from '../lib/guard/builtin-embedder.ts';
import { createWordNetLexicon } from '../lib/guard/wordnet-lexicon-fs.ts';
import { CLAUSE_EDITS, EDIT_KINDS, HELD_OUT_EDITS, type ClauseEdit } from '../lib/guard/clause-edits.fixture.ts';
import { HELD_BACK_EDITS, HELD_BACK_EDITS_V2, HELD_BACK_EDITS_V3 } from '../lib/guard/clause-edits.heldout.fixture.ts';
import { HELD_BACK_EDITS_V4 } from '../lib/guard/clause-edits.heldout-v4.fixture.ts';
import { HELD_BACK_EDITS_V5 } from '../lib/guard/clause-edits.heldout-v5.fixture.ts';
import { HELD_BACK_EDITS_V6 } from '../lib/guard/clause-edits.heldout-v6.fixture.ts';
import { HELD_BACK_EDITS_V7 } from '../lib/guard/clause-edits.heldout-v7.fixture.ts';
import { HELD_BACK_EDITS_V8 } from '../lib/guard/clause-edits.heldout-v8.fixture.ts';
import { HELD_BACK_EDITS_V9 } from '../lib/guard/clause-edits.heldout-v9.fixture.ts';
import { HELD_BACK_EDITS_V10 } from '../lib/guard/clause-edits.heldout-v10.fixture.ts';
import { HELD_BACK_EDITS_V11 } from '../lib/guard/clause-edits.heldout-v11.fixture.ts';
import { HELD_BACK_EDITS_V12 } from '../lib/guard/clause-edits.heldout-v12.fixture.ts';
import { HELD_BACK_EDITS_V13 } from '../lib/guard/clause-edits.heldout-v13.fixture.ts';
import { HELD_BACK_EDITS_V14 } from '../lib/guard/clause-edits.heldout-v14.fixture.ts';
import { HELD_BACK_EDITS_V15 } from '../lib/guard/clause-edits.heldout-v15.fixture.ts';
import { HELD_BACK_EDITS_V16 } from '../lib/guard/clause-edits.heldout-v16.fixture.ts';
import { HELD_BACK_EDITS_V17 } from '../lib/guard/clause-edits.heldout-v17.fixture.ts';
import { HELD_BACK_EDITS_V18 } from '../lib/guard/clause-edits.heldout-v18.fixture.ts';
import { HELD_BACK_EDITS_V19 } from '../lib/guard/clause-edits.heldout-v19.fixture.ts';
import { HELD_BACK_EDITS_V20 } from '../lib/guard/clause-edits.heldout-v20.fixture.ts';
import { HELD_BACK_EDITS_V21 } from '../lib/guard/clause-edits.heldout-v21.fixture.ts';
import { HELD_BACK_EDITS_V22 } from '../lib/guard/clause-edits.heldout-v22.fixture.ts';
import { HELD_BACK_EDITS_V23 } from '../lib/guard/clause-edits.heldout-v23.fixture.ts';
import { HELD_BACK_EDITS_V24 } from '../lib/guard/clause-edits.heldout-v24.fixture.ts';
import { HELD_BACK_EDITS_V25 } from '../lib/guard/clause-edits.heldout-v25.fixture.ts';
import { HELD_BACK_EDITS_V26 } from '../lib/guard/clause-edits.heldout-v26.fixture.ts';
import { HELD_BACK_EDITS_V27 } from '../lib/guard/clause-edits.heldout-v27.fixture.ts';
import { HELD_BACK_EDITS_V28 } from '../lib/guard/clause-edits.heldout-v28.fixture.ts';
import { HELD_BACK_EDITS_V29 } from '../lib/guard/clause-edits.heldout-v29.fixture.ts';
import { HELD_BACK_EDITS_V30 } from '../lib/guard/clause-edits.heldout-v30.fixture.ts';
import { HELD_BACK_EDITS_V31 } from '../lib/guard/clause-edits.heldout-v31.fixture.ts';
import { HELD_BACK_EDITS_V32 } from '../lib/guard/clause-edits.heldout-v32.fixture.ts';
import { HELD_BACK_EDITS_V33 } from '../lib/guard/clause-edits.heldout-v33.fixture.ts';
import { HELD_BACK_EDITS_V34 } from '../lib/guard/clause-edits.heldout-v34.fixture.ts';
import { HELD_BACK_EDITS_V35 } from '../lib/guard/clause-edits.heldout-v35.fixture.ts';
import { HELD_BACK_EDITS_V36 } from '../lib/guard/clause-edits.heldout-v36.fixture.ts';
import { HELD_BACK_EDITS_V37 } from '../lib/guard/clause-edits.heldout-v37.fixture.ts';
import { HELD_BACK_EDITS_V38 } from '../lib/guard/clause-edits.heldout-v38.fixture.ts';
import { HELD_BACK_EDITS_V39 } from '../lib/guard/clause-edits.heldout-v39.fixture.ts';
import { HELD_BACK_EDITS_V40 } from '../lib/guard/clause-edits.heldout-v40.fixture.ts';
import { HELD_BACK_EDITS_V41 } from '../lib/guard/clause-edits.heldout-v41.fixture.ts';
import { HELD_BACK_EDITS_V42 } from '../lib/guard/clause-edits.heldout-v42.fixture.ts';
import { HELD_BACK_EDITS_V43 } from '../lib/guard/clause-edits.heldout-v43.fixture.ts';
import { HELD_BACK_EDITS_V44 } from '../lib/guard/clause-edits.heldout-v44.fixture.ts';
import { HELD_BACK_EDITS_V45 } from '../lib/guard/clause-edits.heldout-v45.fixture.ts';
import { HELD_BACK_EDITS_V46 } from '../lib/guard/clause-edits.heldout-v46.fixture.ts';
import { HELD_BACK_EDITS_V47 } from '../lib/guard/clause-edits.heldout-v47.fixture.ts';
import { HELD_BACK_EDITS_V48 } from '../lib/guard/clause-edits.heldout-v48.fixture.ts';
import { HELD_BACK_EDITS_V49 } from '../lib/guard/clause-edits.heldout-v49.fixture.ts';
import { HELD_BACK_EDITS_V50 } from '../lib/guard/clause-edits.heldout-v50.fixture.ts';
import { HELD_BACK_EDITS_V51 } from '../lib/guard/clause-edits.heldout-v51.fixture.ts';
import { HELD_BACK_EDITS_V52 } from '../lib/guard/clause-edits.heldout-v52.fixture.ts';
import { HELD_BACK_EDITS_V53 } from '../lib/guard/clause-edits.heldout-v53.fixture.ts';
import { HELD_BACK_EDITS_V54 } from '../lib/guard/clause-edits.heldout-v54.fixture.ts';
import { HELD_BACK_EDITS_V55 } from '../lib/guard/clause-edits.heldout-v55.fixture.ts';
import { HELD_BACK_EDITS_V56 } from '../lib/guard/clause-edits.heldout-v56.fixture.ts';
import { HELD_BACK_EDITS_V57 } from '../lib/guard/clause-edits.heldout-v57.fixture.ts';
import { HELD_BACK_EDITS_V58 } from '../lib/guard/clause-edits.heldout-v58.fixture.ts';
import { HELD_BACK_EDITS_V59 } from '../lib/guard/clause-edits.heldout-v59.fixture.ts';
import { HELD_BACK_EDITS_V60 } from '../lib/guard/clause-edits.heldout-v60.fixture.ts';
import { HELD_BACK_EDITS_V61 } from '../lib/guard/clause-edits.heldout-v61.fixture.ts';
import { HELD_BACK_EDITS_V62 } from '../lib/guard/clause-edits.heldout-v62.fixture.ts';
import { HELD_BACK_EDITS_V63 } from '../lib/guard/clause-edits.heldout-v63.fixture.ts';
import { HELD_BACK_EDITS_V64 } from '../lib/guard/clause-edits.heldout-v64.fixture.ts';
import { HELD_BACK_EDITS_V65 } from '../lib/guard/clause-edits.heldout-v65.fixture.ts';
import { HELD_BACK_EDITS_V66 } from '../lib/guard/clause-edits.heldout-v66.fixture.ts';
import { HELD_BACK_EDITS_V67 } from '../lib/guard/clause-edits.heldout-v67.fixture.ts';
import { HELD_BACK_EDITS_V68 } from '../lib/guard/clause-edits.heldout-v68.fixture.ts';
import { HELD_BACK_EDITS_V69 } from '../lib/guard/clause-edits.heldout-v69.fixture.ts';
import { HELD_BACK_EDITS_V70 } from '../lib/guard/clause-edits.heldout-v70.fixture.ts';
import { HELD_BACK_EDITS_V71 } from '../lib/guard/clause-edits.heldout-v71.fixture.ts';
import { HELD_BACK_EDITS_V72 } from '../lib/guard/clause-edits.heldout-v72.fixture.ts';
import { HELD_BACK_EDITS_V73 } from '../lib/guard/clause-edits.heldout-v73.fixture.ts';
import { configSchema } from '../lib/schema/config.ts';
import type { VerdictWeights } from '../lib/guard/verdict-weights.ts';
import { VERDICT_WEIGHTS } from '../lib/guard/verdict-weights.data.ts';

export interface EditOutcome {
  edit: ClauseEdit;
  flagged: boolean;
  codes: string[];
  score: number | null;
  /** Whether any reason is advisory (review suggested). */
  suggested: boolean;
}

export interface EditScores {
  total: number;
  precision: number;
  recall: number;
  /** Share of benign edits flagged. */
  falseFlagRate: number;
  /** Share of each kind flagged (for `benign`, the false-positive rate). */
  flaggedByKind: Record<string, { flagged: number; total: number }>;
  /** Share of each regression kind whose own reason fired (not just any reason). */
  namedByKind: Record<string, { named: number; total: number }>;
  outcomes: EditOutcome[];
}

/** The reason code (prefix) each regression kind is meant to raise. */
const KIND_CODES: Partial<Record<string, readonly string[]>> = {
  modal: ['modal-weakened'], negation: ['negation-'], number: ['number-changed'], requirement: ['requirement-removed'],
  entity: ['entity-removed', 'object-replaced', 'actor-replaced'], reference: ['reference-removed'], tone: ['tone-'], drift: ['semantic-drift', 'object-replaced', 'upsell-added'],
  order: ['order-changed', 'roles-swapped'], condition: ['condition-', 'right-narrowed'], scope: ['scope-', 'qualifier-added'],
  conjunct: ['conjunct-dropped', 'right-narrowed'], obligation: ['modal-weakened', 'permission-added', 'negation-removed'],
  rescope: ['negation-', 'contradiction', 'permission-added', 'exception-added'], roles: ['roles-swapped'],
};

/** Run the guard over every labelled edit. */
// The guard's default scores the edits with any flagging reason flagging; `--weighed` scores them
// with round 28c's fitted weights (not the default), so one build states both verdicts' figures.
export async function scoreClauseEdits(edits: readonly ClauseEdit[] = CLAUSE_EDITS, verdictWeights?: VerdictWeights | null): Promise<EditScores> {
  const config = configSchema.parse({});
  const embedder = createBuiltinEmbedder();
  const lexicon = createWordNetLexicon();
  const outcomes: EditOutcome[] = [];
  for (const [i, edit] of edits.entries()) {
    const result = await evaluateClauseChange({
      clauseId: `fixture/${i}`,
      previous: edit.previous,
      next: edit.next,
      declaredTone: edit.tone ?? null,
      config,
      embedder,
      lexicon,
      ...(verdictWeights === undefined ? {} : { verdictWeights }),
    });
    outcomes.push({ edit, flagged: result.regression_flag, codes: result.reasons.map((r) => r.code), score: result.similarity?.score ?? null, suggested: result.reasons.some((r) => r.advisory === true) });
  }
  const tp = outcomes.filter((o) => o.flagged && o.edit.kind !== 'benign').length;
  const fp = outcomes.filter((o) => o.flagged && o.edit.kind === 'benign').length;
  const positives = outcomes.filter((o) => o.edit.kind !== 'benign').length;
  const negatives = outcomes.length - positives;
  const flaggedByKind: EditScores['flaggedByKind'] = {};
  const namedByKind: EditScores['namedByKind'] = {};
  for (const kind of EDIT_KINDS) {
    const ofKind = outcomes.filter((o) => o.edit.kind === kind);
    flaggedByKind[kind] = { flagged: ofKind.filter((o) => o.flagged).length, total: ofKind.length };
    const prefixes = KIND_CODES[kind];
    if (prefixes) namedByKind[kind] = { named: ofKind.filter((o) => o.codes.some((code) => prefixes.some((prefix) => code.startsWith(prefix)))).length, total: ofKind.length };
  }
  const falseFlagRate = negatives === 0 ? 0 : fp / negatives;
  return { total: outcomes.length, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp / positives, falseFlagRate, flaggedByKind, namedByKind, outcomes };
}

function report(title: string, scores: EditScores, verbose: boolean): void {
  console.log(`${title}: ${scores.total} edits (${scores.flaggedByKind.benign?.total} benign)`);
  console.log(`  regression_flag precision ${scores.precision.toFixed(3)}  recall ${scores.recall.toFixed(3)}  false-flag rate ${scores.falseFlagRate.toFixed(3)}`);
  // What the advisory reasons let through: unflagged edits that only suggest a review.
  const suggested = scores.outcomes.filter((o) => !o.flagged && o.suggested);
  const suggestedRegressions = suggested.filter((o) => o.edit.kind !== 'benign').length;
  console.log(`  review suggested, not flagged (advisory reasons only: low-similarity, rule-replaced, whole rewrite): ${suggestedRegressions} regression(s), ${suggested.length - suggestedRegressions} benign`);
  for (const [kind, { flagged, total }] of Object.entries(scores.flaggedByKind)) {
    if (total === 0) continue;
    const named = scores.namedByKind[kind];
    const label = kind === 'benign' ? `false positives ${flagged}/${total}` : `flagged ${flagged}/${total}, own reason ${named?.named}/${named?.total}`;
    console.log(`    ${kind.padEnd(12)} ${label}`);
  }
  if (process.argv.includes('--figures-only')) return;
  for (const outcome of scores.outcomes) {
    const wrong = outcome.flagged === (outcome.edit.kind === 'benign');
    if (!wrong && !verbose) continue;
    console.log(`  ${wrong ? 'MISS' : 'ok  '} [${outcome.edit.kind}${outcome.edit.variant ? `/${outcome.edit.variant}` : ''}] ${outcome.score?.toFixed(3)} ${outcome.codes.join(',') || '-'}\n       ${outcome.edit.previous}\n    -> ${outcome.edit.next}`);
  }
}

async function main(argv: string[]): Promise<void> {
  const verbose = argv.includes('--verbose');
  const weights = argv.includes('--weighed') ? VERDICT_WEIGHTS : undefined;
  const score = (edits: readonly ClauseEdit[]): Promise<EditScores> => scoreClauseEdits(edits, weights);
  report('labelled set (developed against)', await score(CLAUSE_EDITS), verbose);
  report('held-out set (written afterwards, not tuned on)', await score(HELD_OUT_EDITS), verbose);
  if (argv.includes('--held-back')) {
    report('held-back set v1 of issue 11 (written before the statement detectors, never tuned on)', await score(HELD_BACK_EDITS), verbose);
    report('held-back set v2 of issue 11 (written after v1 was measured, never tuned on)', await score(HELD_BACK_EDITS_V2), verbose);
    if (argv.includes('--v3')) report('held-back set v3 of issue 11 (written after v2 was measured, never tuned on)', await score(HELD_BACK_EDITS_V3), verbose);
    if (argv.includes('--v4')) report('held-back set v4 of issue 11 (written blind on 2026-12-02, measured once, then read in round 2: tuning data)', await score(HELD_BACK_EDITS_V4), verbose);
    if (argv.includes('--v5')) report('held-back set v5 of issue 11 (written blind on 2026-12-02, measured once, then read in round 3: tuning data)', await score(HELD_BACK_EDITS_V5), verbose);
    if (argv.includes('--v6')) report('held-back set v6 of issue 11 (written blind on 2026-12-02, measured once, then read in round 4: tuning data)', await score(HELD_BACK_EDITS_V6), verbose);
    if (argv.includes('--v7')) report('held-back set v7 of issue 11 (written blind on 2026-12-02, measured once, then read in round 5: tuning data)', await score(HELD_BACK_EDITS_V7), verbose);
    if (argv.includes('--v8')) report('held-back set v8 of issue 11 (written blind on 2026-12-02, measured once, then read in round 6: tuning data)', await score(HELD_BACK_EDITS_V8), verbose);
    if (argv.includes('--v9')) report('held-back set v9 of issue 11 (written blind on 2026-12-02 without seeing the detectors; measured by the lead after round 5 and once after round 6)', await score(HELD_BACK_EDITS_V9), verbose);
    if (argv.includes('--v10')) report('held-back set v10 of issue 11 (written blind on 2026-12-02 without seeing the detectors, measured once by the lead after round 7)', await score(HELD_BACK_EDITS_V10), verbose);
    if (argv.includes('--v11')) report('held-back set v11 of issue 11 (written blind on 2026-12-02 without seeing the detectors, measured once by the lead after round 8)', await score(HELD_BACK_EDITS_V11), verbose);
    if (argv.includes('--v12')) report('held-back set v12 of issue 11 (written blind on 2026-12-02 without seeing the detectors, measured once by the lead after round 9; read in round 10)', await score(HELD_BACK_EDITS_V12), verbose);
    if (argv.includes('--v13')) report('held-back set v13 of issue 11 (written blind on 2026-12-02 without seeing the detectors, measured by the lead after rounds 9 and 10; read in round 11)', await score(HELD_BACK_EDITS_V13), verbose);
    if (argv.includes('--v14')) report('held-back set v14 of issue 11 (written blind on 2026-12-02 without seeing the detectors, measured by the lead after rounds 10 and 11; not read)', await score(HELD_BACK_EDITS_V14), verbose);
    if (argv.includes('--v15')) report('held-back set v15 of issue 11 (written blind on 2026-12-02 in session 8 without seeing the detectors, measured once by the lead after round 12; not read)', await score(HELD_BACK_EDITS_V15), verbose);
    if (argv.includes('--v16')) report('held-back set v16 of issue 11 (written blind on 2026-12-03 in session 9 without seeing the detectors, measured once by the lead; not read)', await score(HELD_BACK_EDITS_V16), verbose);
    if (argv.includes('--v17')) report('held-back set v17 of issue 11 (written blind on 2026-12-03 in session 9 (second set) without seeing the detectors, measured once by the lead; not read)', await score(HELD_BACK_EDITS_V17), verbose);
    if (argv.includes('--v18')) report('held-back set v18 of issue 11 (written blind on 2026-12-03 in session 9 (third set) without seeing the detectors, measured once by the lead; not read)', await score(HELD_BACK_EDITS_V18), verbose);
    if (argv.includes('--v19')) report('held-back set v19 of issue 11 (written blind on 2026-12-03 in session 10; measured blind with round 16, tuning data of rounds 17a-d)', await score(HELD_BACK_EDITS_V19), verbose);
    if (argv.includes('--v20')) report('held-back set v20 of issue 11 (written blind on 2026-12-03 in session 12; measured blind with rounds 16 and 17, tuning data from round 18)', await score(HELD_BACK_EDITS_V20), verbose);
    if (argv.includes('--v21')) report('held-back set v21 of issue 11 (written blind on 2026-12-03 in session 12, second set; measured blind by the lead with rounds 16 and 18; tuning data of rounds 19a-c)', await score(HELD_BACK_EDITS_V21), verbose);
    if (argv.includes('--v22')) report('held-back set v22 of issue 11 (written blind on 2026-12-03 in session 13 without seeing the detectors; measured once by the lead with rounds 18 and 19; not read)', await score(HELD_BACK_EDITS_V22), verbose);
    if (argv.includes('--v23')) report('held-back set v23 of issue 11 (written blind on 2026-12-03 in session 14 without seeing the detectors; measured by the lead with rounds 20 and 21; tuning data of rounds 22a-c)', await score(HELD_BACK_EDITS_V23), verbose);
    if (argv.includes('--v24')) report('held-back set v24 of issue 11 (written blind on 2026-12-03 in session 15 without seeing the detectors; measured by the lead with rounds 21 and 22; tuning data of rounds 23a-b)', await score(HELD_BACK_EDITS_V24), verbose);
    if (argv.includes('--v25')) report('held-back set v25 of issue 11 (written blind on 2026-12-04 in session 17 without seeing the detectors; measured by the lead with rounds 22 and 23; tuning data of rounds 24a-b)', await score(HELD_BACK_EDITS_V25), verbose);
    if (argv.includes('--v26')) report('held-back set v26 of issue 11 (written blind on 2026-12-04 in session 18 without seeing the detectors; measured by the lead with rounds 23 and 24; tuning data of rounds 25a-b)', await score(HELD_BACK_EDITS_V26), verbose);
    if (argv.includes('--v27')) report('held-back set v27 of issue 11 (written blind on 2026-12-04 in session 19 without seeing the detectors; measured by the lead with rounds 24 and 25; tuning data of rounds 26a-b)', await score(HELD_BACK_EDITS_V27), verbose);
    if (argv.includes('--v28')) report('held-back set v28 of issue 11 (written blind on 2026-12-05 in session 20 without seeing the detectors; measured by the lead before and after round 26; not read)', await score(HELD_BACK_EDITS_V28), verbose);
    if (argv.includes('--v29')) report('held-back set v29 of issue 11 (written blind on 2026-12-05 in session 20, second set, without seeing the detectors; measured by the lead before and after round 26; tuned on in round 27)', await score(HELD_BACK_EDITS_V29), verbose);
    if (argv.includes('--v30')) report('held-back set v30 of issue 11 (written blind on 2026-12-05 in session 21 without seeing the detectors; measured by the lead before and after round 27; released for tuning in session 22)', await score(HELD_BACK_EDITS_V30), verbose);
    if (argv.includes('--v31')) report('held-back set v31 of issue 11 (written blind on 2026-12-05 in session 21 second set, without seeing the detectors; measured by the lead before and after round 27; released for tuning in session 22)', await score(HELD_BACK_EDITS_V31), verbose);
    if (argv.includes('--v32')) report('held-back set v32 of issue 11 (written blind on 2026-12-05 in session 22 without seeing the detectors; measured blind in sessions 22 and 23, released for tuning in round 29)', await score(HELD_BACK_EDITS_V32), verbose);
    if (argv.includes('--v33')) report('held-back set v33 of issue 11 (written blind on 2026-12-05 in session 22 without seeing the detectors; measured blind in sessions 22 and 23, released for tuning in round 29)', await score(HELD_BACK_EDITS_V33), verbose);
    if (argv.includes('--v34')) report('held-back set v34 of issue 11 (written blind on 2026-12-05 in session 23 without seeing the detectors; measured blind twice in session 23, released for tuning in session 24 (round 30))', await score(HELD_BACK_EDITS_V34), verbose);
    if (argv.includes('--v35')) report('held-back set v35 of issue 11 (written blind on 2026-12-05 in session 23 without seeing the detectors; measured blind twice in session 23, released for tuning in session 24 (round 30))', await score(HELD_BACK_EDITS_V35), verbose);
    if (argv.includes('--v36')) report('held-back set v36 of issue 11 (written blind on 2026-12-05 in session 24 without seeing the detectors; measured blind at the start and end of session 24, released for tuning in session 25 (round 31))', await score(HELD_BACK_EDITS_V36), verbose);
    if (argv.includes('--v37')) report('held-back set v37 of issue 11 (written blind on 2026-12-05 in session 24 without seeing the detectors; measured blind at the start and end of session 24, released for tuning in session 25 (round 31))', await score(HELD_BACK_EDITS_V37), verbose);
    if (argv.includes('--v38')) report('held-back set v38 of issue 11 (written blind on 2026-12-05 in session 25 without seeing the detectors; measured blind at the start and end of session 25, released for tuning in session 26 (round 32))', await score(HELD_BACK_EDITS_V38), verbose);
    if (argv.includes('--v39')) report('held-back set v39 of issue 11 (written blind on 2026-12-05 in session 25 without seeing the detectors; measured blind at the start and end of session 25, released for tuning in session 26 (round 32))', await score(HELD_BACK_EDITS_V39), verbose);
    if (argv.includes('--v40')) report('held-back set v40 of issue 11 (written blind on 2026-12-05 in session 26 without seeing the detectors; measured blind at the start and end of session 26, released for tuning in session 27 (round 33))', await score(HELD_BACK_EDITS_V40), verbose);
    if (argv.includes('--v41')) report('held-back set v41 of issue 11 (written blind on 2026-12-05 in session 26 without seeing the detectors; measured blind at the start and end of session 26, released for tuning in session 27 (round 33))', await score(HELD_BACK_EDITS_V41), verbose);
    if (argv.includes('--v42')) report('held-back set v42 of issue 11 (written blind on 2026-12-05 in session 27 without seeing the detectors; measured blind at the start and end of session 27, released for tuning in session 28 (round 34))', await score(HELD_BACK_EDITS_V42), verbose);
    if (argv.includes('--v43')) report('held-back set v43 of issue 11 (written blind on 2026-12-05 in session 27 without seeing the detectors; measured blind at the start and end of session 27, released for tuning in session 28 (round 34))', await score(HELD_BACK_EDITS_V43), verbose);
    if (argv.includes('--v44')) report('held-back set v44 of issue 11 (written blind on 2026-12-05 in session 28 without seeing the detectors; measured blind at the start and end of session 28, released for tuning in session 29 (round 35))', await score(HELD_BACK_EDITS_V44), verbose);
    if (argv.includes('--v45')) report('held-back set v45 of issue 11 (written blind on 2026-12-05 in session 28 without seeing the detectors; measured blind at the start and end of session 28, released for tuning in session 29 (round 35))', await score(HELD_BACK_EDITS_V45), verbose);
    if (argv.includes('--v46')) report('held-back set v46 of issue 11 (written blind on 2026-12-06 in session 29 without seeing the detectors; measured blind at the start and end of session 29, released for tuning in session 30 (round 36))', await score(HELD_BACK_EDITS_V46), verbose);
    if (argv.includes('--v47')) report('held-back set v47 of issue 11 (written blind on 2026-12-06 in session 29 without seeing the detectors; measured blind at the start and end of session 29, released for tuning in session 30 (round 36))', await score(HELD_BACK_EDITS_V47), verbose);
    if (argv.includes('--v48')) report('held-back set v48 of issue 11 (written blind on 2026-12-06 in session 30 without seeing the detectors; measured blind at the start and end of session 30, released for tuning in session 31 (round 37))', await score(HELD_BACK_EDITS_V48), verbose);
    if (argv.includes('--v49')) report('held-back set v49 of issue 11 (written blind on 2026-12-06 in session 30 without seeing the detectors; measured blind at the start and end of session 30, released for tuning in session 31 (round 37))', await score(HELD_BACK_EDITS_V49), verbose);
    if (argv.includes('--v50')) report('held-back set v50 of issue 11 (written blind on 2026-12-06 in session 31 without seeing the detectors; measured blind at the start and end of session 31, released for tuning in session 32 (round 38))', await score(HELD_BACK_EDITS_V50), verbose);
    if (argv.includes('--v51')) report('held-back set v51 of issue 11 (written blind on 2026-12-06 in session 31 without seeing the detectors; measured blind at the start and end of session 31, released for tuning in session 32 (round 38))', await score(HELD_BACK_EDITS_V51), verbose);
    if (argv.includes('--v52')) report('held-back set v52 of issue 11 (written blind on 2026-12-06 in session 32 without seeing the detectors; measured blind at the start and end of session 32, released for tuning in session 33 (round 39))', await score(HELD_BACK_EDITS_V52), verbose);
    if (argv.includes('--v53')) report('held-back set v53 of issue 11 (written blind on 2026-12-06 in session 32 without seeing the detectors; measured blind at the start and end of session 32, released for tuning in session 33 (round 39))', await score(HELD_BACK_EDITS_V53), verbose);
    if (argv.includes('--v54')) report('held-back set v54 of issue 11 (written blind on 2026-12-06 in session 33 without seeing the detectors; measured blind at the start and end of session 33, released for tuning in session 34 (round 40))', await score(HELD_BACK_EDITS_V54), verbose);
    if (argv.includes('--v55')) report('held-back set v55 of issue 11 (written blind on 2026-12-06 in session 33 without seeing the detectors; measured blind at the start and end of session 33, released for tuning in session 34 (round 40))', await score(HELD_BACK_EDITS_V55), verbose);
    if (argv.includes('--v56')) report('held-back set v56 of issue 11 (written blind on 2026-12-06 in session 34 without seeing the detectors; measured blind at the start and end of session 34, released for tuning in session 35 (round 41))', await score(HELD_BACK_EDITS_V56), verbose);
    if (argv.includes('--v57')) report('held-back set v57 of issue 11 (written blind on 2026-12-06 in session 34 without seeing the detectors; measured blind at the start and end of session 34, released for tuning in session 35 (round 41))', await score(HELD_BACK_EDITS_V57), verbose);
    if (argv.includes('--v58')) report('held-back set v58 of issue 11 (written blind on 2026-12-06 in session 35 without seeing the detectors; measured blind at the start and end of session 35, released for tuning in session 36 (round 42))', await score(HELD_BACK_EDITS_V58), verbose);
    if (argv.includes('--v59')) report('held-back set v59 of issue 11 (written blind on 2026-12-06 in session 35 without seeing the detectors; measured blind at the start and end of session 35, released for tuning in session 36 (round 42))', await score(HELD_BACK_EDITS_V59), verbose);
    if (argv.includes('--v60')) report('held-back set v60 of issue 11 (written blind on 2026-12-07 in session 36 without seeing the detectors; measured blind at the start and end of session 36, released for tuning in session 37 (round 43))', await score(HELD_BACK_EDITS_V60), verbose);
    if (argv.includes('--v61')) report('held-back set v61 of issue 11 (written blind on 2026-12-07 in session 36 without seeing the detectors; measured blind at the start and end of session 36, released for tuning in session 37 (round 43))', await score(HELD_BACK_EDITS_V61), verbose);
    if (argv.includes('--v62')) report('held-back set v62 of issue 11 (written blind on 2026-12-07 in session 37 without seeing the detectors; measured blind at the start and end of session 37, released for tuning in session 38 (round 44))', await score(HELD_BACK_EDITS_V62), verbose);
    if (argv.includes('--v63')) report('held-back set v63 of issue 11 (written blind on 2026-12-07 in session 37 without seeing the detectors; measured blind at the start and end of session 37, released for tuning in session 38 (round 44))', await score(HELD_BACK_EDITS_V63), verbose);
    if (argv.includes('--v64')) report('held-back set v64 of issue 11 (written blind on 2026-12-07 in session 38 without seeing the detectors; measured blind at the start and end of session 38, released for tuning in session 39 (round 45))', await score(HELD_BACK_EDITS_V64), verbose);
    if (argv.includes('--v65')) report('held-back set v65 of issue 11 (written blind on 2026-12-07 in session 38 without seeing the detectors; measured blind at the start and end of session 38, released for tuning in session 39 (round 45))', await score(HELD_BACK_EDITS_V65), verbose);
    if (argv.includes('--v66')) report('held-back set v66 of issue 11 (written blind on 2026-12-07 in session 39 without seeing the detectors; measured blind at the start and end of session 39, released for tuning in session 40 (round 46))', await score(HELD_BACK_EDITS_V66), verbose);
    if (argv.includes('--v67')) report('held-back set v67 of issue 11 (written blind on 2026-12-07 in session 39 without seeing the detectors; measured blind at the start and end of session 39, released for tuning in session 40 (round 46))', await score(HELD_BACK_EDITS_V67), verbose);
    if (argv.includes('--v68')) report('held-back set v68 of issue 11 (written blind on 2026-12-07 in session 40 without seeing the detectors; measured blind at the start and end of session 40, released for tuning in session 41 (round 47))', await score(HELD_BACK_EDITS_V68), verbose);
    if (argv.includes('--v69')) report('held-back set v69 of issue 11 (written blind on 2026-12-07 in session 40 without seeing the detectors; measured blind at the start and end of session 40, released for tuning in session 41 (round 47))', await score(HELD_BACK_EDITS_V69), verbose);
    if (argv.includes('--v70')) report('held-back set v70 of issue 11 (written blind on 2026-12-07 in session 41 without seeing the detectors; measured blind at the start and end of session 41, released for tuning in session 42 (round 48))', await score(HELD_BACK_EDITS_V70), verbose);
    if (argv.includes('--v71')) report('held-back set v71 of issue 11 (written blind on 2026-12-07 in session 41 without seeing the detectors; measured blind at the start and end of session 41, released for tuning in session 42 (round 48))', await score(HELD_BACK_EDITS_V71), verbose);
    if (argv.includes('--v72')) report('held-back set v72 of issue 11 (written blind on 2026-12-07 in session 42 without seeing the detectors; not yet measured)', await score(HELD_BACK_EDITS_V72), verbose);
    if (argv.includes('--v73')) report('held-back set v73 of issue 11 (written blind on 2026-12-07 in session 42 without seeing the detectors; not yet measured)', await score(HELD_BACK_EDITS_V73), verbose);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main(process.argv.slice(2));
