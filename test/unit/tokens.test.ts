import * as assert from 'assert';
import { tokenize } from '../../server/src/core/tokens/tokenize';
import { analyzeClitics, prefixSplits } from '../../server/src/core/tokens/clitics';
import { readSample, sampleNames } from '../support/samples';

/** Tokens as `kind:text`, stems shown as `word[stem]`. */
function show(text: string): string[] {
  return tokenize(text).map((t) => `${t.kind}:${t.text}${t.stem ? `[${text.slice(t.stem.start, t.stem.end)}]` : ''}`);
}

describe('tokens', () => {
  const cases: [string, string, string[]][] = [
    ['clitic و on a name', 'وطهران', ['word:وطهران[طهران]']],
    ['لـ with tatweel before a quoted name', 'لـ”بوتين”', ['word:لـ', 'punct:”', 'word:بوتين', 'punct:”']],
    ['article kept apart from the stem', 'والكرملين', ['word:والكرملين[كرملين]']],
    ['numbers with separators, Arabic-Indic digits', 'بلغ 3.5 مليار و١٢٫٥', ['word:بلغ', 'number:3.5', 'word:مليار', 'word:و١٢٫٥'.slice(0, 6), 'number:١٢٫٥']],
    ['Latin runs', 'قناة CNN وموقع S-300', ['word:قناة', 'latin:CNN', 'word:وموقع[موقع]', 'latin:S-300']],
    ['punctuation', 'قال: «نعم»، ثم؟', ['word:قال', 'punct::', 'punct:«', 'word:نعم', 'punct:»', 'punct:،', 'word:ثم', 'punct:؟']],
    ['diacritics stay inside the word', 'قالَ مُحَمَّدٌ', ['word:قالَ', 'word:مُحَمَّدٌ']],
    ['tatweel inside a word', 'العـــربية', ['word:العـــربية[عـــربية]']],
    ['emoji and surrogate pairs', 'سلام 😀👍🏽 𝔸', ['word:سلام', 'symbol:😀', 'symbol:👍🏽', 'symbol:𝔸']],
    ['zero-width joiner inside an emoji sequence', 'أسرة 👨‍👩‍👧', ['word:أسرة', 'symbol:👨‍👩‍👧']],
    ['a flag is one symbol, two flags two', 'عاجل 🇸🇦🇪🇬 السعودية', ['word:عاجل', 'symbol:🇸🇦', 'symbol:🇪🇬', 'word:السعودية[سعودية]']],
    ['a subdivision flag (tag characters) is one symbol', 'اسكتلندا 🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}', ['word:اسكتلندا', 'symbol:🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}']],
  ];
  for (const [name, input, expected] of cases) it(name, () => assert.deepStrictEqual(show(input), expected));

  it('offsets round-trip on every sample and on CRLF text', () => {
    const texts = [...sampleNames().map(readSample), readSample(sampleNames()[2]).replace(/\n/g, '\r\n')];
    for (const text of texts) {
      const tokens = tokenize(text);
      assert.ok(tokens.length > 300);
      let last = 0;
      for (const t of tokens) {
        assert.strictEqual(text.slice(t.start, t.end), t.text);
        assert.ok(t.start >= last, 'tokens are ordered and do not overlap');
        assert.ok(!/\s/.test(t.text), `no whitespace inside ${JSON.stringify(t.text)}`);
        last = t.end;
      }
      // Every non-space character belongs to a token.
      const covered = tokens.reduce((n, t) => n + t.end - t.start, 0);
      assert.strictEqual(covered, text.replace(/\s/g, '').length);
    }
  });
});

describe('clitic analysis', () => {
  // word → [stem, name base (stem with ال)]
  const cases: [string, string, string][] = [
    ['وطهران', 'طهران', 'طهران'],
    ['والكرملين', 'كرملين', 'الكرملين'],
    ['بالعاصمة', 'عاصمة', 'العاصمة'],
    ['للصين', 'صين', 'لصين'],
    ['لروسيا', 'روسيا', 'روسيا'],
    ['وسيقولون', 'يقولون', 'يقولون'],
    ['ومخاوفهم', 'مخاوف', 'مخاوف'],
    ['فبوتين', 'بوتين', 'بوتين'],
    ['قال', 'قال', 'قال'],
    ['وَبِالكُتُبِ', 'كُتُبِ', 'الكُتُبِ'],
  ];
  for (const [word, stem, base] of cases) {
    it(`${word} → ${stem}`, () => {
      const a = analyzeClitics(word);
      assert.strictEqual(word.slice(a.stemStart, a.stemEnd), stem);
      assert.strictEqual(word.slice(a.baseStart, a.stemEnd), base);
    });
  }

  it('offers the whole word among the readings, so a lexicon can keep بغداد and واشنطن whole', () => {
    for (const word of ['بغداد', 'واشنطن', 'لندن']) {
      const readings = prefixSplits(word).map((s) => word.slice(s.baseStart));
      assert.strictEqual(readings[0], word);
      assert.ok(readings.length >= 1);
    }
    const readings = prefixSplits('وبالكرملين').map((r) => 'وبالكرملين'.slice(r.baseStart));
    for (const r of ['وبالكرملين', 'بالكرملين', 'الكرملين']) assert.ok(readings.includes(r), r);
  });
});
