// CoNLL export read back by Mizan's own reader: -DOCSTART- starts a document instead of counting
// as a token, every exported token and tag comes back, and a flag is one token; then the built
// `mizan eval ner` scores an export of every sample as documents.
import * as assert from 'assert';
import * as cp from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chunkDocuments, parseConll } from '../../server/src/core/entities/conll';
import { CONLL_DELIMITER, toConll } from '../../server/src/core/formats/exportConll';
import { REPO } from '../support/samples';
import { sampleNames } from './anchorSupport';
import { inputOf } from './exportSupport';

describe('CoNLL export read back', () => {
  const inputs = sampleNames().map(inputOf);
  const file = inputs.map((i) => toConll(i)).join('');

  it('is TAB-separated, two columns a line, with -DOCSTART- before each article', () => {
    const rows = file.split('\n').filter(Boolean);
    assert.ok(
      rows.every((r) => r.split(CONLL_DELIMITER).length === 2 && !/ /.test(r)),
      'two TAB-separated columns, no space anywhere',
    );
    assert.strictEqual(rows.filter((r) => r.startsWith('-DOCSTART-')).length, inputs.length);
  });

  it('reads each article back as one document with every token and tag, none from -DOCSTART-', () => {
    const sentences = parseConll(file, 'export.conll');
    const docs = chunkDocuments(sentences);
    assert.strictEqual(docs.length, inputs.length);
    docs.forEach((doc, d) => {
      const tokens = doc.flatMap((s) => s.tokens);
      assert.deepStrictEqual(
        tokens,
        inputs[d].tokens.map((t) => t.text),
        inputs[d].file,
      );
      assert.ok(!tokens.includes('-DOCSTART-'));
      const rows = toConll(inputs[d])
        .split('\n')
        .filter((r) => r && !r.startsWith('-DOCSTART-'));
      assert.deepStrictEqual(
        doc.flatMap((s) => s.tags),
        rows.map((r) => r.split('\t')[1]),
      );
    });
  });

  it('keeps the flag at the head of each article one token', () => {
    for (const i of inputs) assert.strictEqual(toConll(i).split('\n')[2], '🇸🇦\tO');
  });

  it('a file without -DOCSTART- is still read in runs of sentences', () => {
    const plain = file
      .split('\n')
      .filter((r) => !r.startsWith('-DOCSTART-'))
      .join('\n');
    const sentences = parseConll(plain);
    assert.ok(sentences.every((s) => s.document === undefined));
    assert.strictEqual(chunkDocuments(sentences).length, Math.ceil(sentences.length / 20));
  });

  it('`mizan eval ner` scores the export as documents, counting only real tokens', function () {
    this.timeout(120000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mizan-conll-'));
    const out = path.join(dir, 'all.conll');
    fs.writeFileSync(out, file);
    const r = cp.spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), 'eval', 'ner', out], { encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`: ${inputs.length} documents, \\d+ sentences`));
    const tokens = inputs.reduce((n, i) => n + i.tokens.length, 0);
    assert.match(r.stdout, new RegExp(`^${tokens} tokens:`, 'm'));
  });
});
