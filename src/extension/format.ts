// Plain-text helpers shared by the hover, trees and outline: short quotes, lookups by offset.
import { unquoted } from '../core/exportQuotes';
import type { Analysis, Cluster, Entity, Quote, Speaker } from '../core/types';

/** The quote's words without marks, cut to `max` characters. */
export function shortQuote(text: string, max = 60): string {
  const plain = unquoted(text).replace(/\s+/g, ' ') || text.trim() || '(empty quote)';
  return plain.length > max ? `${plain.slice(0, max - 1).trimEnd()}…` : plain;
}

/** Who said a quote, as a key: the speaker's cluster id when the speaker is an entity, else their name. */
export function speakerKey(quote: Pick<Quote, 'speaker' | 'speakerCluster'>): number | string | null {
  return quote.speakerCluster ?? quote.speaker;
}

/** Quotes said by the speaker of `quote` (or by `speaker` of the index), in document order. */
export function quotesBy(analysis: Analysis, speaker: Pick<Quote, 'speaker' | 'speakerCluster'> | Speaker): Quote[] {
  const key = 'name' in speaker ? speaker.cluster ?? speaker.name : speakerKey(speaker);
  return key === null ? [] : analysis.quotes.filter(q => speakerKey(q) === key);
}

export { quotesOfCluster, spanAt } from '../core/navigation';

/** Mentions of the entity's cluster, in document order. */
export function mentionsOf(analysis: Analysis, entity: Pick<Entity, 'cluster'>): Entity[] {
  return analysis.entities.filter(e => e.cluster === entity.cluster);
}

export interface ClusterMentions {
  cluster: Cluster;
  mentions: Entity[];
}

/** Each cluster with its mentions, most mentioned first. */
export function clusterMentions(analysis: Analysis): ClusterMentions[] {
  const groups: ClusterMentions[] = analysis.clusters.map(cluster => ({ cluster, mentions: [] }));
  for (const e of analysis.entities) groups[e.cluster]?.mentions.push(e);
  return groups.sort((a, b) => b.mentions.length - a.mentions.length || a.cluster.canonical.localeCompare(b.cluster.canonical));
}
