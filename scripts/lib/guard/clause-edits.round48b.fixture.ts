// Round 48b (session 42, issue 11): edits written for round 48b in domains of their own (a puppet
// theatre, a salt marsh reserve): rules said from the other side whose new words are (a) an
// opposite of an old word under the flipped polarity ("stay seated" -> "no puppeteer stands",
// "unsupervised" -> "only supervised", "wet" -> "only when dry"), (b) the old word said in another
// form or sense ("photographing ... is forbidden" -> "may be photographed only with"), or a ban
// put on the thing whole ("off limits", "hands-off", "put away", "out of bounds"); beside
// regression twins that flip or move a "no" keeping the words, trade an opposite without its "no",
// or replace a case's word. The first 24 were written before the word check was built and measured
// before and after it; the last 8 (the whole ban) after its code, before any measure of them. None
// was edited after measuring. HISTORY.md, "Session 42, guard48b". Part of the tuning set
// (`CLAUSE_EDITS` spreads them).
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_48B_EDITS: readonly ClauseEdit[] = [
  // (a) an opposite traded under a flipped polarity, the other words kept or said by a sense in common
  { kind: 'benign', variant: 'reword', previous: 'Puppeteers must stay seated behind the screen while the curtain is up.', next: 'While the curtain is up, no puppeteer stands behind the screen.' },
  { kind: 'benign', variant: 'reword', previous: 'Marionettes with a broken string are not to go on stage.', next: 'Only marionettes whose strings are whole go on stage.' },
  { kind: 'benign', variant: 'reword', previous: 'Do not open the wardens\' hide to visitors while the tide is high.', next: 'The wardens\' hide stays closed to visitors while the tide is high.' },
  { kind: 'benign', variant: 'reword', previous: 'Visitors who arrive late are not admitted to the matinee.', next: 'Only visitors who arrive early are admitted to the matinee.' },
  { kind: 'benign', variant: 'reword', previous: 'Never leave the shadow lamps lit when the theatre is empty.', next: 'When the theatre is empty, the shadow lamps are always unlit.' },
  { kind: 'benign', variant: 'reword', previous: 'Children who are unsupervised may not go onto the saltmarsh boardwalk.', next: 'Only supervised children may go onto the saltmarsh boardwalk.' },
  { kind: 'benign', variant: 'reword', previous: 'Dogs must not be taken off the lead on the sea wall path.', next: 'Dogs stay on the lead on the sea wall path.' },
  { kind: 'benign', variant: 'reword', previous: 'Wet puppets must not be packed into the touring trunks.', next: 'Puppets are packed into the touring trunks only when dry.' },
  // (b) a word said by its synonym or broader word under a moved "no"
  { kind: 'benign', variant: 'reword', previous: 'Photographing the nesting terns without a warden\'s permission is forbidden.', next: 'The nesting terns may be photographed only with a warden\'s permission.' },
  { kind: 'benign', variant: 'reword', previous: 'Ringing the avocets without a licence is prohibited.', next: 'Avocets may be ringed only by someone holding a licence.' },
  { kind: 'benign', variant: 'reword', previous: 'Do not lend the glove puppets to schools that have not signed the loan form.', next: 'Glove puppets are lent only to schools that have signed the loan form.' },
  { kind: 'benign', variant: 'reword', previous: 'Boats must not be launched from the creek unless the warden has checked the tide table.', next: 'A boat goes out from the creek only once the warden has checked the tide table.' },
  // regressions: polarity flipped or moved with the words kept, an opposite traded without its "no", a case word replaced
  { kind: 'negation', previous: 'Puppeteers must stay seated behind the screen while the curtain is up.', next: 'Puppeteers must stand behind the screen while the curtain is up.' },
  { kind: 'negation', previous: 'Marionettes with a broken string are not to go on stage.', next: 'Marionettes with a broken string go on stage.' },
  { kind: 'negation', previous: 'Do not open the wardens\' hide to visitors while the tide is high.', next: 'The wardens\' hide stays open to visitors while the tide is high.' },
  { kind: 'negation', previous: 'Visitors who arrive late are not admitted to the matinee.', next: 'Visitors who arrive late are admitted to the matinee.' },
  { kind: 'negation', previous: 'Children who are unsupervised may not go onto the saltmarsh boardwalk.', next: 'Children who are supervised may not go onto the saltmarsh boardwalk.' },
  { kind: 'negation', previous: 'Wet puppets must not be packed into the touring trunks.', next: 'Puppets are packed into the touring trunks only when wet.' },
  { kind: 'negation', previous: 'Photographing the nesting terns without a warden\'s permission is forbidden.', next: 'The nesting terns may be photographed without a warden\'s permission.' },
  { kind: 'negation', previous: 'Do not lend the glove puppets to schools that have not signed the loan form.', next: 'Glove puppets are lent only to schools that have not signed the loan form.' },
  { kind: 'condition', previous: 'Boats must not be launched from the creek unless the warden has checked the tide table.', next: 'A boat goes out from the creek only once the warden has seen the tide table.' },
  { kind: 'scope', previous: 'Ringing the avocets without a licence is prohibited.', next: 'Avocets may be ringed only by someone who has applied for a licence.' },
  { kind: 'negation', previous: 'Never leave the shadow lamps lit when the theatre is empty.', next: 'When the theatre is empty, the shadow lamps are always lit.' },
  { kind: 'drift', previous: 'Dogs must not be taken off the lead on the sea wall path.', next: 'Dogs stay off the sea wall path.' },
  // A ban put on the thing whole, the old act unsaid; beside a case word replaced, a set narrowed, the whole ban negated.
  { kind: 'benign', variant: 'reword', previous: 'Visitors must not walk on the saltings at high tide.', next: 'At high tide the saltings are off limits to visitors.' },
  { kind: 'benign', variant: 'reword', previous: 'Children may not touch the string puppets on display.', next: 'The string puppets on display are hands-off for children.' },
  { kind: 'benign', variant: 'reword', previous: 'Audience members are not to use phones during the show.', next: 'During the show, audience phones stay put away.' },
  { kind: 'benign', variant: 'reword', previous: 'Do not climb on the fly gallery ladder during a performance.', next: 'During a performance the fly gallery ladder is out of bounds.' },
  { kind: 'condition', previous: 'Visitors must not walk on the saltings at high tide.', next: 'At low tide the saltings are off limits to visitors.' },
  { kind: 'scope', previous: 'Children may not touch the string puppets on display.', next: 'The string puppets on display are hands-off for children under five.' },
  { kind: 'condition', previous: 'Audience members are not to use phones during the show.', next: 'Before the show, audience phones stay put away.' },
  { kind: 'negation', previous: 'Do not climb on the fly gallery ladder during a performance.', next: 'During a performance the fly gallery ladder is not out of bounds.' },
];
