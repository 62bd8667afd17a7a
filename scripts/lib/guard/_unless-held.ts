// "Do not enter the plant room without a permit" = "... unless you hold a permit": a prohibition's
// exception said as "without X" in one version and "unless <someone> has/holds/carries X" in the
// other is one exception, not a "without" dropped. The new version's "unless ... holds" is written
// as the old version's "without" before the versions are compared. Pure.
import { normaliseWord } from './_text.ts';

const HELD = /\bunless (?:you|they|he|she|we|it|the [a-z]+|[a-z]+) (?:hold|holds|have|has|have got|has got|carry|carries|show|shows|present|presents|produce|produces|wear|wears|are wearing|is wearing|possess|possesses) ((?:(?:a|an|the|their|your|his|her|its|our|valid|signed|written|current) )*)([a-z-]+)/gi;
const WITHOUT = /\bwithout ((?:(?:a|an|the|their|your|his|her|its|our|valid|signed|written|current) )*)([a-z-]+)/gi;

export function withHeldCaseSaidWithout(next: string, previous: string): string {
  const without = new Set([...previous.matchAll(WITHOUT)].map((match) => normaliseWord((match[2] ?? '').toLowerCase())));
  if (without.size === 0) return next;
  return next.replace(HELD, (whole, determiners: string, noun: string) => (without.has(normaliseWord(noun.toLowerCase())) ? `without ${determiners}${noun}` : whole));
}
