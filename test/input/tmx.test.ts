import { describe, expect, it } from 'vitest';
import { ParallignError, readTmx } from '../../src/index.js';

const HEADER = '<header creationtool="OmegaT" creationtoolversion="6" segtype="sentence" o-tmf="OmegaT TMX" adminlang="EN-US" srclang="sv" datatype="plaintext"/>';
const tmx = (body: string, { header = HEADER, doctype = '<!DOCTYPE tmx SYSTEM "tmx14.dtd">' } = {}) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${doctype}\n<tmx version="1.4">\n${header}\n<body>\n${body}\n</body>\n</tmx>\n`;
const tu = (...variants: [string, string][]) => `<tu>${variants.map(([lang, seg]) => `<tuv xml:lang="${lang}"><seg>${seg}</seg></tuv>`).join('')}</tu>`;

function errorOf(run: () => unknown): ParallignError {
  try {
    run();
  } catch (error) {
    if (error instanceof ParallignError) return error;
    throw error;
  }
  throw new Error('expected a ParallignError');
}

describe('readTmx', () => {
  it('turns each <tu> into one pair, in file order, with the languages from the header and the variants', () => {
    const result = readTmx(tmx(tu(['sv', 'Ett.'], ['ar', 'واحد.']) + tu(['ar', 'اثنان.'], ['sv', 'Två.'])));
    expect(result).toEqual({ sourceLanguage: 'sv', targetLanguage: 'ar', pairs: [{ source: 'Ett.', target: 'واحد.' }, { source: 'Två.', target: 'اثنان.' }] });
  });

  it('keeps segment text exactly, with XML escapes and character references undone', () => {
    const result = readTmx(tmx(tu(['sv', '  a &lt; b &amp;&amp; &quot;c&quot; &#x2014; &#48;\n  '], ['ar', 'x'])));
    expect(result.pairs[0]!.source).toBe('  a < b && "c" — 0\n  ');
  });

  it('keeps CDATA and the text of <hi>, drops the native codes in <bpt>/<ept>/<ph>/<it>/<ut> and their <sub>', () => {
    const seg = 'Klicka <bpt i="1">&lt;b&gt;</bpt>här<ept i="1">&lt;/b&gt;</ept> <ph>&lt;img alt="<sub>Logo</sub>"&gt;</ph><hi type="x">nu</hi><it pos="begin">{\\i</it><![CDATA[ & <ok>]]><ut>\\par</ut>';
    expect(readTmx(tmx(tu(['sv', seg], ['ar', 'x']))).pairs[0]!.source).toBe('Klicka här nu & <ok>');
  });

  it('ignores <note> and <prop> in units and variants', () => {
    const unit = '<tu tuid="1"><note>a note</note><prop type="x">p</prop><tuv xml:lang="sv"><prop type="y">q</prop><seg>Ett.</seg></tuv><tuv xml:lang="ar"><seg>واحد.</seg></tuv></tu>';
    expect(readTmx(tmx(unit)).pairs).toEqual([{ source: 'Ett.', target: 'واحد.' }]);
  });

  it('matches language tags case-insensitively and by primary subtag (sv finds SV-se)', () => {
    const result = readTmx(tmx(tu(['SV-se', 'Ett.'], ['ar-EG', 'واحد.'])));
    expect(result).toEqual({ sourceLanguage: 'sv', targetLanguage: 'ar-EG', pairs: [{ source: 'Ett.', target: 'واحد.' }] });
  });

  it('reads TMX 1.1 `lang` attributes', () => {
    const unit = '<tu><tuv lang="sv"><seg>Ett.</seg></tuv><tuv lang="pl"><seg>Jeden.</seg></tuv></tu>';
    expect(readTmx(tmx(unit)).pairs).toEqual([{ source: 'Ett.', target: 'Jeden.' }]);
  });

  it('takes the first variant’s language when srclang is *all*, and obeys languages given in the options', () => {
    const body = tu(['pl', 'Jeden.'], ['sv', 'Ett.'], ['ar', 'واحد.']);
    const all = HEADER.replace('srclang="sv"', 'srclang="*all*"');
    expect(readTmx(tmx(body, { header: all }))).toMatchObject({ sourceLanguage: 'pl', targetLanguage: 'sv' });
    expect(readTmx(tmx(body), { sourceLanguage: 'ar', targetLanguage: 'pl' }).pairs).toEqual([{ source: 'واحد.', target: 'Jeden.' }]);
  });

  it('tells two varieties of one language apart (en-US → en-GB)', () => {
    const header = HEADER.replace('srclang="sv"', 'srclang="en-US"');
    const result = readTmx(tmx(tu(['en-US', 'color'], ['en-GB', 'colour']), { header }));
    expect(result).toEqual({ sourceLanguage: 'en-US', targetLanguage: 'en-GB', pairs: [{ source: 'color', target: 'colour' }] });
  });

  it('makes a unit missing one language one-sided and skips a unit with neither', () => {
    const body = tu(['sv', 'Ett.'], ['ar', 'واحد.']) + tu(['sv', 'Annons']) + tu(['de', 'Nur Deutsch']) + tu(['ar', 'تعليق']);
    expect(readTmx(tmx(body)).pairs).toEqual([
      { source: 'Ett.', target: 'واحد.' },
      { source: 'Annons', target: '' },
      { source: '', target: 'تعليق' },
    ]);
  });

  it('returns no pairs for an empty body, and accepts a byte-order mark and no DOCTYPE', () => {
    expect(readTmx(tmx(''))).toEqual({ sourceLanguage: 'sv', pairs: [] });
    expect(readTmx('\ufeff' + tmx(tu(['sv', 'a'], ['ar', 'b']), { doctype: '' })).pairs).toHaveLength(1);
  });

  it('rejects an internal DTD subset (billion laughs) as UNSAFE_XML without expanding it', () => {
    const lol = '<!DOCTYPE tmx [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>';
    const error = errorOf(() => readTmx(tmx(tu(['sv', '&lol2;'], ['ar', 'x']), { doctype: lol }), { name: 'bomb.tmx' }));
    expect(error.code).toBe('UNSAFE_XML');
    expect(error.message).toMatch(/^bomb\.tmx:\d+:\d+: .*internal DTD subset/);
  });

  it('rejects external entity declarations and references as UNSAFE_XML', () => {
    const xxe = '<!DOCTYPE tmx SYSTEM "tmx14.dtd" [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
    expect(errorOf(() => readTmx(tmx(tu(['sv', '&xxe;'], ['ar', 'x']), { doctype: xxe }))).code).toBe('UNSAFE_XML');
    const reference = errorOf(() => readTmx(tmx(tu(['sv', '&xxe;'], ['ar', 'x'])), { name: 'm.tmx' }));
    expect(reference.code).toBe('UNSAFE_XML');
    expect(reference.message).toMatch(/^m\.tmx:\d+:\d+: entity reference not allowed/);
  });

  it('rejects malformed XML as INVALID_INPUT with line and column', () => {
    const error = errorOf(() => readTmx('<?xml version="1.0"?>\n<tmx version="1.4">\n<body><tu></body>\n</tmx>', { name: 'broken.tmx' }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/^broken\.tmx:3:\d+: malformed XML/);
  });

  it('rejects documents that are not TMX or have no second language', () => {
    expect(errorOf(() => readTmx('<html><body/></html>', { name: 'page.html' })).message).toBe('page.html: not a TMX document (the root element is <html>, expected <tmx>)');
    expect(errorOf(() => readTmx('')).code).toBe('INVALID_INPUT');
    expect(errorOf(() => readTmx(tmx(tu(['sv', 'Ett.']) + tu(['sv', 'Två.'])))).message).toMatch(/second language/);
    expect(errorOf(() => readTmx(tmx('<tu><tuv><seg>x</seg></tuv></tu>'))).message).toMatch(/<tuv> without xml:lang/);
  });
});
