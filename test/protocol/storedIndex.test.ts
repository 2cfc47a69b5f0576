// The workspace index kept between openings of a folder (initializationOptions.storageDir): a
// reopened folder takes unchanged articles from storage and analyses only what changed, with the
// same references as a first index; a change of the engine's lists makes every entry stale. And
// the index's progress in the window, cancellable.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Location } from 'vscode-languageserver-protocol/node';
import { IndexIdleRequest, type IndexIdleResult } from '../../server/src/protocol';
import { readSample, sampleNames } from '../support/samples';
import { TestClient, positionOf } from './harness';

/** A folder of `copies` copies of each sample (each its own article). */
function folder(copies: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mizan-stored-'));
  for (let k = 0; k < copies; k++) for (const name of sampleNames()) fs.writeFileSync(path.join(dir, `${k}_${name}`), readSample(name));
  return dir;
}

const sortLocations = (ls: Location[]) => ls.map((l) => `${path.basename(l.uri)} ${l.range.start.line}:${l.range.start.character}`).sort();

/** Opens the folder in a fresh server, waits for the index, and returns the counts and the references of «طهران» from the first sample. */
async function openFolder(dir: string, storageDir: string): Promise<{ idle: IndexIdleResult; refs: string[] }> {
  const client = await TestClient.start({ workspaceFolder: dir, initializationOptions: { storageDir } });
  try {
    const idle = await client.request<IndexIdleResult>(IndexIdleRequest, {});
    const file = path.join(dir, `0_${sampleNames()[0]}`);
    const uri = await client.open(file);
    const refs = await client.request<Location[]>('textDocument/references', { textDocument: { uri }, position: positionOf(client.text(uri), 'طهران'), context: { includeDeclaration: true } });
    return { idle, refs: sortLocations(refs) };
  } finally {
    await client.stop();
  }
}

describe('the workspace index kept between openings', function () {
  this.timeout(120000);
  const dir = folder(2);
  const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'mizan-storage-'));
  const articles = 2 * sampleNames().length;
  let first: { idle: IndexIdleResult; refs: string[] };
  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(storage, { recursive: true, force: true });
  });

  it('a first opening analyses every article and stores the index', async () => {
    first = await openFolder(dir, storage);
    assert.deepStrictEqual([first.idle.files, first.idle.analysed, first.idle.restored], [articles, articles, 0]);
    assert.ok(first.refs.length > articles, 'طهران is named across the folder');
    assert.ok(
      fs.readdirSync(storage).some((f) => f.startsWith('mizan-index')),
      'the index is in the storage folder',
    );
  });

  it('a reopened folder takes every unchanged article from storage, with the same references', async () => {
    const again = await openFolder(dir, storage);
    assert.deepStrictEqual([again.idle.files, again.idle.analysed, again.idle.restored], [articles, 0, articles]);
    assert.deepStrictEqual(again.refs, first.refs);
  });

  it('an article changed while the folder was closed is analysed again, and only it', async () => {
    const changed = path.join(dir, `1_${sampleNames()[1]}`);
    fs.writeFileSync(changed, readSample(sampleNames()[1]) + '\nوقال الوزير في طهران إن المحادثات مستمرة.\n');
    const again = await openFolder(dir, storage);
    assert.deepStrictEqual([again.idle.analysed, again.idle.restored], [1, articles - 1]);
    assert.ok(
      again.refs.some((r) => r.startsWith(path.basename(changed))),
      "the changed article's new mention is referenced",
    );
  });

  it('an article touched but not changed is taken from storage; one changed at the same size is analysed', async () => {
    const touched = path.join(dir, `0_${sampleNames()[2]}`);
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(touched, later, later);
    const sameSize = path.join(dir, `0_${sampleNames()[3]}`);
    const text = readSample(sampleNames()[3]);
    const swapped = text.replace('طهران', 'طهرات');
    assert.notStrictEqual(swapped, text);
    assert.strictEqual(Buffer.byteLength(swapped), Buffer.byteLength(text));
    fs.writeFileSync(sameSize, swapped);
    const again = await openFolder(dir, storage);
    assert.deepStrictEqual([again.idle.analysed, again.idle.restored], [1, articles - 1]);
    const twice = await openFolder(dir, storage);
    assert.deepStrictEqual([twice.idle.analysed, twice.idle.restored], [0, articles], "the touched file's new time was stored");
  });

  it('a deleted article is gone from the reopened index', async () => {
    fs.rmSync(path.join(dir, `1_${sampleNames()[0]}`));
    const again = await openFolder(dir, storage);
    assert.deepStrictEqual([again.idle.files, again.idle.analysed], [articles - 1, 0]);
    assert.ok(!again.refs.some((r) => r.startsWith(`1_${sampleNames()[0]}`)));
  });

  it("a change of the workspace's own name list makes every stored entry stale", async () => {
    fs.mkdirSync(path.join(dir, '.mizan'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.mizan', 'gazetteer.json'), JSON.stringify({ ORG: ['مجمع تشخيص مصلحة النظام'] }));
    const again = await openFolder(dir, storage);
    assert.deepStrictEqual([again.idle.analysed, again.idle.restored], [articles - 1, 0]);
  });

  it('a stored index that is not one (garbage in the file) is ignored, and the folder indexed', async () => {
    const file = path.join(
      storage,
      fs.readdirSync(storage).find((f) => f.startsWith('mizan-index'))!,
    );
    fs.writeFileSync(file, 'not an index\n\u0000\u0001');
    const again = await openFolder(dir, storage);
    assert.deepStrictEqual([again.idle.files, again.idle.analysed], [articles - 1, articles - 1]);
  });
});

describe("the workspace index's progress in the window", function () {
  this.timeout(120000);
  // The spawned bundle: in this process the index of 30 articles can be done before the progress round trip is.
  const dir = folder(6);
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('begins (cancellable), reports articles done, and ends when the index is idle', async () => {
    const client = await TestClient.spawn({ workspaceFolder: dir, progress: true });
    try {
      const idle = await client.request<IndexIdleResult>(IndexIdleRequest, {});
      assert.strictEqual(idle.files, 6 * sampleNames().length);
      const values = client.received.filter((r) => r.method === '$/progress').map((r) => (r.params as { value: { kind: string; cancellable?: boolean; message?: string } }).value);
      assert.ok(
        client.received.some((r) => r.method === 'window/workDoneProgress/create'),
        'a progress was created',
      );
      assert.strictEqual(values[0]?.kind, 'begin');
      assert.strictEqual(values[0].cancellable, true);
      assert.match(values[0].message ?? '', /^\d+\/30 articles/);
      await client.notification('$/progress', (p: { value: { kind: string } }) => p.value.kind === 'end');
    } finally {
      await client.stop();
    }
  });

  it('cancelling stops the index where it is (what is done stays)', async () => {
    const client = await TestClient.spawn({ workspaceFolder: dir, progress: true });
    try {
      const begun = await client.notification<{ token: string | number; value: { kind: string } }>('$/progress', (p) => p.value.kind === 'begin');
      await client.connection.sendNotification('window/workDoneProgress/cancel', { token: begun.token });
      const idle = await client.request<IndexIdleResult>(IndexIdleRequest, {});
      assert.ok(idle.files < 6 * sampleNames().length, `${idle.files} articles indexed: the rest was cancelled`);
    } finally {
      await client.stop();
    }
  });
});
