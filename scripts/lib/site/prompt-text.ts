// Pure and browser-safe: a prompt file's text cut into its front matter and its body, so pages
// show and diff the body on its own (diff line 1 is the body's first line), and dates as people
// read them.

export interface PromptParts {
  /** The YAML between the `---` fences, without them; '' when the file has none. */
  frontMatter: string;
  /** Everything after the closing fence. */
  body: string;
}

const FENCED = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits `---\nfront matter\n---\nbody` (gray-matter's fences); a file without them is all body. */
export function splitPromptText(text: string): PromptParts {
  const match = FENCED.exec(text.replace(/^\uFEFF/, ''));
  if (!match) return { frontMatter: '', body: text };
  return { frontMatter: match[1]!, body: text.replace(/^\uFEFF/, '').slice(match[0].length) };
}

const UTC_SECONDS = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\dZ$/;

/** `2026-01-05 12:00 UTC` from an ISO date (a date without time is returned as it is). */
export function formatDateTime(iso: string): string {
  // Already UTC to the second, as the recorder writes every date: cut, no Date parsed (a prompt
  // page shows two dates a version, 100,000 at 50,000 checkpoints).
  if (UTC_SECONDS.test(iso)) return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  if (!match) return iso;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return `${match[1]} ${match[2]}`;
  const utc = date.toISOString();
  return `${utc.slice(0, 10)} ${utc.slice(11, 16)} UTC`;
}
