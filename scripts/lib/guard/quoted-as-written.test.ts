// The guard reads a clause with its Markdown stripped, and quoted "The proto of an object" for a
// clause that writes "The __proto__ of an object" (newcomer26). Its quotes now give such words back.
import { describe, expect, it } from 'vitest';
import { quotesAsWritten } from './_quoted-as-written.ts';

describe('a reason\'s quotes, as the clause writes them', () => {
  const previous = 'The assistant must never change the __proto__ of an object. Never call `__init__` twice.';
  const next = 'The assistant may change the __proto__ of an object. Call `__init__` twice if needed.';

  it('puts back a word marked with `__` and the words of a code span, inside the quotes only', () => {
    const asWritten = quotesAsWritten(previous, next);
    expect(asWritten('modal weakened: "must never" -> "may" in "The assistant may change the proto of an object."')).toBe('modal weakened: "must never" -> "may" in "The assistant may change the __proto__ of an object."');
    expect(asWritten('condition added: "if …" now limits "Call init twice if needed."')).toBe('condition added: "if …" now limits "Call __init__ twice if needed."');
    expect(asWritten('proto outside quotes: "x"')).toBe('proto outside quotes: "x"');
  });

  it('leaves a word the texts also write bare (bold made with underscores, "__Never__" beside "Never")', () => {
    const asWritten = quotesAsWritten('Never reveal the hut.', '__Never__ reveal the hut.');
    expect(asWritten('negation removed: "Never" dropped in "Never reveal the hut."')).toBe('negation removed: "Never" dropped in "Never reveal the hut."');
    // Written only in bold: the quote shows the underscores the clause holds.
    expect(quotesAsWritten('__Never__ reveal the hut.', '__Always__ reveal the hut.')('"Always reveal the hut."')).toBe('"__Always__ reveal the hut."');
  });

  it('changes nothing for clauses that mark no word so, or a code span of plain words', () => {
    expect(quotesAsWritten('Reply within 2 days.', 'Reply within 5 days.')('"Reply within 5 days."')).toBe('"Reply within 5 days."');
    expect(quotesAsWritten('Use `git add` first.', 'Use `git add` last.')('"Use git add last."')).toBe('"Use git add last."');
  });
});
