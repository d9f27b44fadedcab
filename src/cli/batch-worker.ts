/**
 * The worker-thread entry of `parallign batch`: takes pair tasks from the driver, one message each, and
 * answers with the finished JSON line. Built by tsup as its own entry (dist/batch-worker.js).
 */
import { isMainThread, parentPort } from 'node:worker_threads';
import { createAnalysisCache } from '../index.js';
import { runPair, type PairTask } from './batch-pair.js';

if (!isMainThread && parentPort) {
  const port = parentPort;
  // Word analyses shared by this worker's pairs (an archive's articles share most of their words); bounded.
  const cache = createAnalysisCache();
  port.on('message', (task: PairTask) => {
    port.postMessage(runPair(task, cache));
  });
}
