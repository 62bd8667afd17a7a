// A sentence that grants with no negation anywhere in it ("Members may bring a guest"). The readings
// of a duty's act, object or party replaced leave such a sentence to the grant readings: a grant's
// act, object or party changed is another grant, which they weigh (fewer people granted is stricter).

const GRANT = /\b(?:may|can|could|allowed to|permitted to|free to|welcome to|entitled to)\b/i;
const NEGATED = /\b(?:not|never|no|cannot)\b|n't\b/i;

export function isUnnegatedGrant(sentence: string): boolean {
  return GRANT.test(sentence) && !NEGATED.test(sentence);
}
