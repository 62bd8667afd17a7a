// Seeded long codex clauses for measuring the guard's cost on length: sections under headings,
// prose rules, bulleted lists and tables, acronyms and figures repeated all through (as a real
// support handbook repeats "CRM" and "14 days"), and one edit buried in the middle. Pure.
import { seededRandom } from '../bench/synthetic-repo.ts';

export interface LongClauseEdit {
  /** The clause before the edit. */
  previous: string;
  /** The same clause with one sentence in the middle changed. */
  next: string;
  /** The changed sentence, before -> after. */
  edit: string;
}

/**
 * What the buried edit changes: a figure loosened ("within 14 days" -> "within 30 days"), a modal
 * ("must" -> "may"), or a figure tightened ("within 14 days" -> "within 7 days", no regression).
 */
export type LongClauseEditKind = 'number' | 'modal' | 'stricter';

const ACTORS = ['Agents', 'The on-call lead', 'Shift supervisors', 'The billing team', 'Store staff', 'The assistant', 'Team leads', 'The duty manager'];
const ACRONYMS = ['CRM', 'SLA', 'GDPR', 'KYC', 'PCI DSS', 'ETA', 'VAT', 'RMA'];
const OBJECTS = ['the refund request', 'every complaint', 'the customer record', 'a damaged parcel', 'the incident ticket', 'each chargeback', 'the delivery note', 'a warranty claim', 'the call recording', 'every invoice dispute'];
const ACTS = ['log', 'check', 'escalate', 'close', 'review', 'confirm', 'archive', 'answer', 'photograph', 'tag'];
const PLACES = ['in the CRM', 'on the shared drive', 'in the ticket queue', 'in the RMA log', 'on the shift board'];
const CONDITIONS = ['if the customer asks for a callback', 'when the SLA clock passes half', 'unless the order is already refunded', 'before the parcel leaves the depot', 'if KYC checks are still open', 'when the ETA slips by a day'];
const UNITS = ['days', 'hours', 'working days', 'minutes'];
const TOPICS = ['Refunds', 'Escalations', 'Privacy', 'Deliveries', 'Payments', 'Warranty', 'Complaints', 'Records', 'Tone', 'Security'];
const TONE_RULES = ['Be warm and brief.', 'Never blame the customer for a delay.', 'Apologise once, then explain what happens next.', 'Use plain words and no internal jargon.'];

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

function figure(random: () => number): string {
  return `${[2, 3, 5, 7, 10, 14, 24, 30, 48, 90][Math.floor(random() * 10)]} ${pick(random, UNITS)}`;
}

/** One prose rule: an actor, a modal, an act on an object, often a condition, a figure or an acronym. */
function ruleSentence(random: () => number): string {
  const roll = random();
  const actor = pick(random, ACTORS);
  const act = pick(random, ACTS);
  const object = pick(random, OBJECTS);
  if (roll < 0.25) return `${actor} must ${act} ${object} within ${figure(random)} and record it ${pick(random, PLACES)}.`;
  if (roll < 0.45) return `${pick(random, CONDITIONS).replace(/^./, (c) => c.toUpperCase())}, ${actor.charAt(0).toLowerCase()}${actor.slice(1)} must ${act} ${object}.`;
  if (roll < 0.6) return `Never ${act} ${object} without a note ${pick(random, PLACES)}; the ${pick(random, ACRONYMS)} rules apply.`;
  if (roll < 0.75) return `${actor} may ${act} ${object} up to £${[20, 50, 100, 250][Math.floor(random() * 4)]} without approval.`;
  if (roll < 0.9) return `Keep ${object} for ${figure(random)} under ${pick(random, ACRONYMS)}, then delete it.`;
  return pick(random, TONE_RULES);
}

/** A section: a heading, prose rules, a short list and now and then a table. Returns its lines and how many sentences they hold. */
function section(random: () => number, index: number, budget: number): { lines: string[]; sentences: number } {
  const lines = [`## ${TOPICS[index % TOPICS.length]}${index >= TOPICS.length ? ` (${Math.floor(index / TOPICS.length) + 1})` : ''}`, ''];
  let sentences = 0;
  const prose: string[] = [];
  for (let i = 0; i < 4 && sentences < budget; i++, sentences++) prose.push(ruleSentence(random));
  lines.push(prose.join(' '), '');
  if (sentences < budget) {
    lines.push(`${pick(random, ACTORS)} must:`);
    for (let i = 0; i < 3 && sentences < budget; i++, sentences++) lines.push(`- ${pick(random, ACTS)} ${pick(random, OBJECTS)} ${pick(random, PLACES)}`);
    lines.push('');
  }
  if (index % 3 === 2 && sentences < budget) {
    lines.push('| Case | Deadline | Owner |', '| --- | --- | --- |');
    for (let i = 0; i < 2 && sentences < budget; i++, sentences++) lines.push(`| ${pick(random, OBJECTS)} | ${figure(random)} | ${pick(random, ACTORS)} |`);
    lines.push('');
  }
  return { lines, sentences };
}

