// Quote sieve `tweet-signature`: a quote in an embedded tweet is its author's, from the signature
// `— Jane Doe (@janedoe) May 16, 2024`.
import type { Block, Span } from '../../types';

export function tweetAuthor(text: string, block: Block): { name: string; span: Span; cue: Span } | null {
  const zone = text.slice(block.start, Math.min(text.length, block.end + 400));
  const m = /([—–-])[ \u00a0]*([^\n()@—–]{2,60}?)[ \u00a0]*\(@\w{1,30}\)/u.exec(zone);
  if (!m) return null;
  const start = block.start + m.index + m[0].indexOf(m[2], 1);
  return { name: m[2].trim(), span: { start, end: start + m[2].trim().length }, cue: { start: block.start + m.index, end: block.start + m.index + 1 } };
}
