// Pure: o200k's pre-tokenizer on ASCII text as a scan of its bytes. The pattern (bpe-split.ts,
// O200K_ASCII_SPLIT_REGEX) is tried at every piece a body holds, about 27 million in the ASCII
// bodies of the bench's history, and each `test` costs some 40 ns; this scan finds the same ends in
// a few, and the counter looks each piece up by its bytes (bpe-table.ts). Each branch
// below is one alternative of the pattern, in the pattern's order, with what its backtracking
// leaves (bpe-ascii-pieces.test.ts holds the ends equal to the pattern's on every ASCII text of
// three characters, and on prose, code and random text):
//   1. [^\r\nA-Za-z0-9]?[A-Z]*[a-z]+('s|'d|'m|'t|'ll|'ve|'re)?   letters, after one optional
//   2. [^\r\nA-Za-z0-9]?[A-Z]+[a-z]*('s|...)?                      other character (a space too)
//   3. [0-9]{1,3}
//   4.  ?[^\sA-Za-z0-9]+[\r\n/]*                                   punctuation, after one space
//   5. \s*[\r\n]+      whitespace up to its last line break
//   6. \s+(?!\S)       whitespace but its last character, which starts the next piece
//   7. \s+

const UPPER = 1;
const LOWER = 2;
const DIGIT = 3;
/** \r and \n. */
const NEWLINE = 4;
/** The rest of ASCII's `\s`: tab, vertical tab, form feed, space. */
const BLANK = 5;
/** Anything else: punctuation, symbols, control characters. */
const OTHER = 6;

const CLASS = new Uint8Array(128).fill(OTHER);
for (let code = 65; code <= 90; code++) CLASS[code] = UPPER;
for (let code = 97; code <= 122; code++) CLASS[code] = LOWER;
for (let code = 48; code <= 57; code++) CLASS[code] = DIGIT;
CLASS[10] = NEWLINE;
CLASS[13] = NEWLINE;
for (const code of [9, 11, 12, 32]) CLASS[code] = BLANK;

/**
 * Where the piece of o200k's pre-tokenizer that starts at `at` ends, in the first `n` bytes of
 * `bytes`, an ASCII text's bytes (each below 128); `at` is a piece boundary (0, or where the last
 * piece ended) before `n`.
 */
export function asciiPieceEnd(bytes: Uint8Array, at: number, n: number): number {
  const first = CLASS[bytes[at]!]!;
  if (first === UPPER || first === LOWER) return lettersEnd(bytes, at, n);
  // 1 and 2 with their optional first character: anything but a line break, a letter or a digit.
  if ((first === OTHER || first === BLANK) && at + 1 < n) {
    const second = CLASS[bytes[at + 1]!]!;
    if (second === UPPER || second === LOWER) return lettersEnd(bytes, at + 1, n);
  }
  if (first === DIGIT) {
    let end = at + 1;
    while (end < n && end < at + 3 && CLASS[bytes[end]!] === DIGIT) end++;
    return end;
  }
  // 4: one space is taken before punctuation, any other whitespace is not.
  const start = bytes[at] === 32 && at + 1 < n && CLASS[bytes[at + 1]!] === OTHER ? at + 1 : at;
  if (CLASS[bytes[start]!] === OTHER) {
    let end = start + 1;
    while (end < n && CLASS[bytes[end]!] === OTHER) end++;
    while (end < n && isNewlineOrSlash(bytes[end]!)) end++;
    return end;
  }
  // Whitespace: `at` starts a run of it.
  let run = at + 1;
  while (run < n && (CLASS[bytes[run]!] === NEWLINE || CLASS[bytes[run]!] === BLANK)) run++;
  // 5: `\s*` gives back what follows the run's last line break.
  for (let last = run - 1; last >= at; last--) if (CLASS[bytes[last]!] === NEWLINE) return last + 1;
  // 6: the run ends the text, or gives its last character to the next piece; 7: a lone one.
  if (run === n || run - 1 === at) return run;
  return run - 1;
}

function isNewlineOrSlash(code: number): boolean {
  return code === 10 || code === 13 || code === 47;
}

/** 1 or 2 from the letter at `at`: capitals, then small letters, then a contraction. */
function lettersEnd(bytes: Uint8Array, at: number, n: number): number {
  let end = at;
  while (end < n && CLASS[bytes[end]!] === UPPER) end++;
  while (end < n && CLASS[bytes[end]!] === LOWER) end++;
  if (end + 1 >= n || bytes[end] !== 39) return end;
  // `| 32` folds an ASCII capital to its small letter, and maps no other code onto a letter.
  const next = bytes[end + 1]! | 32;
  if (next === 115 || next === 100 || next === 109 || next === 116) return end + 2;
  if (end + 2 >= n) return end;
  const after = bytes[end + 2]! | 32;
  if ((next === 108 && after === 108) || ((next === 118 || next === 114) && after === 101)) return end + 3;
  return end;
}
