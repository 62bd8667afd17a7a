import { describe, expect, it } from 'vitest';
import { middleEllipsis } from './middle-ellipsis.ts';

describe('middleEllipsis keeps the ends that tell long ids apart', () => {
  it('leaves an id that fits as it is', () => {
    expect(middleEllipsis('support/refund', 30)).toBe('support/refund');
  });

  it('keeps the package and the file name of two monorepo agents that share their middle', () => {
    const a = middleEllipsis('support-bot/.claude/agents/escalation-to-human', 30);
    const b = middleEllipsis('support-bot/.claude/agents/escalation-to-billing', 30);
    expect([...a]).toHaveLength(30);
    expect(a).toBe('support-bo…escalation-to-human');
    expect(b).toBe('support-bo…calation-to-billing');
    expect(a).not.toBe(b);
  });

  it('keeps at least a third for the start when the last segment alone is too long', () => {
    const cut = middleEllipsis('docs-assistant/prompts/a-very-long-file-name-that-goes-on-and-on', 30);
    expect([...cut]).toHaveLength(30);
    expect(cut.startsWith('docs-assis')).toBe(true);
    expect(cut.endsWith('goes-on-and-on')).toBe(true);
  });

  it('never splits a character made of two UTF-16 units', () => {
    const cut = middleEllipsis(`team/${'😀'.repeat(20)}/end`, 12);
    expect([...cut]).toHaveLength(12);
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });
});
