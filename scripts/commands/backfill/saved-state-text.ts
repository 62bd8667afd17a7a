// The text of backfill's resume state (`.git/promptvault/backfill.json`): the commits done and the
// record files written for them. Each save wrote every record's entry again (39,419 at the end of
// the bench's 10,000-prompt history, at 5 saves and the last: 1.7% of the replay's thread in a
// profile); the entries already written are now kept as text, and a save appends the new ones.

/** What `.git/promptvault/backfill.json` holds. */
export interface SavedState {
  head: string;
  from: string | null;
  done: string[];
  records: { path: string; commit: string }[];
}

/** Writes the state's text save after save, for records that are only ever appended to. */
export class SavedStateText {
  /** The JSON of the first `#count` records, joined by commas. */
  #records = '';
  #count = 0;

  /**
   * `JSON.stringify` of the state: `done` the commits replayed (oldest first), `all` every record in
   * the order produced, each with the index in `done` of the commit that produced it. A record whose
   * commit is not done yet is left out, as are the ones after it until it is.
   */
  text(head: string, from: string | null, done: readonly string[], all: readonly { path: string; producer: number }[]): string {
    let rest = '';
    for (let i = this.#count; i < all.length; i++) {
      const record = all[i]!;
      const commit = done[record.producer];
      if (commit === undefined) continue;
      const entry = JSON.stringify({ path: record.path, commit });
      // Kept only while no record was left out: the text stays that of the first `#count` records.
      if (i === this.#count) {
        this.#records += this.#records === '' ? entry : `,${entry}`;
        this.#count++;
      } else rest += `,${entry}`;
    }
    const records = this.#records === '' ? rest.slice(1) : this.#records + rest;
    return `{"head":${JSON.stringify(head)},"from":${JSON.stringify(from)},"done":${JSON.stringify(done)},"records":[${records}]}`;
  }
}
