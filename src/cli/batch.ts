// `news-lens batch`: many dumps through the worker pool, one JSON line each, written as soon as it and every line
// before it are ready (input order, a bounded number in flight). Files come from folders and globs, or with `--jsonl`
// as {"id", "text"} lines on standard input.
import { availableParallelism } from 'node:os';
import {
  DEFAULT_MAX_FILE_MB, DEFAULT_TIMEOUT_SECONDS, DEFAULT_WORKER_MEMORY_MB, numberOption, referenceDate, usageError,
  type ParsedCommand,
} from './args';
import { EXIT, UserError } from './errors';
import { collectFiles } from './files';
import { formatSize, STDIN } from './input';
import { Output } from './output';
import { WorkerPool } from './pool';
import type { Outcome, Task } from './worker';

const MB = 1024 * 1024;
/** Below this a worker cannot even load the engine. */
const MIN_WORKER_MEMORY_MB = 64;

/** A task to run, or a JSONL line already known to be bad; errorKey opens its error line (`{ file }`, `{ id, line }`). */
type Entry = { errorKey: Record<string, unknown> } & ({ task: Task } | { failure: string });

export async function batch({ spec, values, positionals }: ParsedCommand, script: string): Promise<number> {
  const jsonl = values.jsonl === true;
  if (jsonl && positionals.length) throw usageError(spec, 'batch --jsonl reads standard input and takes no DIR_OR_GLOB');
  if (!jsonl && !positionals.length) throw usageError(spec, 'batch needs a folder or a glob (or --jsonl to read standard input)');
  if (positionals.includes(STDIN)) throw usageError(spec, 'batch reads files; for texts on standard input use batch --jsonl');
  const maxBytes = numberOption(spec, values, 'max-file-mb', DEFAULT_MAX_FILE_MB) * MB;
  const jobs = numberOption(spec, values, 'jobs', availableParallelism(), true);
  const timeoutSeconds = numberOption(spec, values, 'timeout', DEFAULT_TIMEOUT_SECONDS);
  const heapMb = numberOption(spec, values, 'worker-memory-mb', DEFAULT_WORKER_MEMORY_MB, true);
  if (heapMb < MIN_WORKER_MEMORY_MB) throw usageError(spec, `--worker-memory-mb takes at least ${MIN_WORKER_MEMORY_MB}`);
  const options = { referenceDate: referenceDate(spec, values['reference-date'] as string | undefined) };
  const out = Output.open(values.out as string | undefined);

  let entries: Iterable<Entry> | AsyncIterable<Entry>;
  let total: number | undefined;
  if (jsonl) entries = jsonlEntries(maxBytes);
  else {
    const { files, warnings } = collectFiles(positionals);
    for (const w of warnings) process.stderr.write(`news-lens: warning: ${w}\n`);
    if (!files.length) throw new UserError(`no .txt files found in ${positionals.join(' ')}`, EXIT.inputFailed);
    entries = files.map(file => ({ task: { label: file, key: { file }, job: { kind: 'file', file } }, errorKey: { file } }));
    total = files.length;
  }

  const pool = new WorkerPool({
    size: Math.min(jobs, total ?? jobs),
    script,
    setup: { newsLensBatchWorker: true, options, maxBytes },
    heapMb,
    timeoutSeconds,
  });
  const progress = total === undefined ? undefined : progressReporter(total);
  const failures: string[] = [];
  let count = 0;
  const deliver = async (entry: Entry, outcome: Outcome) => {
    count++;
    if (outcome.ok) {
      for (const w of outcome.warnings) process.stderr.write(`${w}\n`);
      await out.writeAll(outcome.pieces);
      await out.write('\n');
    } else {
      if (outcome.fatal) throw new UserError(outcome.error, EXIT.internal);
      failures.push(outcome.error);
      await out.write(JSON.stringify({ ...entry.errorKey, error: outcome.error }) + '\n');
    }
    progress?.(count);
  };
  try {
    const start = (entry: Entry): Promise<Outcome> =>
      'task' in entry ? pool.run(entry.task) : Promise.resolve({ ok: false, error: entry.failure });
    await inOrder(entries, start, 4 * jobs, deliver);
    await out.close();
  } finally {
    await pool.close();
  }

  const unit = jsonl ? 'records' : 'files';
  process.stderr.write(`news-lens: ${count - failures.length} of ${count} ${unit} analyzed → ${out.name}\n`);
  if (!failures.length) return EXIT.ok;
  process.stderr.write(`news-lens: ${failures.length} failed${jsonl ? ' (error lines in the output)' : ':'}\n`);
  if (jsonl) return EXIT.ok; // a pipeline (Spark, Hadoop) would drop the whole partition on a non-zero exit
  for (const f of failures) process.stderr.write(`  ${f}\n`);
  return EXIT.inputFailed;
}

