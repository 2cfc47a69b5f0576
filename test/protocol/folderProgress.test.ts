// The folder's progress (the Annotations view's folder row): claims tagged per article and in all,
// whichever way each article is counted: open (its live view), closed with a sidecar (decisions
// merged over the engine's claims) or closed without one (the index's count).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { FolderChanged, FolderProgressRequest, IndexIdleRequest, type FolderProgressResult } from '../../server/src/protocol';
import { sampleNames } from '../support/samples';
import { Session } from './annotateSupport';

describe("the folder's progress", function () {
  this.timeout(60000);
  let s: Session;
  const uriOf = (name: string) => pathToFileURL(path.join(s.dir, name)).href;
  /** The answer once every article is counted: the first asking starts the count of those without a sidecar. */
  async function progress(): Promise<FolderProgressResult> {
    for (;;) {
      const told = s.client.nextNotification(FolderChanged.method, () => true, 5000).catch(() => undefined);
      const p = await s.client.request<FolderProgressResult>(FolderProgressRequest, undefined);
      if (!p.counting) return p;
      await told;
    }
  }
  const of = (p: FolderProgressResult, name: string) => p.articles.find((a) => a.uri === uriOf(name));

  before(async () => {
    s = await Session.start();
    await s.client.request(IndexIdleRequest, undefined);
  });
  after(() => s.stop());

  it('before anything is opened: every article, each with the claims the editor shows when it is opened, none tagged', async () => {
    const first = await s.client.request<FolderProgressResult>(FolderProgressRequest, undefined);
    assert.strictEqual(first.counting + first.articles.length, sampleNames().length, 'each article is counted or being counted');
    const before = await progress();
    assert.deepStrictEqual(
      before.articles.map((a) => path.basename(new URL(a.uri).pathname)),
      sampleNames(),
    );
    for (const name of sampleNames()) {
      const uri = await s.open(name);
      const claims = (await s.annotations(uri)).items.filter((i) => i.kind === 'claim').length;
      assert.ok(claims > 0, `${name} has claims`);
      assert.deepStrictEqual(of(before, name), { uri, tagged: 0, total: claims }, name);
      await s.client.close(uri);
    }
    assert.strictEqual(
      before.total,
      before.articles.reduce((n, a) => n + a.total, 0),
    );
    assert.strictEqual(before.tagged, 0);
  });

  it('tags in an open article count at once, and still count from its sidecar once it is closed', async () => {
    const [name] = sampleNames();
    const uri = await s.open(name);
    const claims = (await s.annotations(uri)).items.filter((i) => i.kind === 'claim');
    for (const c of claims.slice(0, 2)) assert.ok((await s.run('tagStance', { uri, range: c.range, stance: 'favour' })).ok);
    assert.deepStrictEqual(of(await progress(), name), { uri, tagged: 2, total: claims.length });
    await s.client.close(uri);
    const closed = await progress();
    assert.deepStrictEqual(of(closed, name), { uri, tagged: 2, total: claims.length });
    assert.strictEqual(closed.tagged, 2);
  });

  it('a rejected claim is no longer counted, open or closed', async () => {
    const name = sampleNames()[1];
    const uri = await s.open(name);
    const claims = (await s.annotations(uri)).items.filter((i) => i.kind === 'claim');
    assert.ok((await s.run('setClaimStatus', { uri, position: claims[0].range.start, status: 'rejected' })).ok);
    assert.strictEqual(of(await progress(), name)?.total, claims.length - 1);
    await s.client.close(uri);
    assert.strictEqual(of(await progress(), name)?.total, claims.length - 1);
  });

  it('an article whose sidecar is broken is left out and counted as unreadable', async () => {
    const name = sampleNames()[2];
    fs.writeFileSync(path.join(s.dir, `${name}.mizan.json`), '{ "version": 1, "annotations": [ not json');
    const p = await progress();
    assert.strictEqual(of(p, name), undefined);
    assert.strictEqual(p.unreadable, 1);
    assert.strictEqual(p.articles.length, sampleNames().length - 1);
  });

  it('a new article indexed tells the client the folder changed, and is then counted', async () => {
    const name = `new_${sampleNames()[3]}`;
    fs.copyFileSync(path.join(s.dir, sampleNames()[3]), path.join(s.dir, name));
    const told = s.client.nextNotification(FolderChanged.method);
    await s.client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(name), type: 1 }] });
    await told;
    // The notice may come from the index's first report, before the article is in it: once the
    // index is idle it is there.
    await s.client.request(IndexIdleRequest, undefined);
    const p = await progress();
    assert.ok(of(p, name), "the new article is in the folder's progress");
    assert.deepStrictEqual(of(p, name)?.total, of(p, sampleNames()[3])?.total);
  });
});
