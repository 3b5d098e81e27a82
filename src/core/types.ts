// The plain data the engine produces: the `news-lens/2` schema (../shared/DESIGN.md) plus the extra fields
// the editor features read. Every offset is a UTF-16 index into the analyzed text; `text === source.slice(start, end)`.

export type BlockKind =
  | 'article'
  | 'headline'
  | 'dateline'
  | 'tweet'
  | 'video'
  | 'caption'
  | 'boilerplate'
  | 'menu';

export type EntityType = 'person' | 'organization' | 'place';

export type QuoteKind = 'direct' | 'partial' | 'scare' | 'title';

export interface Span {
  start: number;
  end: number;
}

/** A stretch of the dump: a paragraph, a headline, a dateline, an embedded tweet, … */
export interface Block extends Span {
  kind: BlockKind;
  /** For datelines and tweet signatures: the date they carry, as an ISO value (`2024-05-16`, or with a time). */
  date?: string;
  /** For a dateline: its date comes from a byline or a label ("By Jane Doe, May 16, 2024", "Updated on: …"). */
  byline?: true;
}

export interface Entity extends Span {
  text: string;
  type: EntityType;
  /** The cluster's fullest proper name, without titles (`Vladimir Putin` for `Mr. Putin`). */
  canonical: string;
  /** The id of the mention's cluster: its index in `Analysis.clusters`. */
  cluster: number;
}

/** One entity of the document: all mentions that name it (`Xi Jinping`, `Mr. Xi`, `Xi`). Everything that names an
 * entity (speakers, hovers, trees, Extract Quotes) reads it by id. */
export interface Cluster {
  /** Its index in `Analysis.clusters`; ids hold for one analysis only. */
  id: number;
  /** The fullest form of the name itself, without titles, party labels or job descriptions. */
  canonical: string;
  type: EntityType;
  /** The other forms its mentions take, sorted. */
  aliases: string[];
  /** How many mentions it has. */
  mentions: number;
  gender?: 'male' | 'female';
}

export interface DateMention extends Span {
  text: string;
  /** TIMEX3-style value (`2024-05-16`, `2024-05`, `2024`, `2024-W20`, `2024-05-16T07:51-04:00`, `199` for the 1990s,
   * `19` for the 20th century), or null when it needed an anchor and had none. */
  value: string | null;
  /** TIMEX3 `mod` where the text says it: `START` (early 2024), `END` (late May), `MID` (mid-1990s), `APPROX`
   * (about two weeks ago), `MORE_THAN`, `LESS_THAN`, `EQUAL_OR_LESS`. */
  mod?: string;
  /** What the value was resolved against. */
  anchor: DateAnchor;
}

/**
 * Where a date's value came from: `absolute` (the text gives it in full), the article's `dateline` or `byline`, an
 * embedded `tweet`'s signature, a `caption` or a `quote`d block with its own date (each anchors only itself), the
 * `previous` date mentioned in the same stretch (narrative: "the next day", "two days later", "that evening"), the
 * caller's `reference` date where nothing else applies, or `none` (it needed an anchor and had none: value null).
 */
export type DateAnchorKind = 'absolute' | 'dateline' | 'byline' | 'tweet' | 'caption' | 'quote' | 'previous' | 'reference' | 'none';

export interface DateAnchor {
  kind: DateAnchorKind;
  /** The anchor's date: the dateline's (`2024-05-16`), the previous date's value, the reference date. */
  date?: string;
  /** Where the anchor is written: the dateline or byline, the tweet signature's date, the caption's or quoted block's
   * date, the previous date mention. Absent for `absolute`, `reference` and `none`. */
  span?: Span;
  /** For `previous`: so many units after (n > 0) or before (n < 0) that date; n = 0 for "that day", "that year". */
  shift?: { unit: string; n: number };
}

export interface Quote extends Span {
  /** The quoted text including its quote marks. */
  text: string;
  speaker: string | null;
  /** The speaker's cluster id when the speaker is an entity; then `speaker` is that cluster's canonical name. */
  speakerCluster?: number;
  /** The cue verb or phrase as written (`said`, `told Reuters`, `according to`), or null. */
  cue: string | null;
  kind: QuoteKind;
  /** Where the speaker is named in the attribution (a name, pronoun or title phrase), when found. */
  speakerSpan?: Span;
  /** Where the cue is, when found. */
  cueSpan?: Span;
  /** The two sieves that decided the speaker, quote → mention then mention → speaker (`cue-after/name`). */
  sieve?: string;
}

export interface Speaker {
  name: string;
  /** Other forms the speaker appears as (`Putin`, `Mr. Putin`). */
  aliases: string[];
  /** How many quotes are attributed to them. */
  quotes: number;
  type?: EntityType;
  /** The speaker's cluster id, when the speaker is an entity. */
  cluster?: number;
}

/** One article of the dump: from a headline or dateline to the next one. */
export interface Article extends Span {
  title?: string;
  /** The article's reference date (from its dateline or byline), if any. */
  date?: string;
}

export interface Analysis {
  schema: 'news-lens/2';
  entities: Entity[];
  clusters: Cluster[];
  dates: DateMention[];
  quotes: Quote[];
  speakers: Speaker[];
  blocks: Block[];
  articles: Article[];
}

export interface AnalyzeOptions {
  /** Reference date for relative dates when the text has no dateline before them (`YYYY-MM-DD`). */
  referenceDate?: string;
}
