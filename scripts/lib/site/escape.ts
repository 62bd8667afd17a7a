// Pure: escaping for the few places the site writes markup by hand (SVG built at build time).

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const UNSAFE = /[&<>"']/;

/** Text or attribute value made inert in HTML and SVG. */
export function escapeMarkup(text: string): string {
  // Most text (labels, numbers, ids) has nothing to escape: a test is cheaper than a replace with
  // a callback, and every value of every prompt page comes through here.
  return UNSAFE.test(text) ? text.replace(/[&<>"']/g, (char) => ENTITIES[char]!) : text;
}
