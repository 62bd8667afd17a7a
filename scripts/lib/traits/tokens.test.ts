import { execFile } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadTokenizer } from './tokens.ts';

describe('loadTokenizer', () => {
  it('counts tokens as the real o200k_base encoding does', async () => {
    const tokenizer = await loadTokenizer('o200k_base');
    expect(tokenizer.encoding).toBe('o200k_base');
    expect(tokenizer.countTokens('Hello world')).toBe(2);
    expect(tokenizer.countTokens('The quick brown fox jumps over the lazy dog.')).toBe(10);
    expect(tokenizer.countTokens('{{customer_name}}')).toBe(4);
    expect(tokenizer.countTokens('')).toBe(0);
  });

  it('gives different counts under cl100k_base where the vocabularies differ', async () => {
    const o200k = await loadTokenizer('o200k_base');
    const cl100k = await loadTokenizer('cl100k_base');
    const text = 'Здравствуйте, мир! 你好世界';
    expect(o200k.countTokens(text)).toBe(7);
    expect(cl100k.countTokens(text)).toBe(16);
  });

  it('loads the older p50k and r50k encodings too', async () => {
    const p50k = await loadTokenizer('p50k_base');
    const r50k = await loadTokenizer('r50k_base');
    expect(p50k.countTokens('    indented code\n\tand tabs')).toBe(8);
    expect(r50k.countTokens('    indented code\n\tand tabs')).toBe(10);
  });

  it('returns the cached tokenizer on a second call', async () => {
    const first = loadTokenizer('o200k_base');
    const second = loadTokenizer('o200k_base');
    expect(second).toBe(first);
    expect(await second).toBe(await first);
  });

  it('counts special-token text in a prompt as plain text instead of throwing', async () => {
    const tokenizer = await loadTokenizer('o200k_base');
    expect(tokenizer.countTokens('a <|endoftext|> b')).toBe(9);
  });

  it('rejects an unknown encoding with the list of known ones', async () => {
    // @ts-expect-error: a config file read without validation could hold anything.
    await expect(loadTokenizer('gpt2')).rejects.toThrow('expected one of o200k_base, cl100k_base, p50k_base, r50k_base');
  });

  it('imports no encoding until loadTokenizer is called', async () => {
    // A fresh process, so this suite's own imports do not count; a resolve hook records every
    // gpt-tokenizer specifier the traits module asks for.
    const probe = `
      import { registerHooks } from 'node:module';
      const seen = [];
      registerHooks({ resolve(specifier, context, next) {
        if (specifier.includes('gpt-tokenizer')) seen.push(specifier);
        return next(specifier, context);
      } });
      const traits = await import(process.env.TRAITS_INDEX);
      const before = [...seen];
      await traits.loadTokenizer('cl100k_base');
      console.log(JSON.stringify({ before, after: seen }));
    `;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', probe], {
      env: { ...process.env, TRAITS_INDEX: pathToFileURL(new URL('./index.ts', import.meta.url).pathname).href },
    });
    expect(JSON.parse(stdout)).toEqual({ before: [], after: ['gpt-tokenizer/encoding/cl100k_base'] });
  });
});
