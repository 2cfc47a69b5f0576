// The annotation view's keys: stance letters and movement keys by physical key (the same keys on
// an Arabic layout), digits as typed (Arabic-Indic too), VS Code's own chords left alone; and the
// hover card's markdown escaped.
import * as assert from 'assert';
import { keyAction, startsChord, type KeyLike } from '../../client/src/annotationView/keys';
import { cardHtml } from '../../client/src/annotationView/cardMarkup';
import { DEFAULT_STANCES } from '../../server/src/settings';

const STANCES = DEFAULT_STANCES.map((s) => ({ id: s.id, name: s.en, key: s.key }));

const CASES: [string, KeyLike, ReturnType<typeof keyAction>][] = [
  ['f on a US layout', { key: 'f', code: 'KeyF' }, { do: 'stance', stance: 'favour' }],
  ['the same key on an Arabic layout (ب)', { key: 'ب', code: 'KeyF' }, { do: 'stance', stance: 'favour' }],
  ['a on an Arabic layout (ش)', { key: 'ش', code: 'KeyA' }, { do: 'stance', stance: 'against' }],
  ['n on an Arabic layout (ى)', { key: 'ى', code: 'KeyN' }, { do: 'stance', stance: 'neutral' }],
  ['digit 2', { key: '2', code: 'Digit2' }, { do: 'stance', stance: 'against' }],
  ['Arabic-Indic ٣ typed', { key: '٣', code: '' }, { do: 'stance', stance: 'neutral' }],
  ['numpad 1', { key: '1', code: 'Numpad1' }, { do: 'stance', stance: 'favour' }],
  ['a digit past the labels', { key: '7', code: 'Digit7' }, undefined],
  ['Tab', { key: 'Tab', code: 'Tab' }, { do: 'move', what: 'mark', dir: 1 }],
  ['Shift+Tab', { key: 'Tab', code: 'Tab', shiftKey: true }, { do: 'move', what: 'mark', dir: -1 }],
  ['e: next entity, on an Arabic layout (ث)', { key: 'ث', code: 'KeyE' }, { do: 'move', what: 'entity', dir: 1 }],
  ['Shift+C: previous claim', { key: 'C', code: 'KeyC', shiftKey: true }, { do: 'move', what: 'claim', dir: -1 }],
  ['u: next claim without stance', { key: 'u', code: 'KeyU' }, { do: 'move', what: 'untagged', dir: 1 }],
  ['Enter accepts', { key: 'Enter', code: 'Enter' }, { do: 'accept' }],
  ['Delete rejects', { key: 'Delete', code: 'Delete' }, { do: 'reject' }],
  ['r relabels', { key: 'ق', code: 'KeyR' }, { do: 'command', command: 'relabelEntity' }],
  ['Shift+ArrowLeft extends the selection', { key: 'ArrowLeft', code: 'ArrowLeft', shiftKey: true }, { do: 'extend', dir: 'left', by: 'character' }],
  ['Ctrl+Shift+ArrowRight extends by a word', { key: 'ArrowRight', code: 'ArrowRight', shiftKey: true, ctrlKey: true }, { do: 'extend', dir: 'right', by: 'word' }],
  ["an arrow alone scrolls (not the view's)", { key: 'ArrowDown', code: 'ArrowDown' }, undefined],
  ["Alt+M is VS Code's", { key: 'µ', code: 'KeyM', altKey: true }, undefined],
  ["Ctrl+S is VS Code's", { key: 's', code: 'KeyS', ctrlKey: true }, undefined],
];

describe('annotation view keys', () => {
  for (const [what, key, expected] of CASES) it(what, () => assert.deepStrictEqual(keyAction(key, STANCES), expected));
  it('a stance letter set on a movement key wins over it', () => {
    assert.deepStrictEqual(keyAction({ key: 'e', code: 'KeyE' }, [...STANCES, { id: 'evasive', name: 'Evasive', key: 'e' }]), { do: 'stance', stance: 'evasive' });
  });
  it('Alt+M starts a chord on any layout', () => {
    assert.deepStrictEqual(
      [
        { key: 'µ', code: 'KeyM', altKey: true },
        { key: 'ة', code: 'KeyM', altKey: true },
        { key: 'm', code: 'KeyM' },
      ].map(startsChord),
      [true, true, false],
    );
  });
});

describe('annotation view cards', () => {
  it('markdown of the hover, article text escaped', () => {
    assert.strictEqual(
      cardHtml('**بوتين** — Person (PER), suggested\n\nEnglish: Putin <b>\n\nClaims made (1):\n\n- «قال» — _untagged_'),
      '<p><b>بوتين</b> — Person (PER), suggested</p><p>English: Putin &lt;b&gt;</p><p>Claims made (1):</p><ul><li>«قال» — <i>untagged</i></li></ul>',
    );
  });
});
