// Where the time of a first paint goes (activation, worker start, analysis, transfer, decorations): stage marks
// taken with `performance.mark` in the extension host and the worker, on one clock (milliseconds since the epoch,
// comparable across threads and with the workbench's page). Only when NEWS_LENS_TRACE_FILE names a file, which
// `npm run bench:ui` sets for the VS Code server it starts: each paint then appends one JSON line to it.
import { appendFile } from 'node:fs/promises';

const traceFile = process.env.NEWS_LENS_TRACE_FILE;

/** Whether marks are taken at all (off for users: user-timing entries would pile up for the whole session). */
export const tracing = !!traceFile;

/** Stage name → time (ms since the epoch). */
export type Marks = Record<string, number>;

/** Marks `name` now and returns the time, or 0 when not tracing. */
export function mark(name: string, into?: Marks): number {
  if (!tracing) return 0;
  // The time first: a thread's first user-timing entry costs a moment that belongs to no stage.
  const now = performance.now();
  performance.mark(`newsLens:${name}`, { startTime: now });
  const at = performance.timeOrigin + now;
  if (into) into[name] = at;
  return at;
}

/** The session's one-time stages: activation and the worker's start. */
export const sessionMarks: Marks = {};

/** The trace's writes, one after another, so that its lines stay in order. */
let written: Promise<unknown> = Promise.resolve();

/**
 * Appends one record to the trace file, off the thread (the extension host's thread does not wait for the disk
 * between the stages of a paint); a trace that cannot be written is dropped, never an error for the user.
 */
export function writeTrace(record: object): void {
  if (!traceFile) return;
  const file = traceFile;
  // How far this thread's epoch clock is from Date.now(), so that a reader can check it against another process's.
  const clockSkew = performance.timeOrigin + performance.now() - Date.now();
  const line = JSON.stringify({ ...record, clockSkew }) + '\n';
  // A failed write is dropped: the benchmark notices missing records.
  written = written.then(() => appendFile(file, line)).catch(() => undefined);
}
