// The batch's worker pool against every way a worker can die: out of memory, an uncaught exception, process.exit,
// a task that never ends, and a worker that cannot start. The workers run a small script written for the test, so each
// death happens for sure and at once.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkerPool } from '../../src/cli/pool';
import type { Outcome, Task } from '../../src/cli/worker';

const script = join(mkdtempSync(join(tmpdir(), 'news-lens-pool-')), 'worker.js');
writeFileSync(script, `
const { parentPort, workerData } = require('node:worker_threads');
if (workerData.failToStart) throw new Error('cannot load');
parentPort.on('message', task => {
  switch (task.job.text) {
    case 'oom': { const hoard = []; for (;;) hoard.push(new Array(1 << 20).fill(hoard.length)); }
    case 'throw': setTimeout(() => { throw new Error('boom'); }); return;
    case 'exit': process.exit(3);
    case 'hang': return;
    default: parentPort.postMessage({ outcome: { ok: true, pieces: [task.job.text.toUpperCase()], warnings: [] } });
  }
});
parentPort.postMessage({ ready: true });
`);

const task = (text: string): Task => ({ label: `task ${text}`, key: { id: text }, job: { kind: 'text', text } });
const pool = (size: number, timeoutSeconds: number, failToStart = false) => new WorkerPool({
  size,
  script,
  setup: { newsLensBatchWorker: true, options: {}, maxBytes: 1, ...(failToStart ? { failToStart } : {}) },
  heapMb: 64,
  timeoutSeconds,
});

describe('cli: worker pool', function () {
  this.timeout(120_000); // a hang guard

  it('records each death with its reason and goes on with a new worker', async () => {
    const p = pool(1, 100); // V8 collects garbage many times before it gives up: time enough for that
    try {
      const texts = ['a', 'oom', 'b', 'throw', 'c', 'exit', 'd'];
      const outcomes: Outcome[] = await Promise.all(texts.map(t => p.run(task(t))));
      assert.deepEqual(outcomes, [
        { ok: true, pieces: ['A'], warnings: [] },
        { ok: false, error: 'task oom: out of memory (each worker may use 64 MB; --worker-memory-mb raises it)' },
        { ok: true, pieces: ['B'], warnings: [] },
        { ok: false, error: 'task throw: worker crashed: boom' },
        { ok: true, pieces: ['C'], warnings: [] },
        { ok: false, error: 'task exit: worker stopped (exit code 3)' },
        { ok: true, pieces: ['D'], warnings: [] },
      ]);
    } finally {
      await p.close();
    }
  });

  it('a task out of time ends its worker; the next task gets a new one', async () => {
    const p = pool(1, 3);
    try {
      assert.deepEqual(await Promise.all([p.run(task('hang')), p.run(task('e'))]), [
        { ok: false, error: 'task hang: timed out after 3 s (--timeout)' },
        { ok: true, pieces: ['E'], warnings: [] },
      ]);
    } finally {
      await p.close();
    }
  });

  it('a worker that cannot start makes every task fail as fatal instead of restarting for ever', async () => {
    const p = pool(2, 100, true);
    try {
      const outcomes = await Promise.all([p.run(task('a')), p.run(task('b'))]);
      for (const o of outcomes) assert.deepEqual(o, { ok: false, error: 'cannot start a worker thread: worker crashed: cannot load', fatal: true });
      assert.deepEqual(await p.run(task('c')), outcomes[0]);
    } finally {
      await p.close();
    }
  });
});
