// `news-lens`: the engine from the command line (the commands are in cli/). This file is the bundle's entry,
// dist/cli.js, and also the script the worker threads of `batch` run.
import { isMainThread, workerData } from 'node:worker_threads';
import { runCli } from './cli/main';
import { isWorkerSetup, runWorker } from './cli/worker';

if (!isMainThread && isWorkerSetup(workerData)) void runWorker(workerData);
else if (require.main === module) runCli(process.argv.slice(2), __filename);
