// A reproach said to the person: "tell them they should have practised at home", "remind them that
// they ought to have packed it the night before". The modal perfect of "should"/"ought to" with the
// person as its subject says they failed to do what they ought, after the fact: blame, whatever
// the act (issue 11, round 29b: v33's first-time camper; the contempt reading knew "should have
// known better" alone). An expectation is none: "they should have received a tracking email", "the
// train should have arrived at 9" (a thing as the subject, or a verb of getting or being, which
// the person does not do). Pure.

/**
 * The person (they, you, he, she) as the subject of "should have" / "ought to have" and a past
 * participle of an act: not "been", nor a verb of receiving or arriving, nor "have" as a main verb
 * ("they should have a blood test": no participle after it).
 */
export const REPROACH = /\b(?:they|you|he|she)\s+(?:really\s+|clearly\s+|obviously\s+)?(?:should|ought to)\s+have\s+(?!(?:been|received|got|gotten|had|heard|arrived|come|seen|reached)\b)[a-z]+(?:ed|en|wn|ne|t|d)\b/;
