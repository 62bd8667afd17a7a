import { describe, expect, it } from 'vitest';
import { gridPromptId, middleEllipsis } from './middle-ellipsis.ts';

describe('middleEllipsis keeps the ends that tell long ids apart', () => {
  it('leaves an id that fits as it is', () => {
    expect(middleEllipsis('support/refund', 32)).toBe('support/refund');
  });

  it('keeps the package and the file name of two monorepo agents that share their middle', () => {
    const a = middleEllipsis('support-bot/.claude/agents/escalation-to-human', 32);
    const b = middleEllipsis('support-bot/.claude/agents/escalation-to-billing', 32);
    expect(a).toBe('support-bot/…escalation-to-human');
    expect(b).toBe('support-bot/…calation-to-billing');
    expect([...a]).toHaveLength(32);
    expect(a).not.toBe(b);
  });

  it('keeps a third for the start when the package name alone would take more than half', () => {
    const cut = middleEllipsis('customer-support-escalations-bot/prompts/triage-of-incoming-tickets', 30);
    expect([...cut]).toHaveLength(30);
    expect(cut).toBe('customer-s…of-incoming-tickets');
  });

  it('never splits a character made of two UTF-16 units', () => {
    const cut = middleEllipsis(`team/${'😀'.repeat(20)}/end`, 12);
    expect([...cut]).toHaveLength(12);
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });
});

describe('gridPromptId cuts ids alike in both checkpoint grids', () => {
  it('gives the cut text past 32 characters, and null for an id that fits', () => {
    expect(gridPromptId('support-bot/claude-agents/escalation-to-a-human-supervisor')).toBe('support-bot/…-a-human-supervisor');
    expect(gridPromptId('support/refund')).toBeNull();
  });
});
