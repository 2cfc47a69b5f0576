// Re-anchoring on the real samples: edits in the editor (before, inside, across and after spans,
// deletions) and rewrites outside it (paragraphs added or removed, line endings changed, a typo
// fixed), checked against the gold spans of every sample.
import * as assert from 'assert';
import { moveRecords, relocateRecords } from '../../server/src/core/annotate/relocate';
import { diffTexts } from '../../server/src/core/annotate/textChange';
import type { AnnotationRecord } from '../../server/src/core/annotate/record';
import { readSample, recordsOf, sampleNames, splice } from './anchorSupport';

const SAMPLE = '000_a8b16601d227bd12.txt';
const text = readSample(SAMPLE);
const records = recordsOf(SAMPLE);
const byText = (exact: string, nth = 0): AnnotationRecord => records.filter((r) => r.exact === exact)[nth];

function edited(start: number, end: number, insert: string): { next: string; moved: AnnotationRecord[] } {
  const next = splice(text, start, end, insert);
  return { next, moved: moveRecords(records, diffTexts(text, next)!, next) };
}

describe('re-anchoring after an edit in the editor', () => {
  const putin = byText('بوتين');
  const summit = byText('قمة الدول المصدرة للغاز');
  const cases: { name: string; edit: [number, number, string]; id: string; expect: { text?: string; shift?: number; orphaned?: boolean } }[] = [
    { name: 'insertion before a span moves it', edit: [putin.start - 10, putin.start - 10, 'كلمة جديدة '], id: putin.id, expect: { text: 'بوتين', shift: 11 } },
    { name: 'insertion right at its start moves it', edit: [putin.start, putin.start, 'الرئيس '], id: putin.id, expect: { text: 'بوتين', shift: 7 } },
    { name: 'deletion before a span moves it back', edit: [0, 14, ''], id: summit.id, expect: { text: 'قمة الدول المصدرة للغاز', shift: -14 } },
    { name: 'insertion right after it leaves it', edit: [putin.end, putin.end, ' نفسه'], id: putin.id, expect: { text: 'بوتين', shift: 0 } },
    { name: 'a word changed inside re-anchors it on the new text', edit: [summit.start + 4, summit.start + 9, 'البلدان'], id: summit.id, expect: { text: 'قمة البلدان المصدرة للغاز', shift: 0 } },
    { name: 'an edit across its start re-anchors it', edit: [summit.start - 6, summit.start + 2, 'لحضور قمة'.slice(0, 7)], id: summit.id, expect: { orphaned: false } },
    { name: 'an edit across its end re-anchors it', edit: [summit.end - 2, summit.end + 3, 'از، '], id: summit.id, expect: { orphaned: false } },
    { name: 'a paste over its sentence that keeps the name finds it in the new text', edit: [putin.start - 12, putin.end + 12, `قال الرئيس بوتين اليوم`], id: putin.id, expect: { text: 'بوتين', shift: -1 } },
    { name: 'deleting the span orphans it', edit: [putin.start, putin.end, ''], id: putin.id, expect: { orphaned: true } },
    { name: 'deleting its sentence orphans it although the name occurs elsewhere', edit: [putin.start - 40, putin.end + 40, ''], id: putin.id, expect: { orphaned: true } },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const before = records.find((r) => r.id === c.id)!;
      const { next, moved } = edited(...c.edit);
      const after = moved.find((r) => r.id === c.id)!;
      assert.ok(after, 'never dropped');
      if (c.expect.orphaned !== undefined) assert.strictEqual(!!after.orphaned, c.expect.orphaned, JSON.stringify(after));
      if (c.expect.text !== undefined) {
        assert.strictEqual(next.slice(after.start, after.end), c.expect.text);
        assert.strictEqual(after.exact, c.expect.text);
        assert.ok(!after.orphaned);
      }
      if (c.expect.shift !== undefined) assert.strictEqual(after.start - before.start, c.expect.shift);
      if (!after.orphaned) assert.strictEqual(next.slice(after.start, after.end), after.exact);
    });
  }

  it('keeps every other span on its text through the edits above', () => {
    for (const c of cases) {
      const { next, moved } = edited(...c.edit);
      for (const r of moved) if (!r.orphaned) assert.strictEqual(next.slice(r.start, r.end), r.exact, `${c.name}: ${r.id}`);
      assert.strictEqual(moved.length, records.length);
    }
  });
});

describe('re-anchoring after the file changed outside the editor', () => {
  const rewrites: { name: string; rewrite: (t: string) => string; orphans: (t: string, r: AnnotationRecord) => boolean | undefined }[] = [
    { name: 'a paragraph added at the top', rewrite: (t) => `تحديث: أضيفت هذه الفقرة لاحقاً إلى المقال.\n${t}`, orphans: () => false as boolean | undefined },
    { name: 'line endings changed to CRLF', rewrite: (t) => t.replace(/\n/g, '\r\n'), orphans: () => false as boolean | undefined },
    {
      name: 'the second paragraph removed',
      rewrite: (t) => {
        const p = paragraphBounds(t);
        return t.slice(0, p.start) + t.slice(p.end);
      },
      orphans: (t, r) => {
        const p = paragraphBounds(t);
        if (r.start >= p.start && r.end <= p.end) return true;
        return r.start < p.end && p.start < r.end ? undefined : false;
      },
    },
  ];
  for (const name of sampleNames()) {
    const original = readSample(name);
    const recs = recordsOf(name, original);
    for (const w of rewrites) {
      it(`${name}: ${w.name}`, () => {
        const next = w.rewrite(original);
        const out = relocateRecords(recs, next);
        assert.strictEqual(out.length, recs.length);
        recs.forEach((r, i) => {
          const o = out[i];
          const shouldOrphan = w.orphans(original, r);
          // Half of it removed: found again or orphaned are both right, dropped is not.
          if (shouldOrphan === undefined) return;
          if (shouldOrphan) {
            // A name of the removed paragraph may still occur elsewhere, but not with its context.
            assert.ok(o.orphaned, `${r.id} "${r.exact}" should be orphaned, found at ${o.start}`);
            return;
          }
          assert.ok(!o.orphaned, `${r.id} "${r.exact}" lost`);
          assert.strictEqual(next.slice(o.start, o.end).replace(/\r/g, ''), r.exact.replace(/\r/g, ''));
          const expected = w.rewrite(original.slice(0, r.start)).length;
          if (w.name !== 'the second paragraph removed') assert.strictEqual(o.start, expected, `${r.id} "${r.exact}" found at the wrong mention`);
        });
      });
    }
  }

  it('finds a span whose word was corrected outside the editor', () => {
    const r = byText('قمة الدول المصدرة للغاز');
    const next = splice(text, r.start + 4, r.start + 9, 'الدوّل');
    const [out] = relocateRecords([r], next);
    assert.ok(!out.orphaned);
    assert.strictEqual(next.slice(out.start, out.end), 'قمة الدوّل المصدرة للغاز');
  });
});

function paragraphBounds(t: string): { start: number; end: number } {
  const first = t.indexOf('\n') + 1;
  const end = t.indexOf('\n', first);
  return { start: first, end: end < 0 ? t.length : end + 1 };
}
