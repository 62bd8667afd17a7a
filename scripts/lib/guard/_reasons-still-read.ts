// The reasons of a clause edit that a re-read in other words still raises (issue 11, round 35a).
// The re-reads (`reworded-withdrawn.ts`, round 17a; `requirements-kept-withdrawn.ts`, round 31c)
// write the new version's sentences in the old one's words where a fold reads the same rule, and
// read the edit again. They withdrew all or nothing: in a prompt of several sentences, one
// sentence the folds read as the old rule ("Tickets are not refunded unless the concert is
// cancelled" -> "A ticket is refunded only when ...") kept its codes whenever another sentence of
// the same prompt still blocked ("Latecomers are admitted only at a break" -> "Anyone arriving late
// waits for a break"), and the verdict weighing read every code of both. Here each reason as
// written is kept or withdrawn on its own: withdrawn when the re-read raises its code nowhere, or
// when it quotes a sentence the folds wrote in other words and the re-read raises nothing at all
// on that sentence as folded; kept, whatever its code, when it quotes a sentence the folds left as
// written and the re-read still blocks there. The reasons kept quote the words as written. When the re-read
// blocks only where the texts as written raised nothing (a fold that misread), every reason
// stays, as before. Pure.
import type { Reason } from '../schema/records.ts';
import { quote, splitSentences } from './_text.ts';

/** Each sentence of `asWritten` the fold changed, with its folded text; none when the fold joined or split sentences. */
function sentencesFolded(asWritten: string, folded: string): Map<string, string> {
  const [written, now] = [splitSentences(asWritten), splitSentences(folded)];
  const changed = new Map<string, string>();
  if (written.length !== now.length) return changed;
  written.forEach((sentence, i) => {
    if (now[i] !== sentence) changed.set(sentence, now[i]!);
  });
  return changed;
}

/**
 * `asWritten` (read on `previous` and `next`) without the blocking reasons the re-read of the
 * folded texts (`reread`, on `previousFolded` and `nextFolded`) no longer raises; `kept` names the
 * codes no rewording withdraws.
 */
export function reasonsStillRead(asWritten: readonly Reason[], reread: readonly Reason[], kept: RegExp, texts: { previous: string; next: string; previousFolded: string; nextFolded: string }): Reason[] {
  const blocks = (reason: Reason): boolean => reason.advisory !== true && !kept.test(reason.code);
  const rereadBlocking = reread.filter(blocks);
  const still = new Set(rereadBlocking.map((reason) => reason.code));
  const folded = new Map([...sentencesFolded(texts.previous, texts.previousFolded), ...sentencesFolded(texts.next, texts.nextFolded)]);
  const blocksOn = (now: string): boolean => rereadBlocking.some((other) => other.message.includes(quote(now)));
  // A reason quoting a sentence the folds rewrote, where nothing blocks on the sentence as folded.
  const readAway = (reason: Reason): boolean => [...folded].some(([sentence, now]) => reason.message.includes(quote(sentence)) && !blocksOn(now));
  // A reason quoting a sentence the folds left as written (they wrote the other version's in its
  // words) on which the re-read still blocks, under any code: "not refunded unless the concert is
  // cancelled" -> "refunded only when the concert is cancelled or moved" reads as written as a
  // negation dropped, the old sentence folded as a case added; the sentence stays read, by its
  // reasons as written, or its widening went unsaid. A sentence the folds rewrote is left to the
  // readings above: what the re-read finds there may be the fold's own misreading.
  const sentences = [...new Set([...splitSentences(texts.previous), ...splitSentences(texts.next)])];
  const stillBlocks = (reason: Reason): boolean => sentences.some((sentence) => !folded.has(sentence) && reason.message.includes(quote(sentence)) && blocksOn(sentence));
  const left = asWritten.filter((reason) => !blocks(reason) || stillBlocks(reason) || (still.has(reason.code) && !readAway(reason)));
  return left.some(blocks) ? left : [...asWritten];
}
