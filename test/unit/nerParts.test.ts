import * as assert from 'assert';
import { tokenize } from '../../server/src/core/tokens/tokenize';
import { addLists, emptyGazetteer, Strength } from '../../server/src/core/entities/gazetteer';
import { matchGazetteer } from '../../server/src/core/entities/gazetteerMatch';
import { mentionSpan } from '../../server/src/core/entities/spans';
import { linkMentions } from '../../server/src/core/entities/link';
import { parseConll, conllDocument } from '../../server/src/core/entities/conll';
import { bioRuns, emptyScores, mentionsToTokenRuns, overlapMatch, prf, scoreSpans } from '../../server/src/core/entities/score';
import { WordCache } from '../../server/src/core/entities/words';
import { parseUserGazetteer, UserGazetteerError } from '../../server/src/engineEntities';
import type { RawMention } from '../../server/src/core/entities/spans';

const cache = new WordCache();
const known = new Set(['بغداد', 'واشنطن', 'الصين', 'طهران', 'لندن']);

/** The span a one-word name gets, given the set of known name words. */
function nameOf(word: string): string {
  const tokens = tokenize(word);
  const s = mentionSpan(
    tokens,
    tokens.map((t) => cache.get(t)),
    0,
    tokens.length,
    (k) => known.has(k),
  );
  return s ? word.slice(s.start, s.end) : '';
}

describe('ner: name spans drop proclitics only when the rest is a name', () => {
  const cases: [string, string][] = [
    ['بغداد', 'بغداد'],
    ['وبغداد', 'بغداد'],
    ['واشنطن', 'واشنطن'],
    ['لواشنطن', 'واشنطن'],
    ['للصين', 'لصين'],
    ['وطهران', 'طهران'],
    ['لندن', 'لندن'],
    ['بلندن', 'لندن'],
    // Unknown names: only sure clitics go (a conjunction before a long word, a prefix before ال).
    ['بوتين', 'بوتين'],
    ['وبوتين', 'بوتين'],
    ['بالكرملين', 'الكرملين'],
    ['الكرملين', 'الكرملين'],
  ];
  for (const [word, expected] of cases) it(`${word} → ${expected}`, () => assert.strictEqual(nameOf(word), expected));
});

describe('ner: gazetteer matching', () => {
  const g = emptyGazetteer();
  addLists(g, { LOC: ['بغداد', 'الولايات المتحدة', 'الولايات المتحدة الأمريكية', 'واشنطن'], ORG: ['حلف شمال الأطلسي'] }, Strength.Candidate);
  const cases: [string, string[]][] = [
    ['وصل إلى بغداد ثم واشنطن', ['LOC:بغداد', 'LOC:واشنطن']],
    ['قالت الولايات المتحدة الأمريكية', ['LOC:الولايات المتحدة الأمريكية']],
    ['وللولايات المتحدة موقف', ['LOC:لولايات المتحدة']],
    ['اجتماع لحلف شمال الأطلسي', ['ORG:حلف شمال الأطلسي']],
    ['غداد ليست مدينة', []],
  ];
  for (const [text, expected] of cases) {
    it(text, () => {
      const tokens = tokenize(text);
      const got = matchGazetteer(
        g,
        tokens,
        tokens.map((t) => cache.get(t)),
      ).map((m) => `${m.entry.type}:${text.slice(tokens[m.start].start + m.offset, tokens[m.end - 1].end)}`);
      assert.deepStrictEqual(got, expected);
    });
  }
});

