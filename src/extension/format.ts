// Plain-text helpers shared by the hover, trees and outline: date values in words, short quotes, lookups by offset.
import type { Analysis, Entity, Quote } from '../core/types';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A TIMEX3-style value in words: `2024-05-16` → `Thursday, 16 May 2024`; unknown shapes come back as they are. */
export function dateInWords(value: string): string {
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (m) {
    const [, y, mo, d, hh, mm, zone] = m;
    const day = new Date(Date.UTC(+y, +mo - 1, +d));
    const words = `${WEEKDAYS[day.getUTCDay()]}, ${+d} ${MONTHS[+mo - 1]} ${+y}`;
    if (hh === undefined) return words;
    const offset = zone === undefined ? '' : zone === 'Z' ? ' UTC' : ` (UTC${zone.replace('-', '−')})`;
    return `${words}, ${hh}:${mm}${offset}`;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return `${MONTHS[+m[2] - 1]} ${+m[1]}`;
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) return `week ${+m[2]} of ${m[1]}`;
  if ((m = /^(\d{4})$/.exec(value))) return m[1];
  return value;
}

/** The quote's words without marks, cut to `max` characters. */
export function shortQuote(text: string, max = 60): string {
  const plain = text.replace(/^[“"‘'«„]+|[”"’'»]+$/g, '').replace(/\s+/g, ' ').trim() || text.trim() || '(empty quote)';
  return plain.length > max ? `${plain.slice(0, max - 1).trimEnd()}…` : plain;
}

/** Quotes attributed to a speaker, in document order. */
export function quotesBy(analysis: Analysis, speaker: string): Quote[] {
  return analysis.quotes.filter(q => q.speaker === speaker);
}

/** Mentions of the same cluster (same canonical name and type), in document order. */
export function mentionsOf(analysis: Analysis, entity: Pick<Entity, 'canonical' | 'type'>): Entity[] {
  return analysis.entities.filter(e => e.canonical === entity.canonical && e.type === entity.type);
}

/** The innermost span containing the offset (hovering the last character counts too). */
export function spanAt<T extends { start: number; end: number }>(spans: readonly T[], offset: number): T | undefined {
  let best: T | undefined;
  for (const s of spans) {
    if (s.start <= offset && offset < s.end && (!best || s.end - s.start < best.end - best.start)) best = s;
  }
  return best;
}

export interface Cluster {
  canonical: string;
  type: Entity['type'];
  mentions: Entity[];
}

/** Entities grouped by cluster, most mentioned first. */
export function clusters(analysis: Analysis): Cluster[] {
  const byKey = new Map<string, Cluster>();
  for (const e of analysis.entities) {
    const key = `${e.type}\u0000${e.canonical}`;
    let c = byKey.get(key);
    if (!c) byKey.set(key, (c = { canonical: e.canonical, type: e.type, mentions: [] }));
    c.mentions.push(e);
  }
  return [...byKey.values()].sort((a, b) => b.mentions.length - a.mentions.length || a.canonical.localeCompare(b.canonical));
}
