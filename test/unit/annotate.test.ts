// The annotation manager on real samples: each decision is written to the sidecar and shown in the
// view; undo; quick commands that must not lose each other's changes; broken sidecars pause
// annotating without being touched; untrusted workspaces write nothing; spans follow edits.
import * as assert from 'assert';
import * as fs from 'fs';
import * as decide from '../../server/src/core/annotate/decide';
import { Article } from './annotateSupport';
import { sampleNames } from './anchorSupport';

const NAME = sampleNames()[0];

describe('annotation manager: decisions', () => {
  const cases: { name: string; run: (a: Article) => Promise<{ ok: boolean }>; check: (a: Article) => void }[] = [
    {
      name: 'accepting a suggestion stores it as machine / accepted with author and time',
      run: (a) => a.manager.apply(a.uri, a.current, (d, v, t, actor) => decide.setStatus(d, v, t, 'entity', a.at('بوتين') + 2, 'accepted', actor)),
      check: (a) => {
        const [r] = a.stored().annotations;
        assert.deepStrictEqual([r.kind, r.status, r.exact, r.history[0].action, r.history[0].author], ['entity', 'accepted', 'بوتين', 'accept', 'tester']);
        assert.strictEqual(a.view().entities.find((e) => e.start === a.at('بوتين'))?.status, 'accepted');
      },
    },
    {
      name: 'relabelling changes the type and remembers the old one',
      run: (a) => a.manager.apply(a.uri, a.current, (d, v, t, actor) => decide.relabelEntity(d, v, t, a.at('روسيا'), 'ORG', actor)),
      check: (a) => {
        const e = a.view().entities.find((x) => x.start === a.at('روسيا'))!;
        assert.deepStrictEqual([e.type, e.status], ['ORG', 'accepted']);
        assert.strictEqual(a.stored().annotations[0].type, 'ORG');
      },
    },
    {
      name: 'rejecting takes it out of the view but keeps it in the sidecar',
      run: (a) => a.manager.apply(a.uri, a.current, (d, v, t, actor) => decide.setStatus(d, v, t, 'entity', a.at('تركيا'), 'rejected', actor)),
      check: (a) => {
        const at = a.at('تركيا');
        assert.ok(!a.view().entities.some((e) => e.start === at));
        assert.ok(a.view().rejected!.some((e) => e.start === at));
        assert.strictEqual(a.stored().annotations[0].status, 'rejected');
      },
    },
    {
      name: 'tagging the stance of the claim under the cursor',
      run: (a) => {
        const c = a.machine.claims[1];
        return a.manager.apply(a.uri, a.current, (d, v, t, actor) => decide.tagStance(d, v, t, { start: c.start + 5, end: c.start + 5 }, 'favour', 'التحالف', 'indirect', actor));
      },
      check: (a) => {
        const c = a.view().claims.find((x) => x.start === a.machine.claims[1].start)!;
        assert.deepStrictEqual([c.stance, c.target, c.status], ['favour', 'التحالف', 'accepted']);
        assert.strictEqual(a.stored().annotations[0].stance, 'favour');
      },
    },
    {
      name: 'tagging a selection that is no claim makes it a claim of the annotator',
      run: (a) => a.manager.apply(a.uri, a.current, (d, v, t, actor) => decide.tagStance(d, v, t, { start: 0, end: 62 }, 'against', undefined, 'indirect', actor)),
      check: (a) => {
        const c = a.view().claims.find((x) => x.start === 0)!;
        assert.deepStrictEqual([c.source, c.stance, c.text], ['human', 'against', a.text.slice(0, 62).trim()]);
      },
    },
    {
      name: 'adding an entity from a selection (white space trimmed)',
      run: (a) => {
        const s = a.at('الأزمة السورية');
        return a.manager.apply(a.uri, a.current, (d, v, t, actor) => decide.addEntity(d, v, t, { start: s - 1, end: s + 14 }, 'MISC', actor));
      },
      check: (a) => {
        const e = a.view().entities.find((x) => x.text === 'الأزمة السورية')!;
        assert.deepStrictEqual([e.source, e.type, e.status], ['human', 'MISC', 'accepted']);
      },
    },
    {
      name: 'accepting all entities keeps the record of one decided before, with its id and history',
      run: async (a) => {
        await a.manager.apply(a.uri, a.current, (d, v, t, actor) => decide.setStatus(d, v, t, 'entity', a.at('روسيا'), 'suggested', actor));
        return a.manager.apply(a.uri, a.current, (d, v, t, actor) => decide.acceptAll(d, v, t, 'entity', actor));
      },
      check: (a) => {
        const stored = a.stored().annotations;
        assert.ok(a.view().entities.every((e) => e.status === 'accepted'));
        assert.strictEqual(stored.length, a.machine.entities.length);
        assert.strictEqual(new Set(stored.map((r) => r.id)).size, stored.length, 'ids are unique');
        const russia = stored.filter((r) => r.start === a.at('روسيا'));
        assert.deepStrictEqual(
          russia.map((r) => r.history.map((h) => h.action)),
          [['reset', 'accept']],
        );
      },
    },
    {
      name: 'accepting all suggested claims at once',
      run: (a) => a.manager.apply(a.uri, a.current, (d, v, t, actor) => decide.acceptAll(d, v, t, 'claim', actor)),
      check: (a) => {
        assert.ok(a.view().claims.every((c) => c.status === 'accepted'));
        assert.strictEqual(a.stored().annotations.length, a.machine.claims.length);
      },
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const a = new Article(NAME);
      const result = await c.run(a);
      assert.ok(result.ok, JSON.stringify(result));
      c.check(a);
      // Close and reopen: a new manager reads everything back from the sidecar.
      a.manager = a.newManager();
      c.check(a);
    });
  }

  it('refuses what makes no sense, with a reason', async () => {
    const a = new Article(NAME);
    const r1 = await a.manager.apply(a.uri, a.current, (d, v, t, actor) => decide.relabelEntity(d, v, t, a.at('روسيا'), 'PERSON', actor));
    const r2 = await a.manager.apply(a.uri, a.current, (d, v, t, actor) => decide.setStatus(d, v, t, 'entity', 3, 'accepted', actor));
    assert.deepStrictEqual([r1.ok, r2.ok], [false, false]);
    assert.match(r1.message!, /unknown entity type "PERSON"/);
    assert.match(r2.message!, /no entity at this position/);
    assert.ok(!fs.existsSync(a.sidecar));
  });
});

