import { describe, expect, it } from 'vitest';
import { isValidId } from './id.ts';
import { decodeIdPath, encodeIdPath } from './id-path.ts';
import { encodeIdForSite } from '../site/urls.ts';

describe('ids hold any path git can hold and never escape their folder', () => {
  it.each(['support/refund', 'Anthropic/Claude Code/Plan', 'café/résumé', '.claude/agents/x', '.github/prompts/x.prompt', 'A/B.C.D', 'weird%name', '日本/プロンプト'])('accepts %s', (id) => {
    expect(isValidId(id)).toBe(true);
  });

  it.each(['', '../x', 'a/../b', 'a/./b', 'a//b', '/abs', 'a/', 'nul\0byte', 'back\\slash'])('rejects %j', (id) => {
    expect(isValidId(id)).toBe(false);
  });
});

describe('ids are encoded reversibly for record folders and URLs', () => {
  it.each([
    ['support/refund', 'support/refund'],
    ['.claude/agents/code-review', '%2Eclaude/agents/code-review'],
    ['Anthropic/Claude Code/Plan', 'Anthropic/Claude%20Code/Plan'],
    ['café/résumé', 'caf%C3%A9/r%C3%A9sum%C3%A9'],
    ['100%/x', '100%25/x'],
    ['a/.b.c', 'a/%2Eb.c'],
  ])('%s <-> %s', (id, encoded) => {
    expect(encodeIdPath(id)).toBe(encoded);
    expect(decodeIdPath(encoded)).toBe(id);
    expect(encodeIdForSite(id)).toBe(encoded.replaceAll('%', '~'));
    expect(encodeIdForSite(id)).toMatch(/^[A-Za-z0-9_.~/-]+$/);
    expect(encoded).toMatch(/^[A-Za-z0-9_.%/-]+$/);
    expect(encoded.split('/').some((segment) => segment.startsWith('.'))).toBe(false);
  });

  it('keeps every id accepted before unchanged, so existing vaults keep their paths', () => {
    for (const id of ['support/refund', 'a_b/c-d.e', 'X1/y.2']) expect(encodeIdPath(id)).toBe(id);
  });

  it('does not decode folders it would not have written', () => {
    for (const folder of ['.hidden', 'a/%2e', '%zz', 'caf%c3%a9', 'a b']) expect(decodeIdPath(folder)).toBeUndefined();
  });

  it('gives two ids two site pages, even ids that differ by a ~ and a %', () => {
    const ids = ['a~b', 'a%b', 'a b', 'a~20b', '.a', '%2Ea', '~2Ea'];
    expect(new Set(ids.map(encodeIdForSite)).size).toBe(ids.length);
  });
});
