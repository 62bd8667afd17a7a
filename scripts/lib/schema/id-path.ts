// Pure and browser-safe: the one reversible encoding of an id into a path segment list for record
// folders under vault/ and for site URLs.
//
// Each `/`-separated segment keeps the characters A-Z a-z 0-9 `_` `-` `.` as they are; every
// other character is written as the percent-encoded bytes of its UTF-8 form (`%20` for a space,
// `%C3%A9` for `é`, `%25` for `%`), and a segment's leading `.` as `%2E`, so `.claude` becomes
// `%2Eclaude` and no record folder is hidden or climbs out (ids never hold `..` segments, see
// id.ts). Ids made only of the kept characters (every id promptvault accepted before) encode to
// themselves, so existing vaults keep their paths.
//
//   support/refund              -> support/refund
//   .claude/agents/code-review  -> %2Eclaude/agents/code-review
//   Anthropic/Claude Code/Plan  -> Anthropic/Claude%20Code/Plan
//   café/résumé                 -> caf%C3%A9/r%C3%A9sum%C3%A9
//
// Site pages use the same names with `~` for `%` (site/urls.ts, `encodeIdForSite`).

const KEPT = /[A-Za-z0-9_.-]/;
/** A segment of kept characters only, not starting with `.`: its own encoding (most ids are such). */
const ENCODES_TO_ITSELF = /^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/;

function encodeSegment(segment: string): string {
  if (ENCODES_TO_ITSELF.test(segment)) return segment;
  let out = '';
  for (const char of segment) {
    if (KEPT.test(char)) out += char;
    else for (const byte of new TextEncoder().encode(char)) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out.startsWith('.') ? `%2E${out.slice(1)}` : out;
}

/** The folder path (relative, `/`-separated) that holds an id's records. */
export function encodeIdPath(id: string): string {
  return id.split('/').map(encodeSegment).join('/');
}

const ENCODED_SEGMENT = /^(?:[A-Za-z0-9_.-]|%[0-9A-F]{2})+$/;

/** The id a folder path encodes, or undefined when it is not one `encodeIdPath` writes. */
export function decodeIdPath(encoded: string): string | undefined {
  const segments = encoded.split('/');
  if (!segments.every((segment) => ENCODED_SEGMENT.test(segment) && !segment.startsWith('.'))) return undefined;
  try {
    const id = segments.map((segment) => decodeURIComponent(segment)).join('/');
    return encodeIdPath(id) === encoded ? id : undefined;
  } catch {
    return undefined;
  }
}
