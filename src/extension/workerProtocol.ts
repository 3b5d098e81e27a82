// The messages between the analysis service (extension host) and the analysis worker thread.
import type { Analysis, AnalyzeOptions } from '../core/types';

export interface AnalyzeRequest {
  type: 'analyze';
  id: number;
  /** Which document's cache to use (its URI); each document keeps its own block cache in the worker. */
  key: string;
  text: string;
  options: AnalyzeOptions;
  /** Analyse only this slice (the visible part of a big document); offsets in the answer are still document offsets. */
  window?: { start: number; end: number };
}

export interface ForgetRequest {
  type: 'forget';
  key: string;
}

export type WorkerRequest = AnalyzeRequest | ForgetRequest;

export type WorkerResponse =
  | { id: number; ok: true; analysis: Analysis; ms: number }
  | { id: number; ok: false; error: string };
