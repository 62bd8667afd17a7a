// "Refund the deposit if the booking is cancelled because of rain" -> "... if the booking is
// cancelled at least 7 days ahead, including because of rain": the old case kept only as an
// example of a new one. Read as written, the condition lost "because of rain" to a clause of its
// own and gained words the old one never had, which reads as a case replaced in other words and
// passes; but ", including X" covers X only inside the case before it, so X keeps its place in
// that case: the new text is read with the "including" taken out ("cancelled at least 7 days
// ahead because of rain"; "including when X" joins as "and X"), and the detectors see a condition
// that now demands more. Only when
// every word of X stood together in the old text and nowhere else in the new one (the old case
// moved, not an example added: "any weekday morning, including bank holidays" widens), and the
// case before it takes in no "any/every/all" ("for any reason, including rain" widens). Pure.
import { normaliseWord, tokenizeWords } from './_text.ts';

const INCLUDING = /,\s*(?:including|even)\s+([^,.;:!?]+)/gi;
const WIDENING = /\b(?:any|every|all|whatever|whichever|regardless)\b/i;

export function withIncludedCaseInPlace(next: string, previous: string): string {
  const old = ` ${tokenizeWords(previous).join(' ')} `;
  return next.replace(INCLUDING, (whole, example: string, at: number) => {
    // "including when the item arrived broken": a case said with its own marker joins the case before it.
    const marked = /^(?:when|if|where|once)\s+/i.exec(example);
    const words = tokenizeWords(marked ? example.slice(marked[0].length) : example);
    if (words.length === 0 || !old.includes(` ${words.join(' ')} `)) return whole;
    // An example the old text gave as one already is no case moved, its marker said or not: the
    // whole phrase counts ("even if the customer offers", read against itself, moved nothing).
    const said = tokenizeWords(whole).join(' ');
    if (old.includes(` ${said} `) || old.includes(` including ${words.join(' ')} `) || old.includes(` even ${words.join(' ')} `)) return whole;
    // The case the example now belongs to, in its sentence up to the comma.
    const sentenceStart = Math.max(next.lastIndexOf('.', at), next.lastIndexOf(';', at), 0);
    if (WIDENING.test(next.slice(sentenceStart, at))) return whole;
    // Moved, not repeated: the rest of the new text no longer has the example's words.
    const rest = new Set(tokenizeWords(next.slice(0, at) + next.slice(at + whole.length)).map(normaliseWord));
    if (words.every((word) => rest.has(normaliseWord(word)))) return whole;
    return marked ? ` and ${example.slice(marked[0].length)}` : ` ${example}`;
  });
}
