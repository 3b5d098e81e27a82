import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isSpaceAt, tokenEnd } from '../../../../src/core/names/scan';

// The expression the scanner stands for (see scan.ts): the tokens it finds are the specification.
const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:(?:['’](?![sS](?![\p{L}\p{M}]))|[-‐])[\p{L}\p{M}\p{N}]+)*|\S/gu;

function byExpression(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(TOKEN_RE)) out.push([m.index, m.index + m[0].length]);
  return out;
}

function byScanner(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let s = 0; s < text.length;) {
    if (isSpaceAt(text, s)) { s++; continue; }
    const e = tokenEnd(text, s);
    out.push([s, e]);
    s = e;
  }
  return out;
}

// letters, capitals and digits in and out of ASCII, combining marks, astral letters and symbols, lone surrogates,
// apostrophes, hyphens, dots, and white space of every kind the expression knows
const pieces = ['a', 'b', 's', 'S', 'Z', 'U', '9', '0', "'", '’', '-', '‐', '.', ',', ' ', '\n', '\t', '\u00a0', '\u2028', '\ufeff',
  '\u3000', 'é', 'É', 'ß', 'İ', '\u0301', '²', '٣', 'Ж', 'ж', '中', '𝐀', '𝐚', '😀', '\ud800', '\udc00', '@', '#', '“', '—'];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map(parts => parts.join(''));

describe('tokenizer scanner', () => {
  it('finds the tokens the expression finds, on any text', () => {
    fc.assert(fc.property(text, t => { assert.deepEqual(byScanner(t), byExpression(t)); }), { numRuns: 5000 });
  });

  it('reads initials, apostrophes and hyphens as the expression does', () => {
    const cases: [string, string[]][] = [
      ['U.S. troops', ['U.S.', 'troops']],
      ["Britain's O'Neill can't", ['Britain', "'", 's', "O'Neill", "can't"]],
      ['Jones’S well-known A.', ['Jones', '’', 'S', 'well-known', 'A', '.']],
      ['Zürich, 𝐀𝐁 😀', ['Zürich', ',', '𝐀𝐁', '😀']],
    ];
    for (const [input, tokens] of cases) assert.deepEqual(byScanner(input).map(([s, e]) => input.slice(s, e)), tokens);
  });
});
