// The open documents' text kept in pieces behaves as the library's TextDocument: after every change
// of a series (keystrokes, deletions and pastes across pieces, CRLF pairs split and joined at an
// edit's ends, ranges given backwards or past a line's end, a whole-text replace), the text, the
// line count and every conversion between offsets and positions are the same, on the real samples
// (with LF and with CRLF line ends, and all of them as one long article).
import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver/node';
import { mulberry32 as rng } from '../../server/src/core/random';
import { PieceDocument } from '../../server/src/state/pieceDocument';
import { readSample, sampleNames } from '../support/samples';

type Pick = (doc: TextDocument, r: () => number) => TextDocumentContentChangeEvent;
const at = (doc: TextDocument, r: () => number) => doc.positionAt(Math.floor(r() * (doc.getText().length + 1)));
const CHANGES: [string, Pick][] = [
  [
    'type a letter',
    (d, r) => {
      const p = at(d, r);
      return { range: { start: p, end: p }, text: 'ب' };
    },
  ],
  ['delete a run', (d, r) => ({ range: { start: at(d, r), end: at(d, r) }, text: '' })],
  ['replace a run (range given either way round)', (d, r) => ({ range: { start: at(d, r), end: at(d, r) }, text: 'قال بوتين' })],
  ['paste a long text across pieces', (d, r) => ({ range: { start: at(d, r), end: at(d, r) }, text: d.getText().slice(0, 9000) })],
  [
    'type a CR before a LF',
    (d) => {
      const i = d.getText().indexOf('\n');
      const p = d.positionAt(Math.max(0, i));
      return { range: { start: p, end: p }, text: '\r' };
    },
  ],
  [
    'type a LF after a CR',
    (d) => {
      const i = d.getText().indexOf('\r');
      const p = d.positionAt(i < 0 ? 0 : i + 1);
      return { range: { start: p, end: p }, text: '\n' };
    },
  ],
  [
    'split a CRLF pair',
    (d) => {
      const i = d.getText().indexOf('\r\n');
      const p = { line: d.positionAt(Math.max(0, i)).line, character: 1e6 };
      return { range: { start: p, end: p }, text: 'x' };
    },
  ],
  [
    'insert lines',
    (d, r) => {
      const p = at(d, r);
      return { range: { start: p, end: p }, text: 'سطر\r\nسطر\nسطر\r' };
    },
  ],
  ['a position past the end of a line and past the last line', (d, r) => ({ range: { start: { line: Math.floor(r() * d.lineCount), character: 1e6 }, end: { line: d.lineCount + 3, character: 0 } }, text: '.' })],
  ['delete everything from the start', (d, r) => ({ range: { start: { line: 0, character: 0 }, end: at(d, r) }, text: '' })],
];

function same(lib: TextDocument, mine: PieceDocument, r: () => number, what: string): void {
  const text = lib.getText();
  assert.strictEqual(mine.getText(), text, `text ${what}`);
  assert.strictEqual(mine.lineCount, lib.lineCount, `line count ${what}`);
  for (let k = 0; k < 40; k++) {
    const offset = Math.floor(r() * (text.length + 3)) - 1;
    assert.deepStrictEqual(mine.positionAt(offset), lib.positionAt(offset), `positionAt(${offset}) ${what}`);
    const position = { line: Math.floor(r() * (lib.lineCount + 2)) - 1, character: Math.floor(r() * 200) - 1 };
    assert.strictEqual(mine.offsetAt(position), lib.offsetAt(position), `offsetAt(${JSON.stringify(position)}) ${what}`);
    const range = { start: lib.positionAt(Math.floor(r() * text.length)), end: lib.positionAt(Math.floor(r() * text.length)) };
    if (range.end.line < range.start.line || (range.end.line === range.start.line && range.end.character < range.start.character)) [range.start, range.end] = [range.end, range.start];
    assert.strictEqual(mine.getText(range), lib.getText(range), `getText(range) ${what}`);
    const line = Math.floor(r() * (lib.lineCount + 2)) - 1;
    assert.deepStrictEqual(mine.getLineRange(line), lib.getLineRange(line), `getLineRange(${line}) ${what}`);
    assert.strictEqual(mine.getEOLCharacters(line), lib.getEOLCharacters(line), `getEOLCharacters(${line}) ${what}`);
  }
}

describe('the open documents’ text in pieces (PieceDocument)', function () {
  this.timeout(60000);
  const cases: [string, string][] = sampleNames().map((n) => [n, readSample(n)]);
  cases.push([`${sampleNames()[1]} with CRLF line ends`, readSample(sampleNames()[1]).replace(/\n/g, '\r\n')]);
  cases.push(['all samples as one article', sampleNames().map(readSample).join('\n\n')]);
  for (const [name, original] of cases) {
    it(`${name}: text, lines and positions equal the library's document after every change`, () => {
      let lib = TextDocument.create('untitled:a', 'mizan', 1, original);
      const mine = new PieceDocument('untitled:a', 'mizan', 1, original);
      const r = rng(name.length * 17 + 5);
      same(lib, mine, r, 'when opened');
      for (let k = 0; k < 60; k++) {
        const [kind, pick] = CHANGES[k % CHANGES.length];
        const change = k === 45 ? { text: original.slice(100) } : pick(lib, r);
        lib = TextDocument.update(lib, [change], k + 2);
        mine.update(change, k + 2);
        assert.strictEqual(mine.version, k + 2);
        same(lib, mine, r, `after «${k === 45 ? 'replace the whole text' : kind}» #${k}`);
      }
    });
  }
});
