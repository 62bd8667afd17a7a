// A Cursor rule whose front matter holds a flow mapping with a key alone (`description: {name}`,
// a placeholder) beside an unquoted glob (`globs: *.ts`): YAML fails on the glob (an alias to no
// anchor), and finding that alias's line walked a pair with no value. The hook must read the rule
// leniently, as it does the glob alone, not stop with an internal error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';
import { splitFrontMatter } from './front-matter.ts';

let repo: TestRepo;
const RULE = '---\ndescription: {component}\nglobs: *.tsx\n---\nUse function components.\n';

beforeAll(() => {
  repo = createRepo();
  repo.write('.promptvault.yaml', "prompts: ['.cursor/rules/**/*.mdc']\n");
  repo.write('.cursor/rules/react.mdc', RULE);
});
afterAll(() => repo?.cleanup());

describe('an unresolved alias after a flow mapping with a key alone', () => {
  it('is read, the glob as its text; leniently, naming the alias line, where the glob is no text key', () => {
    const rule = splitFrontMatter(RULE, new Set(['globs']));
    expect([rule.data, rule.problems]).toEqual([{ description: { component: null }, globs: '*.tsx' }, []]);
    for (const source of ['---\n? explicit\ntools: *.ts\n---\nBody\n', '---\nx: {a, b: c}\ntools: *.md\n---\nBody\n']) {
      const read = splitFrontMatter(source, new Set(['globs']));
      expect(read.problems, source).toEqual([]);
      expect(read.warnings[0]?.code, source).toBe('front-matter-lenient');
      expect(read.warnings[0]?.line, source).toBe(3);
    }
  });
  it('is recorded by the hook (exit 0), not stopped with an internal error', () => {
    const committed = repo.commit('add the react rule', '2026-05-01');
    expect(committed.code, committed.stderr).toBe(0);
    const log = repo.cli(['log', 'react.mdc']);
    expect(log.stdout, log.stderr).toMatch(/^react\.mdc v1·/);
  });
});
