// The annotation view's requests through the real server, on every sample: the outline is the
// document's paragraphs, the marks of a few paragraphs are the annotated view's (also after a
// decision), an answer for an old version says so, and an edit changes one paragraph's key.
import * as assert from 'assert';
import { ArticleOutlineRequest, ParagraphMarksRequest, type ArticleOutline, type ParagraphMarks } from '../../server/src/articleViewProtocol';
import { sampleNames } from '../support/samples';
import { offsetAt } from './harness';
import { Session } from './annotateSupport';

describe('annotation view requests (protocol)', function () {
  this.timeout(60000);
  let s: Session;
  before(async () => {
    s = await Session.start();
  });
  after(async () => {
    assert.strictEqual(await s.stop(), 0);
  });

  const outline = (uri: string) => s.client.request<ArticleOutline>(ArticleOutlineRequest, { uri });
  const marks = (uri: string, version: number, from: number, to: number) => s.client.request<ParagraphMarks>(ParagraphMarksRequest, { uri, version, from, to });

  for (const name of sampleNames()) {
    it(`${name}: paragraphs and marks agree with the document and the annotated view`, async () => {
      const uri = await s.openCopy(name);
      const text = s.client.text(uri);
      const o = await outline(uri);
      assert.strictEqual(o.length, text.length);
      let last = 0;
      for (const p of o.paragraphs) {
        assert.ok(p.start >= last && p.end > p.start, 'paragraphs in order, not empty');
        assert.strictEqual(text.slice(last, p.start).trim(), '', 'only white space between paragraphs');
        last = p.end;
      }
      assert.strictEqual(text.slice(last).trim(), '');

      // A decision first, so that the marks are the decisions laid over the suggestions.
      const view0 = await s.annotations(uri);
      const claim = view0.items.find((i) => i.kind === 'claim');
      if (claim) assert.ok((await s.run('tagStance', { uri, range: { start: claim.range.start, end: claim.range.start }, stance: 'against' })).ok);
      const view = await s.annotations(uri, true);

      // In two requests, as the view asks while it scrolls.
      const half = Math.ceil(o.paragraphs.length / 2);
      const parts = [await marks(uri, o.version, 0, half), await marks(uri, o.version, half, o.paragraphs.length)];
      const paragraphs = parts.flatMap((p) => p.paragraphs);
      assert.deepStrictEqual(
        paragraphs.map((p) => p.index),
        o.paragraphs.map((_, i) => i),
      );
      const found = new Set<string>();
      for (const p of paragraphs) {
        assert.strictEqual(p.text, text.slice(p.start, p.end));
        assert.strictEqual(p.key, o.paragraphs[p.index].key);
        for (const m of p.marks) if (m.kind === 'entity' || m.kind === 'claim') found.add(`${m.kind} ${p.start + m.start} ${m.status}${m.stance ? ` ${m.stance}` : ''}`);
      }
      for (const item of view.items) {
        if (item.orphaned) continue;
        const start = offsetAt(text, item.range.start);
        const at = o.paragraphs.find((p) => p.start <= start && start < p.end);
        if (!at) continue;
        assert.ok(found.has(`${item.kind} ${start} ${item.status}${item.stance ? ` ${item.stance}` : ''}`), `${item.kind} «${item.text.slice(0, 30)}» at ${start} (${item.status} ${item.stance ?? ''}) is not among the marks`);
      }
      if (claim)
        assert.ok(
          [...found].some((f) => f.startsWith(`claim ${offsetAt(text, claim.range.start)} accepted against`)),
          'the tagged claim is marked with its stance',
        );

      // An edit: the old version is refused, and only the touched paragraph's key changes.
      const k = Math.min(1, o.paragraphs.length - 1);
      await s.client.edit(uri, o.paragraphs[k].start + 2, o.paragraphs[k].start + 2, 'ب');
      assert.strictEqual((await marks(uri, o.version, 0, 1)).stale, true);
      const after = await outline(uri);
      assert.ok(after.version > o.version);
      const changed = after.paragraphs.map((p, i) => (p.key === o.paragraphs[i].key ? -1 : i)).filter((i) => i >= 0);
      assert.deepStrictEqual(changed, [k]);
      await s.client.close(uri);
    });
  }
});
