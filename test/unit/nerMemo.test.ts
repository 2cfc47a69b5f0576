// The entity layer remembers words and whole sentences across analyses (as the server re-analyses
// on every edit): a warm engine that has read other articles and earlier versions of this one must
// give exactly what a fresh engine gives.
import * as assert from 'assert';
import { analyzeBase } from '../../server/src/core/analyze';
import { recognizeEntities } from '../../server/src/core/entities/recognize';
import { readModelFile, loadNerResources, MODEL_FILE } from '../../server/src/engineEntities';
import { compactModel } from '../../server/src/core/entities/model';
import { buildContext } from '../../server/src/core/entities/context';
import { rangeKey } from '../../server/src/core/entities/sentenceMemo';
import * as path from 'path';
import { REPO, readSample, sampleNames } from '../support/samples';

const models = readModelFile(path.join(REPO, MODEL_FILE)).map(compactModel);
const warm = loadNerResources({ models });

function entitiesWith(res: ReturnType<typeof loadNerResources>, text: string): string {
  return JSON.stringify(recognizeEntities(analyzeBase(text), res));
}

/** Versions of an article as a user edits it: lines dropped, a name added, text repeated. */
function edits(text: string): [string, string][] {
  const lines = text.split('\n');
  return [
    ['as it is', text],
    ['first line dropped', lines.slice(1).join('\n')],
    ['a sentence naming a person and an organisation appended', `${text}\nوقال الرئيس فلاديمير بوتين لوكالة رويترز إن الحلف يهدد روسيا.`],
    ['a sentence naming a place inserted at the top', `زار الوفد بغداد ولندن أمس.\n${text}`],
    ['the article twice', `${text}\n${text}`],
    ['a word of the middle line changed', lines.map((l, i) => (i === Math.floor(lines.length / 2) ? l.replace(/\S+/, 'واشنطن') : l)).join('\n')],
  ];
}

describe('entities: memoised words and sentences give what a fresh engine gives', () => {
  for (const name of sampleNames()) {
    for (const [what, text] of edits(readSample(name))) {
      it(`${name}: ${what}`, () => {
        const first = entitiesWith(warm, text);
        assert.strictEqual(entitiesWith(warm, text), first, 'a second analysis differs from the first');
        assert.strictEqual(first, entitiesWith(loadNerResources({ models }), text), 'the warm engine differs from a fresh one');
      });
    }
  }
});

describe('entities: a sentence memo key changes with every input the tagger reads', () => {
  const tokens = analyzeBase(readSample(sampleNames()[0])).tokens.slice(0, 40);
  const inputs = ['gaz', 'trigger', 'common', 'doc'] as const;
  for (const input of inputs) {
    it(`${input} of one token`, () => {
      const { ctx } = buildContext(tokens, warm);
      const before = rangeKey(ctx, 0, tokens.length);
      ctx[input][17] ^= 1;
      assert.notStrictEqual(rangeKey(ctx, 0, tokens.length), before);
    });
  }
  it('the word of one token', () => {
    const { ctx } = buildContext(tokens, warm);
    const before = rangeKey(ctx, 0, tokens.length);
    ctx.info[17] = ctx.info[18];
    assert.notStrictEqual(rangeKey(ctx, 0, tokens.length), before);
  });
});
