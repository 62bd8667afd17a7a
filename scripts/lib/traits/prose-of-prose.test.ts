import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRealisticCorpus, promptTextsOfHistory } from '../../test-utils/realistic-corpus.ts';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';
// mulberry32 (the bench's generator), so every run sees the same texts.
import { seededRandom as seeded } from '../../bench/synthetic-repo.ts';
import { proseText } from './_prose.ts';

// Tone inference counts hard constraints in the prose of the prose (tone.ts, chunk-measure.ts).
// proseText answers that from the prose itself when none of its passes can find anything in it;
// these hold the answer equal to every pass run again, on texts where the passes change nothing
// and on texts where taking out one piece of markup leaves another to take out.

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.cleanup()));

/** Every prompt file text of a realistic history (every front matter shape, CRLF, non-English lines). */
let corpus: string[] = [];
beforeAll(() => {
  const repo = createRepo({ hooks: false });
  repos.push(repo);
  const info = buildRealisticCorpus(repo.dir, { seed: 28, prompts: 30, commits: 40, largeFiles: 1, multilingual: true });
  corpus = promptTextsOfHistory(repo.dir, info);
}, 120_000);

// Markup each pass takes out, pieces of it, and what stands around it: template tags and
// comments, HTML tags and comments, code spans and fences, links, references, brackets, emphasis
// runs beside letters, digits, marks and spaces.
const PIECES = [
  '{{', '}}', '{{x}}', '{{!-- c --}}', '{', '}', '<', '>', '<b>', '</i>', '<!--', '-->', '<a href="x">', '`', '``', '```', '~~~', '```js\n', '\n```',
  '[', ']', '](', ')', '[x](y)', '![i](p)', ']:', '[r]: http://x', '*', '**', '_', '__', '~', '~~', '*_~', 'a*b', 'snake_case', '2*3',
  'must', 'not', 'you', 'cannot', 'only', ' ', '\n', '\n\n', '  ', 'é', 'ſ', '🙂', 'e\u0301', '1', 'x', '.', ':',
];

function fuzzText(random: () => number): string {
  const length = 1 + Math.floor(random() * 30);
  let text = '';
  for (let i = 0; i < length; i++) {
    text += PIECES[Math.floor(random() * PIECES.length)]!;
    if (random() < 0.3) text += random() < 0.5 ? ' ' : '\n';
  }
  return text;
}

/** The prose of `prose` with every pass run again: asked when `prose` is not the last prose made. */
function proseAgain(prose: string): string {
  proseText('another body');
  proseText('and one more');
  return proseText(prose);
}

/** The prose of the prose of `text`, asked as tone inference asks it: right after `text`'s own. */
function proseOfProse(text: string): string {
  proseText('a third body');
  proseText('and a fourth');
  return proseText(proseText(text));
}

describe('the prose of a prose', () => {
  it('is every pass run again, on the prompts of a realistic history', () => {
    expect(corpus.length).toBeGreaterThan(60);
    expect(corpus.filter((body) => proseOfProse(body) !== proseAgain(proseText(body)))).toEqual([]);
  });

  it('is every pass run again, on markup left over by the first passes', () => {
    const random = seeded(28);
    let changed = 0;
    const differ: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const text = fuzzText(random);
      const again = proseAgain(proseText(text));
      if (again !== proseText(text)) changed++;
      if (proseOfProse(text) !== again) differ.push(text);
    }
    expect(differ).toEqual([]);
    // Texts whose prose the passes change again were met, so the answer was not always the prose.
    expect(changed).toBeGreaterThan(100);
  });
});
