// One duty of company said two ways: "Never leave a patient alone in the MRI room" = "A patient
// in the MRI room must always have someone with them" = "... must always be accompanied". The
// first forbids a state, the second demands its opposite, so a "never" turned into an "always"
// keeps the rule. Pure.
import { normaliseWord } from './_text.ts';

const NEVER_LEAVE_ALONE = /(?:\bnever|\bnot|n['’]t)\s+(?:be\s+)?(?:leave|left)\s+((?:[a-z'’-]+\s+){0,4}?)(?:alone|unattended|unsupervised|unaccompanied|on (?:their|its|his|her) own|by (?:themselves|itself|himself|herself))\b/i;
const ALWAYS_WITH = /\balways\b(?:\s+[a-z'’-]+){0,4}?\s+(?:(?:have|has)\s+(?:someone|somebody|an? [a-z-]+(?: [a-z-]+)?|staff|company)\s+with\s+(?:them|it|him|her)|(?:be\s+)?(?:accompanied|supervised|attended|escorted|watched)\b)/i;

/** Whether one version forbids leaving a thing alone and the other demands it always have company, about the same thing. */
export function neverAloneSaidAsAlwaysWith(previous: string, next: string): boolean {
  return [[previous, next], [next, previous]].some(([never, always]) => {
    const left = NEVER_LEAVE_ALONE.exec(never ?? '');
    if (!left || !ALWAYS_WITH.test(always ?? '')) return false;
    // The thing left, or the subject of the passive ("A patient must never be left alone").
    const thing = (left[1]?.trim() ? left[1] : (never ?? '').slice(0, left.index)).toLowerCase().split(/[^a-z'-]+/).filter((word) => word.length > 2 && !/^(?:the|any|our|its|her|his)$/.test(word)).map(normaliseWord);
    const said = new Set((always ?? '').toLowerCase().split(/[^a-z'-]+/).map(normaliseWord));
    return thing.length > 0 && thing.some((stem) => said.has(stem));
  });
}
