// Quote sieve `according-to`: `according to X` anywhere in the quote's sentence.
import { subjectAfter } from '../phrases';
import type { Found, QuoteSite } from '../sieve';

export function accordingTo({ masked, text, sentenceStart, sentenceEnd }: QuoteSite): Found | null {
  const sent = masked.slice(sentenceStart, sentenceEnd);
  const m = /\baccording to\s+/i.exec(sent);
  if (!m) return null;
  const at = sentenceStart + m.index;
  const sp = subjectAfter(sent.slice(m.index + m[0].length), at + m[0].length, text);
  return sp ? { sp, cue: { cue: text.slice(at, at + 'according to'.length), span: { start: at, end: at + 12 }, weak: false }, how: 'according-to' } : null;
}
