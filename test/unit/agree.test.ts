// `mizan agree` (the built CLI) on two annotators' copies of the samples: the first is the gold,
// the second the gold with one entity left out, one relabelled and one stance changed. The scores
// follow from those three changes, and the three disagreements are listed at their places.
import * as assert from 'assert';
import * as cp from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cohensKappa } from '../../server/src/core/agreement/coefficients';
import type { AnnotationRecord, ClaimRecord, EntityRecord } from '../../server/src/core/annotate/record';
import { formatSidecar } from '../../server/src/store/sidecarFormat';
import { REPO, SAMPLES_DIR } from '../support/samples';
import { readSample, recordsOf, sampleNames } from './anchorSupport';

const CLI = path.join(REPO, 'dist', 'cli.js');
const NAME = sampleNames()[0];
const STANCES = ['favour', 'against', 'neutral'];

function annotator(records: AnnotationRecord[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mizan-agree-'));
  fs.copyFileSync(path.join(SAMPLES_DIR, NAME), path.join(dir, NAME));
  fs.writeFileSync(path.join(dir, `${NAME}.mizan.json`), formatSidecar(NAME, { records }));
  return dir;
}

describe('mizan agree (CLI)', function () {
  this.timeout(60000);
  const text = readSample(NAME);
  const gold: AnnotationRecord[] = recordsOf(NAME).map((r, i) => (r.kind === 'claim' ? { ...r, stance: STANCES[i % 3] } : r));
  const entities = gold.filter((r): r is EntityRecord => r.kind === 'entity');
  const claims = gold.filter((r): r is ClaimRecord => r.kind === 'claim');
  // Two entities that overlap no other, so that each change is one disagreement.
  const alone = entities.filter((e) => !entities.some((o) => o !== e && o.start < e.end && e.start < o.end));
  const [dropped, relabelled] = [alone[1], alone[3]];
  const newType = relabelled.type === 'LOC' ? 'ORG' : 'LOC';
  const second = gold.filter((r) => r !== dropped).map((r) => (r === relabelled ? { ...r, type: newType } : r === claims[0] ? { ...r, stance: claims[0].stance === 'favour' ? 'against' : 'favour' } : r)) as AnnotationRecord[];

  it('scores follow from one entity left out, one relabelled and one stance changed', () => {
    const r = cp.spawnSync(process.execPath, [CLI, 'agree', annotator(gold), annotator(second), '--json'], { encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as {
      articles: { disagreements: { kind: string; what: string; text: string; start: number; at: string }[] }[];
      total: { pairs: { entitiesExact: { p: number; r: number; matched: number }; claimsExact: { f: number }; stanceKappa: { kappa: number } }[]; stanceAlpha: { alpha: number } };
    };
    const pair = out.total.pairs[0];
    const n = entities.length;
    assert.deepStrictEqual([pair.entitiesExact.matched, pair.entitiesExact.p, pair.entitiesExact.r], [n - 2, (n - 2) / (n - 1), (n - 2) / n]);
    assert.strictEqual(pair.claimsExact.f, 1);
    const stancePairs = claims.map((c, i) => [c.stance!, i === 0 ? (c.stance === 'favour' ? 'against' : 'favour') : c.stance!] as const);
    assert.strictEqual(pair.stanceKappa.kappa.toFixed(6), cohensKappa(stancePairs).kappa.toFixed(6));
    assert.ok(out.total.stanceAlpha.alpha < 1 && out.total.stanceAlpha.alpha > 0.5);
    const d = out.articles[0].disagreements;
    assert.deepStrictEqual(d.map((x) => x.kind).sort(), ['entity', 'entity', 'stance']);
    assert.ok(d.some((x) => x.start === dropped.start && x.what === `entity ${dropped.type} only in annotator 1` && x.text === dropped.exact));
    assert.ok(d.some((x) => x.start === relabelled.start && x.what === `type ${relabelled.type} (annotator 1) vs ${newType} (annotator 2)`));
    for (const x of d) {
      const [line, col] = x.at.split(':').map(Number);
      assert.strictEqual(
        text
          .split('\n')
          [line - 1].slice(col - 1)
          .startsWith(text.slice(x.start, x.start + 5)),
        true,
        x.at,
      );
    }
  });

  it("prints each disagreement as path:line:column of the second annotator's copy", () => {
    const b = annotator(second);
    const r = cp.spawnSync(process.execPath, [CLI, 'agree', annotator(gold), b], { encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stdout, /^3 disagreement\(s\):$/m);
    assert.ok(r.stdout.includes(`${path.join(b, NAME)}:`));
    assert.match(r.stdout, /^total  /m);
  });

  it('refuses one folder, and copies whose texts differ', () => {
    assert.strictEqual(cp.spawnSync(process.execPath, [CLI, 'agree', SAMPLES_DIR], { encoding: 'utf8' }).status, 2);
    const b = annotator(second);
    fs.appendFileSync(path.join(b, NAME), '\nسطر زائد');
    const r = cp.spawnSync(process.execPath, [CLI, 'agree', annotator(gold), b], { encoding: 'utf8' });
    assert.strictEqual(r.status, 1);
    assert.match(r.stderr, /the text differs/);
  });
});
