// The editor's change ranges stand in for a whole-text diff: the region found from an edit equals
// the one diffTexts finds (repeated letters and surrogate pairs included), and spans moved by range
// edits equal spans moved by diffing the whole text, on the real samples.
import * as assert from 'assert';
import * as path from 'path';
import { changeOfEdit } from '../../server/src/core/annotate/textChange';
import { mulberry32 as rng } from '../../server/src/core/random';
import { writeSidecar } from '../../server/src/store/sidecarStore';
import { Article } from './annotateSupport';
import { recordsOf, sampleNames, splice } from './anchorSupport';

// Edits that make the whole-text diff differ from the edit's own range: a letter typed next to the
// same letter, a replacement by the same text, characters outside the BMP, and plain edits.
const EDITS: [string, (t: string, r: () => number) => [number, number, string]][] = [
  [
    'type a letter',
    (t, r) => {
      const at = Math.floor(r() * t.length);
      return [at, at, 'ب'];
    },
  ],
  [
    'repeat the letter before',
    (t, r) => {
      const at = 1 + Math.floor(r() * (t.length - 1));
      return [at, at, t[at - 1]];
    },
  ],
  [
    'repeat the word after',
    (t, r) => {
      const at = t.indexOf(' ', Math.floor(r() * t.length)) + 1;
      const w = t.slice(at, t.indexOf(' ', at) + 1);
      return [at, at, w];
    },
  ],
  [
    'replace a run by itself',
    (t, r) => {
      const at = Math.floor(r() * t.length);
      const end = Math.min(t.length, at + Math.floor(r() * 12));
      return [at, end, t.slice(at, end)];
    },
  ],
  [
    'delete a run',
    (t, r) => {
      const at = Math.floor(r() * t.length);
      return [at, Math.min(t.length, at + 1 + Math.floor(r() * 60)), ''];
    },
  ],
  [
    'delete one of two equal letters',
    (t) => {
      const at = t.search(/(.)\1/u);
      return at < 0 ? [0, 0, ''] : [at, at + 1, ''];
    },
  ],
  [
    'insert an emoji',
    (t, r) => {
      const at = Math.floor(r() * t.length);
      return [at, at, '😀'];
    },
  ],
  [
    'insert an emoji beside an emoji',
    (t) => {
      const at = t.indexOf('😀');
      return at < 0 ? [0, 0, '😀'] : [at + 2, at + 2, '😃'];
    },
  ],
  [
    'replace a paragraph break',
    (t, r) => {
      const at = t.indexOf('\n', Math.floor(r() * t.length));
      return at < 0 ? [t.length, t.length, '\n'] : [at, at + 1, ' \n'];
    },
  ],
  ['replace at the ends', (t, r) => (r() < 0.5 ? [0, 2, 'ال'] : [t.length - 1, t.length, t.slice(-1) + '.'])],
];

/** The text of `next` that the region says was inserted, spliced into `text`, must give `next`. */
function applies(text: string, next: string, c: { start: number; oldEnd: number; newEnd: number }): boolean {
  return text.slice(0, c.start) + next.slice(c.start, c.newEnd) + text.slice(c.oldEnd) === next;
}

