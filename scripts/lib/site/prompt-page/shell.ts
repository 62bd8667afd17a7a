// Pure: a prompt page as the frame Astro rendered around one prompt (head with its stylesheets,
// skip link, navigation, footer, the page's script) with another prompt's title and <main>.
import { text } from '../html.ts';

export interface PageShell {
  /** The whole page of prompt `id` whose <main> content is `main`. */
  page(id: string, main: string): string;
}

const titleOf = (id: string) => `<title>${text(id)} · promptvault</title>`;

/**
 * The frame of `templateHtml`, the page Astro rendered for prompt `templateId` whose <main> holds
 * `templateMain`. Throws when the page is not that frame around that content (a layout changed
 * so that the title or the content is no longer where this expects it): a bug of ours, never a
 * page written wrong.
 */
export function pageShell(templateHtml: string, templateId: string, templateMain: string): PageShell {
  const opening = '<main id="main">';
  const at = templateHtml.indexOf(opening + templateMain + '</main>');
  if (at < 0 || templateHtml.indexOf(opening, at + 1) >= 0) throw new Error(`prompt pages: the page Astro rendered for ${templateId} does not hold its <main> content once`);
  const head = templateHtml.slice(0, at + opening.length);
  const tail = templateHtml.slice(at + opening.length + templateMain.length);
  const title = titleOf(templateId);
  const titleAt = head.indexOf(title);
  if (titleAt < 0) throw new Error(`prompt pages: the page Astro rendered for ${templateId} has no ${title}`);
  const beforeTitle = head.slice(0, titleAt);
  const afterTitle = head.slice(titleAt + title.length);
  return { page: (id, main) => beforeTitle + titleOf(id) + afterTitle + main + tail };
}
