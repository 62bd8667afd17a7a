// Round 36d (issue 11): the tuning set's and v39/v41's role swaps the readings passed, read as a
// class, each beside a twin that keeps the rule, in domains no set used (a falconry centre, a
// hot-air balloon field, a heritage railway). Two parties of one clause traded where one is a
// pronoun or a possessive ("The falconry centre lends them a glove" -> "They lend the falconry
// centre a glove", "The balloon pilot confirms our landing field" -> "We confirm the balloon
// pilot's landing field"), also when the sentence names the pronoun's party in a second clause
// ("..., and we fix it" -> "..., and they fix it"); the twins turn the voice, move the clause or
// say the act in other words. Written before the reading and measured on the guard at 27cab538
// (weighing off and on): 0 of 3 regressions caught, 0 of 3 benign flagged.
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_36D_EDITS: readonly ClauseEdit[] = [
  { kind: 'roles', previous: "The falconry centre lends them a leather glove for the flying display.", next: "They lend the falconry centre a leather glove for the flying display." },
  { kind: 'benign', variant: 'voice', previous: "The falconry centre lends them a leather glove for the flying display.", next: "Each of them is lent a leather glove by the falconry centre for the flying display." },
  { kind: 'roles', previous: "The balloon pilot confirms our landing field before we inflate the envelope.", next: "We confirm the balloon pilot's landing field before we inflate the envelope." },
  { kind: 'benign', variant: 'reorder', previous: "The balloon pilot confirms our landing field before we inflate the envelope.", next: "Before we inflate the envelope, the balloon pilot confirms our landing field." },
  { kind: 'roles', previous: "Volunteers must report any fault on the carriage to us, and we fix it before the next run.", next: "We must report any fault on the carriage to volunteers, and they fix it before the next run." },
  { kind: 'benign', variant: 'reword', previous: "Volunteers must report any fault on the carriage to us, and we fix it before the next run.", next: "Volunteers must tell us about any fault on the carriage, and we fix it before the next run." },
];
