// The plain data the engine produces: the `news-lens/1` schema (../shared/DESIGN.md) plus the extra fields
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
  /** Index of the entity's cluster in `Analysis.clusters`. */
  cluster: number;
}

/** One entity: every mention of it shares the cluster's index. */
export interface Cluster {
  id: number;
  canonical: string;
  type: EntityType;
  aliases: string[];
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
  /** The cue verb or phrase as written (`said`, `told Reuters`, `according to`), or null. */
  cue: string | null;
  kind: QuoteKind;
  /** Where the speaker is named in the attribution (a name, pronoun or title phrase), when found. */
  speakerSpan?: Span;
  /** Where the cue is, when found. */
  cueSpan?: Span;
  /** The speaker's cluster, when the speaker is an entity (`speaker === clusters[speakerCluster].canonical`). */
  speakerCluster?: number;
}

export interface Speaker {
  name: string;
  /** Other forms the speaker appears as (`Putin`, `Mr. Putin`). */
  aliases: string[];
  /** How many quotes are attributed to them. */
  quotes: number;
  type?: EntityType;
  cluster?: number;
}

/** One article of the dump: from a headline or dateline to the next one. */
export interface Article extends Span {
  title?: string;
  /** The article's reference date (from its dateline), if any. */
  date?: string;
}

export interface Analysis {
  schema: 'news-lens/1';
  clusters: Cluster[];
  entities: Entity[];
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
