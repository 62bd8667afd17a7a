// `scope-narrowed` for a rule said of all things of a kind whose subject now picks out some of
// them: "All units carry a current PIPA tag" -> "All units bought since 2024 carry ...", "Every
// forklift carries an extinguisher" -> "Every forklift bought after 2022 carries ...", "Each
// visitor signs the register" -> "Each visitor arriving after 6 pm signs ...". reason-narrowed-
// subject.ts reads a subject that ends at a modal or "is/are"; a plain statement of fact ("carry",
// "signs") gives no such end, so here the universal opening the sentence marks the subject, and the
// words inserted right after its noun are what pick out: a participle, a relative clause or an
// "except". Set off by commas they are an aside ("All ladders, whether owned or hired, are ...");
// with every/any/even/whether they widen or stress. A grant's subject narrowed grants fewer
// people (stricter), and a prohibition's is reason-narrowed-object's. Pure.
import type { Reason } from '../schema/records.ts';
import { wordsInserted } from './_condition-tail.ts';
import { readOneToOne, type StatementDiffInput } from './_statement-groups.ts';
import { isContent, stemSet } from './_statements.ts';
import { normaliseWord, quote } from './_text.ts';
import { NUMBER_WORDS } from './_numbers.ts';

const UNIVERSALS = /^(?:all|every|each)$/;
/** Words of the noun after the universal, at most: "all fire doors", "every rented e-bike". */
const MAX_NOUN_WORDS = 3;
const MAX_INSERTED = 8;
/** Past participles that carry no "-ed". */
const IRREGULAR_PARTICIPLES = /^(?:bought|built|made|sold|sent|kept|held|brought|taken|given|written|paid|hired|leased|lent|found|left|done|seen|shown|known|grown|driven|ridden|worn|drawn|chosen|frozen|stolen|spent|run|set|put|fitted|fit)$/;
const OPENERS = /^(?:who|that|which|whose|except|excluding|other|apart|but)$/;
/** Words that make the inserted words widen or stress rather than pick out. */
const WIDENING = /^(?:every|any|all|each|even|whether|regardless|however|whatever|whoever|including|also|too|alike|both)$/;
const SUBJECT_ENDS = /^(?:must|shall|should|will|would|need|needs|has|have|is|are|do|does)$/;
const GRANTS_OR_BANS = /^(?:may|can|could|might|not|never|no|cannot|nobody|none)$/;

/**
 * Words that pick out some of a kind by an amount when one follows ("Every watch worth more than
 * £200", "All parcels over 2 kg", "Every child younger than five"; round 25b): what is worth, weighs
 * or measures so much, or more or less than it.
 */
const AMOUNT_OPENERS = /^(?:worth|valued|over|under|above|below|more|less|fewer|heavier|lighter|larger|smaller|bigger|longer|shorter|older|younger|taller|wider|higher|lower)$/;

/** Whether the inserted words open with a word that picks out some of a kind. */
function picksOut(words: readonly string[]): boolean {
  const [word = ''] = words;
  if (AMOUNT_OPENERS.test(word)) return words.some((later) => /^\d/.test(later) || later in NUMBER_WORDS);
  return OPENERS.test(word) || IRREGULAR_PARTICIPLES.test(word) || /^[a-z]{3,}(?:ed|ing)$/.test(word);
}

export function findUniversalsNarrowed(input: StatementDiffInput): Reason[] {
  return readOneToOne(input, ({ group, previous, next }) => {
    if (!UNIVERSALS.test(previous.words[0] ?? '') || previous.words.some((word) => GRANTS_OR_BANS.test(word))) return null;
    const inserted = wordsInserted(previous.words, next.words);
    if (!inserted || inserted.at < 2 || inserted.at > 1 + MAX_NOUN_WORDS || inserted.words.length > MAX_INSERTED) return null;
    // A subject ending at a modal or "is/are" is reason-narrowed-subject's: one finding.
    if (SUBJECT_ENDS.test(next.words[inserted.at + inserted.words.length] ?? '')) return null;
    const [opener = ''] = inserted.words;
    if (!picksOut(inserted.words) || inserted.words.some((word) => WIDENING.test(word))) return null;
    // An aside set off by a comma or brackets is no restriction.
    const lastAdded = inserted.words.at(-1) ?? '';
    const upTo = next.text.toLowerCase().indexOf(lastAdded, next.text.toLowerCase().indexOf(opener));
    // (A comma between digits is a thousands separator: "£10,000".)
    if (/[,(]/.test(next.text.slice(0, upTo < 0 ? next.text.length : upTo + lastAdded.length + 1).replace(/(\d),(?=\d{3})/g, '$1'))) return null;
    const oldStems = stemSet(previous.text);
    if (!inserted.words.some((word) => /^\d/.test(word) || (isContent(word) && word !== opener && !oldStems.has(normaliseWord(word))))) return null;
    // The rest of the rule stays: at least two content words after the subject.
    if (previous.words.slice(inserted.at).filter(isContent).length < 2) return null;
    const subject = next.words.slice(0, inserted.at + inserted.words.length).join(' ');
    return { code: 'scope-narrowed', message: `scope narrowed: the rule now covers only "${subject}" in ${quote(group.nextText)}` };
  });
}
