// Internal: the facts of words as written, found by a span of the text they were read from.
// Measuring looks up every word of every body (tens of millions in a backfill of the bench
// history); keyed by a string, each occurrence was first cut out of the text and hashed by V8
// before the lookup. Here the span is hashed as it is read and compared in place: a word is cut
// out once, when the table first meets it.

/** Distinct words kept at most: past it the table starts again empty (a working vocabulary in every casing fits many times over). */
const MAX_WORDS = 200_000;
const FIRST_SLOTS = 4096;

/** Open addressing, linear probing; a slot is free while its word is undefined. */
export class WordTable<T> {
  #words: (string | undefined)[] = new Array<string | undefined>(FIRST_SLOTS).fill(undefined);
  #hashes = new Int32Array(FIRST_SLOTS);
  #values: (T | undefined)[] = new Array<T | undefined>(FIRST_SLOTS).fill(undefined);
  #count = 0;
  readonly #make: (word: string) => T;

  /** `make`: the value of a word the table meets for the first time, from the word as written. */
  constructor(make: (word: string) => T) {
    this.#make = make;
  }

  /** The value of the word `text.slice(start, end)`, made the first time it is asked for. */
  at(text: string, start: number, end: number): T {
    let hash = 0x811c9dc5 | 0;
    for (let k = start; k < end; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193);
    const length = end - start;
    let mask = this.#words.length - 1;
    let slot = hash & mask;
    for (;;) {
      const word = this.#words[slot];
      if (word === undefined) break;
      if (this.#hashes[slot] === hash && word.length === length && sameSpan(word, text, start)) return this.#values[slot]!;
      slot = (slot + 1) & mask;
    }
    if (this.#count >= MAX_WORDS) {
      this.#reset(FIRST_SLOTS);
      mask = FIRST_SLOTS - 1;
      slot = hash & mask;
    } else if ((this.#count + 1) * 2 > this.#words.length) {
      this.#grow();
      mask = this.#words.length - 1;
      slot = hash & mask;
      while (this.#words[slot] !== undefined) slot = (slot + 1) & mask;
    }
    const word = text.slice(start, end);
    const value = this.#make(word);
    this.#words[slot] = word;
    this.#hashes[slot] = hash;
    this.#values[slot] = value;
    this.#count++;
    return value;
  }

  #reset(slots: number): void {
    this.#words = new Array<string | undefined>(slots).fill(undefined);
    this.#hashes = new Int32Array(slots);
    this.#values = new Array<T | undefined>(slots).fill(undefined);
    this.#count = 0;
  }

  #grow(): void {
    const [words, hashes, values] = [this.#words, this.#hashes, this.#values];
    this.#reset(words.length * 2);
    const mask = this.#words.length - 1;
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      if (word === undefined) continue;
      let slot = hashes[i]! & mask;
      while (this.#words[slot] !== undefined) slot = (slot + 1) & mask;
      this.#words[slot] = word;
      this.#hashes[slot] = hashes[i]!;
      this.#values[slot] = values[i];
      this.#count++;
    }
  }
}

function sameSpan(word: string, text: string, start: number): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
