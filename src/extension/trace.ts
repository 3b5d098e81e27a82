// Where the time of a first paint goes (activation, worker start, analysis, transfer, decorations): stage marks
// taken with `performance.mark` in the extension host and the worker, on one clock (milliseconds since the epoch,
// comparable across threads and with the workbench's page). Only when NEWS_LENS_TRACE_FILE names a file, which
// `npm run bench:ui` sets for the VS Code server it starts: each paint then appends one JSON line to it.
import { appendFile } from 'node:fs';

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

/** Records not yet appended to the trace file, in order. */
const unwritten: string[] = [];
let writing = false;

/**
 * Appends one record to the trace file, off the thread (the extension host's thread does not wait for the disk
 * between the stages of a paint); a trace that cannot be written is dropped, never an error for the user.
 */
export function writeTrace(record: object): void {
  if (!traceFile) return;
  // How far this thread's epoch clock is from Date.now(), so that a reader can check it against another process's.
  const clockSkew = performance.timeOrigin + performance.now() - Date.now();
  unwritten.push(JSON.stringify({ ...record, clockSkew }) + '\n');
  flushTrace(traceFile);
}

function flushTrace(file: string): void {
  if (writing || unwritten.length === 0) return;
  writing = true;
  const lines = unwritten.splice(0).join('');
  // A failed write is dropped: the benchmark notices missing records.
  appendFile(file, lines, () => {
    writing = false;
    flushTrace(file);
  });
}
