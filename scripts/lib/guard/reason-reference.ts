// `reference-removed`: a cited clause or link disappeared (`codex/privacy/pii`, `[[privacy/pii]]`,
// `[text](target)`, "clause 4.2", "section 3", "§ 5", "Appendix B", "Form P45"). Pure.
import type { Reason } from '../schema/records.ts';

interface Reference {
  /** Normalised, so `[[privacy/pii]]` and `codex/privacy/pii.md` are the same reference. */
  key: string;
  /** As written. */
  text: string;
}

const REFERENCE_PATTERNS: readonly RegExp[] = [
  /\[\[([^\]\n]+)\]\]/g,
  /\[[^\]\n]*\]\(([^)\s]+)\)/g,
  /\bcodex\/[A-Za-z0-9_\-/.]*[A-Za-z0-9_-]/g,
  /(?:\b(?:clause|section|article|art\.|paragraph|rule)|§)\s*(\d+(?:\.\d+)*[a-z]?)\b/gi,
  // A part of a document named by a capital letter or a number ("Appendix B", "Annex 3", "Form
  // P45", "Schedule C"): another letter points the rule at another procedure. The letter must be
  // a capital so "form a team" is no reference; "Section A" / "Clause B" are read here too.
  /\b(?:[Aa]ppendix|[Aa]nnexe?|[Ss]chedule|[Ff]orm|[Ee]xhibit|[Pp]art|[Ss]ection|[Cc]lause|[Aa]rticle|[Pp]aragraph)\s+([A-Z]{1,2}\d*)\b/g,
  // Only these take a bare number: "Schedule 2 engineers" or "Form 2 students" count people.
  /\b(?:[Aa]ppendix|[Aa]nnexe?|[Ee]xhibit)\s+(\d+(?:\.\d+)*[a-z]?)\b/g,
];

function normaliseTarget(target: string): string {
  return target
    .trim()
    .toLowerCase()
    .replace(/^(?:\.\/|\/)+/, '')
    .replace(/^codex\//, '')
    .replace(/\.md(#.*)?$/, '')
    .replace(/\/+$/, '');
}

function normaliseSection(text: string, number: string): string {
  const kind = text.trim().toLowerCase();
  const word = kind.startsWith('§') ? 'section' : kind.startsWith('art') ? 'article' : (/^[a-z]+/.exec(kind)?.[0] ?? kind);
  return `${word} ${number.toLowerCase()}`;
}

/** Every reference in a text, each with its span so other detectors can mask it. */
export function findReferences(text: string): Array<Reference & { start: number; end: number }> {
  const found: Array<Reference & { start: number; end: number }> = [];
  const taken: boolean[] = [];
  REFERENCE_PATTERNS.forEach((pattern, kind) => {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken[start]) continue; // a `codex/...` inside a link already counted
      for (let i = start; i < end; i++) taken[i] = true;
      const key = kind >= 3 ? normaliseSection(match[0], match[1] ?? '') : normaliseTarget(match[1] ?? match[0]);
      found.push({ key, text: match[0], start, end });
    }
  });
  return found;
}

/** The text with references blanked out (same length), for detectors that must not read them. */
export function maskReferences(text: string): string {
  let masked = text;
  for (const reference of findReferences(text)) {
    masked = masked.slice(0, reference.start) + ' '.repeat(reference.end - reference.start) + masked.slice(reference.end);
  }
  return masked;
}

/** One reason per reference of the old text absent from the new one. */
export function findReferencesRemoved(previous: string, next: string): Reason[] {
  const kept = new Set(findReferences(next).map((reference) => reference.key));
  const reported = new Set<string>();
  const reasons: Reason[] = [];
  for (const reference of findReferences(previous)) {
    if (kept.has(reference.key) || reported.has(reference.key)) continue;
    reported.add(reference.key);
    reasons.push({ code: 'reference-removed', message: `reference removed: "${reference.text}"` });
  }
  return reasons;
}
