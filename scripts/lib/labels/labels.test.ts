import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { lineOfPath } from '../schema/validate.ts';
import type { Checkpoint, Mutation } from '../schema/records.ts';
import { describeMove } from './describe-move.ts';
import { parseLabelFile, serializeLabelFile } from './parse.ts';
import { buildVaultIndex, currentIdOf, diffLabels, findLabelProblems, findStaleLabels, findVersion, resolveLabels } from './resolve.ts';
import { isValidLabelName } from './schema.ts';

const hash = (c: string) => `sha256-${c.repeat(64)}`;
const checkpoint = (prompt: string, version: number, key: string, h: string, path = `prompts/${prompt}.md`) =>
  ({ prompt, version, content_hash: h, path, file: `vault/checkpoints/${prompt}/${key}.yaml`, commit_parents: [] }) as unknown as Checkpoint & { file: string };
const rename = (prompt: string, from: string, version: number): Pick<Mutation, 'prompt' | 'kind' | 'parents' | 'created_at'> =>
  ({ prompt, kind: 'rename', created_at: '2026-01-03T10:00:00Z', parents: [{ prompt: from, version, content_hash: hash('b'), commit: null }] });

// support/refund v1, v2 (two branches recorded a v2), then moved to billing/refund (v3).
const index = buildVaultIndex({
  prompts: [{ id: 'billing/refund', path: 'prompts/billing/refund.md', contentHash: hash('c') }],
  checkpoints: [
    checkpoint('support/refund', 1, '0001-aaaaaaaaaaaa', hash('a')),
    checkpoint('support/refund', 2, '0002-bbbbbbbbbbbb', hash('b')),
    checkpoint('support/refund', 2, '0002-bcbcbcbcbcbc', hash('d')),
    checkpoint('billing/refund', 3, '0003-cccccccccccc', hash('c'), 'prompts/billing/refund.md'),
  ],
  mutations: [rename('billing/refund', 'support/refund', 2)],
});

describe('label files', () => {
  it('round-trip to the same bytes, prompts sorted', () => {
    const text = serializeLabelFile({ label: 'production', prompts: { 'z/last': { version: 2, key: '0002-bbbbbbbbbbbb', content_hash: hash('b') }, 'a/first': { version: 1, key: '0001-aaaaaaaaaaaa', content_hash: hash('a'), record: 'old/first' } } });
    expect(text.indexOf('a/first')).toBeLessThan(text.indexOf('z/last'));
    const parsed = parseLabelFile(text, 'vault/labels/production.yaml');
    expect(parsed.ok && serializeLabelFile(parsed.value)).toBe(text);
    expect(parsed.ok && parsed.value.lines).toEqual({ 'a/first': 5, 'z/last': 10 });
  });
  it('name the line of every entry as lineOfPath does, in a label of 1,000 prompts and in hand-written shapes', () => {
    const prompts: Record<string, { version: number; key: string; content_hash: string; record?: string }> = {};
    for (let i = 0; i < 1000; i++) prompts[`team-${i % 7}/prompt ${i}`] = { version: 1 + (i % 4), key: `000${1 + (i % 4)}-${'ab'.repeat(6)}`, content_hash: hash('a'), ...(i % 9 === 0 ? { record: `old/${i}` } : {}) };
    const big = serializeLabelFile({ label: 'production', prompts });
    const handWritten = `# moved by hand\nlabel: production\n\nprompts:\n  # the refund prompt\n  support/refund: { version: 4, key: 0004-0d4cf2d0d827, content_hash: ${hash('a')} }\n\n  "quoted id":\n\n    version: 2\n    key: 0002-0d4cf2d0d827\n    content_hash: ${hash('b')}\n`;
    for (const text of [big, handWritten]) {
      const parsed = parseLabelFile(text, 'vault/labels/production.yaml');
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) continue;
      const doc = parseDocument(text);
      const expected = Object.fromEntries(Object.keys(parsed.value.prompts).map((id) => [id, lineOfPath({ doc, source: text }, ['prompts', id])]));
      expect(parsed.value.lines).toEqual(expected);
      expect(Object.keys(parsed.value.lines)).toHaveLength(Object.keys(parsed.value.prompts).length);
    }
    const small = parseLabelFile(handWritten, 'vault/labels/production.yaml');
    expect(small.ok && small.value.lines).toEqual({ 'support/refund': 6, 'quoted id': 10 });
  });
  it('refuse a label whose name differs from its file, unknown keys and bad keys, naming the line', () => {
    const bad = parseLabelFile('label: staging\nprompts:\n  a:\n    version: 1\n    key: nope\n    content_hash: x\n    extra: 1\n', 'vault/labels/production.yaml');
    expect(bad.ok ? [] : bad.problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '5: prompts.a.key: a record key like "0004-0d4cf2d0d827" (the checkpoint file name)',
      '6: prompts.a.content_hash: a content hash like "sha256-<64 hex digits>"',
      '7: prompts.a: unknown key(s) "extra"; the keys here are version, key, content_hash, record',
    ]);
    const misnamed = parseLabelFile('label: staging\nprompts: {}\n', 'vault/labels/production.yaml');
    expect(misnamed.ok ? '' : misnamed.problems[0]!.message).toBe('names the label "staging" but its file is that of "production"');
  });
  it('refuse a label file left in a merge conflict with one problem that says how to end it', () => {
    const conflicted = 'label: production\nprompts:\n  a:\n<<<<<<< HEAD\n    version: 3\n=======\n    version: 4\n>>>>>>> hotfix\n';
    const parsed = parseLabelFile(conflicted, 'vault/labels/production.yaml');
    expect(parsed.ok ? [] : parsed.problems).toEqual([{
      code: 'label-conflict', file: 'vault/labels/production.yaml', line: 4,
      message: 'has unresolved merge conflict markers (two branches moved this label)',
      expected: 'one version per prompt, as `promptvault label set` writes it',
      fix: 'keep one side with `git checkout --ours -- vault/labels/production.yaml` (or --theirs), then `promptvault label set production <id>@<version>` for the version you want (it stages the file), and `git commit` to end the merge',
    }]);
  });
  it('accept only label names that stay in vault/labels/', () => {
    expect(['production', 'staging', 'canary-eu', 'v2.1', 'A_B'].every(isValidLabelName)).toBe(true);
    expect(['', '../x', 'a/b', '.hidden', '-x', 'x.yaml', 'a..b', 'x'.repeat(65), 'sp ace'].some(isValidLabelName)).toBe(false);
  });
});

