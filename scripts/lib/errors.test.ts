// Problems quote text from prompts, clauses and file names. What `check`, the hook and `build`
// print must not let that text drive the terminal or CI log (escape sequences, carriage returns)
// or hide words from the reviewer (zero-width and bidirectional characters).
import { describe, expect, it } from 'vitest';
import { formatProblem } from './errors.ts';

describe('formatProblem', () => {
  it('writes control and invisible characters from a clause as visible escapes', () => {
    const text = formatProblem({
      code: 'regression-unreviewed',
      file: 'codex/security/odd\u001b]0;pwned\u0007.md',
      line: 4,
      message: 'modal weakened: "must not" -> "may" in "Agents may share\u200b passwords\u001b[31m.\rOK\u202e"',
      expected: 'a reviewed audit\nor a revert',
      fix: 'npx promptvault review security/odd --accept --note "why"',
    });
    expect(text).toBe([
      'codex/security/odd\\u{1b}]0;pwned\\u{7}.md:4: modal weakened: "must not" -> "may" in "Agents may share\\u{200b} passwords\\u{1b}[31m.\\u{d}OK\\u{202e}"',
      '  expected: a reviewed audit',
      '    or a revert',
      '  fix: npx promptvault review security/odd --accept --note "why"',
    ].join('\n'));
  });

  it('writes line separators, the soft hyphen and the Arabic letter mark as visible escapes', () => {
    const text = formatProblem({ code: 'x', file: 'codex/a.md', message: 'in "Never\u2028OK: all checks passed\u2029 share\u00ad pass\u061cwords"' });
    expect(text).toBe('codex/a.md: in "Never\\u{2028}OK: all checks passed\\u{2029} share\\u{ad} pass\\u{61c}words"');
  });

  it('leaves ordinary text, tabs and non-ASCII letters as they are', () => {
    expect(formatProblem({ code: 'x', file: 'prompts/café/naïve.md', message: 'a\tb "réunion" — ok' })).toBe('prompts/café/naïve.md: a\tb "réunion" — ok');
  });
});
