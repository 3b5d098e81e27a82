// The messages between the workspace index (extension host) and its part of the analysis worker (indexTasks.ts).
import type { FileSummary } from '../core/fileSummary';

export interface IndexFile {
  uri: string;
  /** Where the worker reads it (a `file:` URI's path). */
  path: string;
  /** The name shown to the user: the path relative to its workspace folder. */
  file: string;
}

/** Where else a quote appears. */
export interface EchoRef {
  uri: string;
  file: string;
  /** One-based line. */
  line: number;
  quote: string;
  speaker: string | null;
  exact: boolean;
  similarity: number;
}

export type IndexRequest =
  /** `detectNews`: skip plain `.txt` files that do not read like news (`*.news.txt` always count). */
  | { type: 'index'; files: IndexFile[]; maxBytes: number; detectNews: boolean }
  /** What the host kept of the files read so far, for a fresh worker after a crash. */
  | { type: 'restore'; summaries: FileSummary[] }
  | { type: 'remove'; uris: string[] }
  /** Echoes of an open document's quotes: among themselves (other articles) and in the other indexed files. */
  | { type: 'echoes'; id: number; uri: string; file: string; quotes: { text: string; article: number; line: number; speaker: string | null }[] }
  /** Echoes of every quote of these indexed files. */
  | { type: 'alsoIn'; id: number; uris: string[] };

export type IndexResponse =
  | { type: 'indexed'; summaries: FileSummary[]; skipped: { uri: string; reason: string }[]; queued: number }
  | { type: 'echoes'; id: number; echoes: EchoRef[][] }
  | { type: 'alsoIn'; id: number; echoes: Record<string, EchoRef[][]> };
