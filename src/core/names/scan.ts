// The tokenizer's scanner: where each token of a block starts and ends. It matches exactly what this expression does
// with its `g` and `u` flags, and its test holds it to that:
//   /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:(?:['’](?![sS](?![\p{L}\p{M}]))|[-‐])[\p{L}\p{M}\p{N}]+)*|\S/gu
// (initials `U.S.`; words, with apostrophes and hyphens inside but not a possessive `'s`; any other character alone),
// read by hand with ASCII answered at once, because the expression made a match object per token of the whole text.

// for characters outside ASCII, read at one position (sticky)
const UPPER = /\p{Lu}/uy;
const LETTER_MARK = /[\p{L}\p{M}]/uy;
const LETTER_MARK_NUMBER = /[\p{L}\p{M}\p{N}]/uy;
const SPACE = /\s/y;

const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

function test(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

/** The width in UTF-16 units of the code point at `at`. */
function width(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c < 0xd800 || c > 0xdbff || at + 1 >= text.length) return 1;
  const d = text.charCodeAt(at + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

function isUpper(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c < 128 ? c >= 65 && c <= 90 : test(UPPER, text, at);
}

function isLetterOrMark(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const c = text.charCodeAt(at);
  return c < 128 ? isAsciiLetter(c) : test(LETTER_MARK, text, at);
}

function isWordChar(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const c = text.charCodeAt(at);
  return c < 128 ? isAsciiLetter(c) || (c >= 48 && c <= 57) : test(LETTER_MARK_NUMBER, text, at);
}

/** Whether the character at `at` is white space (`\s`; all such characters are one unit wide). */
export function isSpaceAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : test(SPACE, text, at);
}

/** The end of the token that starts at `at`, a character that is not white space. */
export function tokenEnd(text: string, at: number): number {
  // initials: two or more capitals, each followed by a dot
  let q = at, initials = 0;
  while (q < text.length && isUpper(text, q)) {
    const w = width(text, q);
    // reads stay inside the text: a read past its end costs the optimised scanner a deoptimisation
    if (q + w >= text.length || text.charCodeAt(q + w) !== 46) break;
    q += w + 1;
    initials++;
  }
  if (initials >= 2) return q;
  if (!isWordChar(text, at)) return at + width(text, at);
  q = wordRun(text, at);
  while (q < text.length) {
    const c = text.charCodeAt(q);
    if (c === 39 || c === 0x2019) {
      // not before a possessive s: an `s` or `S` that no letter or mark follows
      const s = q + 1 < text.length ? text.charCodeAt(q + 1) : -1;
      if ((s === 115 || s === 83) && !isLetterOrMark(text, q + 2)) break;
    } else if (c !== 45 && c !== 0x2010) break;
    if (!isWordChar(text, q + 1)) break;
    q = wordRun(text, q + 1);
  }
  return q;
}

/** The end of the run of letters, marks and numbers that starts at `at`. */
function wordRun(text: string, at: number): number {
  let q = at;
  while (isWordChar(text, q)) q += width(text, q);
  return q;
}
