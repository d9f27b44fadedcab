/**
 * The worker-thread entry of `parallign align` on long input (align-input.ts): reads and scans the target
 * side, then posts the scan with its arrays transferred. Built by tsup as its own entry (dist/align-worker.js).
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { ParallignError, scanBuffers } from '../index.js';
import { type AlignInput, scanInput, type ScanReply } from './align-input.js';

if (!isMainThread && parentPort) {
  let reply: ScanReply;
  let transfer: ArrayBuffer[] = [];
  try {
    const scan = scanInput(workerData as AlignInput);
    reply = { scan };
    transfer = scanBuffers(scan);
  } catch (error) {
    reply = {
      error: error instanceof ParallignError ? { code: error.code, message: error.message } : { message: error instanceof Error ? error.message : String(error) },
    };
  }
  parentPort.postMessage(reply, transfer);
}