describe('ner: linking', () => {
  const mention = (text: string, part: string, type: RawMention['type'], nth = 0): RawMention => {
    let start = -1;
    for (let k = 0; k <= nth; k++) start = text.indexOf(part, start + 1);
    return { start, end: start + part.length, type, tokenStart: 0, tokenEnd: 0, source: 'model' };
  };
  it('pairs a name with the acronym in brackets after it', () => {
    const text = 'قال حلف شمال الأطلسي (الناتو) إن الناتو مستعد.';
    const r = linkMentions(text, [mention(text, 'حلف شمال الأطلسي', 'ORG'), mention(text, 'الناتو', 'ORG'), mention(text, 'الناتو', 'ORG', 1)]);
    assert.strictEqual(r.clusters.length, 1);
    assert.strictEqual(r.clusters[0].canonical, 'حلف شمال الأطلسي');
    assert.deepStrictEqual(r.clusters[0].forms, ['حلف شمال الأطلسي', 'الناتو']);
  });
  it('keeps different types and different names apart', () => {
    const text = 'محمد علي وعلي حسن في مصر ومصر';
    const r = linkMentions(text, [mention(text, 'محمد علي', 'PER'), mention(text, 'علي حسن', 'PER'), mention(text, 'مصر', 'LOC'), mention(text, 'مصر', 'LOC', 1)]);
    assert.deepStrictEqual(
      r.entities.map((e) => e.cluster),
      [0, 1, 2, 2],
    );
  });
});

describe('ner: training-file format and scoring', () => {
  it('reads tab or space separated files with PER or PERS', () => {
    const s = parseConll('بوتين\tB-PERS\nفي O\nموسكو  B-LOC\n\nالأمم B-ORG\nالمتحدة\tI-ORG\n');
    assert.deepStrictEqual(s, [
      { tokens: ['بوتين', 'في', 'موسكو'], tags: ['B-PER', 'O', 'B-LOC'] },
      { tokens: ['الأمم', 'المتحدة'], tags: ['B-ORG', 'I-ORG'] },
    ]);
    const d = conllDocument(s);
    assert.strictEqual(d.text, 'بوتين في موسكو\nالأمم المتحدة');
    assert.deepStrictEqual(bioRuns(d.tags), [
      { start: 0, end: 1, type: 'PER' },
      { start: 2, end: 3, type: 'LOC' },
      { start: 3, end: 5, type: 'ORG' },
    ]);
  });
  it('says which line is bad', () => {
    assert.throws(() => parseConll('بوتين B-PERS\nموسكو LOCATION\n', 'f.tsv'), /f\.tsv:2: expected/);
  });
  it('maps character mentions to file tokens and scores exact and overlapping matches', () => {
    const d = conllDocument(parseConll('وقال O\nبوتين B-PER\nفي O\nالأمم B-ORG\nالمتحدة I-ORG\n'));
    const runs = mentionsToTokenRuns(d.tokens, [
      { start: d.text.indexOf('بوتين'), end: d.text.indexOf('بوتين') + 5, type: 'PER' },
      { start: d.text.indexOf('الأمم'), end: d.text.indexOf('الأمم') + 5, type: 'ORG' },
    ]);
    const exact = emptyScores();
    scoreSpans(exact, bioRuns(d.tags), runs);
    assert.deepStrictEqual(exact.overall, { tp: 1, fp: 1, fn: 1 });
    const loose = emptyScores();
    scoreSpans(loose, bioRuns(d.tags), runs, overlapMatch);
    assert.deepStrictEqual(loose.overall, { tp: 2, fp: 0, fn: 0 });
    assert.strictEqual(prf(exact.overall).f, 0.5);
  });
});

describe('ner: the user list is validated with a clear error', () => {
  it('accepts lists by type and lists of entries', () => {
    assert.deepStrictEqual(parseUserGazetteer('{"PER": ["ينس ستولتنبرغ"], "ORG": ["الناتو"]}', 'g.json'), { PER: ['ينس ستولتنبرغ'], ORG: ['الناتو'] });
    assert.deepStrictEqual(parseUserGazetteer('[{"name": "الناتو", "type": "ORG"}]', 'g.json'), { ORG: ['الناتو'] });
  });
  const bad: [string, RegExp][] = [
    ['{"PER": ["a"', /g\.json: not valid JSON/],
    ['{"PERSON": ["x"]}', /type must be one of PER, LOC, ORG, MISC, got "PERSON"/],
    ['{"PER": "x"}', /"PER" must be a list of names/],
    ['[{"name": "", "type": "ORG"}]', /entry 0: a name must be a non-empty string/],
    ['42', /expected an object of lists by type/],
  ];
  for (const [json, message] of bad)
    it(json, () =>
      assert.throws(
        () => parseUserGazetteer(json, 'g.json'),
        (e: unknown) => e instanceof UserGazetteerError && message.test(e.message),
      ),
    );
});
