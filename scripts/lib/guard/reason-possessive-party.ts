// `object-replaced` for the party after a kept owner: "sent to the lending library's conservator"
// -> "to the lending library's front desk", "kept by the building's caretaker" -> "by the
// building's letting agency". reason-party reads a lone role word swapped for another role word
// ("-er", "-or", "-ist"); here the new holder is often a place or a desk that stands for people
// ("front desk", "gift shop", "reception"), so the shape decides instead: the only words that
// changed in the sentence stand right after an owner's "'s" that stayed, which itself follows a
// to/by/with/from; the words that went and the words that came share no stem or synonym, hold no
// number, and at least two content words of the rule stayed around them. "the museum's registrar"
// -> "the registrar of the museum" changes more than the head and is no swap. Pure.
import type { Reason } from '../schema/records.ts';
import { oneToOneSentences } from './_align.ts';
import { GENERIC_PARTIES } from './_parties.ts';
import { contentStems, quote, STOP_WORDS } from './_text.ts';
import { changedStretch } from './_changed-stretch.ts';

/** How many words a holder may have on either side ("health and safety officer"). */
const MAX_HOLDER_WORDS = 4;
/** A slot that leads to a party, up to three words before the owner's "'s" ("to the lending library's"). */
const SLOT_BEFORE_OWNER = /\b(?:to|by|with|from)\s+(?:(?:the|a|an|their|your|our|its|his|her)\s+)?(?:[\p{L}-]+\s+){0,2}[\p{L}-]+['’]s$/iu;
const FRAME_KEPT = 2;

function words(sentence: string): string[] {
  return sentence.replace(/[.;!?]+$/, '').split(/\s+/).filter(Boolean);
}

const ACRONYM = /^[A-Z]{2,}s?$/;
const bare = (word: string): string => word.replace(/[^A-Za-z]/g, '');

/** Whether one side is an acronym of the other's words (stop words aside), or holds an acronym with no words on the other side to read. */
function initialsOf(acronymSide: readonly string[], wordsSide: readonly string[]): boolean {
  const acronyms = acronymSide.map(bare).filter((word) => ACRONYM.test(word));
  if (acronyms.length === 0) return false;
  const initials = wordsSide.map(bare).filter((word) => word !== '' && !STOP_WORDS.has(word.toLowerCase())).map((word) => word[0]?.toUpperCase() ?? '').join('');
  // An acronym on both sides ("the client's CFO" -> "the client's CEO") is left to the entity reading.
  return wordsSide.some((word) => ACRONYM.test(bare(word))) || acronyms.some((acronym) => acronym.replace(/s$/, '') === initials);
}

/** The changed stretch of a sentence kept around it, when it follows an owner's "'s" in a party slot. */
function holderSwap(before: string, after: string): { gone: string; came: string } | null {
  const old = words(before);
  const now = words(after);
  const { head: prefix, tail: suffix } = changedStretch(old, now);
  const gone = old.slice(prefix, old.length - suffix);
  const came = now.slice(prefix, now.length - suffix);
  if (gone.length === 0 || came.length === 0 || gone.length > MAX_HOLDER_WORDS || came.length > MAX_HOLDER_WORDS) return null;
  if (!SLOT_BEFORE_OWNER.test(old.slice(0, prefix).join(' '))) return null;
  // A digit is an amount; an acronym ("the client's CFO") may stand for the words it replaced, when
  // its letters are their initials ("chief financial officer"); "the patient's consultant" -> "the
  // patient's GP" names another party (v30, round 28b).
  if ([...gone, ...came].some((word) => /\d/.test(word))) return null;
  if (initialsOf(gone, came) || initialsOf(came, gone)) return null;
  // "the client's accounts team" -> "the client's finance team": a kept head after the change names the same holder.
  const kept = old[old.length - suffix];
  if (kept !== undefined && !STOP_WORDS.has(kept.toLowerCase().replace(/[^a-z]/g, ''))) return null;
  return { gone: gone.join(' '), came: came.join(' ') };
}

export function findOwnedPartiesReplaced(previous: string, next: string): Reason[] {
  const reasons: Reason[] = [];
  for (const [before, after] of oneToOneSentences(previous, next)) {
    const swap = holderSwap(before, after);
    if (!swap) continue;
    const goneStems = contentStems(swap.gone);
    const cameStems = contentStems(swap.came);
    // "the client's accounts team" -> "the client's finance team" keeps a word; the customer in general is no other party.
    if (goneStems.length === 0 || cameStems.length === 0 || cameStems.some((stem) => goneStems.includes(stem))) continue;
    if (swap.came.split(/\s+/).some((word) => GENERIC_PARTIES.has(word.toLowerCase()))) continue;
    if (contentStems(before).length - goneStems.length < FRAME_KEPT) continue;
    reasons.push({ code: 'object-replaced', message: `party replaced: "${swap.gone}" -> "${swap.came}" after the same owner in ${quote(after)}` });
  }
  return reasons;
}