describe('annotation manager: undo', () => {
  it('reverts the last changes one by one, back to nothing', async () => {
    const a = new Article(NAME);
    const snapshots = [JSON.stringify(a.view())];
    const steps = [
      (d: Parameters<typeof decide.acceptAll>[0], v: Parameters<typeof decide.acceptAll>[1], t: string, actor: decide.Actor) => decide.relabelEntity(d, v, t, a.at('روسيا'), 'ORG', actor),
      (d: Parameters<typeof decide.acceptAll>[0], v: Parameters<typeof decide.acceptAll>[1], t: string, actor: decide.Actor) => decide.setStatus(d, v, t, 'entity', a.at('روسيا'), 'rejected', actor),
      (d: Parameters<typeof decide.acceptAll>[0], _v: Parameters<typeof decide.acceptAll>[1], _t: string, actor: decide.Actor) => decide.tagArticle(d, 'against', undefined, actor),
    ];
    for (const step of steps) {
      assert.ok((await a.manager.apply(a.uri, a.current, step)).ok);
      snapshots.push(JSON.stringify(a.view()));
    }
    for (let i = steps.length - 1; i >= 0; i--) {
      assert.ok((await a.manager.undo(a.uri, a.current)).ok);
      assert.strictEqual(JSON.stringify(a.view()), snapshots[i], `after undoing step ${i + 1}`);
    }
    const none = await a.manager.undo(a.uri, a.current);
    assert.deepStrictEqual([none.ok, none.message], [false, 'nothing to undo in this article']);
  });

  it('keeps spans where the text moved them since', async () => {
    const a = new Article(NAME);
    await a.manager.apply(a.uri, a.current, (d, v, t, actor) => decide.relabelEntity(d, v, t, a.at('بوتين'), 'ORG', actor));
    a.edit(0, 0, 'سطر جديد\n');
    assert.ok((await a.manager.undo(a.uri, a.current)).ok);
    const e = a.view().entities.find((x) => x.start === a.at('بوتين'))!;
    assert.deepStrictEqual([e.type, a.text.slice(e.start, e.end)], ['PER', 'بوتين']);
  });
});

