import { describe, expect, it } from 'vitest';
import { attributesMayReach } from './attributes-reach.ts';

const RECORD = 'vault/mutations/prompts/refund/0002-dddddddddddd.yaml';

describe('an attribute file reaches the staged records only where git could match them', () => {
  it.each([
    ['init\'s hook line', '.husky/* text eol=lf\n', ''],
    ['a comment, a blank line and a macro definition', '# x\n\n[attr]lf text eol=lf\n', ''],
    ['a file name pattern of another extension', '*.sh text eol=lf\r\n', ''],
    ['an anchored pattern of another folder', '/docs/** -diff\n', ''],
    ['a subfolder file, for paths outside it', '* -text\n', 'prompts/'],
  ])('not reached: %s', (_, text, folder) => expect(attributesMayReach(text, folder, [RECORD])).toBe(false));

  it.each([
    ['every file', '* text=auto\n', ''],
    ['the records\' extension', '*.yaml -text\n', ''],
    ['a pattern over the vault', 'vault/** -text\n', ''],
    ['a leading **', '**/refund/*.yaml -text\n', ''],
    ['a file name pattern in the records\' folder file', '0002-*.yaml ident\n', 'vault/mutations/'],
    ['a character class (left to git)', '*.[y]aml -text\n', ''],
    ['a quoted pattern (left to git)', '"vault/x y" -text\n', ''],
    ['a folder pattern (left to git)', 'vault/ -text\n', ''],
  ])('reached: %s', (_, text, folder) => expect(attributesMayReach(text, folder, [RECORD])).toBe(true));
});