/** The sentence the edit changes and what it becomes, by kind. */
const EDITS: Record<LongClauseEditKind, { before: string; after: string }> = {
  number: { before: 'Refunds over £250 must be approved by the duty manager within 14 days.', after: 'Refunds over £250 must be approved by the duty manager within 30 days.' },
  stricter: { before: 'Refunds over £250 must be approved by the duty manager within 14 days.', after: 'Refunds over £250 must be approved by the duty manager within 7 days.' },
  modal: { before: 'Agents must read the GDPR notice to every caller before taking card details.', after: 'Agents may read the GDPR notice to every caller before taking card details.' },
};

/**
 * A clause of about `sentences` sentences (prose sentences, list items and table rows), the same
 * for a seed, with one sentence in the middle edited. 400 sentences is about 40 KB.
 */
export function buildLongClause(options: { sentences: number; seed?: number; edit?: LongClauseEditKind | { before: string; after: string } }): LongClauseEdit {
  const random = seededRandom(options.seed ?? 7);
  const given = typeof options.edit === 'object' ? options.edit : null;
  const { before, after } = given ?? EDITS[typeof options.edit === 'string' ? options.edit : 'number'];
  const sections: string[][] = [];
  let written = 0;
  for (let index = 0; written < options.sentences - 1; index++) {
    const part = section(random, index, options.sentences - 1 - written);
    sections.push(part.lines);
    written += part.sentences;
  }
  // The edited sentence opens the prose of the middle section; a given edit (a labelled clause
  // edit, perhaps a list or a heading) is a paragraph of its own there.
  const middle = sections[Math.floor(sections.length / 2)]!;
  const proseAt = 2;
  const withSentence = (sentence: string) =>
    sections.map((lines) => (lines === middle ? lines.map((line, i) => (i === proseAt ? `${sentence}${given ? '\n\n' : ' '}${line}` : line)) : lines).join('\n')).join('\n');
  return { previous: `${withSentence(before)}\n`, next: `${withSentence(after)}\n`, edit: `${before} -> ${after}` };
}

/**
 * A clause written as one block: its blank lines and headings left out, as a team that never
 * leaves a blank line writes it (the change window once read such a block whole).
 */
export function asOneBlock(text: string): string {
  return `${text.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#')).join('\n')}\n`;
}

/**
 * One sentence of about `words` words: the handbook's rules run on as one sentence, joined by
 * commas and "and" with no full stop or semicolon until the end (legal boilerplate, a list written
 * as one sentence: a semicolon ends a sentence for the guard), the same for a seed, with one figure
 * in its middle changed ("within 14 days" -> "within 30 days"). 2,000 words is about 11 KB. Round 29d.
 */
export function buildLongSentence(options: { words: number; seed?: number }): LongClauseEdit {
  const random = seededRandom(options.seed ?? 7);
  const parts: string[] = [];
  let count = 0;
  while (count < options.words) {
    const rule = ruleSentence(random).replace(/[.!?]$/, '').replace(/;/g, ',');
    const part = `${rule.charAt(0).toLowerCase()}${rule.slice(1)}`;
    parts.push(part);
    count += part.split(/\s+/).length;
  }
  const before = 'refunds over £250 must be approved by the duty manager within 14 days';
  const after = before.replace('14 days', '30 days');
  const middle = Math.floor(parts.length / 2);
  const write = (edited: string) => {
    const all = [...parts.slice(0, middle), edited, ...parts.slice(middle)];
    const joined = all.map((part, i) => (i === 0 ? part : `${i % 4 === 0 ? ', and' : ','} ${part}`)).join('');
    return `Under this handbook, ${joined}.\n`;
  };
  return { previous: write(before), next: write(after), edit: `${before} -> ${after}` };
}
