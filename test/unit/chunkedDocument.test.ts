import * as assert from 'assert';
import { paragraphs } from '../../server/src/core/tokens/paragraphs';
import { mulberry32 as rng } from '../../server/src/core/random';
import { loadEngine } from '../../server/src/engine';
import { assemble } from '../../server/src/state/assemble';
import { ChunkedDocument } from '../../server/src/state/chunkedDocument';
import { readSample, sampleNames } from '../support/samples';

// Kinds of edit an annotator makes; each picks where from the random source.
const EDITS: [string, (text: string, r: () => number) => [number, number, string]][] = [
  ['type a letter', (t, r) => { const at = Math.floor(r() * t.length); return [at, at, 'ب']; }],
  ['insert a sentence', (t, r) => { const at = t.indexOf(' ', Math.floor(r() * t.length)); return [Math.max(0, at), Math.max(0, at), ' وقال بوتين إن طهران شريك. ']; }],
  ['delete a run', (t, r) => { const at = Math.floor(r() * t.length); return [at, Math.min(t.length, at + 1 + Math.floor(r() * 80)), '']; }],
  ['split a paragraph', (t, r) => { const at = Math.floor(r() * t.length); return [at, at, '\n\n']; }],
  ['join two paragraphs', (t, r) => { const at = t.indexOf('\n', Math.floor(r() * t.length)); return at < 0 ? [0, 0, ''] : [at, at + 1, ' ']; }],
  ['type into a blank line', (t, r) => { const at = t.indexOf('\n\n', Math.floor(r() * t.length)); return at < 0 ? [0, 0, ''] : [at + 1, at + 1, 'و']; }],
  ['replace everything at the start', (t) => [0, Math.min(t.length, 40), 'عاجل: ']],
];

describe('incremental analysis by paragraph (ChunkedDocument)', function () {
  this.timeout(120000);
  const engine = loadEngine({});
  // The samples, and a hard-wrapped one with blank lines between its paragraphs (where typing into
  // a blank line joins two paragraphs).
  const cases: [string, string][] = sampleNames().map((n) => [n, readSample(n)]);
  cases.push(['002 with blank lines', readSample('002_04d32df0aca38847.txt').replace(/\.\n/g, '.\n\n')]);
  for (const [name, original] of cases) {
    it(`${name}: after a series of edits, paragraphs and results equal a fresh analysis of the text`, () => {
      let text = original;
      const doc = new ChunkedDocument(text, engine);
      doc.analyse(text);
      const r = rng(name.length * 7919);
      for (let k = 0; k < 24; k++) {
        const [kind, pick] = EDITS[k % EDITS.length];
        const [start, end, insert] = pick(text, r);
        text = text.slice(0, start) + insert + text.slice(end);
        doc.edit([{ start, end, inserted: insert.length }]);
        const chunks = doc.chunks(text);
        assert.deepStrictEqual(chunks.map((c) => [c.start, c.end]), paragraphs(text, doc.hardWrapped).map((p) => [p.start, p.end]), `after «${kind}» #${k}`);
        for (const c of chunks) assert.strictEqual(c.text, text.slice(c.start, c.end));
        if (k % 6 === 5) {
          const incremental = assemble(text, doc.analyse(text));
          const fresh = new ChunkedDocument(text, engine);
          const again = assemble(text, fresh.analyse(text));
          assert.deepStrictEqual(incremental.entities, again.entities, `entities after #${k}`);
          assert.deepStrictEqual(incremental.claims, again.claims, `claims after #${k}`);
          assert.deepStrictEqual(incremental.clusters, again.clusters, `clusters after #${k}`);
        }
      }
    });
  }
});
