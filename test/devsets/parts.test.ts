import { describe, expect, it } from 'vitest';
import { formatGold, parseGold, beadType } from '../../bench/devsets/format.js';
import { extractBlocks, decodeEntities } from '../../bench/devsets/html.js';
import { pairPages, type PageVersion } from '../../bench/devsets/pair.js';
import { createRandom, deriveSeed } from '../../bench/devsets/prng.js';
import { isTranslated } from '../../bench/devsets/sources.js';
import { splitSentences } from '../../bench/devsets/split.js';
import type { ExtractedBlock } from '../../bench/devsets/html.js';

describe('createRandom', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const take = (seed: number): number[] => {
      const random = createRandom(seed);
      return Array.from({ length: 8 }, () => random.next());
    };
    expect(take(42)).toEqual(take(42));
    expect(take(42)).not.toEqual(take(43));
  });

  it('keeps int() within its inclusive bounds and reaches both ends', () => {
    const random = createRandom(7);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) seen.add(random.int(3, 6));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('derives different document seeds from different ids', () => {
    expect(deriveSeed(1, 'handbook-sv-ar-01')).not.toBe(deriveSeed(1, 'handbook-sv-ar-02'));
    expect(deriveSeed(1, 'udhr-sv-ar')).toBe(deriveSeed(1, 'udhr-sv-ar'));
  });
});

