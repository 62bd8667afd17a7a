// The optional LLM judge of a clause edit: the question it is asked and how its answer is read.
// Pure: the HTTP client is openai-judge.ts, the cache judge-cache-fs.ts.

/** What the judge says the new clause does to the old one. */
export type JudgeVerdictKind = 'weakens' | 'strengthens' | 'keeps';

/** A judge's answer as recorded in the audit. */
export interface JudgeVerdict {
  /** Provider id, e.g. `openai`. */
  judge: string;
  model: string;
  /** Version of the question asked (JUDGE_PROMPT_VERSION), so changed wording never reuses old answers. */
  prompt_version: string;
  verdict: JudgeVerdictKind;
  /** The judge's one-line reason. */
  reason: string;
}

/** Asks whether an edit weakens, strengthens or keeps a rule. */
export interface Judge {
  id: string;
  model: string;
  judge(previous: string, next: string): Promise<JudgeVerdict>;
}

/** Bump whenever the messages below change: cached and recorded verdicts name the version they answered. */
export const JUDGE_PROMPT_VERSION = 'clause-judge-v1';

const SYSTEM = [
  'You review edits to policy rules ("clauses") that AI assistants must follow.',
  'Compare the OLD and NEW clause. Decide whether NEW weakens OLD (it obliges less, forbids less, permits more,',
  'covers fewer cases or people, adds a condition, exception or hedge, changes an order, number or role in a way',
  'that makes the rule easier to satisfy or lets something through that OLD did not), strengthens it (stricter,',
  'broader, more emphatic), or keeps it (same requirements in other words).',
  'A change that is partly weaker is "weakens".',
  'Answer with JSON only: {"verdict": "weakens" | "strengthens" | "keeps", "reason": "<one line quoting the words that changed>"}',
].join(' ');

/** The chat messages sent for one edit. */
export function judgeMessages(previous: string, next: string): Array<{ role: 'system' | 'user'; content: string }> {
  return [
    { role: 'system', content: SYSTEM },
    { role: 'user', content: `OLD:\n${previous.trim()}\n\nNEW:\n${next.trim()}` },
  ];
}

/**
 * Read the judge's reply: JSON (possibly inside a code fence or surrounded by prose) with a
 * verdict and a reason. Returns a description of what was wrong instead when it cannot be read.
 */
export function parseJudgeAnswer(content: string): { verdict: JudgeVerdictKind; reason: string } | string {
  const json = /\{[\s\S]*\}/.exec(content)?.[0];
  if (!json) return 'expected a JSON object with "verdict" and "reason"';
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return 'the JSON in the reply does not parse';
  }
  const { verdict, reason } = (value ?? {}) as { verdict?: unknown; reason?: unknown };
  const kind = typeof verdict === 'string' ? verdict.trim().toLowerCase() : '';
  if (kind !== 'weakens' && kind !== 'strengthens' && kind !== 'keeps') return `"verdict" must be "weakens", "strengthens" or "keeps", got ${JSON.stringify(verdict)}`;
  const line = typeof reason === 'string' ? reason.replace(/\s+/g, ' ').trim() : '';
  return { verdict: kind, reason: line.length > 200 ? `${line.slice(0, 199)}…` : line };
}
