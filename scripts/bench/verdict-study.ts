// The verdict as a whole, measured as a blind set measures it (issue 11, rounds 28c and 29c): dumps
// the signals the verdict assembly sees for every labelled edit of the tuning set and v4-v71, counts
// each code's benign and regression firings per set, then, for each set v20-v71 in turn, chooses a
// verdict rule on all the other sets and measures it on the one left out.
//
//   node scripts/bench/verdict-study.ts [--signals FILE | --dump FILE] [--min-recall 0.95 | --recall-margin 0.01 | --per-set-drop 0.02] [--shipped-only]
//
// `--dump FILE` writes the signals after running the guard (a few minutes); `--signals FILE` reads
// such a file instead of running the guard. Sets still blind are never read (_verdict-signals.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { dumpSignals, type EditSignals } from './_verdict-signals.ts';
import { COMBINER_READS, RECALL_FLOORS } from './verdict-fit.ts';
import {
  bySet,
  choosePerCodeRule,
  chooseLogisticRule,
  chooseFloorRule,
  CODES_AND_SIGNALS,
  fitVerdictWeights,
  shippedVerdict,
  floorVerdict,
  figuresOf,
  flaggingCodes,
  isRegression,
  logisticVerdict,
  describeFloor,
  recallCheck,
  type RecallFloor,
  perCodeVerdict,
  todaysRule,
  type SetFigures,
  type Verdict,
} from './_verdict-rules.ts';

/** The sets left out in turn: the blind sets measured since round 17, all released now (the tuning set is always trained on). */
export const LEFT_OUT_SETS = ['v20', 'v21', 'v22', 'v23', 'v24', 'v25', 'v26', 'v27', 'v28', 'v29', 'v30', 'v31', 'v32', 'v33', 'v34', 'v35', 'v36', 'v37', 'v38', 'v39', 'v40', 'v41', 'v42', 'v43', 'v44', 'v45', 'v46', 'v47', 'v48', 'v49', 'v50', 'v51', 'v52', 'v53', 'v54', 'v55', 'v56', 'v57', 'v58', 'v59', 'v60', 'v61', 'v62', 'v63', 'v64', 'v65', 'v66', 'v67', 'v68', 'v69', 'v70', 'v71'];

export interface Method {
  name: string;
  /** Chooses the rule on the training edits. */
  choose: (train: readonly EditSignals[]) => { verdict: Verdict; describe: string };
}

export function methods(floor: RecallFloor): Method[] {
  const at = (train: readonly EditSignals[]) => recallCheck(train, floor);
  return [
    { name: '(a) today', choose: () => ({ verdict: todaysRule, describe: 'any flagging code flags' }) },
    {
      name: '(b) per code',
      choose: (train) => {
        const rule = choosePerCodeRule(train, false, at(train));
        return { verdict: perCodeVerdict(rule), describe: `share ${rule.share} support ${rule.support}: ${rule.advisoryAlone.join(', ') || 'none'}` };
      },
    },
    {
      name: '(b2) per reading',
      choose: (train) => {
        const rule = choosePerCodeRule(train, true, at(train));
        return { verdict: perCodeVerdict(rule), describe: `share ${rule.share} support ${rule.support}: ${rule.advisoryAlone.length} readings` };
      },
    },
    ...(['all', 'no-size', 'score-and-count'] as const).map((featureSet): Method => ({
      name: `(c) logistic, ${featureSet}`,
      choose: (train) => {
        const rule = chooseLogisticRule(train, at(train), featureSet);
        return { verdict: logisticVerdict(rule), describe: `threshold ${rule.threshold.toFixed(3)}` };
      },
    })),
    {
      name: '(c) codes and signals',
      choose: (train) => {
        const weights = fitVerdictWeights(train, at(train), '', CODES_AND_SIGNALS);
        return { verdict: shippedVerdict(weights), describe: `threshold ${weights.threshold}, ${Object.keys(weights.codes).length} codes weighed` };
      },
    },
    {
      name: '(c) shipped form',
      choose: (train) => {
        const weights = fitVerdictWeights(train, at(train), '', COMBINER_READS);
        return { verdict: shippedVerdict(weights), describe: `threshold ${weights.threshold}, ${Object.keys(weights.codes).length} codes weighed, ${Object.keys(weights.edit ?? {}).length} features of the edit, ${Object.keys(weights.readings ?? {}).length} readings` };
      },
    },
    {
      name: '(d) similarity floor',
      choose: (train) => {
        const rule = chooseFloorRule(at(train));
        return { verdict: floorVerdict(rule), describe: `floor ${rule.floor}` };
      },
    },
  ];
}

/** Leave-one-set-out: each left-out set measured by the rule chosen on every other set. */
export function leaveOneSetOut(signals: readonly EditSignals[], method: Method, leftOut = LEFT_OUT_SETS): Array<SetFigures & { describe: string }> {
  const sets = bySet(signals);
  return leftOut.map((name) => {
    const train = signals.filter((edit) => edit.set !== name);
    const { verdict, describe } = method.choose(train);
    return { ...figuresOf(name, sets.get(name) ?? [], verdict), describe };
  });
}

const f3 = (value: number) => value.toFixed(3);

