// The verdict's candidates of round 33c, compared by the sets left out under the rule declared in
// guard HISTORY ("Session 27, guard33c") before any was measured: for each set v20-v41, each
// candidate fitted on every other set (threshold chosen there by verdict-fit.ts's floors), measured
// on the one left out.
//
//   node scripts/bench/verdict-candidates.ts --signals FILE [--only A,D] [--rounds 100,400]
//
// `--rounds` adds (D) with other numbers of stumps, to see how much the fixed knob matters (measured,
// never chosen: the rule fixed it before measuring).
//
// FILE is verdict-study.ts's `--dump` of this guard's signals (the whole change's features among
// each edit's, since round 33c), so one dump serves every candidate.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ALWAYS_FLAGGING, editFeatureOf, SIGNALS, signalValues, WEIGHED_FROM_SCORE, type SignalName } from '../lib/guard/verdict-weights.ts';
import { EDIT_FEATURES } from '../lib/guard/_edit-features.ts';
import { REASON_FEATURES } from '../lib/guard/_reason-features.ts';
import { WHOLE_EDIT_FEATURES } from '../lib/guard/_whole-edit-features.ts';
import { CONSTRAINT_SETS, type EditSignals } from './_verdict-signals.ts';
import { bySet, editToWeigh, figuresOf, fitLogistic, isRegression, MIN_FIRINGS_FOR_WEIGHT, recallCheck, todaysRule, weighedCodes, type Verdict } from './_verdict-rules.ts';
import { fitStumps, stumpScore, type StumpKnobs } from './_verdict-stumps.ts';
import { PER_SET_RECALL_DROP, RECALL_FLOORS, VERDICT_STUMPS } from './verdict-fit.ts';
import { LEFT_OUT_SETS } from './verdict-study.ts';

const INTERACTION_FIRINGS = 30;

interface Candidate {
  name: string;
  model: 'logistic' | 'stumps';
  whole: boolean;
  interactions: boolean;
  certainWeighed: boolean;
  /** By-design codes weighed as codes instead. */
  weighedByDesign: readonly string[];
  /** The stumps' knobs (model 'stumps'). */
  knobs?: StumpKnobs;
}

export const CANDIDATES: readonly Candidate[] = [
  { name: 'A', model: 'logistic', whole: false, interactions: false, certainWeighed: false, weighedByDesign: [] },
  { name: 'B', model: 'logistic', whole: true, interactions: false, certainWeighed: false, weighedByDesign: [] },
  { name: 'C', model: 'logistic', whole: false, interactions: true, certainWeighed: false, weighedByDesign: [] },
  { name: 'D', model: 'stumps', whole: true, interactions: false, certainWeighed: false, weighedByDesign: [], knobs: VERDICT_STUMPS },
  { name: 'E1', model: 'logistic', whole: false, interactions: false, certainWeighed: true, weighedByDesign: [] },
  { name: 'E2', model: 'logistic', whole: false, interactions: false, certainWeighed: false, weighedByDesign: ['number-changed', 'requirement-removed'] },
  // Declared after (D) won, before these were measured (HISTORY.md, round 33c's second rule): the gates under the stumps.
  { name: 'E1s', model: 'stumps', whole: true, interactions: false, certainWeighed: true, weighedByDesign: [], knobs: VERDICT_STUMPS },
  { name: 'E2s', model: 'stumps', whole: true, interactions: false, certainWeighed: false, weighedByDesign: ['number-changed', 'requirement-removed'], knobs: VERDICT_STUMPS },
];

type Gate = 'flag' | 'weigh';

function gateOf(candidate: Candidate, edit: EditSignals, known: ReadonlySet<string>): Gate {
  const codes = weighedCodes(edit);
  if (codes.length === 0) return 'flag';
  if (codes.some((code) => ALWAYS_FLAGGING.has(code) && !candidate.weighedByDesign.includes(code))) return 'flag';
  if (edit.certain && !candidate.certainWeighed) return 'flag';
  if ((edit.changedScore ?? 1) < WEIGHED_FROM_SCORE) return 'flag';
  return codes.every((code) => known.has(code)) ? 'weigh' : 'flag';
}

