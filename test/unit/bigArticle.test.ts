// A long article analysed in sections (server/src/cli/bigArticle.ts): written a piece at a time,
// it must read as one analysis of the whole text: the same tokens and sentences as the whole
// text's, every span slicing the text, clusters and speakers pointing where they should.
import * as assert from 'assert';
import { analyzeBase } from '../../server/src/core/analyze';
import { tokenize } from '../../server/src/core/tokens/tokenize';
import { sectionBounds, writeBigArticle } from '../../server/src/cli/bigArticle';
import { loadEngine } from '../../server/src/engine';
import { readSample, sampleNames } from '../support/samples';

interface Out {
  id: string;
  tokens: { start: number; end: number; text: string }[];
  sentences: unknown[];
  quotations: { start: number; end: number }[];
  entities: { start: number; end: number; text: string; cluster: number }[];
  clusters: { mentions: number[]; forms: string[] }[];
  claims: { content: { start: number; end: number }; speakerCluster?: number }[];
}

describe('a long article analysed in sections', function () {
  this.timeout(60000);
  const engine = loadEngine();
  // The samples one after another, twice (about 45,000 characters), in sections of 5,000.
  const text = [...sampleNames(), ...sampleNames()].map(readSample).join('\n\n');
  const size = 5000;

  it('cuts at paragraph starts, about `size` apart, covering the whole text', () => {
    const b = sectionBounds(text, size);
    assert.ok(b.length > 6, `${b.length - 1} sections of ${text.length} characters`);
    assert.deepStrictEqual([b[0], b[b.length - 1]], [0, text.length]);
    for (let k = 1; k + 1 < b.length; k++) assert.match(text[b[k] - 1], /\n/, `section ${k} starts a paragraph`);
  });

  for (const style of ['json', 'jsonl'] as const) {
    it(`--${style}: the whole text's tokens and sentences, spans that slice the text, clusters and speakers in range`, () => {
      let out = '';
      writeBigArticle(
        'id',
        'big',
        text,
        style,
        engine,
        (s) => {
          out += s;
        },
        size,
      );
      assert.strictEqual(out.endsWith('\n'), style === 'jsonl');
      const r = JSON.parse(out) as Out;
      assert.strictEqual(r.id, 'big');
      assert.deepStrictEqual(r.tokens, JSON.parse(JSON.stringify(tokenize(text))));
      assert.deepStrictEqual(r.sentences, analyzeBase(text).sentences);
      for (const e of r.entities) assert.strictEqual(text.slice(e.start, e.end), e.text);
      r.entities.forEach((e, i) => assert.ok(r.clusters[e.cluster].mentions.includes(i), `mention ${i} is in its cluster`));
      for (const c of r.claims) {
        assert.ok(c.content.end <= text.length && c.content.start < c.content.end);
        if (c.speakerCluster !== undefined) assert.ok(r.clusters[c.speakerCluster], 'speaker cluster exists');
      }
      assert.ok(r.entities.length > 100 && r.claims.length > 20 && r.quotations.length > 5);
    });
  }

  it('the text report counts every token', () => {
    let out = '';
    writeBigArticle(
      'file',
      'big.txt',
      text,
      'text',
      engine,
      (s) => {
        out += s;
      },
      size,
    );
    assert.match(out, new RegExp(`^== big.txt\ntokens ${tokenize(text).length}, sentences ${analyzeBase(text).sentences.length},`));
  });
});
