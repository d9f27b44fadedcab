/**
 * Scanning a side apart from aligning it (scanSide, alignScanned): the scans can be made on two threads and
 * handed over as transferred arrays, and the beads are those of alignSegments.
 */
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { buildFeatures, finishFeatures, KeyTable, scanFeatures } from '../../src/align/features.js';
import { alignScanned, alignSegments, scanBuffers, scanSide, type SideScan } from '../../src/align/index.js';

const SOURCE = [
  'Am 3. März 2021 trafen sich 45 Delegierte in Genf.',
  'Die Konferenz dauerte drei Tage.',
  'Frau Malmström eröffnete die Sitzung um 9.30 Uhr.',
  'Das Budget wuchs um 12 Prozent?',
  'Die nächste Konferenz findet 2023 in Wien statt.',
];
const TARGET = [
  'Le 3 mars 2021, 45 délégués se sont réunis à Genève.',
  'La conférence a duré trois jours.',
  'Partager',
  'Mme Malmström a ouvert la séance à 9 h 30.',
  'Le budget a augmenté de 12 pour cent ?',
  'La prochaine conférence aura lieu en 2023 à Vienne.',
];

/** A long pair (the long-input path: more than FULL_SEARCH_NODES nodes) from the short one. */
function longPair(copies: number): { source: string[]; target: string[] } {
  const source: string[] = [];
  const target: string[] = [];
  for (let c = 0; c < copies; c++) {
    source.push(...SOURCE.map((s) => `${s} Kapitel ${c}.`));
    target.push(...TARGET.map((t) => `${t} Chapitre ${c}.`));
    if (c % 7 === 0) target.push(`Publicité ${c}`);
  }
  return { source, target };
}

/** `scan` as another thread receives it: posted with its arrays transferred. */
function handedOver(scan: SideScan): SideScan {
  const { port1, port2 } = new MessageChannel();
  port1.postMessage(scan, scanBuffers(scan));
  const received = receiveMessageOnPort(port2)!.message as SideScan;
  port1.close();
  return received;
}

describe('finishFeatures', () => {
  it('gives every key the id that building both sides into one table gives, whatever order a scan met its keys in', () => {
    // The target's own key ids are not the shared table's (which numbers the source's keys first, and
    // meets the target's anchors 3, 2021, 45 … as keys it already has): they must be mapped, not copied.
    const keys = new KeyTable();
    const built = [buildFeatures(SOURCE, () => [], undefined, keys, new KeyTable()), buildFeatures(TARGET, () => [], undefined, keys, new KeyTable())];
    const sourceScan = scanFeatures(SOURCE, () => [], undefined, new KeyTable());
    const targetScan = scanFeatures(TARGET, () => [], undefined, new KeyTable());
    expect(targetScan.keyNames.some((name, k) => keys.peek(name) !== k)).toBe(true);
    const shared = new KeyTable();
    const finished = [finishFeatures(sourceScan, shared), finishFeatures(targetScan, shared)];
    expect(finished).toEqual(built);
    expect(shared.names()).toEqual(keys.names());
  });
});

describe('alignScanned', () => {
  it('gives the beads of alignSegments on short input', () => {
    const expected = alignSegments({ texts: SOURCE, language: 'de' }, { texts: TARGET, language: 'fr' });
    expect(alignScanned(scanSide({ texts: SOURCE, language: 'de' }), scanSide({ texts: TARGET, language: 'fr' }))).toEqual(expected);
    // Not the identity path: the target's third line has no partner.
    expect(expected.some((bead) => bead.source[0] !== bead.target[0])).toBe(true);
  });

  it('gives the beads of alignSegments on long input, with the scans handed over as transferred arrays', () => {
    const { source, target } = longPair(130);
    const expected = alignSegments({ texts: source }, { texts: target });
    const sourceScan = handedOver(scanSide({ texts: source }));
    const targetScan = handedOver(scanSide({ texts: target }));
    expect(alignScanned(sourceScan, targetScan)).toEqual(expected);
  });

  it('uses its scans up: their raw token arrays are released once weighed', () => {
    const sourceScan = scanSide({ texts: SOURCE });
    const targetScan = scanSide({ texts: TARGET });
    expect(sourceScan.rawDf.length).toBeGreaterThan(0);
    alignScanned(sourceScan, targetScan);
    expect(sourceScan.rawDf.length).toBe(0);
    expect(targetScan.keyNames).toEqual([]);
  });

  it('pairs nothing when a side is empty', () => {
    expect(alignScanned(scanSide({ texts: [] }), scanSide({ texts: ['Eins.', 'Zwei.'] }))).toEqual([
      { source: [], target: [0], score: 1 },
      { source: [], target: [1], score: 1 },
    ]);
  });
});
