// People, organizations and places: mentions found block by block (the tagger of names/, reading the rules of
// names.ts as features), then clustered across the document (clusters.ts). Typing uses compromise's lexicon and a
// small gazetteer (gazetteer.ts), not compromise's tagger, which is several times slower than this whole pass.
export { findEntityMentions } from './names/tagger';
export type { EntityMention } from './names';
export { clusterEntities, listClusters } from './clusters';
