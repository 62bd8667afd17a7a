// A long clause is read around its change (_change-window.ts), so a sentence the edit dropped
// here while a copy of it stands further off in the new version ("Never share a customer's
// password." held under "## Security" and again under "## Accounts", one copy deleted) read as a
// rule removed, and a sentence pasted here that the old version already held far away read as a
// rule added. A sentence whose text still stands in the whole other version changed nothing:
// it is taken out of the window before the window is read. Linear in the clause (one set of
// sentence keys per version). Pure.
import { standsIn } from './_repeated-sentences.ts';
import { splitSentences } from './_text.ts';

/** `text` without the sentences `drop` picks, each cut from the line it is written on (a line left bare goes too). */
function withoutSentences(text: string, drop: readonly string[]): string {
  const lines: Array<string | null> = text.split('\n');
  for (const sentence of drop) {
    // A list item read with its lead-in ("Agents must: log the ticket") is not written so: left as it is.
    const at = lines.findIndex((line) => line !== null && line.includes(sentence));
    if (at < 0) continue;
    const line = lines[at]!;
    const cut = line.replace(sentence, '').replace(/ {2,}/, ' ');
    lines[at] = /^\s*(?:[-*+]|\d+[.)])?\s*$/.test(cut) ? null : cut.replace(/\s+$/, '');
  }
  return lines.filter((line) => line !== null).join('\n');
}

/**
 * The window's two texts with every sentence set aside whose copy stands in the whole other
 * version but not in the other window: what the edit did not remove or add. The window itself
 * when it is the whole clause.
 */
export function setAsideFarTwins(window: readonly [string, string], previous: string, next: string): [string, string] {
  const [old, now] = window;
  if (old === previous && now === next) return [old, now];
  const oldSentences = splitSentences(old);
  const newSentences = splitSentences(now);
  const inOldWindow = standsIn(oldSentences);
  const inNewWindow = standsIn(newSentences);
  const inPrevious = standsIn(splitSentences(previous));
  const inNext = standsIn(splitSentences(next));
  const stillStands = oldSentences.filter((sentence) => !inNewWindow(sentence) && inNext(sentence));
  const stoodBefore = newSentences.filter((sentence) => !inOldWindow(sentence) && inPrevious(sentence));
  if (stillStands.length === 0 && stoodBefore.length === 0) return [old, now];
  return [withoutSentences(old, stillStands), withoutSentences(now, stoodBefore)];
}
