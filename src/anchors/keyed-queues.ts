/**
 * Items waiting under a key, taken first in, first out. A read cursor per key rather than `Array#shift`,
 * which moves the whole queue on every take: matching a bead of tens of thousands of equal numbers
 * ("1, 1, 1, …") that way was quadratic (bench/redos: 25 s on 1 MB).
 */
export class KeyedQueues<K, V> {
  private readonly queues = new Map<K, { items: V[]; taken: number }>();

  push(key: K, item: V): void {
    const queue = this.queues.get(key);
    if (queue) queue.items.push(item);
    else this.queues.set(key, { items: [item], taken: 0 });
  }

  /** The oldest item under `key` not yet taken, or undefined when none is left. */
  take(key: K): V | undefined {
    const queue = this.queues.get(key);
    if (queue === undefined || queue.taken === queue.items.length) return undefined;
    return queue.items[queue.taken++];
  }
}
