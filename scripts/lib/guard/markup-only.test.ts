import { describe, expect, it } from 'vitest';
import { readMarkupAsProse } from './_markup-only.ts';

describe('prose only marked up as Markdown reads as the prose it was', () => {
  const prose = 'Pool rules: no diving in the shallow end, no running on the deck and no glass anywhere near the water.';

  it('reads a heading and list with the same words in the same order as the prose', () => {
    const marked = '#### Pool rules\n- **No diving** in the shallow end.\n- No running on the deck.\n- No glass anywhere near the water.';
    expect(readMarkupAsProse(prose, marked)).toEqual([prose, prose]);
  });

  it('lets a dash in a numbered item stand for the linking word it replaced, never for a rule word', () => {
    const signals = 'Signals: two blasts mean clear the line, and one blast means start.';
    expect(readMarkupAsProse(signals, '## Signals\n1. **Two blasts** – clear the line.\n2. **One blast** – start.')).toEqual([signals, signals]);
    const never = 'Signals: two blasts never mean clear the line.';
    const marked = '## Signals\n1. **Two blasts** – clear the line.';
    expect(readMarkupAsProse(never, marked)).toEqual([never, marked]);
  });

  it('leaves both versions as written when a word changed, was dropped or an "or" became a list', () => {
    const changed = '#### Pool rules\n- No diving in the shallow end.\n- No running on the deck.\n- Glass is fine near the water.';
    expect(readMarkupAsProse(prose, changed)).toEqual([prose, changed]);
    const either = 'Refuse the booking if the card is expired or the name differs.';
    const list = 'Refuse the booking if:\n- the card is expired\n- the name differs';
    expect(readMarkupAsProse(either, list)).toEqual([either, list]);
  });
});
