// The README's adoption steps suggest the commit init's and backfill's closing lines name: one text.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../test-utils/repo.ts';
import { ADOPTION_COMMIT_COMMAND } from './adoption-commit.ts';

describe('the adoption commit the README suggests', () => {
  it('is the one init and backfill name', () => {
    const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    const adopting = readme.slice(readme.indexOf('## Adopting an existing repository'));
    const steps = adopting.slice(0, adopting.indexOf('```', adopting.indexOf('```sh') + 5));
    expect(steps).toContain('npx promptvault backfill');
    expect(steps.split('\n').filter((line) => line.startsWith('git commit'))).toEqual([ADOPTION_COMMIT_COMMAND]);
  });
});
