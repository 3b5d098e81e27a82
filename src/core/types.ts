// The plain data the engine produces: the `news-lens/2` schema (../shared/DESIGN.md) plus the extra fields
// the editor features read. Every offset is a UTF-16 index into the analysed text; `text === source.slice(start, end)`.

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
  /** TIMEX3-style value (`2024-05-16`, `2024-05`, `2024`, `2024-W20`, `2024-05-16T07:51-04:00`), or null. */
  value: string | null;
  /** What a relative expression was resolved against, when it needed one. */
  anchor?: DateAnchor;
}

export interface DateAnchor {
  /** The reference date used (`2024-05-16`). */
  date: string;
  /** Where it came from: a dateline or tweet signature in the text, or the caller's option. */
  source: 'dateline' | 'tweet' | 'option';
  /** Offset of the dateline or tweet signature, when the source is in the text. */
  offset?: number;
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
  /** The article's reference date (from its dateline), if any. */
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
