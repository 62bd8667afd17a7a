// Precision and recall of `regression_flag` on the hand-labelled clause edits, with the builtin
// embedder and the default configuration (positive = a regression).
//
//   node scripts/bench/clause-edits.ts [--verbose]
import { pathToFileURL } from 'node:url';
import { evaluateClauseChange } from '../lib/guard/evaluate-clause-change.ts';
import { createBuiltinEmbedder } from '../lib/guard/builtin-embedder.ts';
import { CLAUSE_EDITS, EDIT_KINDS, type ClauseEdit } from '../lib/guard/clause-edits.fixture.ts';
import { configSchema } from '../lib/schema/config.ts';

export interface EditOutcome {
  edit: ClauseEdit;
  flagged: boolean;
  codes: string[];
  score: number | null;
}

export interface EditScores {
  total: number;
  precision: number;
  recall: number;
  /** Share of each kind flagged (for `benign`, the false-positive rate). */
  flaggedByKind: Record<string, { flagged: number; total: number }>;
  outcomes: EditOutcome[];
}

/** Run the guard over every labelled edit. */
export async function scoreClauseEdits(edits: readonly ClauseEdit[] = CLAUSE_EDITS): Promise<EditScores> {
  const config = configSchema.parse({});
  const embedder = createBuiltinEmbedder();
  const outcomes: EditOutcome[] = [];
  for (const [i, edit] of edits.entries()) {
    const result = await evaluateClauseChange({
      clauseId: `fixture/${i}`,
      previous: edit.previous,
      next: edit.next,
      declaredTone: edit.tone ?? null,
      config,
      embedder,
    });
    outcomes.push({ edit, flagged: result.regression_flag, codes: result.reasons.map((r) => r.code), score: result.similarity?.score ?? null });
  }
  const tp = outcomes.filter((o) => o.flagged && o.edit.kind !== 'benign').length;
  const fp = outcomes.filter((o) => o.flagged && o.edit.kind === 'benign').length;
  const positives = outcomes.filter((o) => o.edit.kind !== 'benign').length;
  const flaggedByKind: EditScores['flaggedByKind'] = {};
  for (const kind of EDIT_KINDS) {
    const ofKind = outcomes.filter((o) => o.edit.kind === kind);
    flaggedByKind[kind] = { flagged: ofKind.filter((o) => o.flagged).length, total: ofKind.length };
  }
  return { total: outcomes.length, precision: tp / (tp + fp), recall: tp / positives, flaggedByKind, outcomes };
}

async function main(argv: string[]): Promise<void> {
  const scores = await scoreClauseEdits();
  console.log(`clause edits: ${scores.total} (${scores.flaggedByKind.benign?.total} benign)`);
  console.log(`regression_flag precision ${scores.precision.toFixed(3)}  recall ${scores.recall.toFixed(3)}`);
  for (const [kind, { flagged, total }] of Object.entries(scores.flaggedByKind)) {
    const label = kind === 'benign' ? 'false positives' : 'recall';
    console.log(`  ${kind.padEnd(12)} ${label} ${flagged}/${total}`);
  }
  for (const outcome of scores.outcomes) {
    const wrong = outcome.flagged === (outcome.edit.kind === 'benign');
    if (!wrong && !argv.includes('--verbose')) continue;
    console.log(`${wrong ? 'MISS' : 'ok  '} [${outcome.edit.kind}] ${outcome.score?.toFixed(3)} ${outcome.codes.join(',') || '-'}\n     ${outcome.edit.previous}\n  -> ${outcome.edit.next}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main(process.argv.slice(2));
