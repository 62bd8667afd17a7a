// A number in what a person is told is a fact said to them, not a bound a duty demands (issue 11,
// round 25b: v26's "Tell customers who are locked out that a locksmith will be with them within
// forty-five minutes" -> "twenty-five minutes" read as a deadline tightened). A rule that has us
// tell someone when a thing will happen is only as good as the fact: told sooner it is a promise
// nobody asked the staff to keep, told later another fact. Read by reason-number.ts (no direction)
// and _entailed-tightenings.ts (no tightening). Pure.

/** A verb of telling and its "that" before the number, with no clause joined between them. */
const TOLD_THAT = /\b(?:tell|tells|told|inform|informs|promise|promises|assure|assures|reassure|reassures|remind|reminds|warn|warns|explain|explains|let (?:\w+ ){1,3}know)\b(?:(?!\b(?:and|but|then|or)\b)[^.;:])* that\b/i;

/** Whether the words before a number end inside what a person is told ("tell callers that ... within"). */
export function inWhatIsTold(prefix: string): boolean {
  return TOLD_THAT.test(prefix);
}
