// The shared settings rules (server/src/settings.ts): every setting's bad values, and the same
// answer for the client's stance pick and the server's code actions, hovers and hints.
import * as assert from 'assert';
import {
  DEFAULT_SERVER_SETTINGS, DEFAULT_STANCES, labelTitle, readAuthor, readFilePatterns, readServerSettings, readStanceLabels, stanceTitle, untranslated,
} from '../../server/src/settings';

const ids = (labels: { id: string }[]) => labels.map((l) => l.id);

describe('server settings: bad values fall back one setting at a time, each named', () => {
  const cases: [string, unknown, Partial<Record<'untaggedClaims' | 'orphaned' | 'stanceHints', boolean>> & { stances?: string[] }, RegExp[]][] = [
    ['null section: defaults', null, {}, []],
    ['a list instead of a section: defaults', [1, 2], {}, []],
    ['each flag off', { diagnostics: { untaggedClaims: false, orphaned: false }, inlayHints: { stance: false } }, { untaggedClaims: false, orphaned: false, stanceHints: false }, []],
    ['the to-do list turned on', { diagnostics: { untaggedClaims: true } }, { untaggedClaims: true }, []],
    ['a flag as a string is not taken as meant', { diagnostics: { untaggedClaims: 'true' } }, {}, [/mizan\.diagnostics\.untaggedClaims must be true or false; false is used/]],
    ['a flag as a number', { diagnostics: { orphaned: 0 } }, {}, [/mizan\.diagnostics\.orphaned must be true or false/]],
    ['inlay hints flag as an object', { inlayHints: { stance: { on: false } } }, {}, [/mizan\.inlayHints\.stance must be true or false/]],
    ['a section of the wrong type', { diagnostics: 'off', inlayHints: false }, {}, []],
    ['one bad flag leaves the others', { diagnostics: { untaggedClaims: 'no', orphaned: false } }, { orphaned: false }, [/untaggedClaims/]],
    ['stance labels as bare ids', { stance: { labels: ['pro', 'con'] } }, { stances: ['pro', 'con'] }, []],
    ['one bad stance label: the good ones kept', { stance: { labels: ['pro', { en: 'no id' }, 'con'] } }, { stances: ['pro', 'con'] }, [/Stance label 2 has no id/]],
    ['stance labels not a list: defaults', { stance: { labels: 'pro,con' } }, {}, [/must be a list/]],
  ];
  for (const [name, raw, expected, problems] of cases) {
    it(name, () => {
      const { value, problems: got } = readServerSettings(raw, untranslated);
      const want = { ...DEFAULT_SERVER_SETTINGS, ...expected, stances: expected.stances ?? ids(DEFAULT_STANCES) };
      assert.deepStrictEqual({ ...value, stances: ids(value.stances) }, want);
      assert.strictEqual(got.length, problems.length, got.join('\n'));
      problems.forEach((p, i) => assert.match(got[i], p));
    });
  }
});

describe('mizan.stance.labels reads the same for the client and the server', () => {
  const values: unknown[] = [['pro', 'con'], ['pro', 42, { id: '' }, 'con'], [{ id: 'support', en: 'Support' }, { id: 'oppose', en: 'Oppose', ar: 'رفض' }], 'favour', undefined];
  for (const raw of values) {
    it(JSON.stringify(raw) ?? 'undefined', () => {
      // The client's quick pick reads readStanceLabels; the server's code actions readServerSettings.
      assert.deepStrictEqual(readServerSettings({ stance: { labels: raw } }).value.stances, readStanceLabels(raw).value);
    });
  }

  it('["pro","con"]: the server offers and shows pro and con, not the defaults nor a raw id beside a name', () => {
    const { stances } = readServerSettings({ stance: { labels: ['pro', 'con'] } }).value;
    assert.deepStrictEqual(stances.map(labelTitle), ['pro', 'con']);
    assert.strictEqual(stanceTitle('pro', stances), 'pro');
    assert.strictEqual(stanceTitle('favour', stances), 'Favour (تأييد)', 'a stance no longer configured reads by its default label');
    assert.strictEqual(stanceTitle('retired', stances), 'retired');
    assert.strictEqual(stanceTitle(undefined, stances), 'not tagged');
  });
});

describe('mizan.author and mizan.filePatterns', () => {
  const authors: [unknown, string | undefined][] = [['  Layla  ', 'Layla'], ['', undefined], ['   ', undefined], [7, undefined], [null, undefined]];
  for (const [raw, expected] of authors) it(`author ${JSON.stringify(raw)}`, () => assert.strictEqual(readAuthor(raw), expected));
  const patterns: [unknown, string[]][] = [[['**/news/*.txt', '', 3, ' x '], ['**/news/*.txt', 'x']], ['**/*.txt', []], [undefined, []]];
  for (const [raw, expected] of patterns) it(`filePatterns ${JSON.stringify(raw)}`, () => assert.deepStrictEqual(readFilePatterns(raw), expected));
});
