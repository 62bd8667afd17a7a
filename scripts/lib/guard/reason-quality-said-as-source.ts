// `object-replaced`: a quality a rule asks of its thing replaced by where the thing comes from
// ("Only barbless hooks may be used on the lower river" -> "Only hooks bought from the fishery shop
// may be used ..."; "Only biodegradable confetti may be thrown" -> "Only confetti bought from the
// venue may be thrown"). The word before the kept noun went and a phrase opened by a participle and
// "from / by / at / through" came after it: what the rule cared about (barbs, what breaks down) is
// no longer asked, only a source, and the changed words are too few for the similarity reading.
// Read as a rule of English: the sentence changed is one, every other word of it kept in place; the
// phrase holds no negation (a quality spelled out as "that are not X" or "without barbs" is its
// rewording: `spelled-negation`) and no word of it says the dropped word again, as itself, a part
// of it ("gmo-derived" -> "derived from ..."), a synonym or a word one link away. Round 45a (v64's
// and v45's drifts; no benign edit of a read set holds the shape: 223 benign edits move a word
// before a noun into a phrase after it, each a negation spelled out or the word said again).
// Pure: the dictionary is handed in.
import type { Reason } from '../schema/records.ts';
import type { Lexicon } from './_lexicon.ts';
import { saysWord } from './_requirement-kept.ts';
import { isContent } from './_statements.ts';
import { normaliseWord, splitSentences, tokenizeWords } from './_text.ts';

/** Participles of getting a thing from somewhere that do not end in -ed. */
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['bought', 'sold', 'made', 'grown', 'given', 'brought', 'got', 'gotten', 'taken', 'caught', 'built', 'sent', 'won', 'lent', 'drawn']);
/** What a source phrase goes on with after its participle. */
const SOURCE_WORDS: ReadonlySet<string> = new Set(['from', 'by', 'at', 'through', 'via']);
/** Words that spell a quality out as its absence: the phrase then says the dropped word's negative. */
const NEGATIONS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'without', 'nobody', 'none', 'nothing', 'cannot', "n't", 'non', 'free']);

const isParticiple = (word: string): boolean => IRREGULAR_PARTICIPLES.has(word) || /^[a-z]{3,}ed$/.test(word);

/** The dropped word, the kept noun and the phrase that came, when `next` is `previous` with that change and no other. */
function qualitySaidAsSource(previous: string, next: string): { quality: string; noun: string; phrase: string[] } | null {
  const a = tokenizeWords(previous);
  const b = tokenizeWords(next);
  for (let i = 0; i + 1 < a.length; i++) {
    if (a[i] !== b[i]) {
      const rest = a.slice(i + 2);
      const tail = b.slice(i + 1);
      if (b[i] !== a[i + 1] || tail.length <= rest.length || tail.slice(tail.length - rest.length).join(' ') !== rest.join(' ')) return null;
      const phrase = tail.slice(0, tail.length - rest.length);
      const quality = a[i]!;
      if (phrase.length < 3 || !isContent(quality) || /\d/.test(quality)) return null;
      if (!isParticiple(phrase[0]!) || !SOURCE_WORDS.has(phrase[1]!)) return null;
      return { quality, noun: a[i + 1]!, phrase };
    }
  }
  return null;
}

export function findQualitiesSaidAsSources(previous: string, next: string, lexicon?: Lexicon | null): Reason[] {
  if (!lexicon) return [];
  const old = splitSentences(previous);
  const now = splitSentences(next);
  if (old.length !== now.length) return [];
  const changed = old.flatMap((sentence, i) => (sentence === now[i] ? [] : [i]));
  const [at] = changed;
  if (changed.length !== 1 || at === undefined) return [];
  const found = qualitySaidAsSource(old[at]!, now[at]!);
  if (!found) return [];
  const { quality, noun, phrase } = found;
  if (phrase.some((word) => NEGATIONS.has(word))) return [];
  const parts = quality.split('-').filter((part) => part.length > 2);
  const saysAgain = phrase.some((word) => parts.some((part) => normaliseWord(part) === normaliseWord(word) || saysWord(lexicon, part, word)));
  if (saysAgain) return [];
  return [{ code: 'object-replaced', message: `object replaced: "${quality} ${noun}" -> "${noun} ${phrase.join(' ')}", the quality asked of it said as where it comes from` }];
}
