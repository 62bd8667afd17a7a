import { describe, expect, it } from 'vitest';
import { ForkedMap } from './forked-map.ts';

const KEYS = Array.from({ length: 24 }, (_, i) => `prompts/${i % 5}/p${i}.md`);

describe('ForkedMap', () => {
  it('reads as the copy it replaces, order of keys included, through random sets, deletes, forks and disposals', () => {
    let seed = 7;
    const random = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32) * n);
    // Each live map beside a plain Map copied where it was forked: the model of what it must read as.
    const live = [{ map: new ForkedMap<string, number>([['prompts/0/p0.md', 0]]), model: new Map([['prompts/0/p0.md', 0]]) }];
    let folded = 0;
    for (let step = 0; step < 8_000; step++) {
      const i = random(live.length);
      const { map, model } = live[i]!;
      const key = KEYS[random(KEYS.length)]!;
      const roll = random(20);
      if (roll < 9) {
        map.set(key, step);
        model.set(key, step);
      } else if (roll < 16) {
        expect(map.delete(key)).toBe(model.delete(key));
      } else if (roll < 18 && live.length < 6) {
        live.push({ map: map.fork(), model: new Map(model) });
      } else if (roll < 19 && live.length > 1) {
        // A branch merged: its map goes, and a map left alone with the shared one folds into it.
        map.dispose();
        live.splice(i, 1);
        folded++;
        expect(map.size).toBe(0);
      } else if (roll < 20 && step % 97 === 0) {
        map.clear();
        model.clear();
      }
      for (const other of live) {
        expect([...other.map]).toEqual([...other.model]);
        expect(other.map.size).toBe(other.model.size);
        expect([...other.map.keys()]).toEqual([...other.model.keys()]);
        expect([...other.map.values()]).toEqual([...other.model.values()]);
        const probe = KEYS[random(KEYS.length)]!;
        expect(other.map.get(probe)).toBe(other.model.get(probe));
        expect(other.map.has(probe)).toBe(other.model.has(probe));
      }
    }
    expect(folded).toBeGreaterThan(40);
  });

  it('changes the shared map in place once a fork is the only one left, and a copy of it is a plain copy', () => {
    const main = new ForkedMap<string, string>([['a', '1'], ['b', '2'], ['c', '3']]);
    const branch = main.fork();
    main.set('b', 'main').delete('a');
    main.set('a', 'again');
    branch.set('d', 'branch');
    expect([...main]).toEqual([['b', 'main'], ['c', '3'], ['a', 'again']]);
    expect([...branch]).toEqual([['a', '1'], ['b', '2'], ['c', '3'], ['d', 'branch']]);
    branch.dispose();
    // Folded: what main changed is in the map it now has alone, in the same order.
    expect([...main]).toEqual([['b', 'main'], ['c', '3'], ['a', 'again']]);
    main.set('e', '5');
    expect(new Map(main)).toEqual(new Map([['b', 'main'], ['c', '3'], ['a', 'again'], ['e', '5']]));
    const seen: string[] = [];
    main.forEach((value, key, map) => seen.push(`${key}=${value}:${map === main}`));
    expect(seen).toEqual(['b=main:true', 'c=3:true', 'a=again:true', 'e=5:true']);
  });
});
