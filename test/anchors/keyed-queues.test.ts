import { describe, expect, it } from 'vitest';
import { KeyedQueues } from '../../src/anchors/keyed-queues.js';
import { matchAnchors } from '../../src/anchors/match.js';
import { findAnchors } from '../../src/index.js';

describe('KeyedQueues', () => {
  it('gives the items of a key first in, first out, then nothing', () => {
    const queues = new KeyedQueues<string, number>();
    queues.push('a', 1);
    queues.push('b', 2);
    queues.push('a', 3);
    expect(queues.take('a')).toBe(1);
    expect(queues.take('a')).toBe(3);
    expect(queues.take('a')).toBeUndefined();
    expect(queues.take('b')).toBe(2);
    expect(queues.take('c')).toBeUndefined();
  });
});

describe('matchAnchors on many equal numbers', () => {
  it('pairs the nth occurrence of a value with the nth on the other side, as many as both have', () => {
    const segment = (text: string) => ({ index: 0, text, start: 0, end: text.length, block: 0 });
    const source = findAnchors(segment('7 och 7 och 7 och 8'), 'sv');
    const target = findAnchors(segment('7 و 8 و 7'), 'ar');
    const numbers = matchAnchors(source, target).filter((m) => m.kind === 'number');
    const pairs = numbers.map((m) => [source[m.source]!.value, target[m.target]!.value, m.source, m.target]);
    expect(pairs).toEqual([
      [7, 7, 0, 0],
      [7, 7, 1, 2],
      [8, 8, 3, 1],
    ]);
  });
});
