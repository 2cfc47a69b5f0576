// Quote context on the real samples with clusters that a fixed cut of 32 UTF-16 units would halve
// (a flag, a family emoji joined by ZWJ, a skin tone, an Arabic letter with its marks) laid so that
// the cut falls at every unit inside them: the context ends on a grapheme boundary of the whole
// text, and anchors written with the old fixed cut still re-anchor to their span.
import * as assert from 'assert';
import { analyzeBase } from '../../server/src/core/analyze';
import { CONTEXT_LENGTH, anchorOf, quoteOf } from '../../server/src/core/annotate/quote';
import type { AnnotationRecord } from '../../server/src/core/annotate/record';
import { relocateRecords } from '../../server/src/core/annotate/relocate';
import { readSample, sampleNames } from '../support/samples';

const CLUSTERS: [string, string][] = [
  ['flag', '🇸🇦'],
  ['family (ZWJ)', '👨‍👩‍👧'],
  ['skin tone', '👍🏽'],
  ['letter with shadda and fatha', 'شَّ'],
  ['keycap', '3️⃣'],
];

const LEAD = 'سطر جديد في أول المقال.\n';
const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Grapheme boundaries of the text around a span, segmented from well before it to well after. */
function boundaries(text: string, start: number, end: number): Set<number> {
  const from = Math.max(0, start - 100);
  const to = Math.min(text.length, end + 100);
  const out = new Set<number>([to]);
  for (const g of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text.slice(from, to))) out.add(from + g.index);
  return out;
}

/** The anchor as the fixed cut wrote it before: what sidecars on disk hold. */
function oldAnchor(text: string, start: number, end: number) {
  return { start, end, exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start), suffix: text.slice(end, end + CONTEXT_LENGTH) };
}

describe('quote context never cuts a character', () => {
  for (const name of sampleNames()) {
    const sample = readSample(name);
    // A few words from each part of the article, far enough from its ends for a full context.
    const words = analyzeBase(sample).tokens.filter((t) => t.kind === 'word' && t.start > 80 && t.end < sample.length - 80);
    const picked = [0, 0.25, 0.5, 0.75].map((f) => words[Math.floor(f * (words.length - 1))]);
    for (const [label, cluster] of CLUSTERS) {
      it(`${name}: ${label} at every unit of the prefix and suffix cut`, () => {
        let checked = 0;
        for (const w of picked) {
          for (let k = 1; k < cluster.length; k++) {
            for (const side of ['prefix', 'suffix'] as const) {
              const at = side === 'prefix' ? w.start - CONTEXT_LENGTH - k : w.end + CONTEXT_LENGTH - k;
              const text = sample.slice(0, at) + cluster + sample.slice(at);
              const shift = side === 'prefix' ? cluster.length : 0;
              const span = { start: w.start + shift, end: w.end + shift };
              const q = quoteOf(text, span);
              const marks = boundaries(text, span.start, span.end);
              assert.strictEqual(q.exact, w.text);
              assert.ok(!LONE.test(q.prefix) && !LONE.test(q.suffix), `lone surrogate in ${JSON.stringify(q)}`);
              assert.ok(marks.has(span.start - q.prefix.length), `prefix starts inside a cluster (${side}, k=${k})`);
              assert.ok(marks.has(span.end + q.suffix.length), `suffix ends inside a cluster (${side}, k=${k})`);
              for (const c of [q.prefix, q.suffix]) assert.ok(c.length <= CONTEXT_LENGTH && c.length > CONTEXT_LENGTH - cluster.length, `context of ${c.length} units`);
              // The same anchor stored by the old fixed cut, and by the new one, in a text that
              // moved since: both find the word again.
              const moved = LEAD + text;
              const records = [oldAnchor(text, span.start, span.end), anchorOf(text, span)].map((a, i): AnnotationRecord => ({
                kind: 'entity',
                id: `e${i}`,
                ...a,
                type: 'PER',
                status: 'accepted',
                source: 'human',
                history: [],
              }));
              for (const r of relocateRecords(records, moved)) {
                assert.ok(!r.orphaned, `${r.id} orphaned`);
                assert.deepStrictEqual([r.start - LEAD.length, r.end - LEAD.length], [span.start, span.end], r.id);
              }
              checked++;
            }
          }
        }
        assert.strictEqual(checked, picked.length * 2 * (cluster.length - 1));
      });
    }
  }
});
