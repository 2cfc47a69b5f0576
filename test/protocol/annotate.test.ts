// Each annotation command through the real server on the real samples: the sidecar written, the
// annotated view and the notifications; undo; broken sidecars; untrusted workspaces; edits.
import * as assert from 'assert';
import * as fs from 'fs';
import { AnnotationsChanged, NextUntaggedRequest, SidecarError, type AnnotationItem, type AnnotationsChangedParams, type SidecarErrorParams } from '../../server/src/protocol';
import { sampleNames } from '../support/samples';
import { DidSaveTextDocumentNotification, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { Session } from './annotateSupport';

async function waitFor(test: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

const NAME = sampleNames()[0];
const CLAIM_TEXT = 'العلاقات الروسية الإيرانية باتت من أقوى';

describe('annotating through the server (protocol)', function () {
  this.timeout(30000);
  let s: Session;
  let uri: string;
  // One server for these tests (starting one takes seconds); each test gets its own copy of the sample.
  before(async () => {
    s = await Session.start();
  });
  beforeEach(async () => {
    uri = await s.openCopy(NAME);
  });
  afterEach(async () => {
    await s.client.close(uri);
  });
  after(async () => {
    assert.strictEqual(await s.stop(), 0);
  });

  it('tags the stance of a selection: it becomes a claim, the sidecar has it, progress is sent', async () => {
    const range = s.rangeOf(uri, CLAIM_TEXT);
    const changed = s.client.nextNotification<AnnotationsChangedParams>(AnnotationsChanged, (p) => p.uri === uri);
    const r = await s.run('tagStance', { uri, range, stance: 'favour', target: 'التحالف الروسي الإيراني' });
    assert.ok(r.ok, r.message);
    const [stored] = s.stored().annotations.filter((a) => a.kind === 'claim');
    assert.deepStrictEqual([stored.exact, stored.stance, stored.source, stored.status], [CLAIM_TEXT, 'favour', 'human', 'accepted']);
    const view = await s.annotations(uri);
    const claim = view.items.find((i) => i.id === r.id)!;
    assert.deepStrictEqual([claim.kind, claim.stance, claim.target, claim.range], ['claim', 'favour', 'التحالف الروسي الإيراني', range]);
    const progress = (await changed).progress;
    assert.ok(progress.tagged >= 1 && progress.total >= progress.tagged);
    assert.deepStrictEqual(progress, view.progress);
  });

  it('tags the claim under the cursor (a machine claim) and finds the next untagged one', async () => {
    const view = await s.annotations(uri);
    const claims = view.items.filter((i) => i.kind === 'claim');
    assert.ok(claims.length >= 2, 'the claims engine finds claims in the sample');
    const first = claims[0];
    const r = await s.run('tagStance', { uri, range: { start: first.range.start, end: first.range.start }, stance: 'against' });
    assert.ok(r.ok, r.message);
    const after = await s.annotations(uri);
    assert.strictEqual(after.items.find((i) => i.id === r.id)?.stance, 'against');
    assert.strictEqual(after.progress.tagged, 1);
    const next = await s.client.request<AnnotationItem | null>(NextUntaggedRequest, { uri, position: first.range.start, direction: 'next' });
    assert.deepStrictEqual(next?.range, claims[1].range);
    const previous = await s.client.request<AnnotationItem | null>(NextUntaggedRequest, { uri, position: claims[1].range.start, direction: 'previous' });
    assert.ok(previous && !previous.stance && JSON.stringify(previous.range) !== JSON.stringify(first.range), 'a tagged claim is skipped');
  });

  it('relabels an entity: the type changes in the view and the sidecar', async () => {
    const range = s.rangeOf(uri, 'قمة الدول المصدرة للغاز');
    assert.ok((await s.run('addEntity', { uri, range, type: 'MISC' })).ok);
    const r = await s.run('relabelEntity', { uri, position: range.start, type: 'ORG' });
    assert.ok(r.ok, r.message);
    const item = (await s.annotations(uri)).items.find((i) => i.kind === 'entity' && i.text === 'قمة الدول المصدرة للغاز')!;
    assert.strictEqual(item.type, 'ORG');
    assert.strictEqual(s.stored().annotations.find((a) => a.exact === 'قمة الدول المصدرة للغاز')?.type, 'ORG');
  });

  it('rejects an entity: gone from the view, kept in the sidecar; undo brings it back', async () => {
    const range = s.rangeOf(uri, 'بوتين');
    const before = (await s.annotations(uri)).items.filter((i) => i.kind === 'entity');
    assert.ok(
      before.some((i) => i.text === 'بوتين' && i.range.start.character === range.start.character),
      'the entity engine suggests بوتين',
    );
    const r = await s.run('setEntityStatus', { uri, position: range.start, status: 'rejected' });
    assert.ok(r.ok, r.message);
    const view = await s.annotations(uri);
    assert.ok(!view.items.some((i) => i.id === r.id));
    assert.strictEqual((await s.annotations(uri, true)).items.find((i) => i.id === r.id)?.status, 'rejected');
    assert.deepStrictEqual(
      s.stored().annotations.map((a) => [a.exact, a.status]),
      [['بوتين', 'rejected']],
    );
    assert.ok((await s.run('undo', { uri })).ok);
    const restored = (await s.annotations(uri)).items.filter((i) => i.kind === 'entity');
    assert.deepStrictEqual(restored, before);
    assert.deepStrictEqual(s.stored().annotations, []);
    const again = await s.run('undo', { uri });
    assert.strictEqual(again.ok, false);
  });

  it('accepts all suggested entities in one step, and marks a selection as a claim with its speaker', async () => {
    const all = await s.run('acceptAll', { uri, kind: 'entity' });
    assert.ok(all.ok, all.message);
    const items = (await s.annotations(uri)).items.filter((i) => i.kind === 'entity');
    assert.ok(items.length > 0 && items.every((i) => i.status === 'accepted'));
    const range = s.rangeOf(uri, CLAIM_TEXT);
    assert.ok((await s.run('addClaim', { uri, range })).ok);
    const speaker = s.rangeOf(uri, 'خامنئي');
    const r = await s.run('setSpeaker', { uri, position: range.start, speakerRange: speaker });
    assert.ok(r.ok, r.message);
    assert.strictEqual((await s.annotations(uri)).items.find((i) => i.id === r.id)?.speaker, 'خامنئي');
  });

  it('quick commands sent at once all land in the sidecar', async () => {
    const entities = (await s.annotations(uri)).items.filter((i) => i.kind === 'entity').slice(0, 8);
    assert.strictEqual(entities.length, 8);
    const results = await Promise.all(entities.map((e, i) => s.run('setEntityStatus', { uri, position: e.range.start, status: i % 2 ? 'accepted' : 'rejected' })));
    assert.ok(
      results.every((r) => r.ok),
      JSON.stringify(results),
    );
    const stored = s.stored().annotations;
    assert.strictEqual(stored.length, 8);
    assert.deepStrictEqual(
      stored.map((a) => a.status),
      entities.map((_, i) => (i % 2 ? 'accepted' : 'rejected')),
    );
  });

  it('tags the stance of the whole article', async () => {
    assert.ok((await s.run('tagArticleStance', { uri, stance: 'neutral', target: 'روسيا' })).ok);
    assert.deepStrictEqual((await s.annotations(uri)).article, { stance: 'neutral', target: 'روسيا' });
  });

  it('answers a malformed or impossible command with a reason', async () => {
    const cases: [keyof typeof import('../../server/src/protocol').ServerCommands, Record<string, unknown>, RegExp][] = [
      ['relabelEntity', { uri, position: { line: 0, character: 0 }, type: 'PERSON' }, /unknown entity type/],
      ['setClaimStatus', { uri, position: { line: 0, character: 0 }, status: 'maybe' }, /"status" must be one of accepted, rejected/],
      ['addEntity', { uri, range: { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } }, type: 'PER' }, /empty/],
      ['tagStance', { uri: 'file:///nowhere.txt', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, stance: 'favour' }, /is not open/],
    ];
    for (const [command, args, says] of cases) {
      const r = await s.run(command, args);
      assert.strictEqual(r.ok, false, command);
      assert.match(r.message!, says);
    }
    assert.ok(!fs.existsSync(s.sidecar()));
  });

  it('an edit inside a span re-anchors it; saving writes where it moved; deleting it leaves an orphan', async () => {
    const name = 'قمة الدول المصدرة للغاز';
    const r = await s.run('addEntity', { uri, range: s.rangeOf(uri, name), type: 'MISC' });
    const at = s.client.text(uri).indexOf(name);
    await s.client.edit(uri, at + 4, at + 9, 'البلدان');
    await s.client.edit(uri, 0, 0, 'تحديث: ');
    const moved = (await s.annotations(uri)).items.find((i) => i.id === r.id)!;
    assert.deepStrictEqual([moved.text, moved.range, moved.orphaned], ['قمة البلدان المصدرة للغاز', s.rangeOf(uri, 'قمة البلدان المصدرة للغاز'), undefined]);
    assert.strictEqual(s.stored().annotations[0].exact, name, 'the file on disk has not changed yet');
    await s.client.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
    await waitFor(() => s.stored().annotations[0].exact === 'قمة البلدان المصدرة للغاز');
    assert.strictEqual(s.stored().annotations[0].start, s.client.text(uri).indexOf('قمة البلدان'));
    const now = s.client.text(uri).indexOf('قمة البلدان المصدرة للغاز');
    await s.client.edit(uri, now - 1, now + 26, '');
    const orphan = (await s.annotations(uri)).items.find((i) => i.id === r.id)!;
    assert.strictEqual(orphan.orphaned, true);
    const diagnostics = await s.client.notification<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.some((d) => d.code === 'orphaned'));
    assert.ok(diagnostics.diagnostics.some((d) => String(d.message).includes('قمة البلدان')));
  });

  it('annotations follow an edit in the editor', async () => {
    const range = s.rangeOf(uri, 'خامنئي');
    const r = await s.run('addEntity', { uri, range, type: 'PER' });
    await s.client.edit(uri, 0, 0, 'خبر عاجل: ');
    const item = (await s.annotations(uri)).items.find((i) => i.id === r.id)!;
    assert.deepStrictEqual(item.range, s.rangeOf(uri, 'خامنئي'));
    assert.ok(!item.orphaned);
  });
});

