/**
 * The worker-thread entry of `parallign batch`: takes pair tasks from the driver, one message each, and
 * answers with the finished JSON line. Built by tsup as its own entry (dist/batch-worker.js).
 */
import { isMainThread, parentPort } from 'node:worker_threads';
import { runPair, type PairTask } from './batch-pair.js';

if (!isMainThread && parentPort) {
  const port = parentPort;
  port.on('message', (task: PairTask) => {
    port.postMessage(runPair(task));
  });
}
