import { describe, expect, it } from 'vitest';
import { FLAT_YAML_TWINS } from './_flat-yaml.ts';
import { matchesTwin } from './_ascii-twin.ts';

// The front-matter readers test ASCII values against a twin of each `\p` pattern (cheaper to
// compile): on every ASCII text the twin must say what the pattern says.

const ASCII = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code));
// The characters the patterns treat apart, for longer texts.
const TELLING = [...'aZ09_./-*?,[] \t"\'{}:#\x00\x1f\x7f'];

/** A small seeded generator: the same texts on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

function asciiTexts(): string[] {
  const texts = [...ASCII, ...ASCII.flatMap((a) => ASCII.map((b) => a + b))];
  // Every telling character in each place of the shapes the patterns read.
  for (const c of TELLING) texts.push(`a${c}b`, `[a${c}b] [c]`, `[a] [b${c}]`, `[a,${c}b] [c]`, `*.${c}ts`, `*.ts,${c}*.md`, `*${c}`, `${c}a`);
  const random = seeded(7);
  for (let i = 0; i < 20_000; i++) {
    const length = 1 + Math.floor(random() * 14);
    texts.push(Array.from({ length }, () => (random() < 0.7 ? TELLING : ASCII)[Math.floor(random() * (random() < 0.7 ? TELLING.length : 128))] ?? 'a').join(''));
  }
  return [...texts, 'refund-agent', 'Read, Edit', '[file] [message]', '[a, b/c.d] [e-f]', '*.ts,*.tsx', '*.ts, src/*.md', 'Use when: asked'];
}

describe('the ASCII twins of the front-matter patterns', () => {
  it('match every ASCII text exactly as the Unicode patterns do', () => {
    const texts = asciiTexts();
    for (const [name, twin] of Object.entries(FLAT_YAML_TWINS)) {
      const differ = texts.filter((text) => twin.ascii.test(text) !== twin.unicode.test(text));
      expect(differ, name).toEqual([]);
      // Some texts of each kind, so that agreement is not agreement on nothing.
      expect(texts.some((text) => twin.unicode.test(text)), `${name} matches some`).toBe(true);
    }
  });

  it('leave a text holding a character past ASCII to the Unicode pattern', () => {
    const { PLAIN, FLOW_ITEM } = FLAT_YAML_TWINS;
    expect(['réponse', 'Ärger', 'お客様', 'ſ', 'ª'].map((text) => [matchesTwin(PLAIN, text), matchesTwin(FLOW_ITEM, text)])).toEqual([[true, true], [true, true], [true, true], [true, true], [true, true]]);
    expect(['é"', '\u2028a', 'a\u2028', 'a\xa0b'].map((text) => matchesTwin(PLAIN, text))).toEqual([false, false, false, false]);
    expect(matchesTwin(FLAT_YAML_TWINS.SIDE_BY_SIDE_LISTS, '[fichier] [réponse]')).toBe(true);
    expect(matchesTwin(FLAT_YAML_TWINS.STAR_GLOB, '*.ts,*.ré')).toBe(true);
  });
});
