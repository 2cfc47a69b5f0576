// The claim evaluation on the five samples' gold (test/fixtures/gold), through
// the engine as the CLI loads it. The floors sit a little under the figures measured when they
// were set, so a change that loses claims, speakers or cues fails here.
import * as assert from 'assert';
import { evaluateFolder, formatReport } from '../../server/src/cli/evalClaims';
import { evaluateClaims } from '../../server/src/core/claims/evaluate';
import type { Claim } from '../../server/src/core/types';
import { GOLD } from './claimsSupport';

describe('claims evaluation: matching rules', () => {
  const claim = (start: number, end: number, speaker?: [number, number]): Claim => ({ kind: 'indirect', content: { start, end }, ...(speaker ? { speaker: { start: speaker[0], end: speaker[1] } } : {}) });
  const cases: { name: string; found: Claim[]; gold: Parameters<typeof evaluateClaims>[1]; matched: number; speaker: number; nbFound: number }[] = [
    { name: 'overlap of half the longer span matches', found: [claim(0, 10)], gold: [{ start: 5, end: 15 }], matched: 1, speaker: 1, nbFound: 1 },
    { name: 'less than half does not', found: [claim(0, 10)], gold: [{ start: 6, end: 16 }], matched: 0, speaker: 1, nbFound: 1 },
    {
      name: 'one found claim matches one gold claim',
      found: [claim(0, 20)],
      gold: [
        { start: 0, end: 18 },
        { start: 2, end: 20 },
      ],
      matched: 1,
      speaker: 1,
      nbFound: 1,
    },
    { name: 'speaker right when spans overlap', found: [claim(0, 10, [20, 25])], gold: [{ start: 0, end: 10, speaker: { start: 24, end: 30 } }], matched: 1, speaker: 1, nbFound: 1 },
    { name: 'speaker wrong when only one side has one', found: [claim(0, 10)], gold: [{ start: 0, end: 10, speaker: { start: 24, end: 30 } }], matched: 1, speaker: 0, nbFound: 1 },
    { name: 'a match of a borderline claim is left out of the non-borderline figures', found: [claim(0, 10)], gold: [{ start: 0, end: 10, borderline: true }], matched: 1, speaker: 1, nbFound: 0 },
  ];
  for (const c of cases)
    it(c.name, () => {
      const ev = evaluateClaims(c.found, c.gold);
      assert.strictEqual(ev.all.matched, c.matched);
      assert.strictEqual(ev.all.speakerAccuracy, c.matched ? c.speaker : 1);
      assert.strictEqual(ev.nonBorderline.found, c.nbFound);
    });
});

describe('claims evaluation on the samples (mizan eval claims test/fixtures/gold)', function () {
  this.timeout(120000);
  const floors = { allF1: 0.92, nbF1: 0.97, speaker: 0.95, nbSpeaker: 0.97, cue: 0.97, fileF1: 0.8 };
  let report: ReturnType<typeof evaluateFolder>;
  before(() => {
    report = evaluateFolder(GOLD);
  });

  it('reaches the floors over all claims and over non-borderline claims', () => {
    const text = formatReport(report, true);
    assert.ok(report.all.f1 >= floors.allF1, `all-claims F1 ${report.all.f1}\n${text}`);
    assert.ok(report.nonBorderline.f1 >= floors.nbF1, `non-borderline F1 ${report.nonBorderline.f1}\n${text}`);
    assert.ok(report.all.speakerAccuracy >= floors.speaker, `speaker accuracy ${report.all.speakerAccuracy}\n${text}`);
    assert.ok(report.nonBorderline.speakerAccuracy >= floors.nbSpeaker, `non-borderline speaker accuracy\n${text}`);
    assert.ok(report.all.cueAccuracy >= floors.cue, `cue accuracy ${report.all.cueAccuracy}\n${text}`);
  });
  it('no sample falls far behind', () => {
    assert.strictEqual(report.files.length, 5);
    for (const f of report.files) assert.ok(f.all.f1 >= floors.fileF1, `${f.file}: F1 ${f.all.f1}\n${f.errors.join('\n')}`);
  });
});
