// What the workspace index keeps of one dump: its quotes as Extract Quotes rows, and its entities with where each is
// first written in full. Small plain data, so thousands of files cost little memory and cross threads cheaply.
import { quoteRecords, type QuoteRecord } from './exportQuotes';
import { LineIndex } from './lines';
import { articleSummaries, definitionOf } from './navigation';
import type { Analysis, EntityType } from './types';

export interface IndexedEntity {
  name: string;
  type: EntityType;
  mentions: number;
  /** Whether the entity is quoted in the file. */
  speaker: boolean;
  /** Zero-based line and column of its first mention in full, and where that mention ends. */
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
}

export interface FileSummary {
  /** The file's URI. */
  uri: string;
  /** The file's path as the user knows it (relative to its workspace folder). */
  file: string;
  quotes: QuoteRecord[];
  /** For each quote, the index of its article in the file (-1 before the first). */
  quoteArticles: number[];
  entities: IndexedEntity[];
}

export function summarizeFile(uri: string, file: string, text: string, analysis: Analysis): FileSummary {
  const lines = new LineIndex(text);
  const quoteArticles = new Array<number>(analysis.quotes.length).fill(-1);
  const position = new Map(analysis.quotes.map((q, i) => [q, i]));
  for (const s of articleSummaries(analysis)) for (const q of s.quotes) quoteArticles[position.get(q)!] = s.index;
  const speakers = new Set<number>();
  for (const q of analysis.quotes) if (q.speakerCluster !== undefined) speakers.add(q.speakerCluster);
  const entities: IndexedEntity[] = [];
  for (const c of analysis.clusters) {
    const first = definitionOf(analysis, c.id);
    if (!first) continue;
    const start = lines.position(first.start);
    const end = lines.position(first.end);
    entities.push({
      name: c.canonical, type: c.type, mentions: c.mentions, speaker: speakers.has(c.id),
      line: start.line, character: start.character, endLine: end.line, endCharacter: end.character,
    });
  }
  return { uri, file, quotes: quoteRecords(text, analysis, file), quoteArticles, entities };
}
