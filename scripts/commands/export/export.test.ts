import { afterEach, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

let repo: TestRepo;
afterEach(() => repo?.cleanup());

describe('promptvault export and tag', () => {
  it('exports every checkpoint as CSV with traits as columns and formula cells neutralised', () => {
    repo = createRepo();
    repo.write('prompts/a.md', promptFile({ title: '=HYPERLINK("http://evil")', tags: ['x', 'y'] }, 'Say hello, "friend".'));
    repo.commit('add', '2026-01-02');
    repo.write('prompts/a.md', promptFile({ title: 'A', tags: ['x'] }, 'Say hello.'));
    repo.commit('edit', '2026-01-03');
    const result = repo.cli(['export', '--format', 'csv']);
    expect(result.code, result.stderr).toBe(0);
    const [header, first, second] = result.stdout.split('\r\n');
    expect(header).toBe('prompt,version,title,assistant,tone_type,tone_source,tags,created_at,path,tokenizer,token_count,word_count,readability,formality,sentiment,hard_constraints,template_variables,variables,codex,forked_from,content_hash');
    expect(first).toMatch(/^a,1,"'=HYPERLINK\(""http:\/\/evil""\)",,\w+,inferred,x; y,2026-01-02T10:00:00Z,prompts\/a\.md,o200k_base,\d+,/);
    expect(second).toMatch(/^a,2,A,/);
  });

  it('orders prompts by code units, the same on every machine whatever its locale', () => {
    repo = createRepo();
    for (const id of ['alpha', 'Zeta', 'éclair', 'Beta']) repo.write(`prompts/${id}.md`, promptFile({ title: id }, `Answer about ${id}.`));
    expect(repo.commit('add', '2026-01-02').code).toBe(0);
    // A locale's collation puts alpha first and éclair before Zeta; code units put capitals first.
    for (const LANG of ['C.UTF-8', 'sv_SE.UTF-8', 'tr_TR.UTF-8']) {
      const rows = JSON.parse(repo.cli(['export', '--format', 'json'], { env: { LANG, LC_ALL: LANG } }).stdout) as { prompt: string }[];
      expect(rows.map((row) => row.prompt), LANG).toEqual(['Beta', 'Zeta', 'alpha', 'éclair']);
    }
  });

  it('exports the mutation logs as JSON with --mutations', () => {
    repo = createRepo();
    repo.write('prompts/a.md', promptFile({ title: 'A' }, 'Say hello.'));
    repo.commit('add', '2026-01-02');
    const rows = JSON.parse(repo.cli(['export', '--format', 'json', '--mutations']).stdout);
    expect(rows).toEqual([expect.objectContaining({ prompt: 'a', version: 1, kind: 'new', symbolic_tags: ['@new'], delta_token_count: 0 })]);
  });

  it('adds tags set with `promptvault tag` to the next commit only', () => {
    repo = createRepo();
    expect(repo.cli(['tag', 'tested', '@approved']).stdout).toBe("promptvault: your next commit's mutations get @tested @approved\n");
    repo.write('prompts/a.md', promptFile({ title: 'A' }, 'Say hello.'));
    repo.commit('add', '2026-01-02');
    repo.write('prompts/a.md', promptFile({ title: 'A' }, 'Say hello again.'));
    repo.commit('edit', '2026-01-03');
    const rows = JSON.parse(repo.cli(['export', '--format', 'json', '--mutations']).stdout);
    expect(rows[0].symbolic_tags).toEqual(['@new', '@tested', '@approved']);
    expect(rows[1].symbolic_tags).not.toContain('@tested');
  });

  it('refuses a tag that is not one', () => {
    repo = createRepo();
    const result = repo.cli(['tag', '@bad tag!']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('not a tag: @tag!');
  });
});
