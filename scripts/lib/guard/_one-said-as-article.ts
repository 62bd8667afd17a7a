// A count of one said by the article: "one full calendar month's notice" = "a full calendar
// month's notice", "in one clear bag" = "in a single clear bag", "one towel each" = "a towel each".
// The number readings took the "one" gone for a number removed, which flags whatever the verdict
// weighing says (issue 11, round 35a: v44's "Cancellations need one full calendar month's notice"
// -> "To cancel, a member gives a full calendar month's notice", "one clear resealable bag" -> "a
// single clear bag"). Read only when the word after "one" follows "a", "an" or "a single" in the
// new version more often than in the old, and the count had no bound ("no more than one guest"
// -> "a guest" drops the cap). Pure.
import { escapeRegExp } from './_text.ts';

/** Whether the count "one <word>" (`text`, as the number reading wrote it) is said in `next` as "a/an (single) <word>". */
export function oneSaidAsArticle(text: string, previous: string, next: string): boolean {
  const [count, word] = text.toLowerCase().split(/\s+/);
  if (count !== 'one' || !word || !/^[a-z][a-z'-]*$/.test(word)) return false;
  // "in one school's colours to another school": "one" set against "another" or "the other" picks
  // one of several, no count, and "a school's" loses the contrast (v39's drift).
  const opposed = new RegExp(String.raw`\bone\s+${escapeRegExp(word)}\b[^.;:!?]*\b(?:another|other|others)\b`, 'i');
  if (opposed.test(previous)) return false;
  const article = new RegExp(String.raw`\b(?:an?|an? single)\s+${escapeRegExp(word)}\b`, 'gi');
  return (next.match(article)?.length ?? 0) > (previous.match(article)?.length ?? 0);
}
