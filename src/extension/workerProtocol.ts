// The messages between the analysis service (extension host) and the analysis worker thread.
import type { Analysis, AnalyzeOptions } from '../core/types';
import type { IndexRequest, IndexResponse } from './indexProtocol';
import type { Marks } from './trace';

export interface AnalyzeRequest {
  type: 'analyze';
  id: number;
  /** Which document's cache to use (its URI); each document keeps its own block cache in the worker. */
  key: string;
  text: string;
  options: AnalyzeOptions;
  /** Check first that the text reads like news (src/core/newsDetection.ts); answer `notNews` instead when not. */
  detectNews?: boolean;
  /** Analyze only this slice (the visible part of a big document); offsets in the answer are still document offsets. */
  window?: { start: number; end: number };
  /** Send the layers that need no names (an `early` message) before the answer: nothing is drawn for the document yet. */
  quotesAndDatesFirst?: boolean;
  /** Makes the worker fail this request in the given way: only the extension-host tests send it. */
  fault?: WorkerFault;
}

/** How a test makes the worker fail: an error answer, an uncaught error, running out of memory, an endless loop. */
export type WorkerFault = 'exception' | 'crash' | 'oom' | 'hang';

export interface ForgetRequest {
  type: 'forget';
  key: string;
}

export type WorkerRequest = AnalyzeRequest | ForgetRequest | IndexRequest;

/** The answer to an analyze request; `marks` are the worker's trace stages (only when tracing). */
export type WorkerResponse =
  | { type: 'analysis'; id: number; ok: true; analysis: Analysis; ms: number; marks?: Marks }
  | { type: 'analysis'; id: number; ok: true; notNews: true; marks?: Marks }
  | { type: 'analysis'; id: number; ok: false; error: string; marks?: Marks };

/** The layers that need no names (analyzeQuotesAndDates) of what a request asked for, sent ahead of its answer. */
export interface WorkerEarly {
  type: 'early';
  id: number;
  analysis: Analysis;
  marks?: Marks;
}

/** Sent once the worker's bundle is loaded, with its start-up trace stages (empty unless tracing). */
export interface WorkerReady {
  type: 'ready';
  marks: Marks;
}

export type WorkerMessage = WorkerResponse | WorkerEarly | WorkerReady | IndexResponse;

/** What a worker thread is started for (its `workerData`): the editor's analyses, or the workspace index. */
export type WorkerRole = 'analysis' | 'index';
