// Semantic-token deltas found from chunk layouts: after every edit of a series (keystrokes, new and
// joined paragraphs, lines added and removed at the top, edits at the end), the previous encoding
// with the delta applied equals the whole encoding of the new text's paragraphs, on the real samples
// and on all of them as one long article.
import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { mulberry32 as rng } from '../../server/src/core/random';
import { loadEngine } from '../../server/src/engine';
import { chunkLayout, encodeLayout } from '../../server/src/lsp/chunkTokens';
import { layoutDelta } from '../../server/src/lsp/chunkTokenDelta';
import { ChunkedDocument } from '../../server/src/state/chunkedDocument';
import { applyTokenEdits } from '../protocol/harness';
import { readSample, sampleNames } from '../support/samples';

const EDITS: [string, (t: string, r: () => number) => [number, number, string]][] = [
  [
    'type a letter',
    (t, r) => {
      const at = Math.floor(r() * t.length);
      return [at, at, 'ب'];
    },
  ],
  [
    'type a space',
    (t, r) => {
      const at = Math.floor(r() * t.length);
      return [at, at, ' '];
    },
  ],
  [
    'insert a sentence with a name',
    (t, r) => {
      const at = t.indexOf(' ', Math.floor(r() * t.length));
      return [Math.max(0, at), Math.max(0, at), ' وقال بوتين إن طهران شريك. '];
    },
  ],
  [
    'split a paragraph',
    (t, r) => {
      const at = t.indexOf(' ', Math.floor(r() * t.length));
      return [Math.max(0, at), Math.max(0, at), '\n'];
    },
  ],
  [
    'join two paragraphs',
    (t, r) => {
      const at = t.indexOf('\n', Math.floor(r() * t.length));
      return at < 0 ? [0, 0, ''] : [at, at + 1, ' '];
    },
  ],
  [
    'delete a run',
    (t, r) => {
      const at = Math.floor(r() * t.length);
      return [at, Math.min(t.length, at + 1 + Math.floor(r() * 80)), ''];
    },
  ],
  ['add lines at the top', () => [0, 0, 'عاجل\n\n']],
  [
    'remove the first line break',
    (t) => {
      const at = t.indexOf('\n');
      return at < 0 ? [0, 0, ''] : [at, at + 1, ''];
    },
  ],
  ['type at the end', (t) => [t.length, t.length, ' قال لافروف']],
  [
    'delete a name',
    (t) => {
      const at = t.indexOf('طهران');
      return at < 0 ? [0, 0, ''] : [at, at + 5, ''];
    },
  ],
];

describe('semantic-token deltas from chunk layouts', function () {
  this.timeout(120000);
  const engine = loadEngine({});
  const cases: [string, string][] = sampleNames().map((n) => [n, readSample(n)]);
  cases.push(['all samples as one article', sampleNames().map(readSample).join('\n')]);
  for (const [name, original] of cases) {
    it(`${name}: each delta applied to the previous encoding equals the whole encoding`, () => {
      let doc = TextDocument.create('untitled:t', 'mizan', 1, original);
      const chunked = new ChunkedDocument(original, engine);
      let layout = chunkLayout(doc, chunked.analyse(original));
      let data = encodeLayout(layout);
      const r = rng(name.length * 7 + 1);
      for (let k = 0; k < 40; k++) {
        const [kind, pick] = EDITS[k % EDITS.length];
        const text = doc.getText();
        const [start, end, insert] = pick(text, r);
        doc = TextDocument.update(doc, [{ range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text: insert }], k + 2);
        chunked.edit([{ start, end, inserted: insert.length, text: insert }]);
        const next = chunkLayout(doc, chunked.analyse(doc.getText()));
        const edits = layoutDelta(layout, next);
        data = applyTokenEdits(data, edits);
        assert.deepStrictEqual(data, encodeLayout(chunkLayout(doc, chunked.chunks(doc.getText()))), `after «${kind}» #${k}`);
        assert.ok(edits.length <= 1);
        layout = next;
      }
    });
  }
});
