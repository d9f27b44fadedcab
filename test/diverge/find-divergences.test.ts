import { describe, expect, it } from 'vitest';
import { findDivergences } from '../../src/diverge/index.js';
import { contextOf, name, num } from './build-context.js';

const context = () => contextOf([
  { source: 'Annons' },
  { source: { text: 'Från 48 länder.', anchors: [num('48', 48)] }, target: { text: 'من بلدان 48 في البداية (30 September).', anchors: [num('48', 48), num('30', 30), name('September')] } },
  { source: 'Mötet hölls i Bryssel, verklighet,sa hon.', target: 'عقد الاجتماع في بروكسل.' },
]);

describe('findDivergences', () => {
  it('runs every detector and sorts by bead, then side, then offset', () => {
    const found = findDivergences(context());
    expect(found.map((d) => [d.bead, d.kind, d.side, d.text])).toEqual([
      [0, 'unaligned-segment', 'source', 'Annons'],
      [1, 'number-shifted', 'target', '48'],
      [1, 'format-mismatch', 'target', '('],
      [1, 'number-mismatch', 'target', '30'],
      [1, 'untranslated', 'target', 'September'],
      [2, 'artifact', 'source', 'verklighet,sa'],
    ]);
  });

  it('reports a span once, by its most specific kind ("September" is untranslated, not also a missing name)', () => {
    const found = findDivergences(context());
    expect(found.filter((d) => d.text === 'September').map((d) => d.kind)).toEqual(['untranslated']);
  });

  it('reports no debris in a bead whose two sides are the very same text: the versions do not part there', () => {
    const copied = contextOf([{ source: 'Tack för allt,sa hon.', target: 'Tack för allt,sa hon.' }], { source: 'sv', target: 'da' });
    expect(findDivergences(copied, { kinds: ['artifact'] })).toEqual([]);
    const differing = contextOf([{ source: 'Tack för allt,sa hon.', target: 'Tak for alt, sagde hun.' }], { source: 'sv', target: 'da' });
    expect(findDivergences(differing, { kinds: ['artifact'] }).map((d) => d.text)).toEqual(['allt,sa']);
  });

  it('runs only the kinds asked for, and skips excluded ones', () => {
    expect(findDivergences(context(), { kinds: ['artifact'] }).map((d) => d.kind)).toEqual(['artifact']);
    expect(findDivergences(context(), { exclude: ['unaligned-segment', 'number-mismatch', 'number-shifted', 'format-mismatch', 'untranslated'] })
      .map((d) => d.kind)).toEqual(['artifact']);
  });

  it('gives every finding offsets and text that point back into the original text of its side', () => {
    const c = context();
    for (const d of findDivergences(c)) {
      const text = d.side === 'target' ? c.targetText! : c.sourceText!;
      expect(text.slice(d.start, d.end)).toBe(d.text);
    }
  });
});
