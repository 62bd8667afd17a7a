// Pure: the version bodies a prompt page's "Compare two versions" form diffs. A prompt of few,
// short versions carries them in its page; a longer history would make every page carry every
// version's text (a prompt of 1,000 versions of 7 KB: 7 MB of HTML), so its bodies are a file of
// their own (compare/<id>.json), fetched when the reader first compares.
import { splitPromptText } from './prompt-text.ts';

/** One version as the comparison script reads it. */
export interface CompareVersion {
  key: string;
  label: string;
  /** The prompt's body at this version (front matter apart); null when history does not hold it. */
  body: string | null;
}

/**
 * Body characters a page may inline at most: a page stays small (the largest page of a
 * 50,000-checkpoint site is under 100 KB) while a few versions of the usual 7.5 KB prompt fit.
 */
export const INLINE_COMPARE_CHARS = 64 * 1024;

/** The bodies of `versions` of prompt `id`; a version of an id it was moved from is labelled with that id (`greet v1·0d4cf2`). */
export function compareVersions(id: string, versions: readonly { key: string; prompt: string; label: string; checkpoint: { text: string | null } }[]): CompareVersion[] {
  return versions.map((v) => ({ key: v.key, label: compareLabel(id, v), body: v.checkpoint.text === null ? null : splitPromptText(v.checkpoint.text).body }));
}

/** A version's name in prompt `id`'s compare form: its label, with its own id when that is another (before a move). */
export function compareLabel(id: string, version: { prompt: string; label: string }): string {
  return version.prompt === id ? version.label : `${version.prompt} ${version.label}`;
}

/**
 * Whether a prompt's bodies go in its page: when all its versions fit the page's cards
 * (`site.page_size`) and their bodies `INLINE_COMPARE_CHARS`. Otherwise the page fetches them.
 */
export function inlinesCompareData(versions: readonly { checkpoint: { text: string | null } }[], pageSize: number): boolean {
  if (versions.length > pageSize) return false;
  let chars = 0;
  for (const v of versions) {
    chars += v.checkpoint.text?.length ?? 0;
    if (chars > INLINE_COMPARE_CHARS) return false;
  }
  return true;
}

/** JSON safe inside a `<script type="application/json">`: no text can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
