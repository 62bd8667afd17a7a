// Pure: a page as the frame Astro rendered around another page of the same kind (head with its
// stylesheets, skip link, navigation, footer, the page's script) with its own title and <main>.
import { text } from '../html.ts';

export interface PageShell {
  /** The whole page titled `title` (Base's `title`, unescaped) whose <main> content is `main`. */
  page(title: string, main: string): string;
}

const titleTag = (title: string) => `<title>${text(title)} · promptvault</title>`;

/**
 * The frame of `templateHtml`, the page Astro rendered with the title `templateTitle` and the
 * <main> content `templateMain`. Throws when the page is not that frame around that content (a
 * layout changed so that the title or the content is no longer where this expects it): a bug of
 * ours, never a page written wrong.
 */
export function pageShell(templateHtml: string, templateTitle: string, templateMain: string): PageShell {
  const opening = '<main id="main">';
  const at = templateHtml.indexOf(opening + templateMain + '</main>');
  if (at < 0 || templateHtml.indexOf(opening, at + 1) >= 0) throw new Error(`framed pages: the page Astro rendered for ${templateTitle} does not hold its <main> content once`);
  const head = templateHtml.slice(0, at + opening.length);
  const tail = templateHtml.slice(at + opening.length + templateMain.length);
  const title = titleTag(templateTitle);
  const titleAt = head.indexOf(title);
  if (titleAt < 0) throw new Error(`framed pages: the page Astro rendered for ${templateTitle} has no ${title}`);
  const beforeTitle = head.slice(0, titleAt);
  const afterTitle = head.slice(titleAt + title.length);
  return { page: (pageTitle, main) => beforeTitle + titleTag(pageTitle) + afterTitle + main + tail };
}