describe('extractBlocks', () => {
  const page = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x.dtd"><html><head><title>Ignored title</title></head><body>
<div id="banner"><a href="x"><span>Download the ebook</span></a></div>
<ul class="docnav top"><li class="previous"><a href="a.html"><strong>Prev</strong></a></li></ul>
<h2 class="title"><a id="x"></a>6.2. <code>apt</code>  commands</h2>
<a id="i1" class="indexterm"></a>
<div class="para">
   APT is a <em>vast</em> project &amp; more.<br/>Second line&#x21;
</div>
<pre class="screen">$ apt update</pre>
<div class="para">Before the list:<div class="itemizedlist"><ul><li><div class="para">first item</div></li></ul></div>after the list.</div>
</body></html>`;

  it('returns headings and paragraphs in order, with inline markup flattened and entities decoded', () => {
    const blocks = extractBlocks(page);
    expect(blocks.map((block) => [block.kind, block.text])).toEqual([
      ['heading', '6.2. apt commands'],
      ['paragraph', 'APT is a vast project & more. Second line!'],
      ['paragraph', 'Before the list:'],
      ['paragraph', 'first item'],
      ['paragraph', 'after the list.'],
    ]);
  });

  it('leaves out the title, navigation, banner, index anchors and code listings', () => {
    const text = extractBlocks(page).map((block) => block.text).join(' ');
    for (const chrome of ['Ignored title', 'Download the ebook', 'Prev', '$ apt update']) expect(text).not.toContain(chrome);
  });

  it('records the element and the article a block sits in, as udhr marks them', () => {
    const blocks = extractBlocks(
      '<!doctype html><html><body><h1>T</h1><header><h2>Preamble</h2><p>Whereas</p></header>' +
        '<article data-number="3"><h2>Article 3</h2><ol><li>One</li></ol></article></body></html>',
    );
    expect(blocks.map((block) => `${block.group}/${block.element}/${block.kind}`)).toEqual([
      '/h1/heading',
      'preamble/h2/heading',
      'preamble/p/paragraph',
      'article-3/h2/heading',
      'article-3/li/list-item',
    ]);
  });

  it('does not throw on unclosed or stray tags', () => {
    expect(extractBlocks('<p>open <b>bold</p></i><p>next').map((block) => block.text)).toEqual(['open bold', 'next']);
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric references and leaves unknown ones alone', () => {
    expect(decodeEntities('a &lt;b&gt; &#1633; &#x41; &bogus;')).toBe('a <b> ١ A &bogus;');
  });
});

describe('splitSentences', () => {
  it('splits at sentence ends, including Arabic question marks', () => {
    expect(splitSentences('هذا نص. هل هذا سؤال؟ نعم!', 'ar')).toEqual(['هذا نص.', 'هل هذا سؤال؟', 'نعم!']);
    expect(splitSentences('Det regnar. Vi stannar inne.', 'sv')).toEqual(['Det regnar.', 'Vi stannar inne.']);
  });

  it('does not split after a non-final abbreviation before a capital letter', () => {
    expect(splitSentences('See e.g. Debian. Next.', 'en')).toEqual(['See e.g. Debian.', 'Next.']);
    expect(splitSentences('Zob. np. Debian. Koniec.', 'pl')).toEqual(['Zob. np. Debian.', 'Koniec.']);
    expect(splitSentences('Till exempel t.ex. Debian är bra.', 'sv')).toEqual(['Till exempel t.ex. Debian är bra.']);
  });

  it('keeps a section number with its title', () => {
    expect(splitSentences('6.2.1. Initiering', 'sv')).toEqual(['6.2.1. Initiering']);
  });
});

describe('isTranslated', () => {
  it('rejects a block identical to the English one', () => {
    expect(isTranslated('APT is a vast project.', 'APT is a vast project.', 'sv')).toBe(false);
  });

  it('rejects a long block that is still English although it differs slightly', () => {
    const english = 'The aim of the apt update command is to download for each package source the corresponding file.';
    expect(isTranslated(`${english} `.trim() + ' Indeed.', english, 'sv')).toBe(false);
  });

  it('accepts real Swedish and Arabic, and requires Arabic script for Arabic', () => {
    expect(isTranslated('Syftet med kommandot apt update är att hämta motsvarande fil för varje paketkälla.', 'x', 'sv')).toBe(true);
    expect(isTranslated('يضمن هذا القيد أن لا ينتهي الحال بالمستخدمين مع ملفات ثنائية.', 'x', 'ar')).toBe(true);
    expect(isTranslated('This restriction ensures that users do not end up with binaries.', 'x', 'ar')).toBe(false);
  });
});

function block(text: string, element = 'div.para', group = ''): ExtractedBlock {
  return { kind: element.startsWith('h') ? 'heading' : 'paragraph', element, group, text };
}

describe('pairPages', () => {
  const page = (name: string, blocks: ExtractedBlock[], translated?: boolean[]): PageVersion =>
    translated ? { name, blocks, translated } : { name, blocks };

  it('pairs blocks by position and sentences one to one when the counts agree', () => {
    const { blocks } = pairPages(
      [page('a', [block('Rubrik ett', 'h2'), block('Det regnar i dag. Vi stannar inne.')])],
      [page('a', [block('Nagłówek jeden', 'h2'), block('Dziś pada deszcz. Zostajemy w domu.')])],
      'sv',
      'pl',
    );
    expect(blocks.map((b) => b.units)).toEqual([
      [{ source: ['Rubrik ett'], target: ['Nagłówek jeden'] }],
      [
        { source: ['Det regnar i dag.'], target: ['Dziś pada deszcz.'] },
        { source: ['Vi stannar inne.'], target: ['Zostajemy w domu.'] },
      ],
    ]);
  });

  it('makes a block-level unit when one side has one sentence and the other two', () => {
    const { blocks, stats } = pairPages(
      [page('a', [block('Det regnar i dag, så vi stannar inne hela dagen.')])],
      [page('a', [block('Dziś pada deszcz. Zostajemy więc w domu przez cały dzień.')])],
      'sv',
      'pl',
    );
    expect(blocks[0]?.units).toEqual([
      { source: ['Det regnar i dag, så vi stannar inne hela dagen.'], target: ['Dziś pada deszcz.', 'Zostajemy więc w domu przez cały dzień.'] },
    ]);
    expect(stats.blockLevelUnits).toBe(1);
  });

  it('drops a block with two sentences on one side and three on the other', () => {
    const { blocks, stats } = pairPages(
      [page('a', [block('Ett två tre fyra. Fem sex sju åtta nio.')])],
      [page('a', [block('Jeden dwa. Trzy cztery. Pięć sześć siedem osiem.')])],
      'sv',
      'pl',
    );
    expect(blocks).toEqual([]);
    expect(stats.sentenceCountMismatch).toBe(1);
  });

  it('skips untranslated blocks and groups whose structure differs', () => {
    const { blocks, stats } = pairPages(
      [page('a', [block('Svensk text här.', 'div.para', 'g1'), block('English left as is.', 'div.para', 'g1'), block('Annan.', 'div.para', 'g2')], [true, false, true])],
      [page('a', [block('Polski tekst tutaj.', 'div.para', 'g1'), block('Po polsku.', 'div.para', 'g1'), block('Inny.', 'div.para', 'g2'), block('Extra.', 'div.para', 'g2')])],
      'sv',
      'pl',
    );
    expect(blocks.map((b) => b.units[0]?.source[0])).toEqual(['Svensk text här.']);
    expect(stats.untranslated).toBe(1);
    expect(stats.structureMismatch).toBe(1);
  });

  it('drops a pair whose length ratio is far from the typical one', () => {
    const normal = Array.from({ length: 5 }, (_, i) => [block(`Mening nummer ${i} är ganska lagom lång.`), block(`Zdanie numer ${i} jest dość umiarkowanej długości.`)] as const);
    const { stats } = pairPages(
      [page('a', [...normal.map(([s]) => s), block('Kort.')])],
      [page('a', [...normal.map(([, t]) => t), block('To zdanie jest znacznie, znacznie dłuższe niż jego rzekomy odpowiednik w drugim języku.')])],
      'sv',
      'pl',
    );
    expect(stats.lengthRatioOutlier).toBe(1);
    expect(stats.keptBlocks).toBe(5);
  });
});

describe('formatGold and parseGold', () => {
  it('write and read beads in the Text+Berg form, one-sided beads included', () => {
    const gold = [{ source: [0], target: [0, 1] }, { source: [], target: [2] }, { source: [1, 2], target: [3] }];
    expect(formatGold(gold)).toBe('[0]:[0, 1]\n[]:[2]\n[1, 2]:[3]\n');
    expect(parseGold(formatGold(gold))).toEqual(gold);
    expect(gold.map(beadType)).toEqual(['1-2', '0-1', '2-1']);
  });

  it('rejects a line that is not a bead', () => {
    expect(() => parseGold('[0]:[0]\n0 - 1\n')).toThrow(/line 2/);
  });
});
