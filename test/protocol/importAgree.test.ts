// mizan/import and mizan/agree over a real server: a brat export imported into the open article
// as suggestions (the view shows them, the sidecar has them), a bad file refused with its line and
// the sidecar untouched; two annotators' folders compared, each disagreement at its place.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { anchorOf } from '../../server/src/core/annotate/quote';
import { AgreeRequest, ImportRequest } from '../../server/src/protocol';
import { formatSidecar } from '../../server/src/store/sidecarFormat';
import { SAMPLES_DIR, readSample, sampleNames } from '../support/samples';
import { Session } from './annotateSupport';

describe('import and compare from the editor (protocol)', function () {
  this.timeout(120000);
  let s: Session;
  before(async () => {
    s = await Session.start();
  });
  after(async () => {
    await s.stop();
  });
  const name = sampleNames()[0];
  const text = readSample(name);
  const at = text.indexOf('بوتين');

  it('imports a brat file into the open article as suggestions; a bad file changes nothing', async () => {
    const uri = await s.openCopy(name);
    const ann = path.join(path.dirname(s.file()), 'other.ann');
    fs.writeFileSync(ann, `T1\tORG ${[...text.slice(0, at)].length} ${[...text.slice(0, at)].length + 5}\tبوتين\n`);
    const r = await s.client.request(ImportRequest, { uri, source: pathToFileURL(ann).toString(), as: 'suggested' });
    assert.ok(r.ok, r.message);
    assert.strictEqual(r.imported, 1);
    const stored = s.stored().annotations;
    assert.ok(stored.some((x) => x.type === 'ORG' && x.status === 'suggested' && x.exact === 'بوتين'));
    const sidecar = fs.readFileSync(s.sidecar(), 'utf8');
    fs.writeFileSync(ann, 'T1\tORG 0 5\tبوتين\n');
    const bad = await s.client.request(ImportRequest, { uri, source: pathToFileURL(ann).toString(), as: 'accepted' });
    assert.strictEqual(bad.ok, false);
    assert.match(bad.message ?? '', /^other\.ann:1: «بوتين» is not at 0 5/);
    assert.strictEqual(fs.readFileSync(s.sidecar(), 'utf8'), sidecar);
  });

  it("compares two annotators' folders and places each disagreement in the second copy", async () => {
    const folder = (records: Parameters<typeof formatSidecar>[1]['records']) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mizan-agree-p-'));
      fs.copyFileSync(path.join(SAMPLES_DIR, name), path.join(dir, name));
      fs.writeFileSync(path.join(dir, `${name}.mizan.json`), formatSidecar(name, { records }));
      return dir;
    };
    const history = [{ action: 'add', author: 't', time: '2026-01-01T00:00:00.000Z' }];
    const a = folder([{ kind: 'entity', id: 'e-1', ...anchorOf(text, { start: at, end: at + 5 }), type: 'PER', status: 'accepted', source: 'human', history }]);
    const b = folder([{ kind: 'entity', id: 'e-1', ...anchorOf(text, { start: at, end: at + 5 }), type: 'LOC', status: 'accepted', source: 'human', history }]);
    const r = await s.client.request(AgreeRequest, { folders: [pathToFileURL(a).toString(), pathToFileURL(b).toString()] });
    assert.ok(r.ok, r.message);
    assert.match(r.report, /1 disagreement\(s\):/);
    assert.strictEqual(r.disagreements.length, 1);
    const d = r.disagreements[0];
    assert.strictEqual(d.uri, pathToFileURL(path.join(b, name)).toString());
    assert.strictEqual(d.what, 'type PER (annotator 1) vs LOC (annotator 2)');
    const line = text.split('\n')[d.range.start.line];
    assert.strictEqual(line.slice(d.range.start.character, d.range.end.character), 'بوتين');
  });
});
