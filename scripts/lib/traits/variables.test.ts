import { describe, expect, it } from 'vitest';
import { templateVariables } from './variables.ts';

describe('templateVariables', () => {
  it('lists distinct names sorted, whatever the spacing', () => {
    expect(templateVariables('Hi {{customer_name}}, {{ customer_name }} and {{order.id}}. {{ agent }}')).toEqual([
      'agent',
      'customer_name',
      'order.id',
    ]);
  });

  it('counts block helper arguments but not the helpers', () => {
    expect(templateVariables('{{#if vip}}VIP{{else if gold}}Gold{{else}}-{{/if}}{{#unless muted}}x{{/unless}}')).toEqual([
      'gold',
      'muted',
      'vip',
    ]);
  });

  it('counts the list of an each block, not its block params or scope references', () => {
    const body = '{{#each items as |item|}}{{item.name}} {{this.price}} {{@index}} {{../currency}}{{/each}}';
    expect(templateVariables(body)).toEqual(['currency', 'items']);
  });

  it('reads triple-brace, ampersand and whitespace-control tags', () => {
    expect(templateVariables('{{{raw_html}}} {{&unescaped}} {{~trimmed~}}')).toEqual(['raw_html', 'trimmed', 'unescaped']);
  });

  it('ignores comments, partials and escaped tags', () => {
    expect(templateVariables('{{! note {{hidden}} }} {{!-- long {{hidden2}} --}} {{> header}} \\{{literal}}')).toEqual([]);
  });

  it('counts helper call arguments and hash values, not helper names or literals', () => {
    expect(templateVariables('{{role "system"}} {{media url=photoUrl}} {{formatDate created "short"}}')).toEqual([
      'created',
      'photoUrl',
    ]);
  });

  it('reads Jinja expressions up to the first filter', () => {
    expect(templateVariables('{{ question | upper }} {{ a + b }} {{ format(created_at) }} {{ loop.index }} {{ "x" }}')).toEqual([
      'a',
      'b',
      'created_at',
      'question',
    ]);
  });

  it('treats a lone Mustache section as a variable', () => {
    expect(templateVariables('{{#orders}}- {{id}}{{/orders}}{{^orders}}none{{/orders}}')).toEqual(['id', 'orders']);
  });

  it('finds nothing in plain Markdown or single braces', () => {
    expect(templateVariables('# Title\nReturn JSON like {"a": 1} and {name}.')).toEqual([]);
  });
});
