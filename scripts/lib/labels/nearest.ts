// Pure and dependency-free (the runtime uses it in browsers and edge functions): the known names
// closest to one that is not known, for "did you mean" hints.

/**
 * Up to `max` names closest to `name` by edit distance (a name sharing its last `/` segment always
 * qualifies: a moved prompt; so does one that `name`, three characters or more, begins: a label
 * shortened, "prod" for "production", is too far by edit distance).
 */
export function nearestIds(name: string, names: readonly string[], max = 3): string[] {
  const last = name.split('/').pop() ?? name;
  return names
    .map((candidate) => {
      const distance = editDistance(name, candidate);
      const near = candidate.split('/').pop() === last || distance <= Math.max(2, Math.floor(Math.max(name.length, candidate.length) / 3));
      // Its last segment the one named, then one that lengthens it (a prompt renamed vip ->
      // vip-customers): in long ids every sibling is near by edit distance, and "support/closing"
      // came before "support/vip-customers" for "support/vip" (a forked_from left at the old id).
      const segment = candidate.split('/').pop() ?? candidate;
      const kin = segment === last ? 0 : last.length >= 3 && segment.startsWith(last) ? 1 : 2;
      return { candidate, distance, near, kin, shortened: name.length >= 3 && candidate.startsWith(name) };
    })
    .filter(({ near, shortened }) => near || shortened)
    // Names found only as the longer form come after the near ones ("apology" -> "shared/prompts/apology" before "apology-vip").
    .sort((a, b) => Number(b.near) - Number(a.near) || a.kin - b.kin || a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, max)
    .map(({ candidate }) => candidate);
}

/** ` Did you mean "a", "b"?` naming `near` (nearestIds' answer), or nothing when it is empty. */
export function didYouMean(near: readonly string[]): string {
  return near.length > 0 ? ` Did you mean ${near.map((n) => `"${n}"`).join(', ')}?` : '';
}

/**
 * The end of every message about a name nobody knows (a prompt id, a label), from the CLI and the
 * runtime alike: `. Did you mean "a"? Labels: a, b, c` (the nearest first, then the first 20
 * known; `none` when there are none). `near`: nearestIds' answer when the caller has it already.
 */
export function nearestAndKnown(name: string, names: readonly string[], { known, none = 'none', near = nearestIds(name, names) }: { known: string; none?: string; near?: readonly string[] }): string {
  const listed = `${names.slice(0, 20).join(', ') || none}${names.length > 20 ? ', ...' : ''}`;
  return `.${didYouMean(near)} ${known}: ${listed}`;
}

/** Levenshtein distance. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = row;
  }
  return previous[b.length]!;
}
