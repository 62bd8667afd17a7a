// `number-changed` read with time windows said in words as figures (`_time-windows.ts`): "within
// the hour" -> "by end of day" loosens a duty's deadline, "within 60 minutes" -> "within the hour"
// keeps it. A window is read as an amount only when the other version names a length of time too
// ("by end of day" -> "before you go home" compares no amounts). The messages quote each
// version's own words. Pure.
import { withTimeWindowsInFigures, type WindowsInFigures } from './_time-windows.ts';
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

export function findNumberChangesInWords(previous: string, next: string): Finding[] {
  const inFigures = [withTimeWindowsInFigures(previous), withTimeWindowsInFigures(next)] as const;
  // "by end of day" -> "before you go home" names no amount on the other side: the words are
  // compared as words, as "a year" is only against a number of years.
  const before = timed(inFigures[1].text) ? inFigures[0] : { text: previous, said: [] };
  const after = timed(inFigures[0].text) ? inFigures[1] : { text: next, said: [] };
  return readNumberChanges(before.text, after.text).map((reason) => {
    const [from, ...to] = reason.message.split(' -> ');
    return { ...reason, message: [quotedAsSaid(from ?? '', before), ...to.map((part) => quotedAsSaid(part, after))].join(' -> ') };
  });
}
