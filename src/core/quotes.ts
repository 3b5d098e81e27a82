// Quote spans: curly and straight double quotes, across sentences and paragraphs.
//
// One linear pass over the text. A quote opens at “ (or a straight " that stands where an opening mark can stand,
// or „ «) and closes at the matching mark. Single quotes (‘’ and ') never open a top-level quote: they are nested
// quotes or apostrophes. A quote still open at the end of a paragraph continues into the next paragraph only when
// that paragraph opens with a quote mark (the news convention for multi-paragraph quotes); otherwise it ends at the
// end of its paragraph, so one stray mark never swallows the rest of the document.
import type { QuoteKind, Span } from './types';

export interface QuoteSpan extends Span {
  kind: QuoteKind;
  /** True when the quote had no closing mark and was bounded at the end of its paragraph. */
  unclosed?: boolean;
  /** Start offsets of the paragraphs a multi-paragraph quote runs over, after the first (where each reopens). */
  continuations?: number[];
}

const OPENERS = '“"„«';
const MARKS = /[“”"„«»\n\r]/g;

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\u00a0' || c === '\u2009' || c === '\u202f';

/** Can a straight " at `i` open a quote? Only after a start, a space, an opening bracket or a dash, and before a non-space. */
function straightCanOpen(text: string, i: number): boolean {
  const before = i > 0 ? text[i - 1] : '\n';
  const after = i + 1 < text.length ? text[i + 1] : '\n';
  if (after === '\n' || after === '\r' || isSpace(after)) return false;
  if (/[0-9]/.test(before)) return false; // 12" (inches)
  return before === '\n' || before === '\r' || isSpace(before) || /[(\[{—–\-:/‘'“]/.test(before);
}

/** Can a straight " at `i` close a quote? Not when it is glued to a following word and preceded by a space. */
function straightCanClose(text: string, i: number): boolean {
  const before = i > 0 ? text[i - 1] : '\n';
  const after = i + 1 < text.length ? text[i + 1] : '\n';
  if (isSpace(before) && /[\p{L}\p{N}]/u.test(after)) return false;
  // `a 12" pipe`: an inch mark after a number, followed by a lower-case word
  if (/[0-9]/.test(before) && isSpace(after) && /^[ \t]+\p{Ll}/u.test(text.slice(i + 1, i + 4)) && !/^[ \t]+(?:he|she|they|said|says)\b/.test(text.slice(i + 1, i + 10))) return false;
  return true;
}

/** A “ glued to the word before it and followed by a space or the line's end closes, whatever its shape. */
function curlyActsAsClose(text: string, i: number): boolean {
  const before = i > 0 ? text[i - 1] : '\n';
  const after = i + 1 < text.length ? text[i + 1] : '\n';
  return !isSpace(before) && before !== '\n' && before !== '\r' && (isSpace(after) || after === '\n' || after === '\r');
}

/** Trims trailing whitespace from a span end. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

/**
 * If the paragraph after the line break at `i` opens with a quote mark (after blank lines and indentation), returns
 * the offset of that mark; otherwise -1.
 */
function reopenAt(text: string, i: number): number {
  let j = i;
  let sawBreak = false;
  while (j < text.length) {
    const c = text[j];
    if (c === '\n' || c === '\r') sawBreak = true;
    else if (!isSpace(c)) break;
    j++;
  }
  if (!sawBreak || j >= text.length) return -1;
  const c = text[j];
  if (c === '“' || c === '„' || c === '«') return j;
  if (c === '"' && straightCanOpen(text, j)) return j;
  return -1;
}

/** End of the line that holds `i` (index of its line break, or text.length). */
function endOfLine(text: string, i: number): number {
  let j = i;
  while (j < text.length && text[j] !== '\n' && text[j] !== '\r') j++;
  return j;
}

export function findQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1; // start of the quote being read, or -1
  let straight = false; // opened with a straight mark
  let nested = 0; // curly double quotes opened inside the quote
  let continuations: number[] | undefined;
  let lastClose = -1; // last closing mark of a nested quote in this paragraph (fallback end)
  let lineEnd = -1; // end of the line being read, once known: found once per line, not once per mark
  let resumedAt = -1; // the line break that last sent the scan back to a fallback end (at most once per break)

  const emit = (end: number, unclosed: boolean) => {
    const span: QuoteSpan = { start: open, end, kind: 'direct' };
    if (unclosed) span.unclosed = true;
    if (continuations) span.continuations = continuations;
    if (end - open > 1) spans.push(span);
    open = -1;
    nested = 0;
    continuations = undefined;
    lastClose = -1;
  };

  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m; m = MARKS.exec(text)) {
    const i = m.index;
    const c = text[i];
    if (c === '\n' || c === '\r') {
      if (open < 0) continue;
      // End of a paragraph with a quote still open.
      const re = reopenAt(text, i);
      if (re >= 0 && nested === 0) {
        (continuations ??= []).push(re);
        straight = text[re] === '"';
        lastClose = -1; // the fallback end belongs to the paragraph being read: never rescan an earlier one
        MARKS.lastIndex = re + 1;
        continue;
      }
      if (nested > 0 && lastClose > open && resumedAt !== i) {
        // (once per line break: the marks between are read again, and reading them a third time would make a line
        // full of marks quadratic)
        resumedAt = i;
        // A nested opening mark was really a mistyped closing one: end at the last closing mark seen.
        const resume = lastClose + 1; // emit() forgets lastClose
        emit(resume, false);
        MARKS.lastIndex = resume;
        continue;
      }
      emit(trimEnd(text, open, i), true);
      if (re >= 0) MARKS.lastIndex = re; // the next paragraph's quote starts afresh
      continue;
    }
    if (open < 0) {
      // A ” standing where only an opening mark can stand is used as one (`”Yes,” she said`).
      const reversed = c === '”' && straightCanOpen(text, i);
      if (c === '“' || c === '„' || c === '«' || reversed || (c === '"' && straightCanOpen(text, i))) {
        open = i;
        straight = c === '"';
        nested = 0;
      }
      continue;
    }
    // Inside a quote.
    if (straight) {
      if (c === '"' && straightCanClose(text, i)) emit(i + 1, false);
      else if (c === '“' && !(nested === 0 && curlyActsAsClose(text, i))) nested++;
      else if ((c === '”' || c === '“') && nested > 0) { nested--; lastClose = i; }
      else if (c === '”' || c === '“') emit(i + 1, false); // `"more hours” before`: mixed marks
      continue;
    }
    if (c === '”' || c === '»') {
      if (nested > 0) { nested--; lastClose = i; }
      else emit(i + 1, false);
    } else if (c === '“' && nested === 0 && curlyActsAsClose(text, i)) {
      emit(i + 1, false); // `…ready,“ she said`: a mistyped closing mark
    } else if (c === '“' || c === '„' || c === '«') {
      nested++;
    } else if (c === '"') {
      if (nested === 0 && !straightCanOpen(text, i)) {
        emit(i + 1, false); // `“no evidence" yet`: mixed marks
        continue;
      }
      // A straight mark inside a curly quote: a nested quote; its close is the next straight mark.
      const close = text.indexOf('"', i + 1);
      if (close < 0) continue;
      if (i >= lineEnd) lineEnd = endOfLine(text, i);
      if (close < lineEnd) MARKS.lastIndex = close + 1;
    }
  }
  if (open >= 0) emit(trimEnd(text, open, text.length), true);
  return spans;
}

/** True for characters that open a quote. */
export function isOpeningMark(c: string): boolean {
  return OPENERS.includes(c);
}
