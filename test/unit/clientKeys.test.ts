import * as assert from 'assert';
import { choiceForInput, duplicateKeys, inputsFor } from '../../client/src/commands/keyChoice';
import { ENTITY_TYPE_TABLE as ENTITY_TYPES } from '../../server/src/core/entityTypes';
import { DEFAULT_STANCES, readStanceLabels, readTargets, stanceName, untranslated } from '../../server/src/settings';

describe('one keystroke picks a stance', () => {
  const cases: [string, string | undefined][] = [
    ['1', 'favour'],
    ['2', 'against'],
    ['3', 'neutral'],
    ['١', 'favour'],
    ['٢', 'against'],
    ['۳', 'neutral'],
    ['f', 'favour'],
    ['A', 'against'],
    ['n', 'neutral'],
    // The same keys typed with the Arabic (101) layout active.
    ['ب', 'favour'],
    ['ش', 'against'],
    ['ى', 'neutral'],
    [' 2 ', 'against'],
    ['4', undefined],
    ['x', undefined],
    ['fa', undefined],
    ['', undefined],
    ['تأييد', undefined],
  ];
  for (const [typed, expected] of cases) {
    it(`"${typed}" → ${expected ?? 'keeps filtering'}`, () => assert.strictEqual(choiceForInput(typed, DEFAULT_STANCES)?.id, expected));
  }
});

describe('one keystroke picks an entity type', () => {
  const cases: [string, string | undefined][] = [
    ['p', 'PER'],
    ['l', 'LOC'],
    ['o', 'ORG'],
    ['m', 'MISC'],
    ['4', 'MISC'],
    ['١', 'PER'],
    ['ح', 'PER'],
    ['م', 'LOC'],
    ['خ', 'ORG'],
    ['ة', 'MISC'],
    ['q', undefined],
  ];
  for (const [typed, expected] of cases) {
    it(`"${typed}" → ${expected ?? 'nothing'}`, () => assert.strictEqual(choiceForInput(typed, ENTITY_TYPES)?.id, expected));
  }

  it('no two items of either list share an input', () => {
    for (const list of [DEFAULT_STANCES, ENTITY_TYPES]) {
      const all = list.flatMap((item, i) => inputsFor(i, item.key));
      assert.deepStrictEqual(
        all.filter((x, i) => all.indexOf(x) !== i),
        [],
      );
      assert.deepStrictEqual(duplicateKeys(list), []);
    }
  });

  it('items past the ninth have no number', () => assert.deepStrictEqual(inputsFor(9), []));
});

describe('mizan.stance.labels', () => {
  const cases: [string, unknown, string[], number][] = [
    ['unset: defaults', undefined, ['favour:f', 'against:a', 'neutral:n'], 0],
    ['empty list: defaults', [], ['favour:f', 'against:a', 'neutral:n'], 0],
    ['not a list', 'favour', ['favour:f', 'against:a', 'neutral:n'], 1],
    ['bare ids', ['support', 'oppose'], ['support:', 'oppose:'], 0],
    [
      'duplicate key (any case) dropped from the second',
      [
        { id: 'pro', key: 'p' },
        { id: 'con', key: 'P' },
      ],
      ['pro:p', 'con:'],
      1,
    ],
    ['digit key refused: digits pick by position', [{ id: 'pro', key: '2' }, { id: 'con' }], ['pro:', 'con:'], 1],
    ['long key refused', [{ id: 'pro', key: 'pr' }], ['pro:'], 1],
    [
      'duplicate id: first kept',
      [
        { id: 'pro', key: 'p' },
        { id: 'pro', key: 'q' },
      ],
      ['pro:p'],
      1,
    ],
    ['nothing usable: defaults', [{}, { en: 'x' }], ['favour:f', 'against:a', 'neutral:n'], 3],
  ];
  for (const [name, raw, expected, problems] of cases) {
    it(name, () => {
      const got = readStanceLabels(raw, untranslated);
      assert.deepStrictEqual(
        got.value.map((l) => `${l.id}:${l.key}`),
        expected,
      );
      assert.strictEqual(got.problems.length, problems, got.problems.join('\n'));
    });
  }

  it('names fall back id → English → Arabic and follow the display language', () => {
    const { value: labels } = readStanceLabels([{ id: 'pro', en: 'Pro' }, { id: 'con', ar: 'ضد' }, 'neutral'], untranslated);
    assert.deepStrictEqual(
      labels.map((l) => [l.en, l.ar]),
      [
        ['Pro', 'Pro'],
        ['con', 'ضد'],
        ['neutral', 'neutral'],
      ],
    );
    assert.strictEqual(stanceName('favour', DEFAULT_STANCES, true), 'تأييد');
    assert.strictEqual(stanceName('favour', DEFAULT_STANCES, false), 'Favour');
    assert.strictEqual(stanceName('retired-label', DEFAULT_STANCES, true), 'retired-label');
  });

  it('problems name the label', () => {
    const { problems } = readStanceLabels(
      [
        { id: 'pro', key: 'p' },
        { id: 'con', key: 'p' },
      ],
      untranslated,
    );
    assert.match(problems[0], /"p" of stance label "con"/);
  });
});

describe('mizan.stance.targets', () => {
  const cases: [unknown, string[]][] = [
    [undefined, []],
    ['x', []],
    [
      ['  the Russia–Iran alliance ', '', 3, 'Turkey', 'Turkey'],
      ['the Russia–Iran alliance', 'Turkey'],
    ],
  ];
  for (const [raw, expected] of cases) it(String(JSON.stringify(raw)), () => assert.deepStrictEqual(readTargets(raw), expected));
});
