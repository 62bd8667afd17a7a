import { describe, expect, it } from 'vitest';
import { createBuiltinEmbedder } from '../guard/builtin-embedder.ts';
import { CLAUSE_EDITS } from '../guard/clause-edits.fixture.ts';
import { evaluateClauseChange, type ClauseChangeEvaluation } from '../guard/evaluate-clause-change.ts';
import { createWordNetLexicon } from '../guard/wordnet-lexicon-fs.ts';
import { configSchema } from '../schema/config.ts';
import { startGuardThread, type GuardTask } from './guard-thread-fs.ts';

// A bulk clause change's guard work is shared with another thread: every change must get the
// evaluation it gets in this thread alone, whichever thread made it and whatever went wrong.
const config = configSchema.parse({ guard: { threshold: 0.8, clauses: { 'rules/edit-3': { threshold: 0.95 } } } });
const embedder = createBuiltinEmbedder();
// The dictionary the thread opens and the hook's own path hands in (audits.ts): readings and the
// weighing's features read it, so an evaluation without it is not the one the hook makes.
const lexicon = createWordNetLexicon();
const tasks: GuardTask[] = [
  ...CLAUSE_EDITS.slice(0, 40).map((edit, i) => ({ clauseId: `rules/edit-${i}`, previous: edit.previous, next: edit.next, declaredTone: edit.tone ?? null })),
  { clauseId: 'rules/added', previous: null, next: 'Always confirm the order number.', declaredTone: 'formal' },
  { clauseId: 'rules/deleted', previous: 'Never share account numbers.', next: null, declaredTone: null },
];
const here = (task: GuardTask) => evaluateClauseChange({ ...task, config, embedder, judge: null, lexicon });
const alone = async (list: GuardTask[]): Promise<ClauseChangeEvaluation[]> => {
  const out: ClauseChangeEvaluation[] = [];
  for (const task of list) out.push(await here(task));
  return out;
};

describe('the guard shared with another thread', () => {
  it('gives every change handed over the evaluation this thread gives it, the thread having made them all', async () => {
    const shared = startGuardThread(tasks, config, { editsAtLeast: 1, cores: 2 })!;
    expect(shared).toBeDefined();
    // Waiting for the thread first leaves it every change: each evaluation below is the thread's.
    expect(await shared.threadDone).toBe(tasks.length);
    let calls = 0;
    const needed = tasks.map((task, index) => ({ index, task }));
    const results = await shared.evaluate(needed, (task) => {
      calls++;
      return here(task);
    });
    expect(calls).toBe(0);
    expect(results).toEqual(await alone(tasks));
  });

  it('evaluates here a change whose texts differ from those handed over, and one never handed over', async () => {
    const shared = startGuardThread(tasks, config, { editsAtLeast: 1, cores: 2 })!;
    await shared.threadDone;
    const changed = { ...tasks[5]!, previous: 'Refunds are issued within 14 days.' };
    const extra: GuardTask = { clauseId: 'rules/extra', previous: 'Always log the call.', next: 'Log the call when asked.', declaredTone: null };
    const evaluatedHere: string[] = [];
    const needed = [{ index: 0, task: tasks[0]! }, { index: 5, task: changed }, { index: -1, task: extra }, { index: 7, task: tasks[7]! }];
    const results = await shared.evaluate(needed, (task) => {
      evaluatedHere.push(task.clauseId);
      return here(task);
    });
    expect(evaluatedHere).toEqual(['rules/edit-5', 'rules/extra']);
    expect(results).toEqual(await alone(needed.map(({ task }) => task)));
  });

  it('evaluates here whatever a thread stopped before it answered left undone', async () => {
    const shared = startGuardThread(tasks, config, { editsAtLeast: 1, cores: 2 })!;
    shared.close();
    const needed = tasks.map((task, index) => ({ index, task }));
    expect(await shared.evaluate(needed, here)).toEqual(await alone(tasks));
  });

  it('starts no thread for a few edits, on one core, or with a remote embedder or a judge', () => {
    expect(startGuardThread(tasks, config, { cores: 2 })).toBeUndefined();
    expect(startGuardThread(tasks, config, { editsAtLeast: 1, cores: 1 })).toBeUndefined();
    const remote = configSchema.parse({ guard: { embedder: { kind: 'openai', base_url: 'http://127.0.0.1:9/v1', model: 'm' } } });
    expect(startGuardThread(tasks, remote, { editsAtLeast: 1, cores: 2 })).toBeUndefined();
    const judged = configSchema.parse({ guard: { judge: { kind: 'openai', base_url: 'http://127.0.0.1:9/v1', model: 'm' } } });
    expect(startGuardThread(tasks, judged, { editsAtLeast: 1, cores: 2 })).toBeUndefined();
  });

  it('starts no thread for clauses whose text is unchanged (moved, or given other ids by new codex globs): no edit to read', () => {
    const unchanged = CLAUSE_EDITS.slice(0, 3).map((edit, i) => ({ clauseId: `rules/moved-${i}`, previous: edit.previous, next: edit.previous, declaredTone: null }));
    expect(startGuardThread(unchanged, config, { editsAtLeast: 1, cores: 2 })).toBeUndefined();
    const shared = startGuardThread([...unchanged, tasks[0]!], config, { editsAtLeast: 1, cores: 2 });
    expect(shared).toBeDefined();
    shared!.close();
  });
});
