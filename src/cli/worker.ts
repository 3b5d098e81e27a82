// A batch worker thread: analyses one file or text at a time and sends back its JSON line in pieces. It runs under a
// heap cap, so a dump that needs too much memory ends this thread, not the batch (pool.ts restarts it).
import { parentPort } from 'node:worker_threads';
import type { Analysis } from '../core/types';
import type { AnalyzeOptions } from '../core/types';
import { UserError } from './errors';
import { readDump } from './input';
import { jsonPieces } from './json';

export interface WorkerSetup {
  newsLensBatchWorker: true;
  options: AnalyzeOptions;
  maxBytes: number;
}

export type Job = { kind: 'file'; file: string } | { kind: 'text'; text: string };

export interface Task {
  /** How the failure list names it: the file, or the line and id of a JSONL record. */
  label: string;
  /** The fields that open its output line (`{ file }` or `{ id }`). */
  key: Record<string, unknown>;
  job: Job;
}

export type Outcome =
  | { ok: true; pieces: string[]; warnings: string[] }
  /** fatal: no worker can run at all, so the batch stops. */
  | { ok: false; error: string; fatal?: boolean };

export type WorkerMessage = { ready: true } | { outcome: Outcome };

export const isWorkerSetup = (data: unknown): data is WorkerSetup =>
  (data as WorkerSetup | null)?.newsLensBatchWorker === true;

type Analyze = (text: string, options: AnalyzeOptions) => Analysis;

/** Ready once the engine has loaded, so a task's time limit counts the analysis alone. */
export async function runWorker(setup: WorkerSetup): Promise<void> {
  const { analyze } = await import('../core/analyze');
  const port = parentPort!;
  port.on('message', (task: Task) => {
    void perform(task, setup, analyze).then(outcome => port.postMessage({ outcome } satisfies WorkerMessage));
  });
  port.postMessage({ ready: true } satisfies WorkerMessage);
}

async function perform(task: Task, setup: WorkerSetup, analyze: Analyze): Promise<Outcome> {
  try {
    const dump = task.job.kind === 'file' ? await readDump(task.job.file, setup.maxBytes) : { text: task.job.text, warnings: [] };
    const analysis = analyze(dump.text, setup.options);
    return { ok: true, pieces: Array.from(jsonPieces({ ...task.key, ...analysis })), warnings: dump.warnings };
  } catch (e) {
    return { ok: false, error: e instanceof UserError ? e.message : `${task.label}: internal error: ${(e as Error)?.message ?? String(e)}` };
  }
}
