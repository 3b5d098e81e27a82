// The speaker index: one entry per speaker, with the forms they appear as and their quote counts.
import type { Entity, Quote, Speaker } from './types';

export function buildSpeakers(quotes: Quote[], entities: Entity[]): Speaker[] {
  const bySpeaker = new Map<string, Speaker>();
  for (const q of quotes) {
    if (!q.speaker) continue;
    let s = bySpeaker.get(q.speaker);
    if (!s) {
      const aliases = new Set(entities.filter(e => e.canonical === q.speaker && e.text !== q.speaker).map(e => e.text));
      const type = entities.find(e => e.canonical === q.speaker)?.type;
      s = { name: q.speaker, aliases: [...aliases], quotes: 0, ...(type ? { type } : {}) };
      bySpeaker.set(q.speaker, s);
    }
    s.quotes++;
  }
  return [...bySpeaker.values()].sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
}
