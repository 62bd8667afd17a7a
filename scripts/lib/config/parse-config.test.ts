import { describe, expect, it } from 'vitest';
import { UserError } from '../errors.ts';
import { parseConfig } from './read-fs.ts';

// An invalid .promptvault.yaml is the adopter's to fix: each problem says where the settings are
// described, naming promptvault's README (the repository's own README.md is another file).

function problemsOf(text: string) {
  try {
    parseConfig(text);
  } catch (error) {
    if (error instanceof UserError) return error.problems;
    throw error;
  }
  throw new Error('expected the config to be refused');
}

describe('an invalid .promptvault.yaml', () => {
  it('an unknown setting value: the fix names the promptvault README', () => {
    const [problem] = problemsOf('tokenizer: gpt2\n');
    expect(problem).toMatchObject({ file: '.promptvault.yaml', line: 1 });
    expect(problem?.fix).toContain('node_modules/promptvault/README.md');
  });

  it('a misspelt key: the line of that key, not of the first key in the file', () => {
    const [problem] = problemsOf("# settings\nprompts: ['prompts/**/*.md']\ncodex: ['codex/**/*.md']\ntokenzier: cl100k_base\n");
    expect(problem).toMatchObject({ file: '.promptvault.yaml', line: 4, message: '(top level): unknown key(s) "tokenzier"; did you mean "tokenizer"?' });
  });

  it('a misspelt key is named with the key it is nearest to, at any depth; a key like none with the keys its mapping takes', () => {
    // The "expected" example is the same for every line of the file: `guard.treshold` needs its own hint.
    expect(problemsOf('guard:\n  treshold: 0.5\n')[0]).toMatchObject({ line: 2, message: 'guard: unknown key(s) "treshold"; did you mean "threshold"?' });
    expect(problemsOf('guard:\n  clauses:\n    privacy/pii: { treshold: 0.7 }\n')[0]?.message).toBe('guard.clauses.privacy/pii: unknown key(s) "treshold"; did you mean "threshold"?');
    expect(problemsOf('review:\n  approvers: [dana@example.com]\n')[0]?.message).toBe('review: unknown key(s) "approvers"; the keys here are reviewers, allow_self_review');
  });

  it('a reviewer that is no email (a team handle): its line, and what to write instead', () => {
    const [problem] = problemsOf('review:\n  reviewers:\n    - dana@example.com\n    - "@policy-team"\n');
    expect(problem).toMatchObject({ file: '.promptvault.yaml', line: 4 });
    expect(problem?.message).toBe('review.reviewers.1: "@policy-team" is not an email or "Name <email>": a team handle names no git identity, so list its members (CODEOWNERS is where teams go): write e.g. \'dana@example.com\' or \'Dana Lee <dana@example.com>\' (the email git commits carry: `git config user.email`)');
  });

  it('an empty section (review: with nothing under it): its line, the keys it takes, an example and the fix', () => {
    const problems = problemsOf("prompts: ['prompts/**/*.md']\nreview:\nsite:\n  page_size: 50\n");
    expect(problems).toEqual([{
      code: 'config-invalid', file: '.promptvault.yaml', line: 2,
      message: 'review: is empty (nothing is indented under it); it takes reviewers, allow_self_review',
      expected: 'review:\n  reviewers: ["Dana Lee <dana@example.com>"]\n  allow_self_review: false',
      fix: 'indent its settings under "review:" (two spaces), or delete the "review:" line to keep the defaults; every setting is described in the promptvault README, "Configuration" (node_modules/promptvault/README.md once installed)',
    }]);
    expect(problemsOf('guard:\n')[0]?.message).toBe('guard: is empty (nothing is indented under it); it takes embedder, judge, threshold, clauses, max_formality_shift, max_sentiment_shift, max_sentence_pairs, max_sentence_words');
  });

  it('YAML that does not parse: the line, and a fix as well', () => {
    const [problem] = problemsOf("prompts: ['prompts/**/*.md'\ncodex: 5\n");
    expect(problem).toMatchObject({ file: '.promptvault.yaml', line: 2 });
    expect(problem?.fix).toContain('correct the YAML on that line of .promptvault.yaml');
  });
});

describe('a glob whose braces stand for more globs than are listed', () => {
  it('is refused on its line, with the fix (git reads no braces, so it would match nothing)', () => {
    const glob = 'prompts/{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}{o,p}{q,r}{s,t}{u,v}/*.md';
    const [problem] = problemsOf(`codex: ['codex/**/*.md']\nprompts:\n  - '${glob}'\n`);
    expect(problem).toMatchObject({ file: '.promptvault.yaml', line: 3 });
    expect(problem?.message).toContain(`"${glob}" stands for more than 1024 globs through its braces`);
    expect(problem?.message).toContain('split it into several globs');
  });

  it('a glob of 1,024 alternatives is taken', () => {
    expect(parseConfig("prompts: ['prompts/{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}{o,p}{q,r}{s,t}/*.md']\n").prompts).toHaveLength(1);
  });
});
