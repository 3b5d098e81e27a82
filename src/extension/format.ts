// Plain-text helpers shared by the hover, trees and outline: short quotes, lookups by offset.
import { unquoted } from '../core/exportQuotes';
import type { Analysis, Entity, Quote } from '../core/types';

/** The quote's words without marks, cut to `max` characters. */
export function shortQuote(text: string, max = 60): string {
  const plain = unquoted(text).replace(/\s+/g, ' ') || text.trim() || '(empty quote)';
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
