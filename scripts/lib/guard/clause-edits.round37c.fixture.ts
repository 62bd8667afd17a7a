// Round 37c (session 31, issue 11): edits written for round 37c in domains of their own (a lido, a
// chess club, a mountain hut, a seed library, a vet practice, a conveyancer, a bell foundry, a
// planetarium), each benign edit beside a twin that must stay flagged. The classes read: a plain
// sentence that is a duty by what it says, not by its first words (round 36a's two patterns
// replaced: "They also like ..." is no duty, "Once registered users can ..." is the sentence's own
// grant); days, months and words written short by convention ("Tues-Sun", "Yr 2", "8-12 yrs",
// "eHR", "HMLR"), times of day and figure ranges said another way ("10 at night" -> "10pm",
// "between 9 and 11 o'clock" -> "9-11am"); a window closing on "p.m." made every hour. HISTORY.md,
// "Session 31, guard37c". Part of the tuning set (`CLAUSE_EDITS` spreads them).
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_37C_EDITS: readonly ClauseEdit[] = [
  // A plain sentence dropped: a duty by what it says. A party's liking is no duty; a grant after an opening "Once" is the sentence's own.
  { kind: 'benign', variant: 'stricter', previous: "Planetarium guides rehearse the evening show every Thursday. They also like the new dome projector.", next: "Planetarium guides rehearse the evening show every Thursday." },
  { kind: 'requirement', previous: "Planetarium guides rehearse the evening show every Thursday. They also reset the star projector after each show.", next: "Planetarium guides rehearse the evening show every Thursday." },
  { kind: 'benign', variant: 'stricter', previous: "Bell moulds are dried for a week before casting. Once registered visitors can watch a pour from the gallery.", next: "Bell moulds are dried for a week before casting." },
  { kind: 'requirement', previous: "Bell moulds are dried for a week before casting. Each mould is checked by the foreman before it can be filled.", next: "Bell moulds are dried for a week before casting." },
  // Days and ranges written short; the twins drop a day or move a figure.
  { kind: 'benign', variant: 'abbreviation', previous: "The lido opens Tuesday to Sunday, 7am to 7pm, and swimmers must shower before entering the pool.", next: "The lido opens Tues-Sun, 7am-7pm, and swimmers must shower before entering the pool." },
  { kind: 'number', previous: "The lido opens Tuesday to Sunday, 7am to 7pm, and swimmers must shower before entering the pool.", next: "The lido opens Tues-Sun, 7am-9pm, and swimmers must shower before entering the pool." },
  { kind: 'benign', variant: 'abbreviation', previous: "Juniors aged 8 to 12 years play on Wednesday evenings and must be collected by a parent.", next: "Juniors (aged 8-12 yrs) play Wed evenings and must be collected by a parent." },
  { kind: 'number', previous: "Juniors aged 8 to 12 years play on Wednesday evenings and must be collected by a parent.", next: "Juniors (aged 8-14 yrs) play Wed evenings and must be collected by a parent." },
  { kind: 'benign', variant: 'abbreviation', previous: "Seed packets are sorted on Monday and Friday mornings between 9 and 11 o'clock.", next: "Seed packets are sorted Mon and Fri mornings, 9-11am." },
  { kind: 'entity', previous: "Seed packets are sorted on Monday and Friday mornings between 9 and 11 o'clock.", next: "Seed packets are sorted Mon mornings, 9-11am." },
  // Words shortened to their consonants, and acronyms with a small letter or an acronym inside.
  { kind: 'benign', variant: 'abbreviation', previous: "Hut wardens in Year 2 of their training must not lead a group onto the glacier.", next: "Hut wardens in Yr 2 of their training must not lead a group onto the glacier." },
  { kind: 'number', previous: "Hut wardens in Year 2 of their training must not lead a group onto the glacier.", next: "Hut wardens in Yr 3 of their training must not lead a group onto the glacier." },
  { kind: 'benign', variant: 'abbreviation', previous: "Update the electronic health record and the vaccination card after each visit.", next: "Update the eHR and the vaccination card after each visit." },
  { kind: 'conjunct', previous: "Update the electronic health record and the vaccination card after each visit.", next: "Update the eHR after each visit." },
  { kind: 'benign', variant: 'abbreviation', previous: "Send the signed transfer to HM Land Registry within two months of completion.", next: "Send the signed transfer to HMLR within two months of completion." },
  { kind: 'number', previous: "Send the signed transfer to HM Land Registry within two months of completion.", next: "Send the signed transfer to HMLR within three months of completion." },
  // A time of day said in words written as the other writes it; the twin moves the hour.
  { kind: 'benign', variant: 'units', previous: "Quiet hours at the mountain hut start at 10 at night, and nobody may leave after that without telling the warden.", next: "Quiet hours at the mountain hut start at 10pm, and nobody may leave after that without telling the warden." },
  { kind: 'number', previous: "Quiet hours at the mountain hut start at 10 at night, and nobody may leave after that without telling the warden.", next: "Quiet hours at the mountain hut start at 11pm, and nobody may leave after that without telling the warden." },
  // A window closing on "p.m." made every hour: stricter for a duty, more given away by a grant.
  { kind: 'benign', variant: 'stricter', previous: "Climbers must sign the hut book when they arrive before 6 p.m.", next: "Climbers must sign the hut book whenever they arrive, at any time of day." },
  { kind: 'scope', previous: "Climbers may skip the hut book when they arrive before 6 p.m.", next: "Climbers may skip the hut book when they arrive at any time of day." },
];
