import { addAttribute } from 'astro/runtime/server/index.js';
import { describe, expect, it } from 'vitest';
import { attr, flag, text } from './html.ts';

describe("Astro's rules for values in markup", () => {
  it('escapes text fully, attributes inside double quotes, and writes nothing for false, null and undefined', () => {
    expect(text(`<a href="x">'&`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;');
    expect([text(false), text(null), text(undefined), text(0), text(['a', 1, null])]).toEqual(['', '', '', '0', 'a1']);
    expect(attr('title', `"><img src=x onerror=alert(1)>&`)).toBe(' title="&quot;><img src=x onerror=alert(1)>&amp;"');
    expect([attr('id', undefined), attr('id', null), attr('hidden', '')]).toEqual(['', '', ' hidden']);
  });

  it('writes an ordinary attribute as Astro does, "false" included, and leaves a boolean one out when false', () => {
    const values = [false, true, null, undefined, '', 0, 'a"&b'];
    for (const value of values) expect(attr('title', value)).toBe(String(addAttribute(value, 'title')));
    expect(attr('aria-label', false)).toBe(' aria-label="false"');
    for (const value of [false, true, null, undefined]) expect(flag('selected', value)).toBe(String(addAttribute(value, 'selected')));
  });
});