describe('change ranges instead of a whole-text diff', function () {
  this.timeout(60000);
  for (const name of sampleNames()) {
    it(`${name}: the region found from each edit lies inside the edit and makes the same text`, () => {
      let text = readText(name);
      const r = rng(name.length * 31 + 7);
      for (let k = 0; k < 200; k++) {
        const [kind, pick] = EDITS[k % EDITS.length];
        const [start, end, insert] = pick(text, r);
        const next = splice(text, start, end, insert);
        const change = changeOfEdit(text, start, end, insert);
        if (next === text) assert.strictEqual(change, undefined, `«${kind}» #${k}`);
        else {
          assert.ok(change && change.start >= start && change.oldEnd <= end && change.newEnd <= start + insert.length, `«${kind}» #${k} at ${start}: ${JSON.stringify(change)}`);
          assert.ok(applies(text, next, change), `«${kind}» #${k}`);
        }
        text = next;
      }
    });

    it(`${name}: spans an edit did not touch keep their text and move by its length`, async () => {
      const a = new Article(name);
      await writeSidecar(a.sidecar, path.basename(a.file), { records: recordsOf(name) });
      const byRange = a.newManager();
      // As the server calls it: with the replaced text, so that the old text is never read.
      const byRemoved = a.newManager();
      let text = a.text;
      byRange.state(a.uri, text);
      byRemoved.state(a.uri, text);
      assert.ok(byRange.state(a.uri, text).decisions.records.length > 0, 'the sidecar has records to move');
      const r = rng(name.length * 131 + 3);
      for (let k = 0; k < 60; k++) {
        const [kind, pick] = EDITS[k % EDITS.length];
        const [start, end, insert] = pick(text, r);
        const next = splice(text, start, end, insert);
        const before = byRange.state(a.uri, text).decisions.records;
        assert.strictEqual(byRange.edited(a.uri, text, [{ start, end, text: insert }], next), true, `«${kind}» #${k} taken by range`);
        assert.strictEqual(byRemoved.edited(a.uri, text, [{ start, end, text: insert, removed: text.slice(start, end) }], next), true);
        text = next;
        const after = byRange.state(a.uri, text).decisions.records;
        const delta = insert.length - (end - start);
        before.forEach((b) => {
          const o = after.find((m) => m.id === b.id)!;
          if (b.orphaned || (b.start < end && start < b.end) || (start === end && b.start < start && start < b.end)) return;
          const shift = b.start >= end ? delta : 0;
          assert.deepStrictEqual([o.start, o.end, o.exact], [b.start + shift, b.end + shift, b.exact], `«${kind}» #${k} moved ${b.id}`);
        });
        assert.deepStrictEqual(byRemoved.state(a.uri, text).decisions, byRange.state(a.uri, text).decisions, `read from the removed text, after «${kind}» #${k}`);
      }
      assert.ok(byRange.state(a.uri, text).moved);
    });
  }

  it('a text out of step is left to the whole-text diff', () => {
    const a = new Article(sampleNames()[0]);
    a.manager.state(a.uri, a.text);
    assert.strictEqual(a.manager.edited(a.uri, 'another text', [{ start: 0, end: 0, text: 'x' }], 'xanother text'), false);
  });
});

describe('a paste beside a decision, and several cursors at once', () => {
  const name = '000_a8b16601d227bd12.txt';
  const records = recordsOf(name);
  const putin = records.find((r) => r.exact === 'بوتين')!;

  async function managed(): Promise<Article> {
    const a = new Article(name);
    await writeSidecar(a.sidecar, path.basename(a.file), { records });
    a.manager.state(a.uri, a.text);
    return a;
  }

  // Written-down cases: each moved a decision before (the paste onto the pasted copy, the two
  // cursors by the wrong amount through the whole-text diff).
  const CASES: { name: string; edits: (t: string) => { start: number; end: number; text: string }[] }[] = [
    { name: 'a paste that begins with the name, right before it', edits: () => [{ start: putin.start, end: putin.start, text: 'بوتين قال إن ' }] },
    { name: 'a paste that is the name and a space, right before it', edits: () => [{ start: putin.start, end: putin.start, text: 'بوتين ' }] },
    { name: 'a paste that ends with the name, right after it', edits: () => [{ start: putin.end, end: putin.end, text: ' وقال بوتين' }] },
    { name: 'a replacement of the space before it by a space and the name', edits: () => [{ start: putin.start - 1, end: putin.start, text: ' بوتين ' }] },
    {
      name: 'two cursors typing a letter right before and right after it',
      edits: () => [
        { start: putin.start, end: putin.start, text: 'ب' },
        { start: putin.end + 1, end: putin.end + 1, text: 'ب' },
      ],
    },
    {
      name: 'three cursors pasting the name before every decision of the first paragraph',
      edits: (t) => {
        const first = records
          .filter((r) => r.end < t.indexOf('\n'))
          .slice(0, 3)
          .sort((x, y) => x.start - y.start);
        return first.map((r, i) => ({ start: r.start + i * 6, end: r.start + i * 6, text: 'بوتين ' }));
      },
    },
  ];

  for (const c of CASES) {
    it(`${c.name}: every decision keeps its own text`, async () => {
      const a = await managed();
      const edits = c.edits(a.text);
      let next = a.text;
      for (const e of edits) next = splice(next, e.start, e.end, e.text);
      assert.strictEqual(a.manager.edited(a.uri, a.text, edits, next), true);
      // Where each decision's text went: offsets mapped through the edits one after another.
      const mapped = (offset: number, isEnd: boolean): number => {
        for (const e of edits) {
          const d = e.text.length - (e.end - e.start);
          if (offset > e.start || (offset === e.start && !isEnd && e.start === e.end)) offset = offset >= e.end ? offset + d : offset;
        }
        return offset;
      };
      const moved = a.manager.state(a.uri, next).decisions.records;
      records.forEach((r) => {
        const o = moved.find((m) => m.id === r.id)!;
        assert.ok(!o.orphaned, `${r.id} orphaned`);
        assert.deepStrictEqual([o.start, o.end, o.exact], [mapped(r.start, false), mapped(r.end, true), r.exact], `${r.id} "${r.exact}"`);
      });
    });
  }
});

function readText(name: string): string {
  return new Article(name).text;
}
