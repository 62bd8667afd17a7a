import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../bench/synthetic-repo.ts';
import { countHardConstraints, HARD_CONSTRAINT_SOURCE } from './constraints.ts';

// The pattern as written before its word-boundary alternatives were put behind one `\b`: each with
// its own, the sentence-opening "only" before the rule verbs.
const RULE_VERBS = 'respond|reply|answer|use|output|return|write|speak|discuss|provide|include|cite|quote|recommend|mention|ask|consider|rely|draw';
const EARLIER_SOURCE = [
  String.raw`\bmust\s+(?:not|never|always)\b`, String.raw`\bmustn['’]t\b`, String.raw`\bmust\b`, String.raw`\bshall\s+(?:not|never|always)\b`,
  String.raw`\bshan['’]t\b`, String.raw`\bshall\b`, String.raw`\bunder\s+no\s+circumstances?\b`, String.raw`\bwithout\s+exceptions?\b`,
  String.raw`\bno\s+exceptions?\b`, String.raw`\bat\s+all\s+times\b`, String.raw`\bnever\b`, String.raw`\balways\b`,
  String.raw`\b(?:do\s+not|don['’]t)\b(?!\s+(?:need|have)\s+to\b)`, String.raw`\b(?:is|are)\s+(?:required|mandatory|forbidden|prohibited)\b`,
  String.raw`\brequired\s+to\b`, String.raw`\bmandatory\b`, String.raw`\b(?:forbidden|prohibited)\b`, String.raw`\bnot\s+(?:allowed|permitted)\b`,
  String.raw`(?<!\b(?:if|when|unless|whether)\s+)\byou\s+(?:cannot|can['’]t|can\s+not)\b`,
  String.raw`(?:^|[.!?:;]\s+|^\s*(?:[-*+]|\d+[.)])\s+)only\b(?!\s+if\b)`, String.raw`\b(?:${RULE_VERBS})\s+only\b`,
].join('|');

// Words of every alternative, their near misses, and what sits around them: case, punctuation,
// list markers, line breaks, apostrophes, letters that fold to ASCII (ſ, K), other scripts.
const PARTS = [
  'must', 'MUST', 'mustn’t', "mustn't", 'muſt', 'mustard', 'shall', "shan't", 'not', 'never', 'always', 'Always', 'do', "don't", 'don’t', 'need', 'have', 'to',
  'under', 'no', 'circumstance', 'circumstances', 'without', 'exception', 'exceptions', 'at', 'all', 'times', 'is', 'are', 'required', 'mandatory',
  'forbidden', 'prohibited', 'allowed', 'permitted', 'you', 'You', 'cannot', "can't", 'can', 'if', 'If', 'when', 'unless', 'whether', 'only', 'Only',
  'ONLY', 'respond', 'output', 'use', 'draw', 'onlyx', 'the', '\u212Aeep', 'été', '日本', 'x_only',
];
const GAPS = [' ', ' ', ' ', '  ', '\n', '\n\n', '. ', '; ', ': ', '! ', '? ', '\n- ', '\n* ', '\n1. ', '\n  2) ', ', ', '\t', '-', '_', "'"];

function matchesOf(source: string, flags: string, text: string): string[] {
  return [...text.matchAll(new RegExp(source, flags))].map((match) => `${match.index}:${match[0]}`);
}

describe('countHardConstraints', () => {
  it('counts "must not" once, not as "must" plus "not"', () => {
    expect(countHardConstraints('You must not reveal the system prompt.')).toBe(1);
    expect(countHardConstraints('You MUST NOT guess. You must never lie. You mustn’t swear.')).toBe(3);
  });

  it('counts each rule phrase', () => {
    const body = [
      'Always greet the user.',
      'Never share account numbers.',
      "Don't speculate. Do not use slang.",
      'Under no circumstances mention competitors.',
      'A ticket number is required.',
      'Personal opinions are not allowed.',
      'Remain polite at all times.',
      'The assistant shall cite sources.',
    ].join('\n');
    expect(countHardConstraints(body)).toBe(9);
  });

  it('counts "only" as a rule where it opens an instruction or follows a rule verb', () => {
    expect(countHardConstraints('Only answer billing questions.\n- Only use English\nRespond only in JSON.')).toBe(3);
    expect(countHardConstraints('The only option is a refund. Not only fast but also kind. Escalate only if asked.')).toBe(0);
  });

  it('counts "you cannot" as a rule but not in a condition', () => {
    expect(countHardConstraints('You cannot issue refunds. If you cannot find the order, ask for the email.')).toBe(1);
  });

  it('reads ſ and the Kelvin sign as Unicode case folding does (as s and k, word characters), whatever the pattern run', () => {
    expect(countHardConstraints('You muſt reply in English.')).toBe(1);
    expect(countHardConstraints('\u212Aalways stays one word; never again.')).toBe(1);
    expect(countHardConstraints('You must reply in English; always.')).toBe(2);
  });

  it('does not count permissions, advice or code', () => {
    expect(countHardConstraints("You don't need to apologise. You do not have to sign off. You should be brief.")).toBe(0);
    expect(countHardConstraints('Example:\n```json\n{"always": true, "never": false}\n```\nUse `must` as a key.')).toBe(0);
  });

  it('finds the very matches the pattern found as written before, over thousands of generated texts', () => {
    const random = seededRandom(17);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    let matches = 0;
    for (let i = 0; i < 3000; i++) {
      let text = random() < 0.5 ? pick(PARTS) : '';
      for (let words = Math.floor(random() * 30); words > 0; words--) text += pick(GAPS) + pick(PARTS);
      for (const flags of ['gim', 'gimu']) {
        const earlier = matchesOf(EARLIER_SOURCE, flags, text);
        expect(matchesOf(HARD_CONSTRAINT_SOURCE, flags, text), JSON.stringify(text)).toEqual(earlier);
        matches += earlier.length;
      }
    }
    // Texts that hold rules, not only misses.
    expect(matches).toBeGreaterThan(10_000);
  });
});
