// A count of one said by the article: "one full calendar month's notice" = "a full calendar
// month's notice", "in one clear bag" = "in a single clear bag", "one towel each" = "a towel each".
// The number readings took the "one" gone for a number removed, which flags whatever the verdict
// weighing says (issue 11, round 35a: v44's "Cancellations need one full calendar month's notice"
// -> "To cancel, a member gives a full calendar month's notice", "one clear resealable bag" -> "a
// single clear bag"). Read only when the word after "one" follows "a", "an" or "a single" in the
// new version as many times more than in the old as "one" went, its plural no more often,
// and the count had no bound ("no more than one guest" -> "a guest" drops the cap). Pure.
import { escapeRegExp } from './_text.ts';

/** Whether the count "one <word>" (`text`, as the number reading wrote it) is said in `next` as "a/an (single) <word>". */
export function oneSaidAsArticle(text: string, previous: string, next: string): boolean {
  const [count, word] = text.toLowerCase().split(/\s+/);
  if (count !== 'one' || !word || !/^[a-z][a-z'-]*$/.test(word)) return false;
  // "in one school's colours to another school": "one" set against "another" or "the other" picks
  // one of several, no count, and "a school's" loses the contrast (v39's drift).
  const opposed = new RegExp(String.raw`\bone\s+${escapeRegExp(word)}\b[^.;:!?]*\b(?:another|other|others)\b`, 'i');
  if (opposed.test(previous)) return false;
  const times = (pattern: RegExp, text: string): number => text.match(pattern)?.length ?? 0;
  const article = new RegExp(String.raw`\b(?:an?|an? single)\s+${escapeRegExp(word)}\b`, 'gi');
  const one = new RegExp(String.raw`\bone\s+${escapeRegExp(word)}\b`, 'gi');
  // Each "one" gone said by an article, and no more said in the plural: "one tablet with breakfast"
  // -> "a tablet with breakfast and a tablet with dinner", or "one guest" -> "guests" beside a new
  // "greet a guest", is a count changed, not one said another way.
  const plural = new RegExp(String.raw`\b${escapeRegExp(word)}(?:s|es)\b`, 'gi');
  const gone = times(one, previous) - times(one, next);
  return gone > 0 && times(article, next) - times(article, previous) === gone && times(plural, next) <= times(plural, previous);
}
