// `number-changed` read with time windows said in words as figures (`_time-windows.ts`): "within
// the hour" -> "by end of day" loosens a duty's deadline, "within 60 minutes" -> "within the hour"
// keeps it. The messages quote each version's own words. Pure.
import type { Reason } from '../schema/records.ts';
import { withTimeWindowsInFigures, type WindowsInFigures } from './_time-windows.ts';
import { findNumberChanges } from './reason-number.ts';

/** A message's quoted figures put back into the words one version used. */
function quotedAsSaid(part: string, read: WindowsInFigures): string {
  return read.said.reduce((message, { figure, words }) => message.replace(`"${figure}"`, `"${words}"`), part);
}

export function findNumberChangesInWords(previous: string, next: string): Reason[] {
  const before = withTimeWindowsInFigures(previous);
  const after = withTimeWindowsInFigures(next);
  return findNumberChanges(before.text, after.text).map((reason) => {
    const [from, ...to] = reason.message.split(' -> ');
    return { ...reason, message: [quotedAsSaid(from ?? '', before), ...to.map((part) => quotedAsSaid(part, after))].join(' -> ') };
  });
}