const SIGNAL_NAMES = Object.keys(SIGNALS) as SignalName[];
const EDIT_NAMES = [...Object.keys(EDIT_FEATURES), ...Object.keys(REASON_FEATURES)];

/** Fit a candidate on `train` and return its verdict. */
export function fitCandidate(candidate: Candidate, train: readonly EditSignals[]): { verdict: Verdict; describe: string } {
  const counts = new Map<string, number>();
  for (const edit of train) if (edit.flagged && !CONSTRAINT_SETS.has(edit.set)) for (const code of weighedCodes(edit)) counts.set(code, (counts.get(code) ?? 0) + 1);
  const codes = [...counts].filter(([code, count]) => count >= MIN_FIRINGS_FOR_WEIGHT && (!ALWAYS_FLAGGING.has(code) || candidate.weighedByDesign.includes(code))).map(([code]) => code).sort();
  const known = new Set(codes);
  const weighable = train.filter((edit) => edit.flagged && !CONSTRAINT_SETS.has(edit.set) && gateOf(candidate, edit, known) === 'weigh');
  const weighableCounts = new Map<string, number>();
  for (const edit of weighable) for (const code of weighedCodes(edit)) weighableCounts.set(code, (weighableCounts.get(code) ?? 0) + 1);
  const crossed = candidate.interactions ? codes.filter((code) => (weighableCounts.get(code) ?? 0) >= INTERACTION_FIRINGS) : [];
  const names = [
    ...codes,
    ...SIGNAL_NAMES,
    ...EDIT_NAMES,
    ...(candidate.whole ? Object.keys(WHOLE_EDIT_FEATURES) : []),
    ...(candidate.certainWeighed ? ['certain reading'] : []),
    ...crossed.flatMap((code) => [`${code} x share changed`, `${code} x several stretches`]),
  ];
  const row = (edit: EditSignals): number[] => {
    const fired = new Set(weighedCodes(edit));
    const weighed = editToWeigh(edit);
    const values = signalValues(weighed);
    const featureOf = editFeatureOf(weighed);
    return [
      ...codes.map((code) => (fired.has(code) ? 1 : 0)),
      ...SIGNAL_NAMES.map((name) => values[name]),
      ...EDIT_NAMES.map(featureOf),
      ...(candidate.whole ? Object.keys(WHOLE_EDIT_FEATURES).map(featureOf) : []),
      ...(candidate.certainWeighed ? [edit.certain ? 1 : 0] : []),
      ...crossed.flatMap((code) => (fired.has(code) ? [featureOf('share changed'), featureOf('several stretches')] : [0, 0])),
    ];
  };
  const setSizes = new Map<string, number>();
  for (const edit of weighable) setSizes.set(edit.set, (setSizes.get(edit.set) ?? 0) + 1);
  const xs = weighable.map(row);
  const ys = weighable.map((edit) => (isRegression(edit) ? 1 : 0));
  const ws = weighable.map((edit) => 100 / setSizes.get(edit.set)!);
  let scoreOf: (edit: EditSignals) => number;
  if (candidate.model === 'logistic') {
    const { w, bias } = fitLogistic(xs, ys, ws, 1);
    scoreOf = (edit) => row(edit).reduce((sum, v, k) => sum + v * w[k]!, bias);
  } else {
    const ensemble = fitStumps(names, xs, ys, ws, candidate.knobs ?? VERDICT_STUMPS);
    const index = new Map(names.map((name, i) => [name, i] as const));
    scoreOf = (edit) => {
      const x = row(edit);
      return stumpScore(ensemble, (name) => x[index.get(name)!]!);
    };
  }
  const weighOf = (edit: EditSignals): number | null => (edit.flagged && gateOf(candidate, edit, known) === 'weigh' ? scoreOf(edit) : null);
  const scores = new Map<EditSignals, number>();
  for (const edit of train) {
    const score = weighOf(edit);
    if (score !== null) scores.set(edit, score);
  }
  const keeps = recallCheck(train, { perSetDrop: PER_SET_RECALL_DROP, floors: RECALL_FLOORS });
  const candidates = [...new Set(scores.values())].sort((a, b) => b - a);
  const at = (threshold: number): Verdict => (edit) => edit.flagged && (!scores.has(edit) || scores.get(edit)! >= threshold);
  // Recall only grows as the threshold falls: the highest that keeps it, by bisection.
  let lo = 0;
  let hi = candidates.length - 1;
  if (candidates.length === 0 || !keeps(at(candidates[hi]!))) return { verdict: todaysRule, describe: 'no threshold keeps the floors' };
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keeps(at(candidates[mid]!))) hi = mid;
    else lo = mid + 1;
  }
  const threshold = (candidates[lo]! + (candidates[lo + 1] ?? candidates[lo]! - 1)) / 2;
  return {
    verdict: (edit) => {
      if (!edit.flagged) return false;
      const score = weighOf(edit);
      return score === null || score >= threshold;
    },
    describe: `${names.length} features, ${weighable.length} weighable, threshold ${threshold.toFixed(3)}`,
  };
}

