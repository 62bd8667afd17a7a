import { describe, expect, it } from 'vitest';
import { matchesVersionRef, parseVersionRef, recordHash, versionLabel } from './version-label.ts';

describe('the version label', () => {
  it('is the version and the first 6 hex of the record key, from the key, file name or path', () => {
    expect(versionLabel(3, '0d4cf2d0d827')).toBe('v3·0d4cf2');
    expect(versionLabel(3, '0003-0d4cf2d0d827.yaml')).toBe('v3·0d4cf2');
    expect(versionLabel(12, 'vault/checkpoints/support/refund/0012-abcdef012345.yaml')).toBe('v12·abcdef');
    expect(versionLabel(2, null)).toBe('v2');
    expect(recordHash('README.md')).toBeNull();
  });

  it('reads every spelling of a version reference, and nothing else', () => {
    expect(parseVersionRef('support/refund@3')).toEqual({ prompt: 'support/refund', version: 3, hash: null });
    expect(parseVersionRef('support/refund@v3·0d4cf2')).toEqual({ prompt: 'support/refund', version: 3, hash: '0d4cf2' });
    expect(parseVersionRef('support/refund@v3-0D4CF2')).toEqual({ prompt: 'support/refund', version: 3, hash: '0d4cf2' });
    for (const bad of ['support/refund', '@3', 'x@v0', 'x@three', 'x@v3·zz']) expect(parseVersionRef(bad), bad).toBeNull();
    const ref = parseVersionRef('a@v3·0d4')!;
    expect(matchesVersionRef(ref, { prompt: 'a', version: 3, key: '0003-0d4cf2d0d827.yaml' })).toBe(true);
    expect(matchesVersionRef(ref, { prompt: 'a', version: 3, key: '0003-ffffffffffff.yaml' })).toBe(false);
  });
});
