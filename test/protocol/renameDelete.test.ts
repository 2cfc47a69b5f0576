// An article renamed or deleted keeps its annotations. Before, 13 decisions before a rename were 0
// after it, the old sidecar stayed behind, and `mizan export` did not mention it. Now the sidecar
// follows a rename made in the editor (workspace/didRenameFiles) or on disk (found on open by its
// quotes), a deleted article's sidecar is kept and the annotator told, and the CLI lists it.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { REPO } from '../support/samples';
import { Session } from './annotateSupport';

const NAME = '003_ccfab68bc49ab93d.txt';
const OTHER = '001_e0cce0fd4d3fc110.txt';

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, ms = 10000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('renamed and deleted articles keep their annotations', function () {
  this.timeout(60000);
  let s: Session;
  let article: string;
  let uri: string;
  let decided: string[];

  beforeEach(async () => {
    s = await Session.start();
    article = path.join(s.dir, NAME);
    uri = await s.open(NAME);
    const claim = (await s.annotations(uri)).items.find((i) => i.kind === 'claim')!;
    const results = [await s.run('acceptAll', { uri, kind: 'entity' }), await s.run('tagStance', { uri, range: claim.range, stance: 'favour' })];
    assert.ok(
      results.every((r) => r.ok),
      JSON.stringify(results),
    );
    decided = s
      .stored()
      .annotations.map((a) => a.id)
      .sort();
    assert.ok(decided.length >= 10, `${decided.length} decisions`);
  });
  afterEach(async () => {
    await s.stop();
    fs.rmSync(s.dir, { recursive: true, force: true });
  });

  const idsIn = (sidecar: string): string[] => (JSON.parse(fs.readFileSync(sidecar, 'utf8')) as { annotations: { id: string }[] }).annotations.map((a) => a.id).sort();
  const shownIds = async (u: string) =>
    (await s.annotations(u)).items
      .filter((i) => i.id && !i.id.startsWith('m-'))
      .map((i) => i.id)
      .sort();

  it('renamed in the editor: the sidecar moves with it, named for the new article', async () => {
    const renamed = path.join(s.dir, 'renamed.txt');
    fs.renameSync(article, renamed);
    await s.client.close(uri);
    await s.client.connection.sendNotification('workspace/didRenameFiles', { files: [{ oldUri: uri, newUri: pathToFileURL(renamed).href }] });
    await until('the sidecar to move', () => fs.existsSync(`${renamed}.mizan.json`));
    assert.ok(!fs.existsSync(`${article}.mizan.json`), 'the old sidecar is gone');
    assert.deepStrictEqual(idsIn(`${renamed}.mizan.json`), decided);
    assert.strictEqual(JSON.parse(fs.readFileSync(`${renamed}.mizan.json`, 'utf8')).article, 'renamed.txt');
    const newUri = await s.client.open(renamed);
    assert.deepStrictEqual(await shownIds(newUri), decided);
  });

  it('renamed on disk: the article opened under its new name finds its sidecar by its quotes', async () => {
    await s.client.close(uri);
    const renamed = path.join(s.dir, 'moved outside.txt');
    fs.renameSync(article, renamed);
    const newUri = await s.client.open(renamed);
    await until('the sidecar to be taken in', () => fs.existsSync(`${renamed}.mizan.json`));
    assert.ok(!fs.existsSync(`${article}.mizan.json`));
    assert.deepStrictEqual(idsIn(`${renamed}.mizan.json`), decided);
    const shown = await until('the decisions to show', async () => {
      const ids = await shownIds(newUri);
      return ids.length ? ids : undefined;
    });
    assert.strictEqual(shown.length, decided.length);
  });

  it('another article with no sidecar never takes an orphaned sidecar that is not its own', async () => {
    await s.client.close(uri);
    const gone = path.join(s.dir, 'gone.txt');
    fs.renameSync(article, gone);
    fs.renameSync(`${article}.mizan.json`, `${path.join(s.dir, 'elsewhere.txt')}.mizan.json`);
    const other = await s.open(OTHER);
    await s.annotations(other);
    await new Promise((r) => setTimeout(r, 300));
    assert.ok(!fs.existsSync(`${path.join(s.dir, OTHER)}.mizan.json`), 'the other article took a sidecar');
    assert.deepStrictEqual(idsIn(`${path.join(s.dir, 'elsewhere.txt')}.mizan.json`), decided);
  });

  it('deleted: the sidecar is kept, the annotator told where, and export and analyze list it', async () => {
    const before = fs.readFileSync(`${article}.mizan.json`, 'utf8');
    const told = s.client.nextNotification<{ type: number; message: string }>('window/showMessageRequest', (p) => p.message.includes(NAME));
    fs.rmSync(article);
    await s.client.connection.sendNotification('workspace/didDeleteFiles', { files: [{ uri }] });
    const message = (await told).message;
    assert.ok(message.includes(`${article}.mizan.json`) && message.includes(`${decided.length} decisions`), message);
    assert.strictEqual(fs.readFileSync(`${article}.mizan.json`, 'utf8'), before, 'the sidecar is untouched');
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'mizan-out-'));
    for (const args of [
      ['export', s.dir, '--format', 'json', '--out', out, '--no-progress'],
      ['analyze', s.dir, '--json', '--no-progress'],
    ]) {
      const run = spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), ...args], { encoding: 'utf8' });
      assert.strictEqual(run.status, 0, run.stderr);
      assert.ok(run.stderr.includes(`${article}.mizan.json: orphaned sidecar (${decided.length} decisions`), `${args[0]}: ${run.stderr}`);
    }
    fs.rmSync(out, { recursive: true, force: true });
  });

  it('temp files a killed writer left beside the sidecar are removed when the article is opened', async () => {
    await s.client.close(uri);
    const sidecar = `${article}.mizan.json`;
    const before = fs.readFileSync(sidecar, 'utf8');
    fs.writeFileSync(`${sidecar}.4242424242`, before.slice(0, before.length >> 1));
    await s.client.open(article);
    await until('the temp file to go', () => !fs.existsSync(`${sidecar}.4242424242`));
    assert.strictEqual(fs.readFileSync(sidecar, 'utf8'), before);
  });

  it('the server declares the file operations, so that the editor sends them', () => {
    const ops = s.client.result.capabilities.workspace?.fileOperations;
    assert.ok(ops?.didRename && ops.didDelete);
  });
});
