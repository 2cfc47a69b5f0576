// The entity steps that do not come from the model's weights: where a name's span starts after
// clitics, when a Latin acronym is an organisation, and which words propagation never spreads.
import * as assert from 'assert';
import { analyze } from '../../server/src/core/analyze';
import { parseConll } from '../../server/src/core/entities/conll';
import { nameStart } from '../../server/src/core/entities/spans';
import { wordInfo } from '../../server/src/core/entities/words';
import { loadEntityLayer, loadNerResources } from '../../server/src/engineEntities';
import { outsideWordsOf } from '../../scripts/ner/trainModels';

describe('entities: clitic guard on name spans', () => {
  // [word, known name words, where the name starts]
  const cases: [string, string[], number][] = [
    ['بكين', ['كين', 'بكين'], 0],
    ['بكين', ['كين'], 1],
    ['بان', ['ان', 'بان'], 0],
    ['بان', ['ان'], 0],
    ['بلندن', ['لندن', 'بلندن'], 1],
    ['وبغداد', ['بغداد', 'وبغداد'], 1],
    ['ولبنان', ['لبنان'], 1],
    ['لكين', ['كين', 'لكين'], 0],
    ['والصين', [], 1],
    // و + ال + two letters: a name of its own (والتر، والاس), unless the rest is a known name.
    ['والتر', [], 0],
    ['والاس', [], 0],
    ['والري', ['الري'], 1],
    ['والقدس', [], 1],
  ];
  for (const [word, known, start] of cases) {
    it(`${word} with ${JSON.stringify(known)} starts at ${start}`, () => {
      const set = new Set(known);
      assert.strictEqual(
        nameStart(wordInfo({ text: word, kind: 'word' }), (k) => set.has(k)),
        start,
      );
    });
  }
});

describe('entities: Latin acronyms only in context', () => {
  const entities = loadEntityLayer({});
  const orgs = (text: string) =>
    analyze(text, { entities })
      .entities.filter((e) => e.type === 'ORG')
      .map((e) => e.text);
  const cases: [string, string, string[], string[]][] = [
    ['after an organisation word', 'وذكرت شبكة CNN الأمريكية أن المفاوضات في جنيف توقفت.', ['CNN'], []],
    ['after لـ and an organisation word', 'وقال مسؤول في حديث لوكالة لـ AFP إن الهدنة صامدة.', ['AFP'], []],
    ['alone among Arabic words', 'ونقلت BBC عن مصادر محلية أن القصف استمر حتى الصباح.', ['BBC'], []],
    ['technical text: next to Latin or numbers, many Latin words', 'يدعم الجهاز منفذ USB 3 ونظام Windows XP وبروتوكول HTTP ومعيار IEEE 802 وصيغة PDF وملفات MP3 عبر TCP IP.', [], ['USB', 'HTTP', 'IEEE', 'TCP', 'IP']],
  ];
  for (const [name, text, yes, no] of cases) {
    it(name, () => {
      const got = orgs(text);
      for (const y of yes) assert.ok(got.includes(y), `${y} missing from ${JSON.stringify(got)}`);
      for (const n of no) assert.ok(!got.includes(n), `${n} in ${JSON.stringify(got)}`);
    });
  }
});

describe('entities: propagation stop-list from the training data', () => {
  it('keeps words seen twice or more and at least nine times in ten outside names', () => {
    const file = [
      'الأمن\tB-ORG',
      'في\tO',
      'بيروت\tB-LOC',
      '',
      'الأمن\tO',
      'في\tO',
      'الجنوب\tO',
      '',
      ...Array.from({ length: 4 }, () => ['الأمن\tO', 'في\tO', '']).flat(),
      'الأمن\tO',
      'بيروت\tB-LOC',
      '',
      'الأمن\tO',
      'الجنوب\tO',
      '',
      'الأمن\tO',
      '',
      'الأمن\tO',
      '',
      'الأمن\tO',
      '',
    ].join('\n');
    const words = outsideWordsOf([parseConll(file)]);
    // الأمن: 1 in 11 inside a name; في, الجنوب: never; بيروت: always a name.
    assert.deepStrictEqual(words, ['الامن', 'الجنوب', 'في']);
  });

  it('the shipped model carries it: common words in, names out', () => {
    const res = loadNerResources();
    const stop = res.outsideWords ?? new Set<string>();
    for (const w of ['قال', 'الذي', 'اليوم']) assert.ok(stop.has(w), w);
    for (const w of ['لبنان', 'بيروت', 'العراق']) assert.ok(!stop.has(w), w);
  });
});
