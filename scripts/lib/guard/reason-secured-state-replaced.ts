// `modal-weakened`: the secured state a duty demands swapped for a state that secures nothing
// ("The cabinet must be locked when unattended" -> "must be lowered", "Keep the hatch sealed" ->
// "Keep the hatch cleaned", "The guard must be closed" -> "must be checked"). The duty keeps its
// frame and its strength, one word changed, so no other reading sees that it no longer protects:
// locking, sealing, closing, isolating or covering a thing is what the rule was for. Read: the
// one word changed in an aligned duty is a participle or verb of securing, the new word is none of
// them and shares no root with it. A securing word for another ("locked" -> "secured", "shut" ->
// "closed") keeps the rule, and a word that undoes it ("Extinguish" -> "Light", "unlocked") is the
// dictionary-opposite reading's; a prohibition ("never leave it unlocked") is read by the negation
// readings. Round 23b (issue 11's "locked" -> "lowered", seen missed). Pure.
import type { Reason } from '../schema/records.ts';
import { readOneToOne, type StatementDiffInput } from './_statement-groups.ts';
import { oneWordSwap } from './_changed-stretch.ts';
import { quote, sameRoot } from './_text.ts';
import { ruleKind } from './_rule-kind.ts';

/** Verbs of securing a thing, in their forms. */
const SECURING = new Set(
  `lock locks locked locking seal seals sealed sealing secure secures secured securing close closes closed closing shut shuts shutting
  cover covers covered covering cap caps capped capping guard guards guarded guarding fence fences fenced fencing
  isolate isolates isolated isolating disconnect disconnects disconnected disconnecting earth earths earthed earthing
  ground grounds grounded grounding bolt bolts bolted bolting chain chains chained chaining tether tethers tethered tethering
  clamp clamps clamped clamping padlock padlocks padlocked padlocking bar bars barred barring latch latches latched latching
  fasten fastens fastened fastening lid lidded sheathe sheathed cordon cordoned barricade barricaded unplug unplugged
  deactivate deactivated disarm disarmed extinguish extinguished`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words that undo a securing act ("Extinguish" -> "Light", "locked" -> "unlocked"): the dictionary's
 * opposites, which reason-dictionary-opposite reads as opposite-word when no other reason is read first.
 */
const UNDOING = /^(?:un[a-z]+|open|opens|opened|opening|light|lights|lit|lighting|ignite[sd]?|igniting|connect|connects|connected|connecting|reconnect[a-z]*|activate[sd]?|activating|arm|arms|armed|arming|plug|plugged|release[sd]?|releasing|raise[sd]?|lift|lifted|remove[sd]?|removing)$/;

export function findSecuredStatesReplaced(input: StatementDiffInput): Reason[] {
  return readOneToOne(input, ({ group, previous, next }) => {
    if (ruleKind(previous) !== 'duty' || ruleKind(next) !== 'duty') return null;
    const swap = oneWordSwap(previous.words, next.words);
    if (!swap || !SECURING.has(swap.gone) || SECURING.has(swap.came) || UNDOING.test(swap.came) || !/^[a-z]{3,}$/.test(swap.came) || sameRoot(swap.gone, swap.came)) return null;
    // The state of a thing the duty keeps: its noun before it ("the cabinet must be locked") or after it ("keep the hatch locked", "lock the cabinet").
    if (previous.words.length < 4) return null;
    return { code: 'modal-weakened', message: `duty weakened: "${swap.gone}" (a secured state) became "${swap.came}", which secures nothing, in ${quote(group.nextText)}` };
  });
}
