// `review` reads the other clauses' audits to tell whether a rejected change was changed back under
// an id its clause moved to. A folder named like an audit file (an archive folder, a copy made by
// hand) is no audit: before, review read it and stopped with "could not read (unknown file): a
// folder is where a file was expected (EISDIR)", after the decision had been written and staged;
// an accept, which has no undo to name, read them too. One in the clause's own folder stopped
// review the same way, before anything was written.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAROL, createFlaggedChange } from '../../test-utils/rejected-change.ts';
import { copyRepo, type TestRepo } from '../../test-utils/repo.ts';

let template: TestRepo;
const repos: TestRepo[] = [];
let flagged = '';

beforeAll(() => {
  ({ repo: template, flagged } = createFlaggedChange());
});
afterAll(() => [template, ...repos].forEach((repo) => repo?.cleanup()));

describe('review with a folder named like an audit file among the audits', () => {
  it.each(['--reject', '--accept'])('%s records the decision and says what to do next', (decision) => {
    const repo = copyRepo(template);
    repos.push(repo);
    // Another clause's folder, and this clause's own, holding a folder with an audit file's name.
    fs.mkdirSync(path.join(repo.dir, 'vault/audits/archive', `${flagged}.yaml`), { recursive: true });
    fs.mkdirSync(path.join(repo.dir, 'vault/audits/customers', '20990101T000000Z-aaaaaaaaaaaa.yaml'), { recursive: true });
    const reviewed = repo.cli(['review', 'customers', '--audit', flagged, decision, '--note', 'read it'], { env: CAROL });
    expect(reviewed.stderr).not.toContain('EISDIR');
    expect(reviewed.code, reviewed.stderr).toBe(0);
    expect(repo.read(`vault/audits/customers/${flagged}.yaml`)).toContain(`status: ${decision === '--reject' ? 'rejected' : 'accepted'}`);
    // The rejected change is still live: the rejection names its undo, the accept none.
    if (decision === '--reject') expect(reviewed.stdout).toContain('check keeps failing on this rejected change until codex/customers.md is changed back');
    else expect(reviewed.stdout).not.toContain('keeps failing');
  });
});
