// A list's items numbered inline, inside the sentence: "Collateral we accept: (1) cash, (2) vehicle
// titles, (3) real estate deeds", "Sellers must show (a) photo ID, (b) proof of address and (c) a
// bank card", "(i) ..., (ii) ...". The markers only number the items, as a Markdown list's "1."
// does (_markup-only.ts): read without them, a list said without its numbers is no figure removed
// ("(2) vehicle titles" read as two vehicle titles) and no item dropped (issue 11, round 42d: five
// list-prose edits of v58 flagged `number-changed` or `conjunct-dropped`). Only a run that opens
// its sequence, "(1)" and "(2)", "(a)" and "(b)" or "(i)" and "(ii)", each marker standing after a
// space, a colon or the text's start: "Article 6(1)(e)" is a reference, not a list. Pure.

/** A marker as written: its parenthesised label, after the text's start, a space or a colon and before a space. */
const MARKER = /(^|[\s:;,])\((\d{1,2}|[a-z]|[ivx]{1,4})\)(?=\s)/gi;

/** The kinds of sequence a label may belong to, and each kind's first two labels. */
const OPENINGS: ReadonlyArray<{ kind: 'digit' | 'letter' | 'roman'; first: string; second: string; label: RegExp }> = [
  { kind: 'digit', first: '1', second: '2', label: /^\d{1,2}$/ },
  { kind: 'roman', first: 'i', second: 'ii', label: /^[ivx]{1,4}$/i },
  { kind: 'letter', first: 'a', second: 'b', label: /^[a-z]$/i },
];

/** `text` without the markers of each inline run it numbers its items with. */
export function dropInlineMarkers(text: string): string {
  if (!text.includes('(')) return text;
  const labels = [...text.matchAll(MARKER)].map((match) => (match[2] ?? '').toLowerCase());
  let read = text;
  for (const { first, second, label } of OPENINGS) {
    const at = labels.indexOf(first);
    if (at === -1 || !labels.slice(at + 1).includes(second)) continue;
    read = read.replace(MARKER, (whole: string, before: string, written: string) => (label.test(written) ? before : whole));
    // "(i)" is a letter as well as a numeral: once a roman run is read, its letters are gone.
    labels.splice(0, labels.length, ...[...read.matchAll(MARKER)].map((match) => (match[2] ?? '').toLowerCase()));
  }
  // The space each marker stood between is written once.
  return read === text ? text : read.replace(/[ \t]{2,}/g, ' ');
}

/** Both versions with their inline item markers dropped. */
export function readInlineMarkersAsProse(previous: string, next: string): [string, string] {
  return [dropInlineMarkers(previous), dropInlineMarkers(next)];
}
