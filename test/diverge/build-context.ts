/**
 * Builds small DivergenceContexts by hand, so each detector is specified on its own, independent of the
 * segmenter, the aligner and the anchor finders. A bead is written as source and target sentences; the
 * texts are the sentences joined by blank lines, and anchors are spans named by their text.
 */
import type { DivergenceContext } from '../../src/diverge/index.js';
import type { Anchor, AnchorKind, Bead, Segment } from '../../src/types.js';

/** An anchor named by the text it covers in its sentence (the `nth` occurrence, from 0). */
export interface AnchorSpec {
  kind: AnchorKind;
  text: string;
  key?: string;
  value?: number;
  nth?: number;
}

export const num = (text: string, value: number, nth = 0): AnchorSpec => ({ kind: 'number', text, value, key: String(value), nth });
export const name = (text: string, key?: string): AnchorSpec => ({ kind: 'entity', text, key: key ?? text.toLowerCase() });
export const acronym = (text: string): AnchorSpec => ({ kind: 'acronym', text, key: text.toLowerCase() });
export const code = (text: string, key: string): AnchorSpec => ({ kind: 'code', text, key });

/** A sentence with the anchors it holds. */
export type SentenceSpec = string | { text: string; anchors: AnchorSpec[] };

export interface BeadSpec {
  source?: SentenceSpec | SentenceSpec[];
  target?: SentenceSpec | SentenceSpec[];
}

const asList = (spec: SentenceSpec | SentenceSpec[] | undefined): SentenceSpec[] =>
  spec === undefined ? [] : Array.isArray(spec) ? spec : [spec];

function locate(segment: Segment, spec: AnchorSpec): Anchor {
  let from = 0;
  let at = segment.text.indexOf(spec.text);
  for (let n = 0; n < (spec.nth ?? 0); n++) {
    from = at + 1;
    at = segment.text.indexOf(spec.text, from);
  }
  if (at < 0) throw new Error(`anchor "${spec.text}" not in "${segment.text}"`);
  const anchor: Anchor = { kind: spec.kind, text: spec.text, start: segment.start + at, end: segment.start + at + spec.text.length, key: spec.key ?? spec.text };
  if (spec.value !== undefined) anchor.value = spec.value;
  return anchor;
}

/** A context from beads of hand-written sentences (one block per sentence, separated by blank lines). */
export function contextOf(beads: BeadSpec[], languages: { source: string; target: string } = { source: 'sv', target: 'ar' }): DivergenceContext {
  const sides = {
    source: { text: '', segments: [] as Segment[], anchors: [] as Anchor[][] },
    target: { text: '', segments: [] as Segment[], anchors: [] as Anchor[][] },
  };
  const built: Bead[] = [];
  for (const spec of beads) {
    const bead: Bead = { source: [], target: [], score: 1 };
    for (const side of ['source', 'target'] as const) {
      for (const sentence of asList(spec[side])) {
        const state = sides[side];
        const text = typeof sentence === 'string' ? sentence : sentence.text;
        if (state.text) state.text += '\n\n';
        const segment: Segment = { index: state.segments.length, text, start: state.text.length, end: state.text.length + text.length, block: state.segments.length };
        state.text += text;
        state.segments.push(segment);
        state.anchors.push(typeof sentence === 'string' ? [] : sentence.anchors.map((a) => locate(segment, a)));
        bead[side].push(segment.index);
      }
    }
    built.push(bead);
  }
  const side = (which: 'source' | 'target') => ({
    language: languages[which], languageSource: 'given' as const,
    blocks: sides[which].segments.map((s) => ({ index: s.index, kind: 'paragraph' as const, start: s.start, end: s.end })),
    segments: sides[which].segments,
  });
  return {
    source: side('source'), target: side('target'), beads: built,
    sourceAnchors: sides.source.anchors, targetAnchors: sides.target.anchors,
    sourceText: sides.source.text, targetText: sides.target.text,
  };
}
