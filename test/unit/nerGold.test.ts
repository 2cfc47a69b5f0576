import * as assert from 'assert';
import { prf } from '../../server/src/core/entities/score';
import { evalGoldFolder } from '../../server/src/cli/evalNer';
import { GOLD_DIR as gold } from '../support/samples';

describe("ner: quality on the samples' gold", () => {
  const r = evalGoldFolder(gold);
  it('scores all five articles', () => assert.strictEqual(r.files, 5));
  // Floors a little under what the shipped model measures (README): they fail if quality drops.
  it('exact-match F1 stays at or above 0.82', () => assert.ok(prf(r.exact.overall).f >= 0.82, JSON.stringify(prf(r.exact.overall))));
  it('overlap F1 stays at or above 0.86', () => assert.ok(prf(r.overlap.overall).f >= 0.86, JSON.stringify(prf(r.overlap.overall))));
  it('places stay above 0.93 exact F1', () => assert.ok(prf(r.exact.byType.LOC).f >= 0.93, JSON.stringify(prf(r.exact.byType.LOC))));
});
