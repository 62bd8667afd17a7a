// What a heading says about the list items under it, read from its words rather than matched as a
// whole: "## Never", "## Never do these", "## Things you must never do", "## What not to do" and
// "## Don'ts" all make the items under them prohibitions; "## Always", "## Things to always do",
// "## You must" make them duties; "## You may", "## Allowed" grants. A heading with a modal or a
// negation and nothing else but filler words (do, these, the following, things, to, you, ever) is
// read as the words its items start with, so "## Never" -> "## Never do these" leaves every item
// what it was, and "## Never" -> "## Always" turns each of them (issue 11, round 21b: the heading
// in the middle of a long clause is read with the items the change window keeps under it). A
// heading naming a thing ("## Never share passwords", "## Refunds") is no lead-in. Pure.

/** Words that carry no rule of their own in a heading. */
const FILLER = new Set(['do', 'dos', 'these', 'this', 'the', 'following', 'things', 'thing', 'to', 'you', 'we', 'staff', 'any', 'of', 'ever', 'under', 'circumstances', 'list', 'rules', 'rule', 'what', 'please', 'at', 'all', 'times', 'should', 'shall', 'here', 'are', 'is', 'a', 'few', 'some', 'must-dos', 'items']);
const NEGATIONS = new Set(['never', 'not', "don't", 'dont', "don'ts", 'donts', "don't's", 'no', 'avoid', 'prohibited', 'forbidden', 'banned', "mustn't", "can't", 'cannot', 'nots']);
const DUTIES = new Set(['always', 'must', 'required', 'mandatory', 'musts']);
const GRANTS = new Set(['may', 'can', 'allowed', 'permitted', 'optional', 'fine', 'ok', 'okay']);

/** The words a heading's list items are read as starting with ("Do not", "Always", "You may"), or ''. */
export function headingLeadIn(title: string): string {
  const words = title.toLowerCase().replace(/[’]/g, "'").split(/[^a-z'-]+/).filter((word) => word !== '');
  if (words.length === 0 || words.length > 7) return '';
  // "Do's and don'ts" holds both: no one reading for its items.
  if (words.includes('and') || words.includes('or')) return '';
  let negated = false;
  let duty = false;
  let grant = false;
  for (const word of words) {
    if (NEGATIONS.has(word)) negated = true;
    else if (DUTIES.has(word)) duty = true;
    else if (GRANTS.has(word)) grant = true;
    else if (!FILLER.has(word)) return '';
  }
  // "Never" with "allowed" ("Never allowed", "Not allowed") forbids; a lone "Do"/"Dos" asks.
  if (negated) return 'Do not';
  if (grant) return 'You may';
  if (duty || words.every((word) => word === 'do' || word === 'dos')) return 'Always';
  return '';
}
