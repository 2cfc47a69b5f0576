import * as assert from 'assert';
import { findQuotations } from '../../server/src/core/tokens/quotes';
import { splitSentences } from '../../server/src/core/tokens/sentences';
import { isHardWrapped, paragraphs } from '../../server/src/core/tokens/paragraphs';
import { analyzeBase } from '../../server/src/core/analyze';
import { readSample } from '../support/samples';

/** Quotations as their inner text, with a trailing ! when unbalanced and a leading > per nesting level. */
function quotes(text: string): string[] {
  return findQuotations(text).map((q) => `${'>'.repeat(q.depth)}${text.slice(q.inner.start, q.inner.end)}${q.unbalanced ? '!' : ''}`);
}

describe('quotations', () => {
  const cases: [string, string, string[]][] = [
    ['curly', 'قال إن “الوضع خطير” اليوم', ['الوضع خطير']],
    ['guillemets', 'وأضاف: «لن نتراجع».', ['لن نتراجع']],
    ['straight', 'وقال "نحن مستعدون" للحوار', ['نحن مستعدون']],
    ['double prime', 'صواريخ ″إس 300″ الروسية', ['إس 300']],
    ['mixed: opened with ” as Arabic text often does', 'أشاد لـ”بوتين” وحده', ['بوتين']],
    ['mixed: curly opened, prime closed', 'منظومة “إس 300″ للدفاع', ['إس 300']],
    ['nested', 'قال: «إن الاتفاق "تاريخي" كما وصفوه» أمس', ['إن الاتفاق "تاريخي" كما وصفوه', '>تاريخي']],
    ['two on a line', '“أ ب” و“ج د”', ['أ ب', 'ج د']],
    ['a stray closer does not open a quote', 'أن روسيا تقدمت منذ حرب أوكرانيا". وتابعت قائلة "نعم" للاتفاق', ['نعم']],
    ['unbalanced is cut at its sentence end', 'قال: "هذا لن يحدث. ثم غادر القاعة دون تعليق وسط ذهول الحضور', ['هذا لن يحدث.!']],
    ['unbalanced does not cross a blank line', 'وقال «بداية\n\nفقرة جديدة تماما هنا', ['بداية!']],
  ];
  for (const [name, input, expected] of cases) it(name, () => assert.deepStrictEqual(quotes(input), expected));

  it('a quote runs over hard-wrapped lines (sample 002)', () => {
    const text = readSample('002_04d32df0aca38847.txt');
    const inner = quotes(text);
    assert.ok(inner.includes('تمثل أولوية بالنسبة لروسيا، وهي تتعزز، وحجم التجارة آخذ في\nالازدياد'));
    assert.ok(
      inner.every((q) => !q.endsWith('!')),
      'every quote of sample 002 is balanced',
    );
  });
});

describe('paragraphs and sentences', () => {
  function sentences(text: string): string[] {
    return splitSentences(text, findQuotations(text)).map((s) => text.slice(s.start, s.end));
  }
  const cases: [string, string, string[]][] = [
    ['terminators', 'قال الوزير ذلك. ثم غادر! هل عاد؟ نعم؛ عاد', ['قال الوزير ذلك.', 'ثم غادر!', 'هل عاد؟', 'نعم؛', 'عاد']],
    ['decimals do not end a sentence', 'بلغ النمو 3.5 بالمئة. وهذا جيد', ['بلغ النمو 3.5 بالمئة.', 'وهذا جيد']],
    ['one paragraph a line', 'عنوان الخبر\nالفقرة الأولى هنا.\nالفقرة الثانية هنا.', ['عنوان الخبر', 'الفقرة الأولى هنا.', 'الفقرة الثانية هنا.']],
    ['a quoted statement of several sentences stays whole', 'وقال: «نحن هنا. ولن نغادر.» ثم صمت.', ['وقال: «نحن هنا. ولن نغادر.» ثم صمت.']],
    ['CRLF line ends', 'الأولى.\r\nالثانية.\r\n', ['الأولى.', 'الثانية.']],
  ];
  for (const [name, input, expected] of cases) it(name, () => assert.deepStrictEqual(sentences(input), expected));

  it('hard-wrapped lines do not end a sentence (sample 002)', () => {
    const text = readSample('002_04d32df0aca38847.txt');
    assert.ok(isHardWrapped(text));
    const first = sentences(text)[0];
    assert.ok(first.startsWith('أثار اللقاء') && first.endsWith('بمنطقة الشرق الأوسط.'), first);
    assert.ok(first.includes('\nفلاديمير\nبوتين'));
  });

  it('one-paragraph-a-line samples are not taken as wrapped', () => {
    for (const name of ['000_a8b16601d227bd12.txt', '001_e0cce0fd4d3fc110.txt', '003_ccfab68bc49ab93d.txt', '004_82b0062d205d1957.txt']) {
      const text = readSample(name);
      assert.strictEqual(isHardWrapped(text), false, name);
      assert.strictEqual(paragraphs(text).length, text.split('\n').filter((l) => l.trim()).length, name);
    }
  });

  it('sentences of every sample are ordered, trimmed and lie inside paragraphs', () => {
    for (const name of ['000_a8b16601d227bd12.txt', '002_04d32df0aca38847.txt', '004_82b0062d205d1957.txt']) {
      const base = analyzeBase(readSample(name));
      let last = 0;
      for (const s of base.sentences) {
        assert.ok(s.start >= last && s.end > s.start);
        assert.ok(!/^\s|\s$/.test(base.text.slice(s.start, s.end)));
        assert.ok(base.paragraphs.some((p) => p.start <= s.start && s.end <= p.end));
        last = s.end;
      }
    }
  });
});
