import { afterAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

// Prompts whose ids are names every object has. A label newly naming them was read as moving them
// "from vundefined" (Object's `toString` and `constructor` taken for the label's old entries), in
// `check --since`, the pull request report and the site's label history alike. And `__proto__`,
// which a label file read into an object cannot hold: `label set` said it moved and staged nothing.

let repo: TestRepo;
afterAll(() => repo?.cleanup());

describe('labels on prompts named like Object\'s own properties (toString, constructor, __proto__)', () => {
  it('are new entries, as for any other id', () => {
    repo = createRepo();
    repo.write('prompts/toString.md', promptFile({ title: 'To string' }, 'Say it as text.'));
    repo.write('prompts/constructor.md', promptFile({ title: 'Constructor' }, 'Build it.'));
    repo.write('prompts/plain.md', promptFile({ title: 'Plain' }, 'Say hi.'));
    expect(repo.commit('prompts', '2026-01-02').code).toBe(0);
    expect(repo.cli(['label', 'set', 'production', 'toString@1', 'constructor@1', 'plain@1']).code).toBe(0);
    expect(repo.commit('production: all', '2026-01-03', { add: false }).code).toBe(0);

    const since = repo.cli(['check', '--since', 'HEAD~1']);
    expect(since.code, since.stderr).toBe(0);
    const moves = (since.stdout + since.stderr).split('\n').filter((line) => line.includes('label production')).map((line) => line.replace(/v1·[0-9a-f]{6}/, 'v1'));
    expect(moves).toEqual([
      'promptvault: label production now names constructor v1',
      'promptvault: label production now names plain v1',
      'promptvault: label production now names toString v1',
    ]);

    const report = repo.cli(['report', '--format', 'markdown', '--base', 'HEAD~1']);
    expect(report.code, report.stderr).toBe(0);
    const rows = report.stdout.split('\n').filter((line) => line.startsWith('| vault/labels/'));
    expect(rows).toHaveLength(3);
    // The new entry of toString reads as plain's does, whatever its columns say.
    const cells = (id: string) => rows.find((row) => row.includes(`| ${id} |`))!.replace(/v1·[0-9a-f]{6}/, 'v1');
    expect(cells('toString').replace('toString', 'ID')).toBe(cells('plain').replace('plain', 'ID'));
    expect(cells('constructor').replace('constructor', 'ID')).toBe(cells('plain').replace('plain', 'ID'));
  });

  it('refuses a prompt named __proto__, which a label file cannot hold, instead of saying it moved the label and staging nothing', () => {
    repo.write('prompts/__proto__.md', promptFile({ title: 'Dunder' }, 'A prompt named like the prototype.'));
    expect(repo.commit('dunder prompt', '2026-01-04').code).toBe(0);
    const labels = repo.git(['show', 'HEAD:vault/labels/production.yaml']).stdout;
    for (const args of [['production', '__proto__@1'], ['production', '--all']]) {
      const refused = repo.cli(['label', 'set', ...args]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('__proto__ (prompts/__proto__.md) cannot be named by a label');
      expect(refused.stderr).toContain('Rename the prompt\'s file (`git mv`, it keeps its lineage)');
      expect(repo.git(['status', '--porcelain']).stdout).toBe('');
      expect(repo.git(['show', 'HEAD:vault/labels/production.yaml']).stdout).toBe(labels);
    }
    expect(repo.git(['mv', 'prompts/__proto__.md', 'prompts/dunder.md']).code).toBe(0);
    expect(repo.commit('rename dunder', '2026-01-05', { add: false }).code).toBe(0);
    expect(repo.cli(['label', 'set', 'production', 'dunder@2']).code).toBe(0);
    // Only the label file is staged: the hook records nothing for it (the first label commit above went through it).
    expect(repo.commit('production: dunder', '2026-01-06', { add: false, args: ['--no-verify'] }).code).toBe(0);
    expect(repo.cli(['label', 'list', 'production']).stdout).toMatch(/^production {2}dunder +v2·[0-9a-f]{6}$/m);
    expect(repo.cli(['check']).code).toBe(0);
  });
});
