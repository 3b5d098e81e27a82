// The vocabulary of attribution, read from the one lexicon (lexicon.ts) that entity typing reads too.
import { AUX, CLAUSE_WORDS, CUE_FORMS, NON_NAMES, ORG_HEADS, PRONOUNS as SPEAKER_PRONOUNS, TITLES, WEAK_CUES, isCue, isCueAt } from './lexicon';

export { AUX, CUE_FORMS, ORG_HEADS, WEAK_CUES, isCue, isCueAt };

/** Titles and honorifics that precede a name and never belong in a canonical name. */
export const TITLE_WORDS = TITLES;

/** Capitalized words that are never part of a speaker's name: the entities' non-names and the words that open clauses. */
export const NOT_NAME: ReadonlySet<string> = new Set([NON_NAMES, CLAUSE_WORDS].flatMap(s => Array.from(s)));

/** Pronouns that can be a speaker. */
export const PRONOUNS: ReadonlySet<string> = new Set(SPEAKER_PRONOUNS.keys());
