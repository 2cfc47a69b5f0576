import * as assert from 'assert';
import { paragraphs } from '../../server/src/core/tokens/paragraphs';
import { mulberry32 as rng } from '../../server/src/core/random';
import { loadEngine } from '../../server/src/engine';
import { assemble } from '../../server/src/state/assemble';
import { ChunkedDocument } from '../../server/src/state/chunkedDocument';
import { readSample, sampleNames } from '../support/samples';

// Kinds of edit an annotator makes; each picks where from the random source.
const EDITS: [string, (text: string, r: () => number) => [number, number, string]][] = [
  [
    'type a letter',
    (t, r) => {
      const at = Math.floor(r() * t.length);
      return [at, at, 'ب'];
    },
  ],
  [
    'insert a sentence',
    (t, r) => {
      const at = t.indexOf(' ', Math.floor(r() * t.length));
      return [Math.max(0, at), Math.max(0, at), ' وقال بوتين إن طهران شريك. '];
    },
  ],
  [
    'delete a run',
    (t, r) => {
      const at = Math.floor(r() * t.length);
      return [at, Math.min(t.length, at + 1 + Math.floor(r() * 80)), ''];
    },
  ],
  [
    'split a paragraph',
    (t, r) => {
      const at = Math.floor(r() * t.length);
      return [at, at, '\n\n'];
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
    'type into a blank line',
    (t, r) => {
      const at = t.indexOf('\n\n', Math.floor(r() * t.length));
      return at < 0 ? [0, 0, ''] : [at + 1, at + 1, 'و'];
    },
  ],
  ['replace everything at the start', (t) => [0, Math.min(t.length, 40), 'عاجل: ']],
  ['type a paragraph at the end', (t) => [t.length, t.length, '\n\nقال لافروف ']],
  ['delete the end', (t) => [Math.max(0, t.length - 30), t.length, '']],
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
      for (let k = 0; k < 36; k++) {
        const [kind, pick] = EDITS[k % EDITS.length];
        const [start, end, insert] = pick(text, r);
        text = text.slice(0, start) + insert + text.slice(end);
        doc.edit([{ start, end, inserted: insert.length, text: insert }]);
        const chunks = doc.chunks(text);
        assert.deepStrictEqual(
          chunks.map((c) => [c.start, c.end]),
          paragraphs(text, doc.hardWrapped).map((p) => [p.start, p.end]),
          `after «${kind}» #${k}`,
        );
        chunks.forEach((c, i) => {
          assert.strictEqual(c.text, text.slice(c.start, c.end));
          assert.strictEqual(c.lead, text.slice(i ? chunks[i - 1].end : 0, c.start), `text before paragraph ${i} after «${kind}» #${k}`);
        });
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

    it(`${name}: what is left to analyse after edits and partial analyses is found by looking at pending paragraphs only`, () => {
      let text = original;
      const doc = new ChunkedDocument(text, engine);
      // The reference: every paragraph checked against the text, the way a fresh scan would.
      const firstUnanalysed = (from: number) => {
        const chunks = doc.chunks(text);
        for (let i = from; i < chunks.length; i++) {
          const c = chunks[i];
          const prev = chunks[i - 1];
          if (!c.layer || !c.claims || c.claimsAfter?.chunk !== prev || c.claimsAfter.gap !== (prev ? text.slice(prev.end, c.start) : '')) return i;
        }
        return -1;
      };
      doc.analyse(text);
      const r = rng(name.length * 104729);
      // A line break deleted before an indent joins two paragraphs without touching the second one.
      const edits: typeof EDITS = [
        ...EDITS,
        [
          'break a line before an indent',
          (t, r) => {
            const at = t.indexOf(' ', Math.floor(r() * t.length));
            return at < 0 ? [0, 0, ''] : [at, at + 1, '\n   '];
          },
        ],
        [
          'delete a line break before an indent',
          (t) => {
            const at = t.indexOf('\n ');
            return at < 0 ? [0, 0, ''] : [at, at + 1, ''];
          },
        ],
      ];
      for (let k = 0; k < 60; k++) {
        const [kind, pick] = edits[k % edits.length];
        const [start, end, insert] = pick(text, r);
        text = text.slice(0, start) + insert + text.slice(end);
        doc.edit([{ start, end, inserted: insert.length, text: insert }]);
        const n = doc.chunks(text).length;
        if (k % 3 !== 2) {
          const from = Math.floor(r() * n);
          doc.analyse(text, from, from + 1 + Math.floor(r() * 4));
        }
        const from = Math.floor(r() * n);
        assert.strictEqual(doc.nextPending(text, from), firstUnanalysed(from), `from ${from} after «${kind}» #${k}`);
        const all = (next: (from: number) => number) => {
          const out: number[] = [];
          for (let i = next(0); i >= 0; i = next(i + 1)) out.push(i);
          return out;
        };
        assert.deepStrictEqual(
          all((i) => doc.nextPending(text, i)),
          all(firstUnanalysed),
          `after «${kind}» #${k}`,
        );
        if (k % 3 === 1) {
          doc.analyse(text);
          assert.strictEqual(firstUnanalysed(0), -1, `all analysed after «${kind}» #${k}`);
          assert.strictEqual(doc.nextPending(text), -1);
        }
      }
    });
  }
});
