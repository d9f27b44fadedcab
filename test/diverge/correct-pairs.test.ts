import { describe, expect, it } from 'vitest';
import { findDivergences } from '../../src/diverge/index.js';
import { CORRECT_DOCUMENTS } from './fixtures/correct-pairs.js';
import { goldContext } from './fixtures/gold-context.js';

describe('findDivergences on correct translations', () => {
  for (const doc of CORRECT_DOCUMENTS) {
    it(`raises no error or warning on the correct ${doc.sourceLanguage}→${doc.targetLanguage} pairs of ${doc.id}`, () => {
      const found = findDivergences(goldContext(doc.pairs, doc.sourceLanguage, doc.targetLanguage));
      expect(found.filter((d) => d.severity !== 'info').map((d) => `${d.kind}: ${d.text}`)).toEqual([]);
    });
  }
});