describe('storage through the server (protocol)', function () {
  this.timeout(30000);

  it('everything is still there after the server restarts (close and reopen VS Code)', async () => {
    const s = await Session.start();
    const uri = await s.open(NAME);
    const range = s.rangeOf(uri, CLAIM_TEXT);
    const r = await s.run('tagStance', { uri, range, stance: 'against' });
    await s.stop();
    const again = await Session.start({ dir: s.dir });
    const uri2 = await again.open(NAME);
    const item = (await again.annotations(uri2)).items.find((i) => i.id === r.id);
    assert.strictEqual(item?.stance, 'against');
    await again.stop();
  });

  it('a broken sidecar: clear error, never overwritten, commands refused until start fresh backs it up', async () => {
    const s = await Session.start();
    const broken = '{\n  "schema": "mizan-annotations",\n  "version": 1,\n  "annotations": [\n    {\n      "id": "e-1",';
    fs.writeFileSync(s.sidecar(), broken);
    const uri = await s.open(NAME);
    const error = await s.client.notification<SidecarErrorParams>(SidecarError, (p) => p.uri === uri);
    assert.strictEqual(error.sidecar, s.sidecar());
    assert.match(error.message, /not valid JSON/);
    const view = await s.annotations(uri);
    assert.match(view.paused!, /not valid JSON/);
    const range = s.rangeOf(uri, CLAIM_TEXT);
    const refused = await s.run('tagStance', { uri, range, stance: 'favour' });
    assert.strictEqual(refused.ok, false);
    assert.match(refused.message!, /annotating is paused/);
    assert.strictEqual(fs.readFileSync(s.sidecar(), 'utf8'), broken);
    const fresh = await s.run('startFresh', { uri });
    assert.ok(fresh.ok, fresh.message);
    const backups = fs.readdirSync(s.dir).filter((f) => f.startsWith(`${NAME}.mizan.json.broken-`));
    assert.strictEqual(backups.length, 1);
    assert.strictEqual(fs.readFileSync(`${s.dir}/${backups[0]}`, 'utf8'), broken);
    assert.ok((await s.run('tagStance', { uri, range, stance: 'favour' })).ok);
    assert.strictEqual((await s.annotations(uri)).paused, undefined);
    assert.strictEqual(s.stored().annotations.length, 1);
    await s.stop();
  });

  it('an untrusted workspace shows annotations but writes nothing', async () => {
    const s = await Session.start({ trusted: false });
    const uri = await s.open(NAME);
    const view = await s.annotations(uri);
    assert.strictEqual(view.writable, false);
    const r = await s.run('tagStance', { uri, range: s.rangeOf(uri, CLAIM_TEXT), stance: 'favour' });
    assert.strictEqual(r.ok, false);
    assert.match(r.message!, /not trusted/);
    assert.ok(!fs.existsSync(s.sidecar()));
    await s.stop();
  });

  it('an annotation whose text was deleted outside the editor comes back as an orphan', async () => {
    const s = await Session.start();
    const uri = await s.open(NAME);
    const r = await s.run('addEntity', { uri, range: s.rangeOf(uri, 'قمة الدول المصدرة للغاز'), type: 'MISC' });
    await s.client.close(uri);
    const text = fs.readFileSync(s.file(), 'utf8');
    const at = text.indexOf('قمة الدول المصدرة للغاز');
    fs.writeFileSync(s.file(), text.slice(0, at - 30) + text.slice(at + 60));
    const uri2 = await s.open(NAME);
    const orphan = (await s.annotations(uri2)).items.find((i) => i.id === r.id)!;
    assert.ok(orphan.orphaned);
    assert.strictEqual(orphan.text, 'قمة الدول المصدرة للغاز');
    await s.stop();
  });
});
