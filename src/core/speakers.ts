// The speaker index: one entry per speaker, with the forms they appear as and their quote counts. A speaker who is an
// entity is keyed by cluster id and takes the cluster's canonical name, type and aliases; others by their name.
import type { Cluster, EntityType, Quote, Speaker } from './types';

/** Fields attribution adds to a quote (see AttributedQuote in attribution.ts); read here when present. */
interface QuoteExtras {
  speakerType?: EntityType;
  speakerText?: string;
}

const PRONOUN = /^(?:he|she|they|it|we|i)$/i;

export function buildSpeakers(quotes: readonly Quote[], clusters: readonly Cluster[]): Speaker[] {
  const byKey = new Map<number | string, { speaker: Speaker; aliases: Set<string> }>();
  for (const q of quotes as readonly (Quote & QuoteExtras)[]) {
    if (!q.speaker) continue;
    const cluster = q.speakerCluster !== undefined ? clusters[q.speakerCluster] : undefined;
    const key = cluster ? cluster.id : q.speaker;
    let entry = byKey.get(key);
    if (!entry) {
      const speaker: Speaker = cluster
        ? { name: cluster.canonical, aliases: [], quotes: 0, type: cluster.type, cluster: cluster.id }
        : { name: q.speaker, aliases: [], quotes: 0, ...(q.speakerType ? { type: q.speakerType } : {}) };
      entry = { speaker, aliases: new Set(cluster?.aliases) };
      byKey.set(key, entry);
    }
    entry.speaker.quotes++;
    const form = q.speakerText?.trim().replace(/\s+/g, ' ');
    if (form && form !== entry.speaker.name && !PRONOUN.test(form) && /^[\p{Lu}]/u.test(form)) entry.aliases.add(form);
  }
  const out: Speaker[] = [];
  for (const { speaker, aliases } of byKey.values()) {
    speaker.aliases = [...aliases].sort();
    out.push(speaker);
  }
  return out.sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
}
