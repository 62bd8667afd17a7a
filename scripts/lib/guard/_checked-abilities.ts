// "Confirm that the guest can walk 8 km, has waterproof boots and is not pregnant": a "can" in what
// a verb of checking asks about is an ability the rule checks, no grant. The list readings took
// the "can" for a permission and an item dropped from it for a grant narrowed, stricter, so a
// condition of the check cut out of it passed (issue 11, round 29b: v32's glacier hike). Read from
// grammar, not words of the list: a verb of checking or securing (confirm, check, verify, make sure,
// ensure, establish, find out, ask, assess), then "that"/"whether"/"if" or straight on to the
// subject, then "can"/"could"/"is able to" in the same clause (no comma, colon or semicolon
// between). "may" stays a grant wherever it stands: "Ensure that guests may leave at any time"
// secures a permission. Pure.

/** A verb of checking or securing: what follows it in its clause is what it asks about. */
const CHECKING = /\b(?:confirm|confirms|confirming|check|checks|checking|verify|verifies|verifying|ensure|ensures|ensuring|make sure|makes sure|making sure|establish|establishes|find out|finds out|ask|asks|asking|assess|assesses|assessing)\b[^;:.!?]*/gi;
/** Words of ability: a permission too, where nothing checks them. */
const ABILITY = /\b(?:can|could|(?:is|are) able to)\b/i;
/** Words that only grant. */
const PERMISSION = /\b(?:may|allowed to|permitted to|free to|entitled to|welcome to)\b/i;

/**
 * Whether every "can"/"could" of a clause stands in what a verb of checking asks about: after it,
 * in the same clause (its list items, commas and all, go on asking), and no word that only grants.
 */
export function abilityChecked(clause: string): boolean {
  if (!ABILITY.test(clause) || PERMISSION.test(clause)) return false;
  return !ABILITY.test(clause.replace(CHECKING, ' '));
}
