// Two windows on one folder are two server processes writing one sidecar. Commands sent from both
// at the same moment used to lose decisions (each read the sidecar, then wrote its own version):
// every command answered ok, and 4 of 12 stances and a third of the rejections were gone. Now each
// command reads, decides and writes under the sidecar's lock, and the other window is told.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { AnnotationsChanged, type AnnotationItem, type AnnotationsChangedParams } from '../../server/src/protocol';
import { SAMPLES_DIR } from '../support/samples';
import { Session } from './annotateSupport';

const NAME = '003_ccfab68bc49ab93d.txt';

describe('two windows (two servers) on one article', function () {
  this.timeout(60000);
  let dir: string;
  let a: Session;
  let b: Session;
  let uriA: string;
  let uriB: string;

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mizan-two-'));
    fs.copyFileSync(path.join(SAMPLES_DIR, NAME), path.join(dir, NAME));
    [a, b] = await Promise.all([Session.start({ dir }), Session.start({ dir })]);
    [uriA, uriB] = await Promise.all([a.open(NAME), b.open(NAME)]);
  });
  afterEach(async () => {
    await Promise.all([a.stop(), b.stop()]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const stored = () => a.stored().annotations;

  it('stances tagged from both windows at the same moment are all kept', async () => {
    const claims = (await a.annotations(uriA)).items.filter((i) => i.kind === 'claim');
    assert.ok(claims.length >= 12, `the sample has ${claims.length} claims`);
    const tags = claims.slice(0, 12).map((c, k) => (k % 2 ? b : a).run('tagStance', { uri: k % 2 ? uriB : uriA, range: c.range, stance: k % 3 ? 'favour' : 'against' }));
    const results = await Promise.all(tags);
    assert.ok(
      results.every((r) => r.ok),
      JSON.stringify(results.filter((r) => !r.ok)),
    );
    const tagged = stored().filter((r) => r.kind === 'claim' && r.stance);
    assert.strictEqual(tagged.length, 12, `kept ${tagged.length} of 12 stances`);
    for (const r of results)
      assert.ok(
        tagged.some((t) => t.id === r.id),
        `stance ${r.id} lost`,
      );
  });

  it('entity rejections from both windows at the same moment are all kept', async () => {
    const entities = (await a.annotations(uriA)).items.filter((i) => i.kind === 'entity');
    const picked = entities.filter((e, k, all) => all.findIndex((o) => o.range.start.line === e.range.start.line && o.range.start.character === e.range.start.character) === k).slice(0, 40);
    const results = await Promise.all(picked.map((e, k) => (k % 2 ? b : a).run('setEntityStatus', { uri: k % 2 ? uriB : uriA, position: e.range.start, status: 'rejected' })));
    assert.ok(
      results.every((r) => r.ok),
      JSON.stringify(results.filter((r) => !r.ok)),
    );
    const rejected = stored().filter((r) => r.kind === 'entity' && r.status === 'rejected');
    assert.strictEqual(rejected.length, picked.length, `kept ${rejected.length} of ${picked.length} rejections`);
  });

  it('a stance tagged in one window during an accept-all in the other is kept', async () => {
    const claims = (await b.annotations(uriB)).items.filter((i) => i.kind === 'claim');
    for (let round = 0; round < 3; round++) {
      // Each round from no decisions (both windows read the sidecar's absence under the lock).
      fs.rmSync(a.sidecar(), { force: true });
      const claim = claims[round];
      const [all, tag] = await Promise.all([a.run('acceptAll', { uri: uriA, kind: 'entity' }), b.run('tagStance', { uri: uriB, range: claim.range, stance: 'neutral' })]);
      assert.ok(all.ok && tag.ok, `${all.message} ${tag.message}`);
      assert.ok(
        stored().some((r) => r.id === tag.id && r.stance === 'neutral'),
        `round ${round}: the stance was lost`,
      );
      assert.ok(
        stored().some((r) => r.kind === 'entity' && r.status === 'accepted'),
        `round ${round}: the accept-all was lost`,
      );
    }
  });

  it('the other window is told, and shows the decision without being asked', async () => {
    const claim = (await a.annotations(uriA)).items.find((i) => i.kind === 'claim')!;
    const told = b.client.nextNotification<AnnotationsChangedParams>(AnnotationsChanged, (p) => p.uri === uriB);
    const r = await a.run('tagStance', { uri: uriA, range: claim.range, stance: 'favour' });
    assert.ok(r.ok, r.message);
    const params = await told;
    assert.strictEqual(params.progress.tagged, 1);
    const seen = (await b.annotations(uriB)).items.find((i: AnnotationItem) => i.id === r.id);
    assert.strictEqual(seen?.stance, 'favour');
  });

  it('a lock left by a killed writer is taken over, and its temp files removed', async () => {
    const sidecar = `${path.join(dir, NAME)}.mizan.json`;
    // Both windows have taken the article in (an open tidies what it finds): the dead writer's
    // files come after, and only this window's command meets them. Two windows meeting one dead
    // lock at once are the lock's unit tests.
    const claim = (await a.annotations(uriA)).items.find((i) => i.kind === 'claim')!;
    await b.annotations(uriB);
    fs.mkdirSync(`${sidecar}.lock`);
    const old = new Date(Date.now() - 60000);
    fs.utimesSync(`${sidecar}.lock`, old, old);
    fs.writeFileSync(`${sidecar}.1234567890`, 'half of a sidecar');
    const r = await a.run('tagStance', { uri: uriA, range: claim.range, stance: 'favour' });
    assert.ok(r.ok, r.message);
    assert.ok(!fs.existsSync(`${sidecar}.1234567890`), 'the temp file of the killed writer is removed');
    assert.ok(!fs.existsSync(`${sidecar}.lock`), 'the lock is released');
    assert.strictEqual(stored().filter((x) => x.stance).length, 1);
  });

  it('a window shut down while its command waits for the lock lets the command finish first', async () => {
    const claim = (await a.annotations(uriA)).items.find((i) => i.kind === 'claim')!;
    const sidecar = `${path.join(dir, NAME)}.mizan.json`;
    // Another writer holds the lock for a while: the command is still waiting when shutdown comes.
    fs.mkdirSync(`${sidecar}.lock`);
    const tagged = a.run('tagStance', { uri: uriA, range: claim.range, stance: 'against' });
    setTimeout(() => fs.rmSync(`${sidecar}.lock`, { recursive: true, force: true }), 300);
    await a.stop();
    assert.ok(fs.existsSync(sidecar), 'the sidecar was written before the server shut down');
    assert.strictEqual(stored().filter((x) => x.stance === 'against').length, 1);
    assert.ok(!fs.existsSync(`${sidecar}.lock`), 'the lock is released');
    assert.ok((await tagged).ok);
  });
});
