import { describe, expect, it } from 'vitest';
import { promptListEntries } from './prompt-list.ts';
import type { SiteModel } from './site-model.ts';

describe('promptListEntries', () => {
  it('gives each prompt its file title, else its latest recorded title, its version count, and marks deleted and moved ones', () => {
    const version = (title: string) => ({ checkpoint: { title } });
    const model = {
      promptIds: ['a/one', 'b/gone', 'c/new', 'd/moved'],
      byPrompt: new Map([['a/one', [version('Old'), version('Recorded')]], ['b/gone', [version('Gone v1'), version('Gone v2')]], ['d/moved', [version('Moved')]]]),
      movedTo: new Map([['d/moved', 'a/one']]),
    } as unknown as Pick<SiteModel, 'promptIds' | 'byPrompt' | 'movedTo'>;
    const prompts = [{ id: 'a/one', front_matter: { title: 'From the file' } }, { id: 'c/new', front_matter: {} }] as never;
    expect(promptListEntries({ prompts }, model)).toEqual([
      { id: 'a/one', title: 'From the file', versions: 2, deleted: false, movedTo: null },
      { id: 'b/gone', title: 'Gone v2', versions: 2, deleted: true, movedTo: null },
      { id: 'c/new', title: '', versions: 0, deleted: false, movedTo: null },
      { id: 'd/moved', title: 'Moved', versions: 1, deleted: true, movedTo: 'a/one' },
    ]);
  });
});
