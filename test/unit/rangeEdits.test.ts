// The editor's change ranges stand in for a whole-text diff: the region found from an edit equals
// the one diffTexts finds (repeated letters and surrogate pairs included), and spans moved by range
// edits equal spans moved by diffing the whole text, on the real samples.
import * as assert from 'assert';
import * as path from 'path';
import { changeOfEdit, diffTexts } from '../../server/src/core/annotate/textChange';
import { mulberry32 as rng } from '../../server/src/core/random';
import { writeSidecar } from '../../server/src/store/sidecarStore';
import { Article } from './annotateSupport';
import { recordsOf, sampleNames, splice } from './anchorSupport';

// Edits that make the whole-text diff differ from the edit's own range: a letter typed next to the
// same letter, a replacement by the same text, characters outside the BMP, and plain edits.
const EDITS: [string, (t: string, r: () => number) => [number, number, string]][] = [
  ['type a letter', (t, r) => { const at = Math.floor(r() * t.length); return [at, at, 'ب']; }],
  ['repeat the letter before', (t, r) => { const at = 1 + Math.floor(r() * (t.length - 1)); return [at, at, t[at - 1]]; }],
  ['repeat the word after', (t, r) => { const at = t.indexOf(' ', Math.floor(r() * t.length)) + 1; const w = t.slice(at, t.indexOf(' ', at) + 1); return [at, at, w]; }],
  ['replace a run by itself', (t, r) => { const at = Math.floor(r() * t.length); const end = Math.min(t.length, at + Math.floor(r() * 12)); return [at, end, t.slice(at, end)]; }],
  ['delete a run', (t, r) => { const at = Math.floor(r() * t.length); return [at, Math.min(t.length, at + 1 + Math.floor(r() * 60)), '']; }],
  ['delete one of two equal letters', (t) => { const at = t.search(/(.)\1/u); return at < 0 ? [0, 0, ''] : [at, at + 1, '']; }],
  ['insert an emoji', (t, r) => { const at = Math.floor(r() * t.length); return [at, at, '😀']; }],
  ['insert an emoji beside an emoji', (t) => { const at = t.indexOf('😀'); return at < 0 ? [0, 0, '😀'] : [at + 2, at + 2, '😃']; }],
  ['replace a paragraph break', (t, r) => { const at = t.indexOf('\n', Math.floor(r() * t.length)); return at < 0 ? [t.length, t.length, '\n'] : [at, at + 1, ' \n']; }],
  ['replace at the ends', (t, r) => (r() < 0.5 ? [0, 2, 'ال'] : [t.length - 1, t.length, t.slice(-1) + '.'])],
];

describe('change ranges instead of a whole-text diff', function () {
  this.timeout(60000);
  for (const name of sampleNames()) {
    it(`${name}: the region found from each edit equals the whole-text diff`, () => {
      let text = readText(name);
      const r = rng(name.length * 31 + 7);
      for (let k = 0; k < 200; k++) {
        const [kind, pick] = EDITS[k % EDITS.length];
        const [start, end, insert] = pick(text, r);
        const next = splice(text, start, end, insert);
        assert.deepStrictEqual(changeOfEdit(text, start, end, insert), diffTexts(text, next), `«${kind}» #${k} at ${start}`);
        text = next;
      }
    });

    it(`${name}: spans moved by range edits equal spans moved by diffing the whole text`, async () => {
      const a = new Article(name);
      await writeSidecar(a.sidecar, path.basename(a.file), { records: recordsOf(name) });
      const byRange = a.newManager();
      const byDiff = a.newManager();
      // As the server calls it: the replaced text, and the new text read by offset (never the old text).
      const byReader = a.newManager();
      let text = a.text;
      byRange.state(a.uri, text);
      byDiff.state(a.uri, text);
      byReader.state(a.uri, text);
      assert.ok(byRange.state(a.uri, text).decisions.records.length > 0, 'the sidecar has records to move');
      const r = rng(name.length * 131 + 3);
      for (let k = 0; k < 60; k++) {
        const [kind, pick] = EDITS[k % EDITS.length];
        const [start, end, insert] = pick(text, r);
        const next = splice(text, start, end, insert);
        assert.strictEqual(byRange.edited(a.uri, text, [{ start, end, text: insert }], next), true, `«${kind}» #${k} taken by range`);
        assert.strictEqual(byReader.edited(a.uri, text, [{ start, end, text: insert, removed: text.slice(start, end) }], next, (i) => next.charCodeAt(i)), true);
        text = next;
        assert.deepStrictEqual(byRange.state(a.uri, text).decisions, byDiff.state(a.uri, text).decisions, `after «${kind}» #${k}`);
        assert.deepStrictEqual(byReader.state(a.uri, text).decisions, byDiff.state(a.uri, text).decisions, `read by offset, after «${kind}» #${k}`);
      }
      assert.ok(byRange.state(a.uri, text).moved);
    });
  }

  it('several edits at once, or a text out of step, are left to the whole-text diff', () => {
    const a = new Article(sampleNames()[0]);
    a.manager.state(a.uri, a.text);
    const next = splice(a.text, 0, 0, 'x');
    assert.strictEqual(a.manager.edited(a.uri, a.text, [{ start: 0, end: 0, text: 'x' }, { start: 1, end: 1, text: 'y' }], next + 'y'), false);
    assert.strictEqual(a.manager.edited(a.uri, 'another text', [{ start: 0, end: 0, text: 'x' }], 'xanother text'), false);
  });
});

function readText(name: string): string {
  return new Article(name).text;
}
