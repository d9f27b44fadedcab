import { describe, expect, it } from 'vitest';
import { detectLengthRatio, estimateLengthModel, lengthZ } from '../../src/diverge/index.js';
import { contextOf } from './build-context.js';

const SV = [
  'Ministrarna från de deltagande länderna träffades i Washington för att diskutera samarbetet.',
  'Experter från polisen och den privata sektorn presenterade sina erfarenheter av arbetet.',
  'Konferensen antog en gemensam förklaring om att skydda barn mot övergrepp på nätet.',
  'En första rapport om ländernas åtaganden har redan publicerats av sekretariatet.',
  'Kommissionen lämnar nu över ordförandeskapet till de amerikanska myndigheterna.',
  'Länderna ska rapportera regelbundet om hur de har genomfört sina åtaganden.',
  'Nästa möte planeras om två år för att utvärdera de framsteg som har gjorts.',
  'Alla deltagare var överens om att internationellt samarbete är helt avgörande.',
];
const EN = [
  'The ministers of the participating countries met in Washington to discuss cooperation.',
  'Experts from the police and the private sector presented their experience of the work.',
  'The conference adopted a joint declaration on protecting children from abuse online.',
  'A first report on the commitments of the countries has already been published by the secretariat.',
  'The Commission now hands over the chairmanship to the United States authorities.',
  'The countries shall report regularly on how they have implemented their commitments.',
  'The next meeting is planned in two years to evaluate the progress that has been made.',
  'All participants agreed that international cooperation is absolutely essential.',
];

describe('estimateLengthModel', () => {
  it('estimates the target letters per source letter from the document', () => {
    const model = estimateLengthModel([[100, 80], [200, 160], [50, 40]]);
    expect(model.ratio).toBeCloseTo(0.8);
  });

  it('gives a z-score near 0 for a bead at the document ratio and far from 0 for a long sentence that lost most of it', () => {
    const model = { ratio: 0.8, variance: 6.8 };
    expect(Math.abs(lengthZ(200, 160, model))).toBeLessThan(0.01);
    expect(lengthZ(600, 180, model)).toBeLessThan(-4);
  });
});

describe('detectLengthRatio', () => {
  it('says nothing about a correct translation', () => {
    expect(detectLengthRatio(contextOf(SV.map((source, i) => ({ source, target: EN[i]! })), { source: 'sv', target: 'en' }))).toEqual([]);
  });

  it('reports a translation that lost half its sentence on the source side, as target-shorter', () => {
    const beads = SV.map((source, i) => ({ source, target: EN[i]! }));
    beads.push({
      source: 'Barnpornografi sprids lätt över gränserna och offren utsätts för nya kränkningar varje gång bilderna visas igen på nätet.',
      target: 'Child pornography spreads easily.',
    });
    const found = detectLengthRatio(contextOf(beads, { source: 'sv', target: 'en' }));
    expect(found.map((d) => [d.bead, d.side, d.category])).toEqual([[8, 'source', 'target-shorter']]);
  });

  it('reports an added clause on the target side, as target-longer', () => {
    const beads = SV.map((source, i) => ({ source, target: EN[i]! }));
    beads.push({
      source: 'Mötet avslutades på kvällen.',
      target: 'The meeting ended in the evening, after long negotiations between the delegations about the wording of the final declaration and its annexes.',
    });
    const found = detectLengthRatio(contextOf(beads, { source: 'sv', target: 'en' }));
    expect(found.map((d) => [d.bead, d.side, d.category])).toEqual([[8, 'target', 'target-longer']]);
  });

  it('does not judge short headings', () => {
    const beads = SV.map((source, i) => ({ source, target: EN[i]! }));
    beads.push({ source: 'Bakgrund', target: 'Background information on this topic' });
    expect(detectLengthRatio(contextOf(beads, { source: 'sv', target: 'en' }))).toEqual([]);
  });
});
