// Two parties exchanged around a contrast ("HR, not the line manager, decides" -> "The line
// manager, not HR, decides"; "approved by the system owner, never by the requester" -> "... by the
// requester, never by the system owner"): the rule now names the opposite party. Read from the
// shape, not a list of roles: the words before and after the changed stretch stayed, and the
// stretch is "A <contrast> B" in one version and "B <contrast> A" in the other, A and B sharing no
// content word, each holding at least one. Pure.
import { isContent } from './_statements.ts';
import { normaliseWord } from './_text.ts';
import { changedStretch } from './_changed-stretch.ts';

/** Words that set one party against another; longest first so "rather than" wins over a lone word. */
const CONTRASTS: readonly (readonly string[])[] = [['rather', 'than'], ['instead', 'of'], ['not'], ['never']];

/**
 * Words after which "not"/"never" negates a verb ("and do not comment on ..."): two duties
 * reordered, not two parties set against each other.
 */
const VERB_BEFORE = new Set(['do', 'does', 'did', 'is', 'are', 'was', 'were', 'be', 'been', 'have', 'has', 'had', 'can', 'cannot', 'may', 'must', 'should', 'will', 'shall', 'could', 'would', 'might', 'need', 'to']);

/** Where a contrast stands in `words[from, to)` (its index and length), if exactly one does. */
function contrastIn(words: readonly string[], from: number, to: number): [number, number] | null {
  const found: [number, number][] = [];
  for (let i = from; i < to; i++) {
    const hit = CONTRASTS.find((parts) => parts.every((part, k) => words[i + k] === part));
    if (hit && i + hit.length <= to) {
      if (VERB_BEFORE.has(words[i - 1] ?? '')) return null;
      found.push([i, hit.length]);
      i += hit.length - 1;
    }
  }
  return found.length === 1 ? (found[0] ?? null) : null;
}

function contentStems(words: readonly string[]): string[] {
  return words.filter(isContent).map(normaliseWord).sort();
}

/** A party as written, from its first content word to its last ("by the requester" -> "requester"). */
function shown(words: readonly string[]): string {
  const first = words.findIndex(isContent);
  const last = words.findLastIndex(isContent);
  return words.slice(first, last + 1).join(' ');
}

/**
 * The two parties exchanged around a contrast between two readings of one sentence (lower-case
 * words, punctuation gone), as written in the old one, or null.
 */
export function findContrastSwap(before: readonly string[], after: readonly string[]): [string, string] | null {
  // The stretch is read on stems: the verb after the parties agrees with the new first one ("The
  // teacher, not our staff, keeps pupils" -> "Our staff, not the teacher, keep pupils"), and a verb
  // that only changed its ending is no word of either party (round 48a, v70's roles).
  const { head: first, tail } = changedStretch(before.map(normaliseWord), after.map(normaliseWord));
  const middle0 = before.slice(first, before.length - tail);
  const middle1 = after.slice(first, after.length - tail);
  const found0 = contrastIn(before, first, before.length - tail);
  const found1 = contrastIn(after, first, after.length - tail);
  if (!found0 || !found1) return null;
  const at0: [number, number] = [found0[0] - first, found0[1]];
  const at1: [number, number] = [found1[0] - first, found1[1]];
  const a0 = contentStems(middle0.slice(0, at0[0]));
  const b0 = contentStems(middle0.slice(at0[0] + at0[1]));
  const b1 = contentStems(middle1.slice(0, at1[0]));
  const a1 = contentStems(middle1.slice(at1[0] + at1[1]));
  if (a0.length === 0 || b0.length === 0) return null;
  if (a0.some((stem) => b0.includes(stem))) return null;
  if (a0.join(' ') !== a1.join(' ') || b0.join(' ') !== b1.join(' ')) return null;
  return [shown(middle0.slice(0, at0[0])), shown(middle0.slice(at0[0] + at0[1]))];
}

/** Words that may open the party a trailing contrast keeps out: "not by the grower", "not to the enquirer". */
const PARTY_OPENERS = new Set(['by', 'to', 'for', 'with', 'from']);
/** The longest party a trailing contrast names: "not the packhouse inspector". */
const MOST_PARTY_WORDS = 5;

/** A sentence that ends on a contrast setting one party against the act ("..., not the grower"): the words before it and the party, or null. */
function trailingContrast(words: readonly string[]): [readonly string[], readonly string[]] | null {
  const at = words.lastIndexOf('not');
  if (at < 2 || VERB_BEFORE.has(words[at - 1] ?? '') || words.slice(0, at).some((word) => word === 'not' || word === 'never')) return null;
  const party = words.slice(at + 1 + (PARTY_OPENERS.has(words[at + 1] ?? '') ? 1 : 0));
  return party.length === 0 || party.length > MOST_PARTY_WORDS ? null : [words.slice(0, at), party];
}

/**
 * The doer and the party a trailing contrast keeps out exchanged, the act kept ("The packhouse inspector
 * samples each grower's bins, not the grower" -> "Each grower samples their own bins, not the packhouse
 * inspector"): each party's words now stand where the other's stood, an owner said as "their own" all
 * the same; at least one content word of the act is said in both. As written in the new version, or null (round 47a, v68's roles).
 */
export function findTrailingContrastSwap(before: readonly string[], after: readonly string[]): [string, string] | null {
  const old = trailingContrast(before);
  const now = old && trailingContrast(after);
  if (!old || !now) return null;
  const [oldParty, newParty] = [contentStems(old[1]), contentStems(now[1])];
  if (oldParty.length === 0 || newParty.length === 0 || oldParty.some((stem) => newParty.includes(stem))) return null;
  const [oldHead, newHead] = [new Set(contentStems(old[0])), new Set(contentStems(now[0]))];
  // The party now kept out was named before the old contrast, and is named before the new one no more; the old one now is.
  if (!newParty.every((stem) => oldHead.has(stem)) || newParty.some((stem) => newHead.has(stem)) || !oldParty.every((stem) => newHead.has(stem))) return null;
  const act = [...oldHead].filter((stem) => !oldParty.includes(stem) && !newParty.includes(stem));
  return act.some((stem) => newHead.has(stem)) ? [shown(now[1]), shown(old[1])] : null;
}