describe('annotation manager: storage that never loses work', () => {
  it('quick commands one after another lose nothing (serialised per file)', async () => {
    const a = new Article(NAME);
    const offsets = a.machine.entities.map((e) => e.start);
    const results = await Promise.all(offsets.map((at) => a.manager.apply(a.uri, a.current, (d, v, t, actor) => decide.setStatus(d, v, t, 'entity', at, 'accepted', actor))));
    assert.ok(results.every((r) => r.ok));
    assert.strictEqual(a.stored().annotations.length, offsets.length);
    assert.ok(a.view().entities.every((e) => e.status === 'accepted'));
  });

  it('takes in a change another annotator (or git pull) made to the sidecar before writing', async () => {
    const a = new Article(NAME);
    const other = a.newManager();
    await a.manager.apply(a.uri, a.current, (d, v, t, actor) => decide.setStatus(d, v, t, 'entity', a.at('روسيا'), 'accepted', actor));
    await other.apply(a.uri, a.current, (d, v, t, actor) => decide.setStatus(d, v, t, 'entity', a.at('طهران'), 'accepted', actor));
    await a.manager.apply(a.uri, a.current, (d, v, t, actor) => decide.setStatus(d, v, t, 'entity', a.at('موسكو'), 'accepted', actor));
    assert.deepStrictEqual(
      a
        .stored()
        .annotations.map((r) => r.exact)
        .sort(),
      ['روسيا', 'طهران', 'موسكو'].sort(),
    );
  });

  for (const [kind, content] of [
    ['half-written', '{\n  "schema": "mizan-annotations",\n  "version": 1,\n  "annot'],
    ['hand-broken', '{"schema": "mizan-annotations", "version": 1, "article": "x", "annotations": [{"kind": "entity"}]}'],
  ]) {
    it(`a ${kind} sidecar pauses annotating, is never overwritten, and start fresh backs it up`, async () => {
      const a = new Article(NAME);
      fs.writeFileSync(a.sidecar, content);
      const view = a.view();
      assert.strictEqual(view.entities.length, a.machine.entities.length, 'suggestions are still shown');
      assert.strictEqual(a.broken.length, 1);
      assert.ok(a.broken[0].startsWith(a.sidecar));
      const refused = await a.manager.apply(a.uri, a.current, (d, v, t, actor) => decide.setStatus(d, v, t, 'entity', a.at('روسيا'), 'accepted', actor));
      assert.strictEqual(refused.ok, false);
      assert.match(refused.message!, /annotating is paused: .*mizan\.json: /);
      assert.strictEqual(fs.readFileSync(a.sidecar, 'utf8'), content);
      const fresh = await a.manager.startFresh(a.uri, a.current);
      assert.ok(fresh.ok, fresh.message);
      const backups = fs.readdirSync(a.dir).filter((f) => f.includes('.broken-'));
      assert.strictEqual(backups.length, 1);
      assert.strictEqual(fs.readFileSync(`${a.dir}/${backups[0]}`, 'utf8'), content);
      assert.ok((await a.manager.apply(a.uri, a.current, (d, v, t, actor) => decide.setStatus(d, v, t, 'entity', a.at('روسيا'), 'accepted', actor))).ok);
      assert.strictEqual(a.stored().annotations.length, 1);
    });
  }

  it('a sidecar changed outside while the article is open is taken in when asked again, never written', async () => {
    const a = new Article(NAME);
    await a.manager.apply(a.uri, a.current, (d, v, t, actor) => decide.relabelEntity(d, v, t, a.at('روسيا'), 'ORG', actor));
    const other = a.newManager();
    await other.apply(a.uri, a.current, (d, _v, _t, actor) => decide.tagArticle(d, 'against', undefined, actor));
    const written = fs.readFileSync(a.sidecar, 'utf8');
    assert.strictEqual(a.view().article, undefined);
    assert.strictEqual(a.manager.reread(a.uri, a.text), true);
    assert.strictEqual(a.view().article?.stance, 'against');
    assert.strictEqual(a.manager.reread(a.uri, a.text), false, 'nothing new the second time');
    fs.writeFileSync(a.sidecar, '{ "schema": ');
    assert.strictEqual(a.manager.reread(a.uri, a.text), true);
    assert.strictEqual(a.broken.length, 1, 'the client is told once');
    assert.strictEqual(a.manager.reread(a.uri, a.text), false);
    assert.notStrictEqual(fs.readFileSync(a.sidecar, 'utf8'), written);
  });

  it('a sidecar fixed by hand is taken up again without start fresh', async () => {
    const a = new Article(NAME);
    fs.writeFileSync(a.sidecar, '{');
    a.view();
    fs.writeFileSync(a.sidecar, '{"schema": "mizan-annotations", "version": 1, "article": "x", "annotations": []}');
    assert.ok((await a.manager.apply(a.uri, a.current, (d, _v, _t, actor) => decide.tagArticle(d, 'favour', undefined, actor))).ok);
    assert.strictEqual(a.view().article?.stance, 'favour');
  });

  it('start fresh refuses when the sidecar is fine', async () => {
    const a = new Article(NAME);
    await a.manager.apply(a.uri, a.current, (d, _v, _t, actor) => decide.tagArticle(d, 'favour', undefined, actor));
    const r = await a.manager.startFresh(a.uri, a.current);
    assert.strictEqual(r.ok, false);
    assert.ok(fs.existsSync(a.sidecar));
  });

  it('writes nothing in an untrusted workspace', async () => {
    const a = new Article(NAME, { writable: false });
    const r = await a.manager.apply(a.uri, a.current, (d, _v, _t, actor) => decide.tagArticle(d, 'favour', undefined, actor));
    assert.strictEqual(r.ok, false);
    assert.match(r.message!, /not trusted/);
    assert.deepStrictEqual(fs.readdirSync(a.dir), [NAME]);
  });

  it('annotations follow edits in the editor, and the moved offsets are written on save', async () => {
    const a = new Article(NAME);
    await a.manager.apply(a.uri, a.current, (d, v, t, actor) => decide.relabelEntity(d, v, t, a.at('خامنئي'), 'ORG', actor));
    a.edit(a.at('خامنئي') - 20, a.at('خامنئي') - 20, 'نص مضاف ');
    const e = a.view().entities.find((x) => x.type === 'ORG')!;
    assert.strictEqual(a.text.slice(e.start, e.end), 'خامنئي');
    assert.notStrictEqual(a.stored().annotations[0].start, e.start, 'not written before the article is saved');
    await a.manager.saved(a.uri, a.text);
    assert.strictEqual(a.stored().annotations[0].start, e.start);
  });

  it('an annotation whose text was deleted outside the editor is kept as an orphan', async () => {
    const a = new Article(NAME);
    const at = a.at('قمة الدول المصدرة للغاز');
    await a.manager.apply(a.uri, a.current, (d, v, t, actor) => decide.relabelEntity(d, v, t, at, 'ORG', actor));
    a.edit(at - 30, at + 40, '');
    fs.writeFileSync(a.file, a.text);
    a.manager = a.newManager();
    const orphan = a.view().entities.find((x) => x.orphaned)!;
    assert.ok(orphan, 'listed as orphaned');
    assert.deepStrictEqual([orphan.text, orphan.type, orphan.end - orphan.start], ['قمة الدول المصدرة للغاز', 'ORG', 0]);
  });
});
