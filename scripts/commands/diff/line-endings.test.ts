// `diff` of versions whose texts differ only in how lines end (CRLF, the last newline): the hook
// records each as its own version, and `show` restores those bytes, so `diff` must not call them
// the same text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

let repo: TestRepo;
const TEXT = promptFile({ name: 'triage', description: 'Sorts tickets' }, 'Read the ticket.\n\nTag it.');

beforeAll(() => {
  repo = createRepo();
  repo.write('.promptvault.yaml', "prompts: ['prompts/**/*.md']\n");
  repo.write('prompts/triage.md', TEXT);
  expect(repo.commit('add triage', '2026-02-01').code).toBe(0);
  repo.write('prompts/triage.md', TEXT.replaceAll('\n', '\r\n'));
  expect(repo.commit('triage: Windows line ends', '2026-02-02').code).toBe(0);
  repo.write('prompts/triage.md', TEXT.replace(/\n$/, ''));
  expect(repo.commit('triage: no last newline', '2026-02-03').code).toBe(0);
});
afterAll(() => repo?.cleanup());

describe('diff tells versions apart that differ only in line ends', () => {
  it('records three versions', () => {
    expect(repo.cli(['log', 'triage']).stdout.match(/^triage v\d/gm)).toEqual(['triage v3', 'triage v2', 'triage v1']);
  });
  it('CRLF against LF is a change on every line, as git diff shows it', () => {
    const result = repo.cli(['diff', 'triage@1', 'triage@2']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).not.toMatch(/hold the same text/);
    expect(result.stdout).toContain('\n-Read the ticket.\n-\n-Tag it.\n+---\r\n');
    expect(result.stdout).toContain('\n+Read the ticket.\r\n+\r\n+Tag it.\r\n');
  });
  it('a missing last newline is marked as git and patch mark it', () => {
    const result = repo.cli(['diff', 'triage@1', 'triage@3']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('-Tag it.\n+Tag it.\n\\ No newline at end of file\n');
  });
});
