import { describe, expect, it } from 'vitest';
import { splitByPosition, splitDocuments } from '../../bench/accuracy/halves.js';
import { addCounts, countAlignment, parseBeads, ratios, scoreAlignment } from '../../bench/accuracy/score.js';

const beads = (text: string) => parseBeads(text.trim().split(/\s+/).join('\n'));

describe('scoreAlignment', () => {
  it('gives 1 everywhere when the output equals the gold', () => {
    const gold = beads('[0]:[0] [1,2]:[1] []:[2] [3]:[]');
    const s = scoreAlignment(gold, gold);
    expect(s.strict).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(s.lax).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(s.oneSidedRecall).toBe(1);
  });

  it('judges every output bead for precision but only two-sided gold beads for recall', () => {
    const gold = beads('[0]:[0] [1]:[1] []:[2]');
    // [1]:[1,2] swallows the target-only line: wrong strictly, right laxly (link 1>1 is in gold).
    const output = beads('[0]:[0] [1]:[1,2]');
    const s = scoreAlignment(output, gold);
    expect(s.strict.precision).toBeCloseTo(1 / 2);
    expect(s.strict.recall).toBeCloseTo(1 / 2);
    expect(s.lax.precision).toBe(1);
    expect(s.lax.recall).toBe(1);
    expect(s.oneSidedRecall).toBe(0);
  });

  it('counts a one-sided output bead as a strict hit only when the gold has the same one-sided bead', () => {
    const gold = beads('[0]:[0] [1]:[]');
    const s = scoreAlignment(beads('[0]:[] []:[0] [1]:[]'), gold);
    // Output beads: [0]:[] (miss), []:[0] (miss), [1]:[] (hit) → precision 1/3; no two-sided output → recall 0.
    expect(s.strict.precision).toBeCloseTo(1 / 3);
    expect(s.strict.recall).toBe(0);
    expect(s.lax.precision).toBeCloseTo(1 / 3);
    expect(s.oneSidedRecall).toBe(1);
  });

  it('finds no lax hit when no link of an output bead lies inside a gold bead', () => {
    const gold = beads('[0]:[0] [1]:[1]');
    const s = scoreAlignment(beads('[0]:[1] [1]:[0]'), gold);
    expect(s.lax.precision).toBe(0);
    expect(s.lax.recall).toBe(0);
  });

  it('sums counts over documents before taking ratios', () => {
    const a = countAlignment(beads('[0]:[0]'), beads('[0]:[0]'));
    const b = countAlignment(beads('[0]:[0] [1]:[1] [2]:[2]'), beads('[0,1]:[0,1] [2]:[2]'));
    const total = ratios(addCounts(a, b));
    // Output beads 1 + 3, strict hits 1 + 1; gold two-sided 1 + 2, recall hits 1 + 1.
    expect(total.strict.precision).toBeCloseTo(2 / 4);
    expect(total.strict.recall).toBeCloseTo(2 / 3);
    expect(total.oneSidedRecall).toBeNaN();
  });
});

describe('parseBeads', () => {
  it('reads the one-bead-per-line format with spaces and empty sides', () => {
    expect(parseBeads('[0, 1]:[2]\n[]:[3]\n')).toEqual([
      { source: [0, 1], target: [2] },
      { source: [], target: [3] },
    ]);
  });

  it('rejects a line that is not a bead, naming the line', () => {
    expect(() => parseBeads('[0]:[0]\nnonsense', 'gold.txt')).toThrow(/gold.txt:2/);
  });
});

describe('tuning and held-out halves (bench/accuracy/halves.ts)', () => {
  it('splits the documents of a pair evenly, the same way on every run, whatever their order', () => {
    const ids = ['a-01', 'a-02', 'a-03', 'a-04', 'a-05'];
    const halves = splitDocuments(ids);
    const tuning = ids.filter((id) => halves.get(id) === 'tune');
    expect(tuning).toHaveLength(3);
    expect(ids.filter((id) => halves.get(id) === 'held-out')).toHaveLength(2);
    expect(splitDocuments([...ids].reverse())).toEqual(halves);
  });

  it('cuts one document at its middle gold bead, judging each bead by the half it starts in', () => {
    const gold = beads('[0]:[0] [1]:[1,2] []:[3] [2]:[4] [3]:[5]');
    // The output merges the one-sided target line 3 into the next bead; it starts at source 2, in the second half.
    const output = beads('[0]:[0] [1]:[1,2] [2]:[3,4] [3]:[5]');
    const { tune, heldOut } = splitByPosition(gold, output);
    expect(tune.gold).toEqual(beads('[0]:[0] [1]:[1,2]'));
    expect(heldOut.gold).toEqual(beads('[]:[3] [2]:[4] [3]:[5]'));
    expect(tune.output).toEqual(beads('[0]:[0] [1]:[1,2]'));
    expect(heldOut.output).toEqual(beads('[2]:[3,4] [3]:[5]'));
  });
});
