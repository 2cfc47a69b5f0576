import * as assert from 'assert';
import { ENTITY_TYPE_TABLE } from '../../server/src/core/entityTypes';
import { MESSAGES, isArabic, kindName, t, typeName, type MessageId } from '../../server/src/messages';
import { DEFAULT_STANCES, stanceTitle } from '../../server/src/settings';

const ARABIC_LETTER = /[\u0621-\u064A]/;
const LATIN_LETTER = /[A-Za-z]/;
const placeholders = (s: string) => [...s.matchAll(/\{(\d+)\}/g)].map((m) => m[1]).sort();
const words = (s: string) => s.replace(/\{\d+\}/g, '');

describe("the server's message catalogue", () => {
  const rows = Object.entries(MESSAGES) as [MessageId, { en: string; ar: string }][];

  it('has rows', () => assert.ok(rows.length > 20, `${rows.length} rows`));

  for (const [id, m] of rows) {
    it(`${id}: English and Arabic, with the same placeholders, each in its own script`, () => {
      assert.ok(m.en.trim() && m.ar.trim(), 'both languages are given');
      assert.deepStrictEqual(placeholders(m.ar), placeholders(m.en), 'the same placeholders');
      // A row of punctuation only (a heading's layout) has no words to translate.
      if (LATIN_LETTER.test(words(m.en))) assert.ok(ARABIC_LETTER.test(words(m.ar)), `the Arabic has Arabic letters: ${m.ar}`);
      assert.ok(!LATIN_LETTER.test(words(m.ar)), `the Arabic has no Latin letters: ${m.ar}`);
      assert.ok(!ARABIC_LETTER.test(m.en), `the English has no Arabic letters: ${m.en}`);
      assert.notStrictEqual(m.ar, m.en);
    });
  }

  it('Arabic for every Arabic locale, English for any other or none', () => {
    for (const l of ['ar', 'ar-EG', 'AR', 'ar_SA']) assert.ok(isArabic(l), l);
    for (const l of [undefined, '', 'en', 'en-US', 'fr', 'arn', 'zh-tw']) assert.ok(!isArabic(l), String(l));
  });

  it('fills every placeholder with its argument, in either language', () => {
    for (const [id, m] of rows) {
      const args = placeholders(m.en).map((i) => `«arg${i}»`);
      for (const locale of ['en', 'ar']) {
        const out = t(locale, id, ...args);
        assert.ok(!/\{\d+\}/.test(out), `${id} (${locale}): ${out}`);
        for (const a of args) assert.ok(out.includes(a), `${id} (${locale}) lacks ${a}: ${out}`);
      }
    }
  });

  it('names every entity type and its outline group in both languages (the Arabic in Arabic script)', () => {
    for (const row of ENTITY_TYPE_TABLE) {
      assert.strictEqual(typeName('en', row.id), row.name);
      assert.strictEqual(typeName('ar', row.id), row.ar);
      for (const ar of [row.ar, row.arGroup]) assert.ok(ARABIC_LETTER.test(ar) && !LATIN_LETTER.test(ar), ar);
      assert.strictEqual(kindName('en', row.id), row.id, 'English titles keep the short id');
      assert.strictEqual(kindName('ar', row.id), row.ar);
    }
    assert.strictEqual(typeName('ar', 'NOPE'), 'NOPE');
  });

  it("writes a stance with the display language's name first", () => {
    for (const s of DEFAULT_STANCES) {
      assert.strictEqual(stanceTitle(s.id, DEFAULT_STANCES, 'en'), `${s.en} (${s.ar})`);
      assert.strictEqual(stanceTitle(s.id, DEFAULT_STANCES, 'ar'), `${s.ar} (${s.en})`);
    }
    assert.strictEqual(stanceTitle(undefined, DEFAULT_STANCES, 'ar'), MESSAGES['stance.none'].ar);
  });
});
