// Who said each quote, and with which cue.
import type { Block, Entity, Quote } from './types';
import type { QuoteSpan } from './quotes';

export function attributeQuotes(text: string, quotes: QuoteSpan[], _entities: Entity[], _blocks: Block[]): Quote[] {
  return quotes.map(q => ({ start: q.start, end: q.end, text: text.slice(q.start, q.end), speaker: null, cue: null, kind: q.kind }));
}
