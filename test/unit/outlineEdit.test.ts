// The annotation view gets a keystroke's new outline as the edit from the one it has: rebuilt from
// that edit, the outline must be exactly the new one, on real sample text and every kind of edit.
import * as assert from 'assert';
import type { ArticleOutline } from '../../server/src/articleViewProtocol';
import { applyOutlineEdit, outlineEdit } from '../../client/src/annotationView/outlineEdit';
import { directionOf, textKey } from '../../server/src/lsp/articleView';
import { readSample, sampleNames } from '../support/samples';

/** An outline as the server makes one for these samples: a paragraph a line, each with its key and direction. */
function outlineOf(text: string, version: number): ArticleOutline {
  const paragraphs = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) paragraphs.push({ start: m.index, end: m.index + m[0].length, dir: directionOf(m[0]), key: textKey(m[0]) });
  return { uri: 'file:///a.txt', version, length: text.length, paragraphs };
}

const edits: { what: string; edit: (t: string) => string }[] = [
  {
    what: 'a letter typed inside the second paragraph',
    edit: (t) => {
      const p = outlineOf(t, 0).paragraphs[1];
      return t.slice(0, p.start + 3) + 'ب' + t.slice(p.start + 3);
    },
  },
  { what: 'a letter typed at the very start', edit: (t) => `و${t}` },
  { what: 'a word added at the very end', edit: (t) => `${t} أيضا` },
  { what: 'two paragraphs joined', edit: (t) => t.replace(/\n+/, ' ') },
  { what: 'a paragraph split in two', edit: (t) => t.replace(/([^\n]{20})([^\n])/, '$1\n$2') },
  { what: 'a paragraph deleted', edit: (t) => t.replace(/\n[^\n]+/, '') },
  {
    what: 'a new paragraph in the middle',
    edit: (t) => {
      const i = t.indexOf('\n', t.length >> 1);
      return i < 0 ? `${t}\nجديد` : `${t.slice(0, i)}\nفقرة جديدة تماما${t.slice(i)}`;
    },
  },
  { what: 'everything replaced', edit: () => 'نص آخر\nكله' },
  { what: 'nothing changed', edit: (t) => t },
];

describe("the annotation view's outline edits", () => {
  for (const name of sampleNames()) {
    const text = readSample(name).replace(/\r\n/g, '\n');
    for (const e of edits) {
      it(`${name}: ${e.what}`, () => {
        const before = outlineOf(text, 1);
        const after = outlineOf(e.edit(text), 2);
        const edit = outlineEdit(before, after);
        assert.deepStrictEqual(applyOutlineEdit(before, edit), after);
        // Only what the edit touched is sent: never more paragraphs than changed around it.
        assert.ok(edit.paragraphs.length <= after.paragraphs.length);
        if (e.what.startsWith('a letter typed inside')) assert.strictEqual(edit.paragraphs.length, 1, 'one paragraph sent');
        if (e.what === 'nothing changed') assert.strictEqual(edit.paragraphs.length, 0);
      });
    }
  }
});
