// British and American spellings of one word read as one ("licence" / "license", "colour" /
// "color", "organise" / "organize", "centre" / "center"): a codex written in one spelling and
// edited in the other says the same thing, and the stemmer alone keeps them apart ("licenc" /
// "licens", "organis" / "organ"), so "unlicensed" -> "no licence" read as a new negation.
// Every word is written in its American form before it is stemmed. Pure.

/** Stems with a British -our: "colour", "behaviours", "favoured", "honourable". */
const OUR_STEMS = [
  'arbo', 'armo', 'behavio', 'clamo', 'colo', 'endeavo', 'favo', 'flavo', 'harbo', 'hono', 'humo', 'labo', 'neighbo', 'odo',
  'parlo', 'rigo', 'rumo', 'savio', 'savo', 'splendo', 'valo', 'vapo', 'vigo',
];
const OUR = new RegExp(`^(un|dis)?(${OUR_STEMS.join('|')})ur(s|ed|ing|ful|fully|able|ably|ite|ites|less|er|ers|hood|hoods)?$`);

/** "-ce" nouns whose American spelling is "-se": licence, defence, offence, pretence. */
const CE = /^(un)?(licen|defen|offen|preten)c(e|es|ed|ing|ee|ees)$/;

/** "-re" words whose American spelling is "-er". */
const RE = /^((?:kilo|centi|milli)?(?:met|lit)|cent|theat|fib|calib|lust|somb|meag|sab|spect)re(s|d)?$/;

/** Words whose "-ise" is no variant of "-ize" ("advise", "supervise", "promise", "exercise", "raise"). */
const ISE_WORDS = [
  'advise', 'apprise', 'arise', 'chastise', 'circumcise', 'comprise', 'compromise', 'concise', 'cruise', 'demise', 'despise',
  'devise', 'disguise', 'enterprise', 'excise', 'exercise', 'expertise', 'franchise', 'guise', 'improvise', 'incise', 'likewise',
  'merchandise', 'noise', 'otherwise', 'paradise', 'poise', 'praise', 'precise', 'premise', 'promise', 'raise', 'reprise',
  'revise', 'rise', 'supervise', 'surmise', 'surprise', 'televise', 'treatise', 'wise', 'braise', 'bruise', 'valise', 'oise',
];
const ISE = /^([a-z]{3,}?)(is|ys)(e|es|ed|ing|ation|ations|er|ers|able)$/;

/** Single words spelled apart. */
const WORDS: ReadonlyMap<string, string> = new Map([
  ['programme', 'program'], ['programmes', 'programs'], ['catalogue', 'catalog'], ['catalogues', 'catalogs'], ['grey', 'gray'],
  ['practise', 'practice'], ['practised', 'practiced'], ['practises', 'practices'], ['practising', 'practicing'],
  ['jewellery', 'jewelry'], ['aluminium', 'aluminum'], ['mould', 'mold'], ['mouldy', 'moldy'], ['plough', 'plow'],
  ['manoeuvre', 'maneuver'], ['manoeuvres', 'maneuvers'],
]);

/** The American spelling of a lowercase word, or the word itself. */
export function americanSpelling(word: string): string {
  const listed = WORDS.get(word);
  if (listed) return listed;
  if (CE.test(word)) return word.replace(CE, (_, un: string | undefined, stem: string, end: string) => `${un ?? ''}${stem}s${end}`);
  if (OUR.test(word)) return word.replace(OUR, (_, pre: string | undefined, stem: string, end: string | undefined) => `${pre ?? ''}${stem}r${end ?? ''}`);
  if (RE.test(word)) return word.replace(RE, (_, stem: string, end: string | undefined) => `${stem}er${end === 'd' ? 'ed' : (end ?? '')}`);
  const ise = ISE.exec(word);
  if (ise) {
    const [, stem = '', is = '', end = ''] = ise;
    const base = `${stem}${is}e`;
    if (!ISE_WORDS.some((kept) => base.endsWith(kept))) return `${stem}${is === 'is' ? 'iz' : 'yz'}${end}`;
  }
  // Medical words with "ae"/"oe": paediatric, haemorrhage, anaesthetic, oestrogen, diarrhoea.
  if (/^(?:paed|haem|anaes|orthopaed|oesoph|oestr)/.test(word) || /rrhoea$/.test(word)) return word.replace(/ae/, 'e').replace(/oe/, 'e');
  return word;
}
