// `roles-swapped` read from who does each act, not from words kept in their slots (round 25b).
// reason-roles reads a swap when the words traded places and every other word stayed; a swap is
// more often written with the sentence's grammar following the new doers: the verb agrees with
// its new subject ("The head marshal briefs ..., and group leaders confirm" -> "Group leaders
// brief ..., and the head marshal confirms"), a determiner comes or goes, the party that was named
// twice is now a pronoun ("the pickers follow the skipper's call" -> "the skipper follows their
// call"), or one party is "we". Three readings of one aligned sentence, each a rule of English:
//
// 1. The subjects of two clauses exchanged: the sentence's content words, possessives and
//    determiners aside ("we" counted as a party), are the same words with a run A, a middle M and
//    a run B read as B, M, A, and each run stands where a clause's subject stands (at the start of
//    the sentence or after a clause opener, and followed by its verb or modal, not by a comma or an
//    "and" of a list). Two duties reordered move their verbs with them; a list reordered has no verb
//    after its items.
// 2. The voice turned and the roles with it: "The range officer clears the archers" -> "The range
//    officer is cleared by the archers": the content words in the same order, one version passive
//    with "by" after the participle and the other active with the "by" party right after its verb.
//    The same voice change that keeps the roles moves the words ("The archers are cleared by ...").
// 3. The owner and the owned exchanged: "the pupil's teacher" -> "the teacher's pupil" ("the
//    teacher of the pupil" says the first again).
// Run last, only when no other reading found roles swapped. Pure.
import type { Reason } from '../schema/records.ts';
import { oneToOneGroups, type StatementDiffInput } from './_statement-groups.ts';
import { isContent } from './_statements.ts';
import { listReordered } from './_list-order.ts';
import { NOUN_DETERMINERS, normaliseWord, quote } from './_text.ts';

interface Token {
  /** Lower case, the possessive ending cut off. */
  word: string;
  stem: string;
  kind: 'party' | 'possessive' | 'determiner' | 'punctuation' | 'other';
}

/** "we" and "us" are the business itself: a party, though a stop word. */
const WE = new Set(['we', 'us']);
const POSSESSIVE_PRONOUNS = new Set(['their', 'his', 'her', 'its', 'our', 'your', 'my', 'whose']);
/** Words after which a clause, and so its subject, begins. */
const CLAUSE_OPENERS = new Set([',', ';', ':', 'and', 'but', 'then', 'while', 'whereas', 'once', 'when', 'whenever', 'after', 'before', 'until', 'unless', 'if', 'because', 'since', 'that', 'so']);
/** Words that carry a noun phrase on as a list or a phrase: a run followed by one is no subject. */
const PHRASE_GOES_ON = new Set([',', ';', ':', 'and', 'or', 'nor', '&', 'of', 'to', 'from', 'with', 'by', 'for', 'in', 'on', 'at', 'as']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'gets', 'get', 'got']);

function readTokens(text: string): Token[] {
  const raw = text.match(/[A-Za-z0-9]+(?:[-'’][A-Za-z0-9]+)*['’]?|[,;:]/g) ?? [];
  return raw.map((written) => {
    const lower = written.toLowerCase().replace(/’/g, "'");
    if (/^[,;:]$/.test(lower)) return { word: lower, stem: lower, kind: 'punctuation' };
    const possessive = /'s$|s'$/.test(lower);
    const word = lower.replace(/'s$/, '').replace(/'$/, '');
    if (possessive) return { word, stem: normaliseWord(word), kind: 'possessive' };
    if (POSSESSIVE_PRONOUNS.has(word) || (NOUN_DETERMINERS.has(word) && word !== 'that')) return { word, stem: word, kind: 'determiner' };
    if (WE.has(word)) return { word, stem: 'we', kind: 'party' };
    return { word, stem: normaliseWord(word), kind: isContent(word) ? 'party' : 'other' };
  });
}

/** The positions of the content words (possessives aside) in a token list. */
function contentPositions(tokens: readonly Token[]): number[] {
  return tokens.flatMap((token, i) => (token.kind === 'party' ? [i] : []));
}

/** Words that open an object: a run word followed by one is a verb, so the run is a clause, not a subject. */
const OBJECT_PRONOUNS = new Set(['it', 'them', 'him', 'me', 'us', 'you', 'this', 'these', 'those']);

/** Whether a run of tokens holds a verb: a word followed at once by a determiner or an object pronoun ("checks the chart"). */
function holdsVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) {
    const next = tokens[i + 1];
    if (tokens[i]?.kind === 'party' && next && (next.kind === 'determiner' || OBJECT_PRONOUNS.has(next.word))) return true;
  }
  return false;
}