describe('labels against the records', () => {
  it('follow a moved prompt to its id now, and find its versions across the move', () => {
    expect(currentIdOf(index, 'support/refund')).toBe('billing/refund');
    expect(currentIdOf(index, 'gone')).toBeNull();
    const found = findVersion(index, { prompt: 'billing/refund', version: 1, hash: null });
    expect(found.ok && found.version.key).toBe('0001-aaaaaaaaaaaa');
  });
  it('ask for the hash when two branches recorded the same version number', () => {
    const ambiguous = findVersion(index, { prompt: 'support/refund', version: 2, hash: null });
    expect(ambiguous.ok ? '' : ambiguous.message).toBe('support/refund has 2 versions numbered 2 (recorded on different branches): v2·bbbbbb, v2·bcbcbc. Name one, e.g. support/refund@v2-bbbbbb');
    const chosen = findVersion(index, { prompt: 'support/refund', version: 2, hash: 'bcbc' });
    expect(chosen.ok && chosen.version.key).toBe('0002-bcbcbcbcbcbc');
    const unknown = findVersion(index, { prompt: 'suport/refund', version: 1, hash: null });
    // support/refund was moved to billing/refund: named by the id it has now (session 38; it suggested the old id first).
    expect(unknown.ok ? '' : unknown.message).toBe('no recorded prompt has the id "suport/refund". Did you mean "billing/refund"? Recorded prompts: billing/refund');
  });
  it('report dangling and stale entries, and leave current ones alone', () => {
    const labels = [{
      label: 'production', file: 'vault/labels/production.yaml', lines: { 'support/refund': 4, 'billing/refund': 9, ghost: 14 },
      prompts: {
        'support/refund': { version: 1, key: '0001-aaaaaaaaaaaa', content_hash: hash('a') },
        'billing/refund': { version: 3, key: '0003-cccccccccccc', content_hash: hash('c') },
        ghost: { version: 1, key: '0001-eeeeeeeeeeee', content_hash: hash('e') },
      },
    }];
    const resolved = resolveLabels(index, labels);
    expect(findLabelProblems(resolved).map((p) => `${p.line} ${p.code}`)).toEqual(['14 label-dangling']);
    expect(findStaleLabels(resolved).map((p) => p.message)).toEqual(['label production names billing/refund v1·aaaaaa; its current version is v3·cccccc']);
  });
  it('print label fixes whose ids hold spaces as commands a shell runs as written', () => {
    // `prompts/sales team/follow up.md`: the stale fix said `label set production sales team/follow up@v2-...`,
    // which the shell splits into three refs.
    const spaced = buildVaultIndex({
      prompts: [{ id: 'sales team/follow up', path: 'prompts/sales team/follow up.md', contentHash: hash('b') }],
      checkpoints: [
        checkpoint('sales team/follow up', 1, '0001-aaaaaaaaaaaa', hash('a')),
        checkpoint('sales team/follow up', 2, '0002-bbbbbbbbbbbb', hash('b')),
      ],
      mutations: [],
    });
    const labels = [{
      label: 'production', file: 'vault/labels/production.yaml', lines: { 'sales team/follow up': 4 },
      prompts: { 'sales team/follow up': { version: 1, key: '0001-aaaaaaaaaaaa', content_hash: hash('a') } },
    }];
    expect(findStaleLabels(resolveLabels(spaced, labels)).map((p) => p.fix)).toEqual([
      "move it with `promptvault label set production 'sales team/follow up@v2-bbbbbb'` when that version is ready",
    ]);
    const dangling = [{ ...labels[0]!, prompts: { 'sales team/follow up': { version: 1, key: '0001-eeeeeeeeeeee', content_hash: hash('e') } } }];
    expect(findLabelProblems(resolveLabels(spaced, dangling)).map((p) => p.fix)).toEqual([
      "point it at a recorded version with `promptvault label set production 'sales team/follow up'@<version>`, or drop it with `promptvault label rm production 'sales team/follow up'`",
    ]);
  });
  it('describe moves between two states', () => {
    const before = [{ label: 'production', prompts: { a: { version: 1, key: '0001-aaaaaaaaaaaa', content_hash: hash('a') }, b: { version: 1, key: '0001-bbbbbbbbbbbb', content_hash: hash('b') } } }];
    const after = [{ label: 'production', prompts: { a: { version: 2, key: '0002-cccccccccccc', content_hash: hash('c') }, c: { version: 1, key: '0001-dddddddddddd', content_hash: hash('d') } } }];
    expect(diffLabels(before, after).map(describeMove)).toEqual([
      'label production moves a from v1·aaaaaa to v2·cccccc',
      'label production no longer names b (was v1·bbbbbb)',
      'label production now names c v1·dddddd',
    ]);
  });
});
