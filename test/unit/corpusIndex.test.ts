// The workspace index looks names up through its key → clusters map: on the real samples (indexed
// under several names, one of them indexed again with an edited text and one removed), every
// lookup of every cluster's names finds the same mentions, in the same order, and the same counts
// as a scan of every cluster of every indexed file.
import * as assert from 'assert';
import { CorpusIndex, nameKey } from '../../server/src/corpus/corpusIndex';
import type { Analysis } from '../../server/src/core/types';
import { loadEngine } from '../../server/src/engine';
import { assemble } from '../../server/src/state/assemble';
import { ChunkedDocument } from '../../server/src/state/chunkedDocument';
import { readSample, sampleNames } from '../support/samples';

describe('workspace index lookups by name (CorpusIndex)', function () {
  this.timeout(60000);
  it('mentions and counts of every name equal a scan of every indexed cluster', () => {
    const engine = loadEngine({});
    const analyse = (text: string): Analysis => assemble(text, new ChunkedDocument(text, engine).analyse(text));
    const indexed = new Map<string, Analysis>();
    const index = new CorpusIndex();
    const put = (uri: string, a: Analysis) => {
      indexed.set(uri, a);
      index.set(uri, a);
    };
    // Each sample twice under different names (names then occur in several files), in no sorted order.
    sampleNames().forEach((n, i) => {
      const a = analyse(readSample(n));
      put(`file:///w/z${i}.txt`, a);
      put(`file:///w/a${i}.txt`, a);
    });
    put('file:///w/z1.txt', analyse(readSample(sampleNames()[1]).replace(/\.\n/g, '.\nوقال بوتين إن طهران شريك.\n')));
    index.remove('file:///w/a2.txt');
    indexed.delete('file:///w/a2.txt');

    const scan = (type: string, forms: string[], except?: string) => {
      const keys = new Set(forms.map((f) => nameKey(type, f)));
      const out: { uri: string; start: number; end: number }[] = [];
      for (const uri of [...indexed.keys()].sort()) {
        if (uri === except) continue;
        const a = indexed.get(uri)!;
        for (const c of a.clusters) {
          if (c.type !== type || !c.forms.some((f) => keys.has(nameKey(type, f)))) continue;
          for (const m of c.mentions) out.push({ uri, start: a.entities[m].start, end: a.entities[m].end });
        }
      }
      return out;
    };
    let lookups = 0;
    for (const [uri, a] of indexed) {
      for (const c of a.clusters) {
        for (const except of [undefined, uri]) {
          const expected = scan(c.type, c.forms, except);
          const found = index.mentions(c.type, c.forms, except);
          assert.deepStrictEqual(
            found.map((m) => ({ uri: m.uri, start: m.start, end: m.end })),
            expected,
            `${c.type} ${c.forms.join('/')}`,
          );
          assert.deepStrictEqual(index.count(c.type, c.forms, except), { mentions: expected.length, files: new Set(expected.map((m) => m.uri)).size });
          lookups++;
        }
      }
    }
    assert.ok(lookups > 100);
  });
});
