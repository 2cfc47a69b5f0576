// mizan/export over a real server: the open article exported as the editor has it (a decision not
// yet on disk included), a whole folder with one progress notification per article, accepted-only
// leaving suggestions out, and refusals that name the reason and write nothing.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { ExportProgress, ExportRequest, type ExportProgressParams, type ExportResult } from '../../server/src/protocol';
import { sampleNames } from '../support/samples';
import { Session } from './annotateSupport';

describe('export from the editor (protocol)', function () {
  this.timeout(120000);
  let s: Session;
  before(async () => {
    s = await Session.start();
  });
  after(async () => {
    await s.stop();
  });

  const out = (name: string) => pathToFileURL(path.join(s.dir, '..', `${path.basename(s.dir)}-${name}`)).toString();
  const lines = (r: ExportResult) =>
    fs
      .readFileSync(fileURLToPath(r.files[0]), 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; status: string; file: string; type?: string });

  it('exports the open article as the editor has it, a decision just taken included', async () => {
    const uri = await s.open();
    const view = await s.annotations(uri);
    const entity = view.items.find((i) => i.kind === 'entity' && i.status === 'suggested')!;
    assert.ok((await s.run('setEntityStatus', { uri, position: entity.range.start, status: 'accepted' })).ok);
    const r = await s.client.request(ExportRequest, { uri, scope: 'article', format: 'jsonl', acceptedOnly: true, destination: out('article') });
    assert.ok(r.ok, r.message);
    assert.strictEqual(r.articles, 1);
    assert.strictEqual(r.offsets, 'UTF-16 code units, as in the editor');
    const rows = lines(r);
    assert.ok(rows.length > 0 && rows.every((x) => x.status === 'accepted'), 'accepted only');
    assert.ok(rows.some((x) => x.type === entity.type && x.status === 'accepted'));
  });

  it('exports a whole folder, one progress notification per article, every article in the file', async () => {
    const destination = out('folder');
    const r = await s.client.request(ExportRequest, { uri: pathToFileURL(s.dir).toString(), scope: 'folder', format: 'docs', acceptedOnly: false, destination, progressId: 'p1' });
    assert.ok(r.ok, r.message);
    assert.strictEqual(r.articles, sampleNames().length);
    const docs = fs
      .readFileSync(fileURLToPath(r.files[0]), 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; offsets: string });
    assert.deepStrictEqual(
      docs.map((d) => d.id),
      sampleNames(),
    );
    const seen = s.client.received
      .filter((m) => m.method === ExportProgress.method)
      .map((m) => m.params as ExportProgressParams)
      .filter((p) => p.id === 'p1');
    assert.deepStrictEqual(
      seen.map((p) => p.done),
      sampleNames().map((_, i) => i + 1),
    );
    assert.ok(seen.every((p) => p.total === sampleNames().length));
  });

  it('writes the xlsx workbook and the brat folder', async () => {
    const uri = pathToFileURL(s.dir).toString();
    const x = await s.client.request(ExportRequest, { uri, scope: 'folder', format: 'xlsx', acceptedOnly: false, destination: out('xlsx') });
    assert.ok(x.ok && x.files[0].endsWith('annotations.xlsx'), x.message);
    assert.deepStrictEqual([...fs.readFileSync(fileURLToPath(x.files[0])).subarray(0, 2)], [0x50, 0x4b]);
    const b = await s.client.request(ExportRequest, { uri, scope: 'folder', format: 'brat', acceptedOnly: false, destination: out('brat') });
    assert.ok(b.ok, b.message);
    assert.ok(['annotation.conf', 'visual.conf'].every((n) => b.files.some((f) => f.endsWith(`/${n}`))));
  });

  const refusals: [string, () => Record<string, unknown>, RegExp][] = [
    ['an unknown format', () => ({ uri: pathToFileURL(s.dir).toString(), scope: 'folder', format: 'xml', acceptedOnly: false, destination: out('bad') }), /unknown format xml/],
    ['brat over the articles themselves', () => ({ uri: pathToFileURL(s.dir).toString(), scope: 'folder', format: 'brat', acceptedOnly: false, destination: pathToFileURL(s.dir).toString() }), /destination other than the articles/],
    ['a folder without articles', () => ({ uri: out('empty-src'), scope: 'folder', format: 'json', acceptedOnly: false, destination: out('bad') }), /no \.txt articles/],
  ];
  for (const [what, params, expected] of refusals) {
    it(`refuses ${what}, writing nothing`, async () => {
      const p = params();
      if (String(p.uri).endsWith('empty-src')) fs.mkdirSync(fileURLToPath(String(p.uri)), { recursive: true });
      const before = fs.readdirSync(s.dir).sort();
      const r = await s.client.request<ExportResult>(ExportRequest.method, p);
      assert.strictEqual(r.ok, false);
      assert.match(r.message ?? '', expected);
      assert.deepStrictEqual(r.files, []);
      assert.deepStrictEqual(fs.readdirSync(s.dir).sort(), before);
    });
  }
});