/** Whether tokens [from, to] stand where a clause's subject stands: opened by the sentence or a clause opener, followed by a verb. */
function standsAsSubject(tokens: readonly Token[], from: number, to: number): boolean {
  let before = from - 1;
  while (before >= 0 && (tokens[before]?.kind === 'determiner' || tokens[before]?.kind === 'possessive')) before--;
  if (before >= 0 && !CLAUSE_OPENERS.has(tokens[before]?.word ?? '')) return false;
  if (holdsVerb(tokens, from, to)) return false;
  const after = tokens[to + 1];
  return after !== undefined && !PHRASE_GOES_ON.has(after.word) && after.kind !== 'possessive';
}

/** Reading 1: two clauses' subjects exchanged, the grammar following them. */
function subjectsExchanged(before: readonly Token[], after: readonly Token[]): [string, string] | null {
  const at0 = contentPositions(before);
  const at1 = contentPositions(after);
  const stems0 = at0.map((i) => before[i]?.stem ?? '');
  const stems1 = at1.map((i) => after[i]?.stem ?? '');
  if (stems0.length !== stems1.length || [...stems0].sort().join(' ') !== [...stems1].sort().join(' ')) return null;
  let first = 0;
  while (first < stems0.length && stems0[first] === stems1[first]) first++;
  let last = stems0.length - 1;
  while (last > first && stems0[last] === stems1[last]) last--;
  // "The vet nurse prepares ..., and the vet checks ..." -> "The vet prepares ..., and the vet nurse
  // checks ...", "The head turner sharpens ..., and the turner sweeps ..." -> the two exchanged: one
  // party named by the other's word and a word of its own, so the words both versions open or close
  // the window with belong to the runs traded; the window is widened over them (round 44a).
  for (let back = 0; back <= Math.min(first, COMPOUND_WORDS); back++) {
    for (let on = 0; on <= Math.min(stems0.length - 1 - last, COMPOUND_WORDS); on++) {
      const found = exchangedIn(before, after, at0, at1, stems0, stems1, first - back, last + on, back + on > 0);
      if (found) return found;
    }
  }
  return null;
}

/** Whether one run is the other with words of its own before or after it ("vet nurse" and "vet"), the two not the same. */
function holdsWhole(a: readonly string[], b: readonly string[]): boolean {
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (short.length === long.length) return false;
  const joined = ` ${long.join(' ')} `;
  return joined.startsWith(` ${short.join(' ')} `) || joined.endsWith(` ${short.join(' ')} `);
}

/** Most words a party named by two words may share with the other party beyond the changed window. */
const COMPOUND_WORDS = 2;

/** Reading 1 on the window [first, last] of the content words; `compound`: the runs may share words, one run holding the other whole. */
function exchangedIn(before: readonly Token[], after: readonly Token[], at0: readonly number[], at1: readonly number[], stems0: readonly string[], stems1: readonly string[], first: number, last: number, compound: boolean): [string, string] | null {
  const window = stems0.slice(first, last + 1);
  const turned = stems1.slice(first, last + 1).join(' ');
  if (window.length < 3) return null;
  for (let a = 1; a < window.length; a++) {
    for (let b = 1; a + b < window.length; b++) {
      const runA = window.slice(0, a);
      const runB = window.slice(window.length - b);
      const middle = window.slice(a, window.length - b);
      if ([...runB, ...middle, ...runA].join(' ') !== turned) continue;
      if (compound ? !holdsWhole(runA, runB) : runA.some((stem) => runB.includes(stem))) continue;
      // Each run a subject where it stands, in both versions.
      const a0: [number, number] = [at0[first] ?? 0, at0[first + a - 1] ?? 0];
      const b0: [number, number] = [at0[last + 1 - b] ?? 0, at0[last] ?? 0];
      const b1: [number, number] = [at1[first] ?? 0, at1[first + b - 1] ?? 0];
      const a1: [number, number] = [at1[last + 1 - a] ?? 0, at1[last] ?? 0];
      if (![a0, b0].every(([from, to]) => standsAsSubject(before, from, to))) continue;
      if (![a1, b1].every(([from, to]) => standsAsSubject(after, from, to))) continue;
      const written = (range: [number, number]): string => before.slice(range[0], range[1] + 1).filter((token) => token.kind === 'party').map((token) => token.word).join(' ');
      return [written(a0), written(b0)];
    }
  }
  return null;
}