/** Starts each entry as it comes, keeps at most `window` in flight, and delivers them in input order. */
async function inOrder<T, R>(
  entries: Iterable<T> | AsyncIterable<T>,
  start: (entry: T) => Promise<R>,
  window: number,
  deliver: (entry: T, result: R) => Promise<void>,
): Promise<void> {
  const inFlight: { entry: T; result: Promise<R> }[] = [];
  const deliverFirst = async () => {
    const first = inFlight.shift()!;
    await deliver(first.entry, await first.result);
  };
  for await (const entry of entries) {
    inFlight.push({ entry, result: start(entry) });
    while (inFlight.length >= window) await deliverFirst();
  }
  while (inFlight.length) await deliverFirst();
}

function progressReporter(total: number): (done: number) => void {
  const tty = process.stderr.isTTY;
  const step = Math.max(1, Math.floor(total / 10));
  return done => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`;
    if (tty) process.stderr.write(`\r${line}${done === total ? '\n' : ''}`);
    else if (done === total || done % step === 0) process.stderr.write(`${line}\n`);
  };
}

/** Standard input's {"id", "text"} lines as tasks; a line that is too long or not such a record is a failed entry. */
async function* jsonlEntries(maxBytes: number): AsyncGenerator<Entry> {
  for await (const { line, text, bytes } of stdinLines(maxBytes)) {
    const failed = (id: unknown, failure: string): Entry => ({ errorKey: { id, line }, failure: `line ${line}: ${failure}` });
    if (text === undefined) {
      yield failed(null, `not analyzed: the line has ${formatSize(bytes)}, above the limit of ${maxBytes / MB} MB (--max-file-mb)`);
      continue;
    }
    if (!text.trim()) continue;
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch {
      yield failed(null, 'not a JSON object');
      continue;
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      yield failed(null, 'not a JSON object');
      continue;
    }
    const { id, text: dump } = record as { id?: unknown; text?: unknown };
    if (id === undefined) yield failed(null, 'no "id"');
    else if (typeof dump !== 'string') yield failed(id, 'no "text" string');
    else {
      const label = `line ${line} (id ${JSON.stringify(id)})`;
      yield { task: { label, key: { id }, job: { kind: 'text', text: dump } }, errorKey: { id, line } };
    }
  }
}

/** Lines of standard input as UTF-8; a line longer than maxBytes is dropped while it streams by, its size kept. */
async function* stdinLines(maxBytes: number): AsyncGenerator<{ line: number; text?: string; bytes: number }> {
  let parts: Buffer[] = [];
  let bytes = 0;
  let line = 0;
  const finish = () => {
    line++;
    const text = bytes > maxBytes ? undefined : Buffer.concat(parts).toString('utf8').replace(/\r$/, '');
    const result = { line, text, bytes };
    parts = [];
    bytes = 0;
    return result;
  };
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    let from = 0;
    for (;;) {
      const newline = chunk.indexOf(10, from);
      const end = newline < 0 ? chunk.length : newline;
      bytes += end - from;
      if (bytes <= maxBytes) parts.push(chunk.subarray(from, end));
      else parts = [];
      if (newline < 0) break;
      yield finish();
      from = newline + 1;
    }
  }
  if (bytes || parts.length) yield finish();
}
