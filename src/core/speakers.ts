// The speaker index: one entry per speaker, with the forms they appear as and their quote counts.
import type { Entity, EntityType, Quote, Speaker } from './types';

/** Fields attribution adds to a quote (see AttributedQuote in attribution.ts); read here when present. */
interface QuoteExtras {
  speakerType?: EntityType;
  speakerText?: string;
}

const PRONOUN = /^(?:he|she|they|it|we|i)$/i;

export function buildSpeakers(quotes: Quote[], entities: Entity[]): Speaker[] {
  const bySpeaker = new Map<string, { speaker: Speaker; aliases: Set<string>; types: Map<EntityType, number> }>();
  const entityForms = new Map<string, Entity[]>();
  for (const e of entities) {
    const list = entityForms.get(e.canonical) ?? [];
    list.push(e);
    entityForms.set(e.canonical, list);
  }
  for (const q of quotes as (Quote & QuoteExtras)[]) {
    if (!q.speaker) continue;
    let entry = bySpeaker.get(q.speaker);
    if (!entry) {
      entry = { speaker: { name: q.speaker, aliases: [], quotes: 0 }, aliases: new Set(), types: new Map() };
      for (const e of entityForms.get(q.speaker) ?? []) {
        if (e.text !== q.speaker) entry.aliases.add(e.text);
        entry.types.set(e.type, (entry.types.get(e.type) ?? 0) + 1);
      }
      bySpeaker.set(q.speaker, entry);
    }
    entry.speaker.quotes++;
    const form = q.speakerText?.trim();
    if (form && form !== q.speaker && !PRONOUN.test(form) && /^[\p{Lu}]/u.test(form)) entry.aliases.add(form);
    if (q.speakerType) entry.types.set(q.speakerType, (entry.types.get(q.speakerType) ?? 0) + 2);
  }
  const out: Speaker[] = [];
  for (const { speaker, aliases, types } of bySpeaker.values()) {
    speaker.aliases = [...aliases].sort();
    let best: EntityType | undefined;
    for (const [t, n] of types) if (!best || n > (types.get(best) ?? 0)) best = t;
    if (best) speaker.type = best;
    out.push(speaker);
  }
  return out.sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
}
