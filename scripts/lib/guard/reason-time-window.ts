// `number-changed` read with time windows said in words as figures (`_time-windows.ts`): "within
// the hour" -> "by end of day" loosens a duty's deadline, "within 60 minutes" -> "within the hour"
// keeps it. A window is read as an amount only when the other version names a length of time too
// ("by end of day" -> "before you go home" compares no amounts). The messages quote each
// version's own words. Pure.
import { withTimeWindowsInFigures, type WindowsInFigures } from './_time-windows.ts';
import { withCountsInFigures } from './_counting-nouns.ts';
import { findQuantities, readNumberChanges } from './reason-number.ts';
import type { Finding } from './_findings.ts';

/** A message's quoted figures put back into the words one version used. */
function quotedAsSaid(part: string, read: WindowsInFigures): string {
  return read.said.reduce((message, { figure, words }) => message.replace(`"${figure}"`, `"${words}"`), part);
}

/** Whether a text names a length of time in figures (after the windows were written as figures). */
function timed(text: string): boolean {
  return findQuantities(text).some((quantity) => /^(?:business )?time$|^month$/.test(quantity.dimension));
}

export function findNumberChangesInWords(written: string, nextWritten: string): Finding[] {
  // "a pair of interpreters" is 2 of them (_counting-nouns.ts), read before the windows.
  const counts = [withCountsInFigures(written, nextWritten), withCountsInFigures(nextWritten, written)] as const;
  const [previous, next] = [counts[0].text, counts[1].text];
  const inFigures = [withTimeWindowsInFigures(previous), withTimeWindowsInFigures(next)] as const;
  // "by end of day" -> "before you go home" names no amount on the other side: the words are
  // compared as words, as "a year" is only against a number of years.
  const before = timed(inFigures[1].text) ? inFigures[0] : { text: previous, said: [] };
  const after = timed(inFigures[0].text) ? inFigures[1] : { text: next, said: [] };
  // A count's figure opens the amount quoted ("2 interpreters"): its words are put back there.
  const countsAsSaid = (part: string, said: typeof counts[0]['said']): string => said.reduce((message, { figure, words }) => message.replace(`"${figure} `, `"${words} `), part);
  return readNumberChanges(before.text, after.text).map((reason) => {
    const [from, ...to] = reason.message.split(' -> ');
    const message = [countsAsSaid(quotedAsSaid(from ?? '', before), counts[0].said), ...to.map((part) => countsAsSaid(quotedAsSaid(part, after), counts[1].said))].join(' -> ');
    return { ...reason, message };
  });
}
