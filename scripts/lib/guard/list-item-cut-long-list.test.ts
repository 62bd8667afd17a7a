import { describe, expect, it } from 'vitest';
import { listItemCut } from './reason-list-item-cut.ts';

// The rest of a list after a cut item is read for its "and"/"or". Written as items between commas,
// that reading tried every split of the spaces after each comma of a long list with none: a clause
// of forty items laid out with wide spacing kept the hook busy for hours. One class of characters
// reads it in one pass, with the same answers.

const ITEMS = ['buyer numbers', 'lot numbers', 'hammer prices', ...Array.from({ length: 40 }, (_, i) => `${'bcdfghjklmnpqrstvwxz'[i % 20]}${'aeiou'[i % 5]}${'bcdfghjklmnpqrstvwxz'[(i * 7) % 20]}o readings`)];

describe('an item cut from the middle of a long list spaced wide', () => {
  it('is named where the list ends in "and", and not where it has no "and"/"or"', () => {
    const list = (items: string[], last: string) => `For every lot sold, the clerk must record ${items.join(',   ')}${last} the date.`;
    const kept = ITEMS.filter((item) => item !== 'lot numbers');
    expect(listItemCut(list(ITEMS, ' and'), list(kept, ' and'))).toBe('lot numbers');
    expect(listItemCut(list(ITEMS, ',   then'), list(kept, ',   then'))).toBeNull();
  });

  it('reads the rest of the list up to the end of its sentence or clause only', () => {
    expect(listItemCut('Record buyers, lot numbers, prices and dates.', 'Record buyers, prices and dates.')).toBe('lot numbers');
    expect(listItemCut('Record buyers, lot numbers, prices; and sign.', 'Record buyers, prices; and sign.')).toBeNull();
  });
});
