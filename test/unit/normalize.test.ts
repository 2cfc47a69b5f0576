import * as assert from 'assert';
import { normalize, normalizeChar, normalizeKey, toOriginalSpan } from '../../server/src/core/text/normalize';
import { arabicRatio, isMostlyArabic } from '../../server/src/core/text/script';
import { readSample, sampleNames } from '../support/samples';

describe('normalisation', () => {
  const cases: [string, string, string][] = [
    ['alef variants', 'أحمد إيران آسيا ٱلله', 'احمد ايران اسيا الله'],
    ['alef maqsura', 'مصطفى على', 'مصطفي علي'],
    ['tashkeel', 'مُحَمَّدٌ', 'محمد'],
    ['tatweel', 'لـبوتين العـــربية', 'لبوتين العربية'],
    ['Persian letters', 'ایران کرمان', 'ايران كرمان'],
    ['Arabic-Indic and Persian digits', '٢٠٢٤ و۱۴۰۳', '2024 و1403'],
    ['zero-width and bidi controls', 'بو\u200cتين \u200fموسكو\u202a', 'بوتين موسكو'],
    ['teh marbuta kept by default', 'الجزيرة', 'الجزيرة'],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => assert.strictEqual(normalize(input).text, expected));
  }

  it('normalizeKey is normalizeChar over each code unit, on every line of the samples and both options', () => {
    const byChar = (text: string, o: { tehMarbuta?: boolean }) => Array.from({ length: text.length }, (_, i) => normalizeChar(text[i], o)).join('');
    for (const name of sampleNames()) {
      for (const line of readSample(name).split('\n')) {
        for (const o of [{}, { tehMarbuta: true }]) assert.strictEqual(normalizeKey(line, o), byChar(line, o), `${name}: ${line.slice(0, 40)}`);
      }
    }
  });

  it('folds teh marbuta when asked', () => assert.strictEqual(normalizeKey('الجزيرة', { tehMarbuta: true }), 'الجزيره'));

  it('maps every normalised offset back to the original', () => {
    const text = 'قالَ الرئيـسُ إنّ «طَهران» ١٢ 😀 ok';
    const n = normalize(text);
    for (let i = 0; i < n.text.length; i++) {
      assert.strictEqual(normalizeChar(text[n.toOriginal[i]]), n.text[i], `offset ${i}`);
    }
    const at = n.text.indexOf('طهران');
    const span = toOriginalSpan(n, at, at + 'طهران'.length);
    assert.strictEqual(text.slice(span.start, span.end), 'طَهران');
  });

  it('a match on the normalised sample text maps back to the exact original', () => {
    for (const name of sampleNames()) {
      const text = readSample(name);
      const n = normalize(text);
      for (const word of ['ايران', 'روسيا']) {
        for (let at = n.text.indexOf(word); at >= 0; at = n.text.indexOf(word, at + 1)) {
          const span = toOriginalSpan(n, at, at + word.length);
          assert.strictEqual(normalizeKey(text.slice(span.start, span.end)), word, `${name} @${span.start}`);
        }
      }
    }
  });
});

describe('script detection', () => {
  const cases: [string, string, boolean][] = [
    ['every sample', readSample(sampleNames()[0]), true],
    ['English prose', 'The quick brown fox jumps over the lazy dog near the river bank.', false],
    ['Arabic with some Latin', 'قالت وكالة CNN إن الرئيس الأمريكي سيزور المنطقة الأسبوع المقبل', true],
    ['too short to tell', 'نعم', false],
    ['mostly Latin with an Arabic word', 'Reuters reported from Baghdad (بغداد) that talks resumed today in earnest.', false],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.strictEqual(isMostlyArabic(text), expected));
  it('ratio of a sample is high', () => assert.ok(arabicRatio(readSample(sampleNames()[1])) > 0.95));
});
