// The pre-tokenizer regex of each encoding, from gpt-tokenizer itself (a small module without the
// rank tables), so our counter splits text exactly as gpt-tokenizer does.
import { CL100K_TOKEN_SPLIT_REGEX, O200K_TOKEN_SPLIT_REGEX, R50K_TOKEN_SPLIT_REGEX } from 'gpt-tokenizer/encodingParams/constants';
import type { TokenizerEncoding } from './tokens.ts';

export function splitRegexOf(encoding: TokenizerEncoding): RegExp {
  switch (encoding) {
    case 'o200k_base': return O200K_TOKEN_SPLIT_REGEX;
    case 'cl100k_base': return CL100K_TOKEN_SPLIT_REGEX;
    case 'p50k_base':
    case 'r50k_base': return R50K_TOKEN_SPLIT_REGEX;
  }
}
