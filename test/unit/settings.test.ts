// The shared settings rules (server/src/settings.ts): every setting's bad values, the server's and
// the client's own (where articles open, the annotation view's type), and the same answer for the
// client's stance pick and the server's code actions, hovers and hints.
import * as assert from 'assert';
import {
  DEFAULT_FONT_FAMILY,
  DEFAULT_SERVER_SETTINGS,
  DEFAULT_STANCES,
  FONT_SIZE,
  LINE_HEIGHT,
  labelTitle,
  readAnnotationViewSettings,
  readAuthor,
  readFilePatterns,
  readOpenArticlesIn,
  readServerSettings,
  readStanceLabels,
  stanceTitle,
  untranslated,
  type AnnotationViewSettings,
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
  const values: unknown[] = [
    ['pro', 'con'],
    ['pro', 42, { id: '' }, 'con'],
    [
      { id: 'support', en: 'Support' },
      { id: 'oppose', en: 'Oppose', ar: 'رفض' },
    ],
    'favour',
    undefined,
  ];
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
  const authors: [unknown, string | undefined][] = [
    ['  Layla  ', 'Layla'],
    ['', undefined],
    ['   ', undefined],
    [7, undefined],
    [null, undefined],
  ];
  for (const [raw, expected] of authors) it(`author ${JSON.stringify(raw)}`, () => assert.strictEqual(readAuthor(raw), expected));
  const patterns: [unknown, string[]][] = [
    [
      ['**/news/*.txt', '', 3, ' x '],
      ['**/news/*.txt', 'x'],
    ],
    ['**/*.txt', []],
    [undefined, []],
  ];
  for (const [raw, expected] of patterns) it(`filePatterns ${JSON.stringify(raw)}`, () => assert.deepStrictEqual(readFilePatterns(raw), expected));
});

describe('mizan.openArticlesIn: the annotation view unless the text editor is chosen', () => {
  const cases: [unknown, string, RegExp | undefined][] = [
    [undefined, 'annotationView', undefined],
    [null, 'annotationView', undefined],
    ['textEditor', 'textEditor', undefined],
    ['annotationView', 'annotationView', undefined],
    ['TextEditor', 'annotationView', /mizan\.openArticlesIn must be one of annotationView, textEditor; annotationView is used/],
    ['text editor', 'annotationView', /must be one of/],
    ['', 'annotationView', /must be one of/],
    [true, 'annotationView', /must be one of/],
    [['textEditor'], 'annotationView', /must be one of/],
  ];
  for (const [raw, expected, problem] of cases) {
    it(`${JSON.stringify(raw) ?? 'undefined'} → ${expected}`, () => {
      const { value, problems } = readOpenArticlesIn(raw, untranslated);
      assert.strictEqual(value, expected);
      assert.strictEqual(problems.length, problem ? 1 : 0, problems.join('\n'));
      if (problem) assert.match(problems[0], problem);
    });
  }
});

describe("mizan.annotationView: the view's type, each bad value the default and named", () => {
  const d: AnnotationViewSettings = { fontFamily: DEFAULT_FONT_FAMILY, fontSize: FONT_SIZE.default, lineHeight: LINE_HEIGHT.default };
  const cases: [string, unknown, Partial<AnnotationViewSettings>, RegExp[]][] = [
    ['nothing set: the defaults', undefined, {}, []],
    ['a section of the wrong type: the defaults', 'large', {}, []],
    ['every value given', { fontFamily: "'Amiri', serif", fontSize: 28, lineHeight: 2.2 }, { fontFamily: "'Amiri', serif", fontSize: 28, lineHeight: 2.2 }, []],
    ['the bounds themselves', { fontSize: 8, lineHeight: 4 }, { fontSize: 8, lineHeight: 4 }, []],
    ['the other bounds', { fontSize: 72, lineHeight: 1 }, { fontSize: 72, lineHeight: 1 }, []],
    ['a font stack with spaces around it is trimmed', { fontFamily: '  Amiri  ' }, { fontFamily: 'Amiri' }, []],
    ['an empty font stack is the default one', { fontFamily: '' }, {}, []],
    ['a blank font stack is the default one', { fontFamily: '   ' }, {}, []],
    ['a font stack as a list', { fontFamily: ['Amiri', 'serif'] }, {}, [/mizan\.annotationView\.fontFamily must be a list of fonts as text/]],
    ['a font stack as a number', { fontFamily: 12 }, {}, [/fontFamily must be/]],
    ['a size too small', { fontSize: 7.5 }, {}, [/mizan\.annotationView\.fontSize must be a number from 8 to 72; 20 is used/]],
    ['a size too large', { fontSize: 73 }, {}, [/fontSize must be a number from 8 to 72/]],
    ['a negative size', { fontSize: -20 }, {}, [/fontSize/]],
    ['a size as a string', { fontSize: '20' }, {}, [/fontSize must be a number/]],
    ['a size as an empty string', { fontSize: '' }, {}, [/fontSize must be a number/]],
    ['a size that is not a number', { fontSize: Number.NaN }, {}, [/fontSize/]],
    ['an infinite size', { fontSize: Number.POSITIVE_INFINITY }, {}, [/fontSize/]],
    ['a line height below 1', { lineHeight: 0.9 }, {}, [/mizan\.annotationView\.lineHeight must be a number from 1 to 4; 1\.9 is used/]],
    ['a line height above 4', { lineHeight: 4.5 }, {}, [/lineHeight must be a number from 1 to 4/]],
    ['a line height in CSS units', { lineHeight: '1.9em' }, {}, [/lineHeight must be a number/]],
    ['a line height as a flag', { lineHeight: true }, {}, [/lineHeight/]],
    ['one bad value leaves the others', { fontFamily: 'Amiri', fontSize: 100, lineHeight: 2 }, { fontFamily: 'Amiri', lineHeight: 2 }, [/fontSize/]],
    ['every value bad: three problems, in order', { fontFamily: false, fontSize: 'big', lineHeight: 0 }, {}, [/fontFamily/, /fontSize/, /lineHeight/]],
  ];
  for (const [name, raw, expected, problems] of cases) {
    it(name, () => {
      const { value, problems: got } = readAnnotationViewSettings(raw, untranslated);
      assert.deepStrictEqual(value, { ...d, ...expected });
      assert.strictEqual(got.length, problems.length, got.join('\n'));
      problems.forEach((p, i) => assert.match(got[i], p));
    });
  }

  it('the problems are written through the translate function it is given', () => {
    const { problems } = readAnnotationViewSettings({ fontSize: 0 }, (m, ...args) => `«${untranslated(m, ...args)}»`);
    assert.match(problems[0], /^«mizan\.annotationView\.fontSize .*»$/);
  });
});
