// Claims of every length re-anchor after a letter changes inside them. approx-string-match 1.1.0
// returned a bogus empty match when the pattern was a multiple of 32 characters and at least 64
// long: the claim was orphaned, and an orphan could come back as a live claim with start = end and
// its quote erased. The lengths below sit on both sides of each 32-character word boundary.
import * as assert from 'assert';
import { findQuote } from '../../server/src/core/annotate/anchor';
import { anchorOf } from '../../server/src/core/annotate/quote';
import type { AnnotationRecord } from '../../server/src/core/annotate/record';
import { moveRecords, relocateRecords } from '../../server/src/core/annotate/relocate';
import { diffTexts } from '../../server/src/core/annotate/textChange';
import { readSample, splice } from './anchorSupport';

const text = readSample('001_e0cce0fd4d3fc110.txt');
const LENGTHS = [31, 32, 33, 63, 64, 65, 95, 96, 97, 127, 128, 129, 383, 384, 385];
const AT = 200;

function claimOf(t: string, length: number): AnnotationRecord {
  return { kind: 'claim', id: `c${length}`, ...anchorOf(t, { start: AT, end: AT + length }), claimKind: 'direct', status: 'accepted', source: 'human', history: [], stance: 'favour' };
}

/** The text with the letter in the middle of the claim replaced by another. */
function oneLetterChanged(length: number): string {
  const at = AT + Math.floor(length / 2);
  return splice(text, at, at + 1, text[at] === 'ع' ? 'غ' : 'ع');
}

describe('claims of every length re-anchor after one letter changes inside', () => {
  for (const length of LENGTHS) {
    it(`${length} characters: moved by the edit`, () => {
      const claim = claimOf(text, length);
      const next = oneLetterChanged(length);
      const [moved] = moveRecords([claim], diffTexts(text, next)!, next);
      assert.ok(!moved.orphaned, `orphaned: ${JSON.stringify({ start: moved.start, end: moved.end })}`);
      assert.deepStrictEqual([moved.start, moved.end], [AT, AT + length]);
      assert.strictEqual(moved.exact, next.slice(AT, AT + length));
    });

    it(`${length} characters: found again when the file changed outside`, () => {
      const claim = claimOf(text, length);
      const next = oneLetterChanged(length);
      const [found] = relocateRecords([claim], next);
      assert.ok(!found.orphaned);
      assert.deepStrictEqual([found.start, found.end], [AT, AT + length]);
    });

    it(`${length} characters: the matcher never answers an empty span`, () => {
      const next = oneLetterChanged(length);
      const span = findQuote(next, anchorOf(text, { start: AT, end: AT + length }), { hint: AT });
      assert.ok(span && span.end - span.start >= length - 1, JSON.stringify(span));
    });
  }

  it('an orphaned 384-character claim stays an orphan with its quote after a keystroke elsewhere', () => {
    const claim = claimOf(text, 384);
    const deleted = splice(text, AT - 10, AT + 394, '');
    const [orphan] = moveRecords([claim], diffTexts(text, deleted)!, deleted);
    assert.ok(orphan.orphaned);
    const typed = splice(deleted, 5, 5, 'و');
    const [after] = moveRecords([orphan], diffTexts(deleted, typed)!, typed);
    assert.ok(after.orphaned, 'still an orphan');
    assert.strictEqual(after.exact, claim.exact, 'its quote kept');
    assert.strictEqual(after.kind === 'claim' && after.stance, 'favour');
  });
});

describe('orphans are looked for where the text changed, not over the whole text each keystroke', () => {
  const quote = anchorOf(text, { start: 400, end: 460 });
  const orphanAt = (): AnnotationRecord => ({ kind: 'claim', id: 'c-orphan', ...quote, start: 10, end: 10, orphaned: true, claimKind: 'direct', status: 'accepted', source: 'human', history: [] });

  it('a keystroke far from where its text is does not search there', () => {
    const typed = splice(text, 5, 5, 'و');
    const [after] = moveRecords([orphanAt()], diffTexts(text, typed)!, typed);
    assert.ok(after.orphaned, `re-anchored at ${after.start} by a keystroke at 5`);
    assert.strictEqual(after.start, 11, 'kept its place, moved by the keystroke');
  });

  it('an edit that brings its text back re-anchors it there', () => {
    const without = splice(text, 380, 480, '');
    const back = splice(without, 380, 380, text.slice(380, 480));
    const [after] = moveRecords([orphanAt()], diffTexts(without, back)!, back);
    assert.ok(!after.orphaned);
    assert.deepStrictEqual([after.start, after.end], [400, 460]);
  });

  it('a 1 MB article with its text moved far away still finds it on open (the whole text once local search fails)', () => {
    const far = 'ا'.repeat(1 << 20);
    const moved = splice(text, 380, 480, '') + far + text.slice(380, 480);
    const [found] = relocateRecords([{ ...orphanAt(), start: 400, end: 460, orphaned: undefined }], moved);
    assert.ok(!found.orphaned);
    assert.strictEqual(moved.slice(found.start, found.end), quote.exact);
  });
});
