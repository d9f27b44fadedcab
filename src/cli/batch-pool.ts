/**
 * A fixed pool of worker threads that compare pairs. Each worker holds at most `PER_WORKER_IN_FLIGHT`
 * tasks so the next one is already waiting when it finishes; callers bound the total with their own window.
 * A worker that dies fails the pair it was comparing (with the reason) and is replaced, so one bad pair
 * cannot stop the batch.
 */
import { Worker } from 'node:worker_threads';
import { failureLine, type PairResult, type PairTask } from './batch-pair.js';
import { workerSpec } from './worker-spec.js';

/** Two per worker: one being compared, one queued behind it, so a worker never waits for the driver. */
const PER_WORKER_IN_FLIGHT = 2;

/** Restarts tolerated per worker without a single finished task in between. */
const MAX_DEATHS_PER_WORKER = 3;

interface Slot {
  worker: Worker;
  held: Map<number, { task: PairTask; resolve: (result: PairResult) => void }>;
}

export class PairPool {
  readonly size: number;
  private readonly slots: Slot[] = [];
  private readonly waiting: Array<{ task: PairTask; resolve: (result: PairResult) => void }> = [];
  private readonly spec = workerSpec('batch-worker');
  private closed = false;
  /** Worker deaths since the last finished task; past a limit the workers cannot start at all. */
  private deathsWithoutProgress = 0;
  private brokenReason = '';

  constructor(size: number) {
    this.size = size;
    for (let i = 0; i < size; i++) this.slots.push(this.startSlot());
  }

  /** Compares one pair on some worker; resolves with its record, never rejects. */
  run(task: PairTask): Promise<PairResult> {
    return new Promise((resolve) => {
      this.waiting.push({ task, resolve });
      this.dispatch();
    });
  }

  /** Stops every worker; pending tasks are abandoned. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    if (this.slots.length === 0) {
      for (const { task, resolve } of this.waiting.splice(0)) {
        resolve({ sequence: task.sequence, ok: false, line: failureLine(task.id, `${task.source}: no worker could start (${this.brokenReason})`) });
      }
      return;
    }
    while (this.waiting.length > 0) {
      let best: Slot | undefined;
      for (const slot of this.slots) if (slot.held.size < PER_WORKER_IN_FLIGHT && (!best || slot.held.size < best.held.size)) best = slot;
      if (!best) return;
      const next = this.waiting.shift()!;
      best.held.set(next.task.sequence, next);
      best.worker.postMessage(next.task);
    }
  }

  private startSlot(): Slot {
    const worker = new Worker(this.spec.script, { eval: this.spec.eval });
    const slot: Slot = { worker, held: new Map() };
    worker.on('message', (result: PairResult) => {
      const entry = slot.held.get(result.sequence);
      if (!entry) return;
      this.deathsWithoutProgress = 0;
      slot.held.delete(result.sequence);
      entry.resolve(result);
      this.dispatch();
    });
    const fail = (reason: string) => {
      if (this.closed) return;
      const index = this.slots.indexOf(slot);
      if (index === -1) return;
      // The worker is gone. The pair it was comparing (the oldest it held; a worker takes its messages in
      // order) gets an error record; the pairs queued behind it go back to the queue; a fresh worker takes
      // its place.
      const [current, ...queued] = slot.held.values();
      if (current) {
        const { task, resolve } = current;
        resolve({ sequence: task.sequence, ok: false, line: failureLine(task.id, `${task.source}: worker stopped while comparing with ${task.target} (${reason})`) });
      }
      this.waiting.unshift(...queued);
      slot.held.clear();
      void worker.terminate();
      this.deathsWithoutProgress += 1;
      if (this.deathsWithoutProgress > MAX_DEATHS_PER_WORKER * this.size) {
        // Workers die before finishing anything (a broken install, not a bad pair): fail what is left.
        this.slots.splice(index, 1);
        this.brokenReason = reason;
        this.dispatch();
        return;
      }
      this.slots[index] = this.startSlot();
      this.dispatch();
    };
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => fail(`exit code ${code}`));
    return slot;
  }
}
