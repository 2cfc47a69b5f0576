// How decisions lie over the machine's suggestions, on the gold annotations of a real sample: a
// decision replaces the suggestion with its span, a claim also the one it mostly overlaps, an
// annotator's span hides the suggestions inside it, rejected ones go to their own list, orphans
// stay visible at a zero-length span.
import * as assert from 'assert';
import { mergeDecisions } from '../../server/src/core/annotate/merge';
import { anchorOf } from '../../server/src/core/annotate/quote';
import type { AnnotationRecord } from '../../server/src/core/annotate/record';
import { suggestionsOf } from './annotateSupport';
import { readSample, sampleNames } from './anchorSupport';

const NAME = sampleNames()[0];
const text = readSample(NAME);
// Gold mentions stand in for the machine's, clustered by name as the engine would.
const names = new Map<string, number>();
const gold = suggestionsOf(NAME);
const machine = { ...gold, entities: gold.entities.map((e) => ({ ...e, cluster: names.get(e.text) ?? names.set(e.text, names.size).get(e.text)! })) };
const at = (s: string, nth = 0): number => {
  let i = -1;
  for (let n = 0; n <= nth; n++) i = text.indexOf(s, i + 1);
  return i;
};
const history = [{ action: 'test', author: 't', time: '2026-01-01T00:00:00.000Z' }];

function entity(id: string, start: number, end: number, extra: Partial<AnnotationRecord> = {}): AnnotationRecord {
  return { kind: 'entity', id, ...anchorOf(text, { start, end }), type: 'ORG', status: 'accepted', source: 'human', history, ...extra } as AnnotationRecord;
}

describe('merging decisions over suggestions', () => {
  const putin = at('بوتين');
  const claim = machine.claims[2];
  const second = at('بوتين', 1);
  const cases: { name: string; records: AnnotationRecord[]; without?: number; check: (v: ReturnType<typeof mergeDecisions>) => void }[] = [
    {
      name: "a decision with a suggestion's span takes its place (one entity, the decided type)",
      records: [entity('e-1', putin, putin + 5, { source: 'machine' })],
      check: (v) => {
        const here = v.entities.filter((e) => e.start === putin);
        assert.deepStrictEqual(
          here.map((e) => [e.id, e.type, e.status]),
          [['e-1', 'ORG', 'accepted']],
        );
        assert.strictEqual(v.entities.length, machine.entities.length);
      },
    },
    {
      name: 'a claim decision also takes the place of the suggestion it mostly overlaps',
      records: [{ kind: 'claim', id: 'c-1', ...anchorOf(text, { start: claim.start + 3, end: claim.end }), claimKind: 'direct', status: 'accepted', source: 'machine', stance: 'favour', history }],
      check: (v) => {
        assert.strictEqual(v.claims.length, machine.claims.length);
        const c = v.claims.find((x) => x.id === 'c-1')!;
        assert.deepStrictEqual([c.start, c.stance, c.speaker], [claim.start + 3, 'favour', claim.speaker], 'the machine speaker is kept');
      },
    },
    {
      name: "an annotator's longer span hides the suggestions inside it",
      records: [entity('e-2', at('قمة الدول'), at('قمة الدول') + 23)],
      check: (v) => {
        const inside = v.entities.filter((e) => e.start >= at('قمة الدول') && e.end <= at('قمة الدول') + 23);
        assert.deepStrictEqual(
          inside.map((e) => e.id),
          ['e-2'],
        );
      },
    },
    {
      name: 'rejected decisions leave the view and are listed apart',
      records: [entity('e-3', putin, putin + 5, { status: 'rejected', source: 'machine' })],
      check: (v) => {
        assert.ok(!v.entities.some((e) => e.start === putin));
        assert.deepStrictEqual(
          v.rejected!.map((e) => e.id),
          ['e-3'],
        );
      },
    },
    {
      name: 'an orphan stays in the view, flagged, at a zero-length span, and matches no suggestion',
      records: [entity('e-4', putin, putin + 5, { orphaned: true })],
      check: (v) => {
        const o = v.entities.find((e) => e.id === 'e-4')!;
        assert.deepStrictEqual([o.orphaned, o.end - o.start, o.text], [true, 0, 'بوتين']);
        assert.ok(
          v.entities.some((e) => e.start === putin && e.id.startsWith('m-')),
          'the suggestion is still there',
        );
      },
    },
    {
      name: "an added entity with a known name joins that name's cluster",
      records: [entity('e-5', second, second + 5)],
      without: second,
      check: (v) => {
        const machineCluster = v.entities.find((e) => e.text === 'بوتين' && e.id.startsWith('m-'))!.cluster;
        assert.notStrictEqual(machineCluster, undefined);
        assert.strictEqual(v.entities.find((e) => e.id === 'e-5')!.cluster, machineCluster);
      },
    },
  ];
  for (const c of cases) {
    const suggestions = { ...machine, entities: machine.entities.filter((e) => e.start !== c.without) };
    it(c.name, () => c.check(mergeDecisions(suggestions, { records: c.records })));
  }

  it('with no decisions the view is the suggestions, in order', () => {
    const v = mergeDecisions(machine, { records: [] });
    assert.deepStrictEqual(
      v.entities.map((e) => e.id),
      [...machine.entities].sort((a, b) => a.start - b.start || a.end - b.end).map((e) => e.id),
    );
    assert.deepStrictEqual(v.rejected, []);
  });
});
