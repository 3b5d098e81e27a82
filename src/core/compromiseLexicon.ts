// compromise's lexicon (lower-cased word → its tags) and its organization and place head words, which the gazetteer
// types names with. Read from compromise's model here; the bundles get a precomputed copy of these three tables
// instead (esbuild.mjs), so that loading the engine does not unpack compromise's whole model.
import nlp from 'compromise';

export type Tags = string | string[] | undefined;

const model = (nlp as any).model();
/** Without a prototype, so that `constructor` or `toString` is not mistaken for a word of the lexicon. */
export const LEXICON: Record<string, Tags> = Object.assign(Object.create(null), model.one.lexicon);
export const ORG_WORDS: Record<string, boolean> = model.two.orgWords ?? {};
export const PLACE_WORDS: Record<string, boolean> = model.two.placeWords ?? {};
