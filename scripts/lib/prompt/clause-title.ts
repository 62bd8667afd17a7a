// Pure: a clause's title apart from its rule text. A clause is named twice, by its front matter
// `title` and often by a `# ` heading opening its body; neither is the rule. A change of name alone
// is still a change a reviewer should see (prompts may quote the heading to the model), so it is
// audited, but the guard reads only the rule text, which a retitle leaves as it was. Only the front
// matter `title` counts as a name: a `# ` heading is often the rule itself ("# Never promise
// refunds"), so a new heading goes to the guard with the body it opens.
import type { Clause } from '../schema/clause.ts';

/** A body's opening `# ` heading (null when it has none) and the rule text after it. */
export function splitClauseHeading(body: string): { heading: string | null; rule: string } {
  const match = /^\s*#[ \t]+([^\n]*?)[ \t]*#*[ \t]*(?:\n|$)/.exec(body);
  if (!match) return { heading: null, rule: body };
  return { heading: match[1]!.trim(), rule: body.slice(match[0].length).replace(/^\s*\n/, '') };
}

/** How a clause is titled: its front matter `title`, then its heading when it has one. */
function titleOf(clause: Clause): string {
  const { heading } = splitClauseHeading(clause.body);
  return heading === null || heading === clause.frontMatter.title ? clause.frontMatter.title : `${clause.frontMatter.title} / # ${heading}`;
}

export interface Retitle {
  /** The title before (`title` and, when it differs, ` / # heading`). */
  from: string;
  to: string;
  /** The rule text both sides share (the body without its heading): what the guard reads. */
  rule: string;
}

/**
 * The change from `previous` to `next` when only the clause's front matter `title` changed, the
 * body (heading included) and the declared tone kept; null for any other change.
 */
export function retitledOnly(previous: Clause | null, next: Clause | null): Retitle | null {
  if (!previous || !next || previous.frontMatter.tone !== next.frontMatter.tone) return null;
  const before = splitClauseHeading(previous.body);
  const after = splitClauseHeading(next.body);
  if (before.rule !== after.rule || before.heading !== after.heading) return null;
  const from = titleOf(previous);
  const to = titleOf(next);
  if (from === to) return null;
  return { from, to, rule: after.rule };
}

/** Whether nothing the audit looks at changed: rule text, heading, title and tone all the same. */
export function sameClause(previous: Clause | null, next: Clause | null): boolean {
  return previous !== null && next !== null && previous.body === next.body && previous.frontMatter.tone === next.frontMatter.tone && previous.frontMatter.title === next.frontMatter.title;
}

/**
 * How a page names a clause: its front matter `title`, then its body's opening `# ` heading, then
 * its file name. The schema refuses a title of spaces (`title: ' '`, which the site showed as an
 * empty line or a blank `<h1>` until session 30), but a page is drawn from whatever front matter
 * it is given, and a value of another kind read as "undefined" there.
 */
export function clauseDisplayTitle(clause: { frontMatter: { title?: unknown }; body: string; path: string }): string {
  const title = typeof clause.frontMatter.title === 'string' ? clause.frontMatter.title.trim() : '';
  if (title !== '') return title;
  const heading = splitClauseHeading(clause.body).heading;
  if (heading) return heading;
  return clause.path.slice(clause.path.lastIndexOf('/') + 1);
}
