// Two parties of unequal length exchanged in every place a sentence names them ("The lookout radios
// each bearing to the neighbouring tower, and the neighbouring tower cross-checks it" -> "The
// neighbouring tower radios each bearing to the lookout, and the lookout cross-checks it"). The
// exchange readings of reason-roles.ts take one word for one word (findExchangedWords) or two runs
// read once each around a middle (findExchangedPhrases); a party of two words named twice in two
// clauses is neither. Read on content stems: the first place the sentences differ opens run P (old)
// and run Q (new), of one to three stems each, sharing no stem; the old stems with every P written
// as Q and every Q as P are the new stems exactly. Side by side with only list words between them
// ("the lookout and the neighbouring tower" -> "the neighbouring tower and the lookout") they are
// one list said the other way, not two roles. Round 23b (v24's fire lookouts). Pure.

/** Words that join two things into one list: things on either side of them play no two roles. */
const LIST_JOINERS = /^(?:and|or|nor|&|,|the|a|an|both|either|neither|then|plus|as|well|with)$/;
const MAX_RUN = 3;

/** `stems` with every run `p` written as `q` and every run `q` as `p`; null when neither is there. */
function exchange(stems: readonly string[], p: readonly string[], q: readonly string[]): string[] | null {
  const out: string[] = [];
  let found = 0;
  const at = (i: number, run: readonly string[]) => run.every((stem, k) => stems[i + k] === stem);
  for (let i = 0; i < stems.length; ) {
    if (at(i, p)) {
      out.push(...q);
      i += p.length;
      found++;
    } else if (at(i, q)) {
      out.push(...p);
      i += q.length;
      found++;
    } else {
      out.push(stems[i] ?? '');
      i++;
    }
  }
  // Named in three places at least: two runs read once each are findExchangedPhrases' (and a
  // sentence's two halves turned round, "A must be present when B" -> "B only with A present", is none).
  return found >= 3 ? out : null;
}

/**
 * The two parties exchanged, as written in the old sentence, or null. `stems` are the content
 * stems in order, `written` the words they were read from (same length), `between` the words of
 * the old sentence between consecutive content words (`between[i]` before content word i).
 */
export function exchangedEverywhere(before: readonly string[], after: readonly string[], written: readonly string[], between: ReadonlyArray<readonly string[]>): [string, string] | null {
  let first = 0;
  while (first < before.length && before[first] === after[first]) first++;
  if (first >= before.length || first >= after.length) return null;
  for (let a = 1; a <= MAX_RUN; a++) {
    for (let b = 1; b <= MAX_RUN; b++) {
      if (a + b < 3) continue; // one word for one word is findExchangedWords' to read
      const p = before.slice(first, first + a);
      const q = after.slice(first, first + b);
      if (p.length < a || q.length < b || p.some((stem) => q.includes(stem))) continue;
      const exchanged = exchange(before, p, q);
      if (!exchanged || exchanged.join(' ') !== after.join(' ')) continue;
      // Each party named at least once in the old sentence, and at least twice between them.
      const qAt = before.findIndex((_, i) => q.every((stem, k) => before[i + k] === stem));
      if (qAt === -1) continue;
      // Side by side, joined as a list: one list said the other way.
      const gap = qAt === first + a ? between[qAt] ?? [] : qAt + b === first ? between[first] ?? [] : null;
      if (gap !== null && gap.every((word) => LIST_JOINERS.test(word))) continue;
      return [written.slice(first, first + a).join(' '), written.slice(qAt, qAt + b).join(' ')];
    }
  }
  return null;
}
