// Cue verbs as written: the word, extended by its object or particle (`told Reuters`, `pointed out`).
import type { Span } from '../types';
import { WEAK_CUES } from '../cues';
import { isAdjective, isRole } from '../gazetteer';

export const CUE_WORD = /[\p{L}]+/gu;

export interface CueHit { cue: string; span: Span; weak: boolean }

/** The cue at `start` in `text`, extended by `told Reuters`-like objects and particles (`pointed out`). */
export function cueAt(text: string, start: number, word: string): CueHit {
  let end = start + word.length;
  const lw = word.toLowerCase();
  if (lw.startsWith('tell') || lw === 'told') {
    const obj = /^ +((?:the )?[\p{Lu}][\p{L}'’.\-]*(?: [\p{Lu}][\p{L}'’.\-]*){0,3}|reporters|journalists|the crowd|supporters|me|us|him|her|them|an? [a-z]+(?: [a-z]+)?)/u.exec(text.slice(end, end + 60));
    if (obj) end += obj[0].replace(/['’]s$/, '').replace(/\.$/, '').length;
  } else if (/^(?:point|pointed|points|pointing|chime|chimed|chimes)$/.test(lw)) {
    const p = /^ +(?:out|in)\b/.exec(text.slice(end, end + 6));
    if (p) end += p[0].length;
  } else if (/^(?:put|puts|putting)$/.test(lw)) {
    const p = /^ +it\b/.exec(text.slice(end, end + 5));
    if (p) end += p[0].length;
  }
  return { cue: text.slice(start, end), span: { start, end }, weak: WEAK_CUES.has(lw) };
}


/** A determiner and an adjective end `seg`, so a cue form after it is a noun (`his recent remarks`, `a Trump-style
 * retort`), never a verb with its subject (`the senator remarks`). */
export function adjectiveBefore(seg: string): boolean {
  const m = /\b(?:a|an|the|his|her|its|their|our|my|your|this|that)\s+([\p{L}\-]+)\s+$/iu.exec(seg);
  if (!m) return false;
  const w = m[1].toLowerCase();
  return /-(?:style|like|type)$/.test(w) || (isAdjective(w) && !isRole(w) && /^\p{Ll}/u.test(m[1]));
}
