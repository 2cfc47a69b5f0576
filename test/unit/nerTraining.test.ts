import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseConll } from '../../server/src/core/entities/conll';
import { ALL_FEATURES } from '../../server/src/core/entities/features';
import { parseModels, serializeModels } from '../../server/src/core/entities/model';
import { loadNerResources, readModelFile, MODEL_FILE, findRoot } from '../../server/src/engineEntities';
import { splitDocuments, trainModels } from '../../scripts/ner/trainModels';
import { requireTrainFile } from '../support/samples';

const repo = findRoot(__dirname);

describe('ner: training', () => {
  it('is deterministic: the same slice gives the same model bytes twice', () => {
    const sentences = parseConll(fs.readFileSync(requireTrainFile(), 'utf8')).slice(0, 200);
    const { train } = splitDocuments(sentences);
    const lex = loadNerResources({ models: [] });
    const settings = { options: ALL_FEATURES, bits: 12, epochs: 2, seed: 7 };
    const a = serializeModels(trainModels(train, lex, settings));
    const b = serializeModels(trainModels(train, loadNerResources({ models: [] }), settings));
    assert.ok(a.length > 1000);
    assert.ok(Buffer.from(a).equals(Buffer.from(b)), 'two trainings differ');
    // And the bytes read back to the same models.
    assert.ok(Buffer.from(serializeModels(parseModels(a))).equals(Buffer.from(a)));
  });

  it('the shipped model loads, is at most 3 MB, and says where it came from', () => {
    const size = fs.statSync(path.join(repo, MODEL_FILE)).size;
    assert.ok(size <= 3e6, `model is ${size} bytes`);
    const models = readModelFile(path.join(repo, MODEL_FILE));
    assert.ok(models.length >= 1);
    assert.match(String(models[0].meta.data), /ANERcorp.*CC BY-SA 4\.0/);
  });
});