/** The passive's frame: where its be-word, participle and "by" stand, or null. */
function passiveBy(tokens: readonly Token[]): { participle: number; by: number } | null {
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (BE.has(tokens[i]?.word ?? '') && tokens[i + 2]?.word === 'by' && /(?:ed|en|t|id|wn)$/.test(tokens[i + 1]?.word ?? '')) return { participle: i + 1, by: i + 2 };
  }
  return null;
}

/** Reading 2: the same words in the same order, one version passive: the active's object is now the doer. */
function voiceTurned(before: readonly Token[], after: readonly Token[]): [string, string] | null {
  const stems0 = contentPositions(before).map((i) => before[i]?.stem ?? '');
  const stems1 = contentPositions(after).map((i) => after[i]?.stem ?? '');
  if (stems0.join(' ') !== stems1.join(' ')) return null;
  const read = (passive: readonly Token[], active: readonly Token[]): [string, string] | null => {
    const frame = passiveBy(passive);
    if (!frame || active.some((token) => token.word === 'by') || passiveBy(active)) return null;
    const verb = passive[frame.participle]?.stem ?? '';
    const at = active.findIndex((token) => token.kind === 'party' && token.stem === verb);
    if (at < 1) return null;
    // The active's object follows its verb at once (determiners aside); the passive's doer follows "by".
    let object = at + 1;
    while (active[object]?.kind === 'determiner') object++;
    let doer = frame.by + 1;
    while (passive[doer]?.kind === 'determiner') doer++;
    if (active[object]?.kind !== 'party' || active[object]?.stem !== passive[doer]?.stem) return null;
    // The subject before the verb is the same party in both.
    const subject = (tokens: readonly Token[], verbAt: number): string | undefined => tokens.slice(0, verbAt).filter((token) => token.kind === 'party').at(-1)?.stem;
    const subjectActive = subject(active, at);
    if (!subjectActive || subjectActive !== subject(passive, frame.participle - 1)) return null;
    return [active.slice(0, at).filter((token) => token.kind === 'party').map((token) => token.word).join(' '), active[object]?.word ?? ''];
  };
  return read(after, before) ?? read(before, after);
}

/** The (owner, owned) pairs a version names: "the pupil's teacher", "the teacher of the pupil". */
function ownership(tokens: readonly Token[]): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  // The first word of the noun phrase: without parts of speech its end is not known ("the
  // accountant's client receives"), and both versions are read alike.
  const headFrom = (from: number): string | null => {
    let i = from;
    while (tokens[i]?.kind === 'determiner') i++;
    return tokens[i]?.kind === 'party' ? (tokens[i]?.stem ?? null) : null;
  };
  tokens.forEach((token, i) => {
    if (token.kind === 'possessive') {
      const owned = headFrom(i + 1);
      if (owned) pairs.push([token.stem, owned]);
    } else if (token.word === 'of' && tokens[i - 1]?.kind === 'party') {
      const owner = headFrom(i + 1);
      if (owner) pairs.push([owner, tokens[i - 1]?.stem ?? '']);
    }
  });
  return pairs;
}

/** Reading 3: an owner and what it owns exchanged ("the pupil's teacher" -> "the teacher's pupil"). */
function ownersTurned(before: readonly Token[], after: readonly Token[]): [string, string] | null {
  const now = ownership(after);
  const has = (pairs: ReadonlyArray<[string, string]>, owner: string, owned: string): boolean => pairs.some(([o, d]) => o === owner && d === owned);
  for (const [owner, owned] of ownership(before)) {
    if (owner === owned || !before.some((token) => token.kind === 'possessive' && token.stem === owner)) continue;
    if (has(now, owned, owner) && !has(now, owner, owned)) return [owner, owned];
  }
  return null;
}

/** One reason per one-to-one aligned sentence whose doers, voice or owners turned round. */
export function findDoersExchanged(input: StatementDiffInput): Reason[] {
  const reasons: Reason[] = [];
  for (const { group, previous, next } of oneToOneGroups(input.groups)) {
    if (previous.text === next.text || listReordered(previous.text, next.text)) continue;
    const before = readTokens(previous.text);
    const after = readTokens(next.text);
    const swapped = subjectsExchanged(before, after) ?? voiceTurned(before, after) ?? ownersTurned(before, after);
    if (swapped) reasons.push({ code: 'roles-swapped', message: `roles swapped: "${swapped[0]}" and "${swapped[1]}" traded places in ${quote(group.nextText)}` });
  }
  return reasons;
}
