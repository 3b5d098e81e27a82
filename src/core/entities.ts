// People, organizations and places: mentions found block by block, then clustered across the document.
import nlp from 'compromise';
import type { Entity, EntityType } from './types';

/** A mention found in one block, with offsets local to that block. */
export interface EntityMention {
  start: number;
  end: number;
  type: EntityType;
}

export function findEntityMentions(text: string): EntityMention[] {
  const doc = nlp(text);
  const found: EntityMention[] = [];
  const collect = (view: any, type: EntityType) => {
    for (const m of view.json({ offset: true })) {
      const { start, length } = m.offset;
      const surface = text.slice(start, start + length).replace(/[\s,.;:!?'’]+$|['’]s$/g, '');
      if (surface) found.push({ start, end: start + surface.length, type });
    }
  };
  collect(doc.people(), 'person');
  collect(doc.organizations(), 'organization');
  collect(doc.places(), 'place');
  return found.sort((a, b) => a.start - b.start);
}

/** Turns document-wide mentions into entities with a canonical name per cluster. */
export function clusterEntities(text: string, mentions: EntityMention[]): Entity[] {
  return mentions.map(m => {
    const surface = text.slice(m.start, m.end);
    return { start: m.start, end: m.end, text: surface, type: m.type, canonical: surface };
  });
}
