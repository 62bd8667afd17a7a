// Pure: how Astro writes a value into a page, for the markup the site writes itself (the prompt
// pages, see prompt-page/). Text escapes & < > ' " as Astro's escapeHTML does: a list is its
// items in a row; false, null and undefined write nothing. An ordinary attribute (`attr`) escapes
// & and " inside double quotes, is left out when null or undefined, written bare when '' and, as
// Astro 7 writes it, `name="false"` for false (only boolean attributes such as `hidden` or
// `selected` are left out when false: those go through `flag`). So a page written here is the
// page an .astro template with the same markup writes, byte for byte.
import { escapeMarkup } from './escape.ts';

/** A value as text content (`{value}` in a template). */
export function text(value: unknown): string {
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(text).join('');
  return escapeMarkup(String(value));
}

/** ` name="value"` (`name={value}` in a template) for an ordinary attribute; a boolean one is `flag`'s. */
export function attr(name: string, value: unknown): string {
  if (value === null || value === undefined) return '';
  const str = String(value);
  if (str === '') return ` ${name}`;
  return ` ${name}="${str.includes('&') || str.includes('"') ? str.replace(/&/g, '&amp;').replace(/"/g, '&quot;') : str}"`;
}

/** A boolean attribute (`hidden`, `selected`): bare when truthy, absent otherwise. */
export function flag(name: string, on: unknown): string {
  return on ? ` ${name}` : '';
}

/** `{value && markup}`: the markup when truthy, else the value as a template writes it (0 stays "0"). */
export function and(value: unknown, markup: () => string): string {
  return value ? markup() : text(value);
}
