// The reporter's own words: the text with what quotes say masked, and line breaks joined where a sentence runs on.
import type { Block } from '../types';
import type { QuoteSpan } from '../quotes';

/** `s` without the closing marks and spaces that end it. (A loop: `/[”"’'\s]+$/` tries every start in a run of
 * spaces, so a quote holding a long run of them took quadratic time.) */
export function withoutClosing(s: string): string {
  let end = s.length;
  while (end > 0 && /[”"’'\s]/.test(s[end - 1])) end--;
  return s.slice(0, end);
}

/** The text with what quotes say replaced by `x` (marks, line breaks and the final punctuation kept). */
export function maskQuotes(text: string, quotes: QuoteSpan[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const q of quotes) {
    if (q.start < at) continue;
    parts.push(text.slice(at, q.start + 1));
    const inner = text.slice(q.start + 1, q.end - 1);
    const keepLast = inner.length > 0 && /[.?!,]/.test(inner[inner.length - 1]);
    const raw = keepLast ? inner.slice(0, -1) : inner;
    const body = /[\r\n]/.test(raw) ? raw.replace(/[^\r\n]/g, 'x') : 'x'.repeat(raw.length);
    parts.push(body + (keepLast ? inner[inner.length - 1] : ''));
    parts.push(text.slice(q.end - 1, q.end));
    at = q.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * Line breaks inside a block become spaces where the sentence visibly runs on (`“…,” said` / `Mayor Jane Doe`), so
 * sentences cross the lines the segmenter joined; a break after a sentence end or before a new quote stays.
 */
export function joinBlockLines(masked: string, blocks: Block[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const b of blocks) {
    if (b.start < at) continue;
    parts.push(masked.slice(at, b.start), masked.slice(b.start, b.end).replace(RUN_ON_BREAK, (br, _p, i: number, s: string) => (
      /[.?!:]["”’')\]]*[ \t]*$/.test(s.slice(Math.max(0, i - 4), i)) ? br : ' '.repeat(br.length))));
    at = b.end;
  }
  parts.push(masked.slice(at));
  return parts.join('');
}

/** A line break whose next line does not open a quote. */
const RUN_ON_BREAK = /(\r\n|\r|\n)(?![ \t]*[“"‘])/g;
export function lastNonSpaceBefore(text: string, pos: number): number {
  let i = pos - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return i;
}