function codeTable(signals: readonly EditSignals[]): string[] {
  const groups: Array<[string, (set: string) => boolean]> = [
    ['tuning', (set) => set === 'tuning'],
    ['v4-v19', (set) => /^v([4-9]|1\d)$/.test(set)],
    ...LEFT_OUT_SETS.map((name): [string, (set: string) => boolean] => [name, (set) => set === name]),
  ];
  const codes = new Map<string, Map<string, { b: number; r: number; bl: number; rl: number }>>();
  for (const edit of signals) {
    if (!edit.flagged) continue;
    const group = groups.find(([, test]) => test(edit.set))?.[0];
    if (!group) continue;
    const fired = flaggingCodes(edit);
    for (const code of fired) {
      const perGroup = codes.get(code) ?? new Map();
      const cell = perGroup.get(group) ?? { b: 0, r: 0, bl: 0, rl: 0 };
      if (isRegression(edit)) {
        cell.r++;
        if (fired.length === 1) cell.rl++;
      } else {
        cell.b++;
        if (fired.length === 1) cell.bl++;
      }
      perGroup.set(group, cell);
      codes.set(code, perGroup);
    }
  }
  const lines = [
    `| code | ${groups.map(([name]) => name).join(' | ')} | ${LEFT_OUT_SETS[0]}-${LEFT_OUT_SETS.at(-1)} |`,
    `|---|${groups.map(() => '---').join('|')}|---|`,
  ];
  const total = (perGroup: Map<string, { b: number; r: number; bl: number; rl: number }>, names: string[]) =>
    names.reduce((sum, name) => {
      const cell = perGroup.get(name);
      return cell ? { b: sum.b + cell.b, r: sum.r + cell.r, bl: sum.bl + cell.bl, rl: sum.rl + cell.rl } : sum;
    }, { b: 0, r: 0, bl: 0, rl: 0 });
  const rows = [...codes].map(([code, perGroup]) => ({ code, perGroup, all: total(perGroup, LEFT_OUT_SETS) }));
  rows.sort((x, y) => y.all.b / Math.max(1, y.all.b + y.all.r) - x.all.b / Math.max(1, x.all.b + x.all.r) || y.all.b - x.all.b);
  for (const { code, perGroup, all } of rows) {
    const cells = groups.map(([name]) => {
      const cell = perGroup.get(name);
      return cell ? `${cell.b}(${cell.bl}) / ${cell.r}(${cell.rl})` : '';
    });
    lines.push(`| \`${code}\` | ${cells.join(' | ')} | ${all.b}(${all.bl}) / ${all.r}(${all.rl}) |`);
  }
  return lines;
}

function studyTable(results: Array<{ method: string; rows: Array<SetFigures & { describe: string }> }>): string[] {
  const lines = [`| set | ${results.map(({ method }) => `${method}: P / R / FFR (caught, benign flagged)`).join(' | ')} |`, `|---|${results.map(() => '---').join('|')}|`];
  const names = results[0]?.rows.map((row) => row.set) ?? [];
  for (const [i, name] of names.entries()) {
    lines.push(`| ${name} | ${results.map(({ rows }) => {
      const row = rows[i]!;
      return `${f3(row.precision)} / ${f3(row.recall)} / ${f3(row.falseFlagRate)} (${row.caught}/${row.regressions}, ${row.benignFlagged}/${row.benign})`;
    }).join(' | ')} |`);
  }
  const mean = (rows: SetFigures[], pick: (row: SetFigures) => number) => rows.reduce((sum, row) => sum + pick(row), 0) / rows.length;
  lines.push(`| mean | ${results.map(({ rows }) => `${f3(mean(rows, (row) => row.precision))} / ${f3(mean(rows, (row) => row.recall))} / ${f3(mean(rows, (row) => row.falseFlagRate))} (${rows.reduce((s, r) => s + r.caught, 0)}, ${rows.reduce((s, r) => s + r.benignFlagged, 0)})`).join(' | ')} |`);
  lines.push(`| min recall | ${results.map(({ rows }) => f3(Math.min(...rows.map((row) => row.recall)))).join(' | ')} |`);
  return lines;
}

async function main(argv: string[]): Promise<void> {
  const option = (name: string) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const from = option('--signals');
  const margin = option('--recall-margin');
  const drop = option('--per-set-drop');
  // A drop per set keeps the fit's floors too (the tuning set's 0.95), as `npm run fit:verdict` does.
  const floor: RecallFloor = drop !== undefined ? { perSetDrop: Number(drop), floors: RECALL_FLOORS } : margin !== undefined ? { margin: Number(margin) } : { floor: Number(option('--min-recall') ?? '0.95') };
  const signals: EditSignals[] = from
    ? (JSON.parse(readFileSync(from, 'utf8')) as EditSignals[])
    : await dumpSignals(undefined, (name) => process.stderr.write(`${name} `));
  const to = option('--dump');
  if (to) writeFileSync(to, `${JSON.stringify(signals)}\n`);
  console.log(`## Firings per flagging code: benign (alone) / regressions (alone), edits today's rule flags\n`);
  for (const line of codeTable(signals)) console.log(line);
  console.log(`\n## Leave one set out (rules chosen on every other set, ${describeFloor(floor)})\n`);
  // `--shipped-only`: today's rule against the weighing of the codes and signals and the shipped form alone (the other methods take most of the time).
  const chosen = argv.includes('--shipped-only') ? methods(floor).filter((method) => method.name === '(a) today' || method.name.startsWith('(c) codes') || method.name === '(c) shipped form') : methods(floor);
  const results = chosen.map((method) => ({ method: method.name, rows: leaveOneSetOut(signals, method) }));
  for (const line of studyTable(results)) console.log(line);
  console.log('\nRules chosen per left-out set:');
  for (const { method, rows } of results) for (const row of rows) console.log(`  ${method} without ${row.set}: ${row.describe}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main(process.argv.slice(2));
