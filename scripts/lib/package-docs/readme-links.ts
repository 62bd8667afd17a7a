// The relative links of a Markdown file: inline links and images (`[text](path#anchor)`,
// `![alt](path)`), reference definitions (`[name]: path`) and HTML `src`/`href` attributes.
// Pure: the caller hands the text and decides what a link must resolve to (the packed file list).
import path from 'node:path';

export interface RelativeLink {
  /** The link as written, e.g. `scripts/bench/README.md#what-the-bench-measures`. */
  target: string;
  /** 1-based line of the link. */
  line: number;
  /** The path it names from the package root, anchor and query dropped: `scripts/bench/README.md`. */
  resolved: string;
  /** Why the link names no path at all (a `%` that decodes to nothing): such a link is always dead. */
  invalid?: string;
}

const INLINE = /\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const REFERENCE = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+.*)?$/gm;
const HTML = /\b(?:src|href)="([^"]+)"/g;

/** Every link of `text` (the file `file`, relative to the package root) that names a path, not a URL or an anchor. */
export function relativeLinks(file: string, text: string): RelativeLink[] {
  // Code spans and fenced blocks show link syntax; they link nothing.
  const prose = text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, (block) => block.replace(/[^\n]/g, ' ')).replace(/`[^`\n]*`/g, (span) => ' '.repeat(span.length));
  const links: RelativeLink[] = [];
  for (const pattern of [INLINE, REFERENCE, HTML]) {
    for (const match of prose.matchAll(pattern)) {
      const target = match[1]!;
      // A scheme (`https:`, `mailto:`) or a protocol-relative URL leaves the package; `#x` stays in the file.
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//') || target.startsWith('#')) continue;
      const written = target.replace(/[#?].*$/, '');
      const bare = decodedPath(written);
      const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file), bare ?? written)).replace(/\/$/, '');
      const line = prose.slice(0, match.index).split('\n').length;
      links.push(bare === null ? { target, line, resolved, invalid: 'its percent-encoding does not decode (write a space as %20 and a % as %25)' } : { target, line, resolved });
    }
  }
  return links.sort((a, b) => a.line - b.line);
}

/** A link's path with its percent-encoding decoded, or null when it does not decode (`%zz`, `%E2%82`): browsers cannot follow it either. */
function decodedPath(written: string): string | null {
  try {
    return decodeURI(written);
  } catch {
    return null;
  }
}

/** The links of `file` whose path is neither a file nor a folder of `packed` (the package's file list). */
export function deadLinks(file: string, text: string, packed: readonly string[]): RelativeLink[] {
  const present = new Set(packed);
  for (const entry of packed) for (let dir = path.posix.dirname(entry); dir !== '.'; dir = path.posix.dirname(dir)) present.add(dir);
  return relativeLinks(file, text).filter((link) => link.invalid !== undefined || !present.has(link.resolved));
}
