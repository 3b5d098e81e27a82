// What sieves read and return. A quote sieve reads one quote's site (its sentence, the words before and after it) and
// returns the speaker mention and cue it found; a speaker sieve turns a mention into a speaker (a name, a pronoun's
// antecedent, the person a title phrase stands for). Each is a small module; the order they run in is data (index.ts).
import type { Block, Entity, EntityType, Quote, QuoteKind } from '../types';
import type { QuoteSpan } from '../quotes';
import type { CueHit } from './cue';
import type { NameIndex } from './nameIndex';
import type { SpeakerFound } from './phrases';

/** A quote as attribution returns it, with the speaker's type when known (read by the speaker index). */
export interface AttributedQuote extends Quote {
  speakerType?: EntityType;
  /** The speaker phrase as written (`Mr. Putin`, `he`, `the senator`), when found. */
  speakerText?: string;
}

/** A speaker mention and its cue, as a quote sieve found them; `how` names the sieve. */
export interface Found { sp: SpeakerFound; cue: CueHit | null; how: string }

/** One quote and the stretch of reporter's words around it. */
export interface QuoteSite {
  text: string;
  /** `text` with quoted words masked and run-on line breaks joined (masking.ts). */
  masked: string;
  quote: QuoteSpan;
  block: Block | undefined;
  /** People and organizations of the entity pass, by start. */
  entities: readonly Entity[];
  /** Where the quote's sentence starts, and its words before the quote (masked). */
  sentenceStart: number;
  before: string;
  /** Where the sentence the quote closes (or sits in) ends, and the words after the quote up to there (bounded). */
  sentenceEnd: number;
  afterText: string;
  /** The quote ends its sentence (`“….”`), so only a short attribution can follow it. */
  closedSentence: boolean;
  /** A colon right before the quote introduces it. */
  introduced: boolean;
  kind: QuoteKind;
}

/** A quote → mention sieve. `when` says where it applies (default: everywhere). */
export interface QuoteSieve {
  id: string;
  when?: (site: QuoteSite) => boolean;
  find: (site: QuoteSite) => Found | null;
}

/** A speaker as a mention → speaker sieve decided it; `by` names the sieve. */
export interface Resolved {
  name: string;
  type?: EntityType;
  by: string;
  /** The entity cluster the speaker is, by id. */
  cluster?: number;
}

/** What speaker sieves know of the article so far. */
export interface SpeakerContext {
  text: string;
  masked: string;
  index: NameIndex;
  /** People and organizations of the entity pass, by start. */
  entityStarts: readonly Entity[];
  /** Speakers decided so far, in text order. */
  history: { at: number; name: string; org: boolean }[];
  /** People who already spoke. */
  spoke: Set<string>;
  /** Where the article holding `at` starts: a pronoun or a title phrase looks back no further. */
  articleFloor: (at: number) => number;
}

/** A mention → speaker sieve: null when it does not apply or finds no one. */
export interface SpeakerSieve {
  id: string;
  resolve: (sp: SpeakerFound, at: number, ctx: SpeakerContext) => Resolved | null;
}
