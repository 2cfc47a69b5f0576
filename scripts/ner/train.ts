// `npm run train:ner`: trains the NER tagger on ../shared/data/anercorp/train.tsv. First a
// development model on the training part of the split, scored on the development part (written to
// .cache/ner/dev.bin), then the shipped model on every document, written to server/model/ner.bin.
// Deterministic: fixed split, fixed seed, no clocks or randomness in the model.
//   --out FILE          write the shipped model elsewhere
//   --dev-out FILE      write the development model elsewhere
//   --no-final          train and score the development model only (experiments)
//   --limit N           train on the first N sentences only (tests)
//   --no-FEATURE, --with-FEATURE   drop or add a feature group (affixes, stem, context2, gazetteer, triggers, lexicon, document, shapes, ngrams, vocab)
//   --no-propagate, --no-candidates, --no-stoplist, --no-titles, --no-places   evaluation without those steps
//   --epochs N, --bits N
//   --split interleaved   the former development split (every tenth document) instead of two stretches
//   --eval-only [--one-pass]   score the development model at --dev-out without training (first pass only with --one-pass)
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { chunkDocuments, parseConll } from '../../server/src/core/entities/conll';
import { ALL_FEATURES, type FeatureOptions } from '../../server/src/core/entities/features';
import { serializeModels, type NerModel } from '../../server/src/core/entities/model';
import { loadNerResources, readModelFile } from '../../server/src/engineEntities';
import { splitDocuments, trainModels } from './trainModels';
import { evaluateDocuments, namesOf } from './evaluateDev';

const repo = process.env.MIZAN_REPO ?? path.resolve(__dirname, '..', '..');
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const value = (name: string, dflt: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};

// No common-word list ships (Debian hunspell-ar stems measured no gain); the lexicon group then
// holds a constant and a second copy of the gazetteer flags, which measured better than leaving it out.
const options: FeatureOptions = { ...ALL_FEATURES };
for (const k of Object.keys(options) as (keyof FeatureOptions)[]) {
  if (flag(`no-${k}`)) options[k] = false;
  if (flag(`with-${k}`)) options[k] = true;
}
const trainFile = value('train', path.resolve(repo, '..', 'shared', 'data', 'anercorp', 'train.tsv'));
const out = path.resolve(value('out', path.join(repo, 'server', 'model', 'ner.bin')));
const devOut = path.resolve(value('dev-out', path.join(repo, '.cache', 'ner', 'dev.bin')));
const limit = Number(value('limit', '0'));

const t0 = Date.now();
let sentences = parseConll(fs.readFileSync(trainFile, 'utf8'), trainFile);
if (limit > 0) sentences = sentences.slice(0, limit);
const { train, dev } = splitDocuments(sentences, value('split', 'stretches') === 'interleaved' ? 'interleaved' : 'stretches');
const lex = loadNerResources({ models: [] });
const trainNames = namesOf(train);
// An experiment's own common-word list (one normalised word a line) instead of the shipped one.
const commonFile = value('common', '');
if (commonFile)
  lex.common = new Set(
    fs
      .readFileSync(commonFile, 'utf8')
      .split('\n')
      .filter((w) => w.length > 0),
  );
const settings = { options, bits: Number(value('bits', '18')), epochs: Number(value('epochs', '10')), seed: 20240601 };
const sentencesOf = (docs: typeof train) => docs.reduce((n, d) => n + d.length, 0);
function write(file: string, models: NerModel[], docs: typeof train): void {
  const bytes = zlib.deflateRawSync(serializeModels(models), { level: 9 });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  process.stdout.write(`trained on ${docs.length} documents (${sentencesOf(docs)} sentences), ${((Date.now() - t0) / 1000).toFixed(1)} s so far; wrote ${file} (${(bytes.length / 1e6).toFixed(2)} MB)\n`);
}
let models: NerModel[];
if (flag('eval-only')) {
  // Scores the development model already at --dev-out (for post-processing levers).
  models = readModelFile(devOut);
  if (flag('one-pass')) models = models.slice(0, 1);
} else {
  models = trainModels(train, lex, settings);
  write(devOut, models, train);
}
const evalOptions = { propagate: !flag('no-propagate'), candidates: !flag('no-candidates'), titles: !flag('no-titles'), places: !flag('no-places') };
if (flag('sweep-bias') && dev.length) {
  for (const b of [0, 0.5, 1, 1.5, 2, 3, 4, 6]) {
    for (const m of models) m.oBias = b;
    process.stdout.write(
      `O bias ${b}: ${evaluateDocuments(dev, { ...loadNerResources({ models }), common: lex.common }, evalOptions, trainNames)
        .split('\n')
        .find((l) => l.startsWith('summary'))}\n`,
    );
  }
  for (const m of models) m.oBias = 0;
}
if (!flag('no-eval') && dev.length) {
  const res = loadNerResources({ models });
  res.common = lex.common;
  if (flag('no-stoplist')) res.outsideWords = new Set();
  process.stdout.write(evaluateDocuments(dev, res, evalOptions, trainNames));
}
if (!flag('eval-only') && !flag('no-final')) {
  // The shipped model learns from every document: names are most of what it learns, and the
  // development documents hold names the training part has not.
  const all = chunkDocuments(sentences);
  write(out, trainModels(all, loadNerResources({ models: [] }), settings), all);
}