async function main(argv: string[]): Promise<void> {
  const from = argv[argv.indexOf('--signals') + 1]!;
  const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1]!.split(',') : null;
  const signals = JSON.parse(readFileSync(from, 'utf8')) as EditSignals[];
  const sets = bySet(signals);
  const rounds = argv.includes('--rounds') ? argv[argv.indexOf('--rounds') + 1]!.split(',').map(Number) : [];
  const variants = rounds.map((count): Candidate => ({ ...CANDIDATES.find((candidate) => candidate.name === 'D')!, name: `D${count}`, knobs: { ...VERDICT_STUMPS, rounds: count } }));
  const chosen = [...CANDIDATES.filter((candidate) => !only || only.includes(candidate.name)), ...variants];
  const rows = new Map<string, Array<{ set: string; caught: number; regressions: number; benignFlagged: number; benign: number; today: number }>>();
  for (const candidate of chosen) {
    const list = [];
    for (const name of LEFT_OUT_SETS) {
      const train = signals.filter((edit) => edit.set !== name);
      const { verdict, describe } = fitCandidate(candidate, train);
      const figures = figuresOf(name, sets.get(name) ?? [], verdict);
      const today = figuresOf(name, sets.get(name) ?? [], todaysRule);
      list.push({ set: name, caught: figures.caught, regressions: figures.regressions, benignFlagged: figures.benignFlagged, benign: figures.benign, today: today.caught });
      process.stderr.write(`${candidate.name} ${name}: ${describe}\n`);
    }
    rows.set(candidate.name, list);
  }
  console.log(`| set | codes' rule (caught, benign flagged) | ${chosen.map((c) => c.name).join(' | ')} |`);
  console.log(`|---|---|${chosen.map(() => '---').join('|')}|`);
  for (const [i, name] of LEFT_OUT_SETS.entries()) {
    const today = figuresOf(name, sets.get(name) ?? [], todaysRule);
    console.log(`| ${name} | ${today.caught}/${today.regressions}, ${today.benignFlagged}/${today.benign} | ${chosen.map((c) => { const r = rows.get(c.name)![i]!; return `${r.caught}, ${r.benignFlagged}${r.caught < r.today - PER_SET_RECALL_DROP * r.regressions - 1e-9 ? ' (!)' : ''}`; }).join(' | ')} |`);
  }
  const sum = (list: Array<{ caught: number; benignFlagged: number }>) => list.reduce((s, r) => ({ caught: s.caught + r.caught, benignFlagged: s.benignFlagged + r.benignFlagged }), { caught: 0, benignFlagged: 0 });
  const todaySum = LEFT_OUT_SETS.reduce((s, name) => { const f = figuresOf(name, sets.get(name) ?? [], todaysRule); return { caught: s.caught + f.caught, benignFlagged: s.benignFlagged + f.benignFlagged }; }, { caught: 0, benignFlagged: 0 });
  console.log(`| summed | ${todaySum.caught}, ${todaySum.benignFlagged} | ${chosen.map((c) => { const s = sum(rows.get(c.name)!); return `**${s.caught}, ${s.benignFlagged}**`; }).join(' | ')} |`);
  console.log(`| sets below the codes' rule less 0.02 | | ${chosen.map((c) => rows.get(c.name)!.filter((r) => r.caught < r.today - PER_SET_RECALL_DROP * r.regressions - 1e-9).length).join(' | ')} |`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main(process.argv.slice(2));
