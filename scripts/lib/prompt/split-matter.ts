// Pure: gray-matter's split of `---\nfront matter\n---\nbody`, step for step, for the files nearly
// every clause is: no front matter, or a plain `---` opening. Loading gray-matter costs the hook
// more than the parse (it pulls in js-yaml and esprima, ~50 modules, for engines we replace), so
// markdown.ts asks this first and calls gray-matter itself only for what this leaves to it: an
// opening that names a language (`---yaml`, `---js`), whose engine lookup and refusals stay
// gray-matter's. Ported from gray-matter 4.0.3 `parseMatter` with delimiters `---`; a test runs
// both on every shape and expects the same data, body and matter.

export interface SplitMatter {
  /** What the YAML engine returned, {} when there is no (or an empty) front matter block. */
  data: unknown;
  /** The body after the closing delimiter. */
  content: string;
  /** The raw front matter block, '' when there is none. */
  matter: string;
}

const OPEN = '---';
const CLOSE = '\n---';

/** The split gray-matter would make, or undefined where gray-matter itself must decide. */
export function splitMatter(text: string, parseYaml: (source: string) => unknown): SplitMatter | undefined {
  // gray-matter returns `{ content: '' }` without a `matter` for an empty string: leave it to it.
  if (text === '' || text.charCodeAt(0) === 0xfeff) return undefined;
  if (!text.startsWith(OPEN) || text.charAt(OPEN.length) === '-') return { data: {}, content: text, matter: '' };
  const str = text.slice(OPEN.length);
  // gray-matter's language test, quirks included (no newline: all but the last character).
  const language = str.slice(0, str.search(/\r?\n/));
  if (language.trim() !== '') return undefined;
  const closeIndex = str.indexOf(CLOSE) === -1 ? str.length : str.indexOf(CLOSE);
  const matter = str.slice(0, closeIndex);
  const block = matter.replace(/^\s*#[^\n]+/gm, '').trim();
  const data = block === '' ? {} : parseYaml(matter);
  let content = closeIndex === str.length ? '' : str.slice(closeIndex + CLOSE.length);
  if (content[0] === '\r') content = content.slice(1);
  if (content[0] === '\n') content = content.slice(1);
  return { data, content, matter };
}
