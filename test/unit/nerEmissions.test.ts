// The tagger sums each word's own and neighbour rows once per word (emissions.ts); its scores must
// equal the plain sum over every feature row that training extracts, token by token, for every
// model and slot (a slot past the second moves a word to a larger block of sums).
import * as assert from 'assert';
import * as path from 'path';
import { analyzeBase } from '../../server/src/core/analyze';
import { buildContext } from '../../server/src/core/entities/context';
import { emissionScorer } from '../../server/src/core/entities/emissions';
import { extractFeatures, featureCount } from '../../server/src/core/entities/features';
import { compactModel, type NerModel } from '../../server/src/core/entities/model';
import { NUM_TAGS } from '../../server/src/core/entities/tags';
import { sentenceRanges, documentEvidence } from '../../server/src/core/entities/tagger';
import { WordCache } from '../../server/src/core/entities/words';
import { loadNerResources, MODEL_FILE, readModelFile } from '../../server/src/engineEntities';
import { REPO, readSample, sampleNames } from '../support/samples';

/** Scores of tokens [from, to) the slow way: every row of every token, added one by one. */
function rowByRow(model: NerModel, ctx: Parameters<typeof extractFeatures>[0], from: number, to: number): number[] {
  const F = featureCount(model.options);
  const feats = new Int32Array((to - from) * F);
  extractFeatures(ctx, from, to, model.options, (1 << model.bits) - 1, feats);
  const out: number[] = [];
  for (let i = 0; i < to - from; i++) {
    for (let t = 0; t < NUM_TAGS; t++) {
      let s = 0;
      for (let k = i * F; k < (i + 1) * F; k++) s += model.weights[feats[k] * NUM_TAGS + t];
      out.push(t === 0 ? s - (model.oBias ?? 0) * model.scale : s);
    }
  }
  return out;
}

describe('ner: emission sums per word equal the row-by-row sums', () => {
  const stored = readModelFile(path.join(REPO, MODEL_FILE));
  const cases: [string, NerModel[], number[]][] = [
    ['int8 models in their own slots', stored.map(compactModel), [0, 1]],
    ['int16 models without a slot', stored, [-1, -1]],
    ['the same models in slots 1, 2 and 5 of one word cache', stored.map(compactModel), [1, 2, 5]],
  ];
  for (const [what, models, slots] of cases) {
    for (const name of sampleNames()) {
      it(`${what}: ${name}`, () => {
        const res = loadNerResources({ models });
        res.cache = new WordCache();
        const base = analyzeBase(readSample(name));
        const { ctx } = buildContext(base.tokens, res);
        // The document pass reads evidence; any fixed tags exercise it.
        ctx.doc = documentEvidence(
          ctx,
          Uint8Array.from(base.tokens, (_, i) => (i % 7 === 0 ? 1 : i % 5 === 0 ? 3 : 0)),
        );
        slots.forEach((slot, k) => {
          const model = models[Math.min(k, models.length - 1)];
          const scorer = emissionScorer(model, slot);
          for (const [from, to] of sentenceRanges(base.tokens, base.sentences)) {
            const emit = new Float64Array((to - from) * NUM_TAGS);
            scorer.score(ctx, from, to, emit);
            assert.deepStrictEqual(Array.from(emit), rowByRow(model, ctx, from, to), `slot ${slot}, tokens ${from}-${to}`);
          }
        });
      });
    }
  }
});
