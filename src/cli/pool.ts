// Worker threads for `batch`: each analyses one task at a time under a heap cap and a time limit. A worker that runs
// out of memory, crashes or runs out of time is replaced; its task fails with the reason and the batch goes on.
import { Worker } from 'node:worker_threads';
import type { Outcome, Task, WorkerMessage, WorkerSetup } from './worker';

export interface PoolSettings {
  size: number;
  /** The script the workers run: the CLI bundle itself. */
  script: string;
  setup: WorkerSetup;
  heapMb: number;
  timeoutSeconds: number;
}

interface Pending {
  task: Task;
  resolve: (outcome: Outcome) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  current?: Pending;
  timer?: NodeJS.Timeout;
  /** Why the worker is going away, once known (its error event, or the time limit). */
  death?: string;
}

export class WorkerPool {
  private readonly slots = new Set<Slot>();
  private idle: Slot[] = [];
  private readonly queue: Pending[] = [];
  private closed = false;
  /** Set when a worker dies before it could take a task: starting more would fail the same way. */
  private broken: string | undefined;

  constructor(private readonly settings: PoolSettings) {
    for (let i = 0; i < settings.size; i++) this.spawn();
  }

  /** Never rejects: a task that cannot be done resolves as failed, and as fatal when no worker can start at all. */
  run(task: Task): Promise<Outcome> {
    if (this.broken) return Promise.resolve({ ok: false, error: this.broken, fatal: true });
    return new Promise(resolve => {
      this.queue.push({ task, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(Array.from(this.slots, slot => slot.worker.terminate()));
  }

  private pump(): void {
    while (this.idle.length && this.queue.length) {
      const slot = this.idle.pop()!;
      const pending = this.queue.shift()!;
      slot.current = pending;
      const { timeoutSeconds } = this.settings;
      slot.timer = setTimeout(() => {
        slot.death = `timed out after ${timeoutSeconds} s (--timeout)`;
        void slot.worker.terminate();
      }, timeoutSeconds * 1000);
      slot.worker.postMessage(pending.task);
    }
  }

  private spawn(): void {
    const worker = new Worker(this.settings.script, {
      workerData: this.settings.setup,
      resourceLimits: { maxOldGenerationSizeMb: this.settings.heapMb },
    });
    const slot: Slot = { worker, ready: false };
    this.slots.add(slot);
    worker.on('message', (m: WorkerMessage) => {
      if (slot.death) return;
      if ('ready' in m) slot.ready = true;
      else this.settle(slot, m.outcome);
      this.idle.push(slot);
      this.pump();
    });
    worker.on('error', (e: Error & { code?: string }) => {
      slot.death ??= e.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? `out of memory (each worker may use ${this.settings.heapMb} MB; --worker-memory-mb raises it)`
        : `worker crashed: ${e.message}`;
    });
    worker.on('exit', code => {
      this.slots.delete(slot);
      this.idle = this.idle.filter(s => s !== slot);
      const reason = slot.death ?? `worker stopped (exit code ${code})`;
      if (slot.current) this.settle(slot, { ok: false, error: `${slot.current.task.label}: ${reason}` });
      if (this.closed) return;
      if (!slot.ready) this.fail(`cannot start a worker thread: ${reason}`);
      else this.spawn();
    });
  }

  private settle(slot: Slot, outcome: Outcome): void {
    clearTimeout(slot.timer);
    const pending = slot.current;
    slot.current = undefined;
    pending?.resolve(outcome);
  }

  private fail(error: string): void {
    this.broken ??= error;
    for (const pending of this.queue.splice(0)) pending.resolve({ ok: false, error, fatal: true });
  }
}
