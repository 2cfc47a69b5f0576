// Semantic tokens with the annotator's decisions, paragraph by paragraph (decidedTokens.ts), must
// equal the tokens of the whole annotated view: on every sample, after decisions of every kind
// made through the same operations the commands use (accept, reject, relabel, add an entity, tag
// a stance, set a speaker), with the decisions moved by edits; and the stance hints, read from the
// decisions alone, name the view's tagged claims.
import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { acceptAll, addEntity, relabelEntity, setSpeaker, setStatus, tagStance, type Actor, type Outcome } from '../../server/src/core/annotate/decide';
import { fromAnalysis } from '../../server/src/core/annotate/fromAnalysis';
import { mergeDecisions } from '../../server/src/core/annotate/merge';
import type { AnnotatedDocument } from '../../server/src/core/annotate/model';
import type { Decisions } from '../../server/src/core/annotate/record';
import { moveRecords } from '../../server/src/core/annotate/relocate';
import { mulberry32 as rng } from '../../server/src/core/random';
import { loadEngine } from '../../server/src/engine';
import { chunkLayout, encodeLayout } from '../../server/src/lsp/chunkTokens';
import { decidedTokens, viewAround } from '../../server/src/lsp/decidedTokens';
import { claimAt, entityAt } from '../../server/src/lsp/lookup';
import { tokenSpans } from '../../server/src/lsp/semanticTokenSpans';
import { taggedClaims } from '../../server/src/lsp/inlayHints';
import { encodeTokens } from '../../server/src/lsp/semanticTokenEncoding';
import { assemble } from '../../server/src/state/assemble';
import { ChunkedDocument } from '../../server/src/state/chunkedDocument';
import { readSample, sampleNames } from '../support/samples';

let ids = 0;
const actor: Actor = { author: 'tester', time: '2026-11-25T00:00:00Z', newId: (kind) => `${kind}-${++ids}` };

type Step = (d: Decisions, view: AnnotatedDocument, text: string, r: () => number) => Outcome;
const pick = <T>(list: T[], r: () => number): T | undefined => list[Math.floor(r() * list.length)];

/** Decisions of each kind, at places the seeded generator picks. */
const STEPS: [string, Step][] = [
  ['accept an entity', (d, v, t, r) => setStatus(d, v, t, 'entity', pick(v.entities, r)?.start ?? -1, 'accepted', actor)],
  ['reject an entity', (d, v, t, r) => setStatus(d, v, t, 'entity', pick(v.entities, r)?.start ?? -1, 'rejected', actor)],
  ['relabel an entity', (d, v, t, r) => relabelEntity(d, v, t, pick(v.entities, r)?.start ?? -1, 'ORG', actor)],
  [
    'add an entity over a word',
    (d, v, t, r) => {
      const at = t.indexOf(' ', Math.floor(r() * t.length)) + 1;
      const end = t.indexOf(' ', at);
      return addEntity(d, v, t, { start: at, end: end < 0 ? t.length : end }, 'MISC', actor);
    },
  ],
  ['reject a claim', (d, v, t, r) => setStatus(d, v, t, 'claim', pick(v.claims, r)?.start ?? -1, 'rejected', actor)],
  [
    'tag a claim',
    (d, v, t, r) => {
      const c = pick(v.claims, r);
      return c ? tagStance(d, v, t, c, 'favour', undefined, c.claimKind, actor) : { error: 'noClaim' };
    },
  ],
  [
    'set a speaker',
    (d, v, t, r) => {
      const c = pick(v.claims, r);
      const e = pick(v.entities, r);
      return c && e ? setSpeaker(d, v, t, c.start, e, actor) : { error: 'noClaim' };
    },
  ],
  ['accept every claim', (d, v, t) => acceptAll(d, v, t, 'claim', actor)],
  // Decided again, at the same place: only the type or the status changes.
  [
    'relabel a decided entity',
    (d, v, t, r) =>
      relabelEntity(
        d,
        v,
        t,
        pick(
          v.entities.filter((e) => e.source === 'machine' && e.status === 'accepted'),
          r,
        )?.start ?? -1,
        'LOC',
        actor,
      ),
  ],
  [
    'reject a decided entity',
    (d, v, t, r) =>
      setStatus(
        d,
        v,
        t,
        'entity',
        pick(
          v.entities.filter((e) => e.status === 'accepted'),
          r,
        )?.start ?? -1,
        'rejected',
        actor,
      ),
  ],
];

describe('semantic tokens with decisions, paragraph by paragraph', function () {
  this.timeout(120000);
  const engine = loadEngine({});
  for (const name of sampleNames()) {
    it(`${name}: equal to the whole annotated view after each decision and edit`, () => {
      let text = readSample(name);
      const chunked = new ChunkedDocument(text, engine);
      let decisions: Decisions = { records: [] };
      const r = rng(name.length * 13 + 5);
      let split = 0;
      for (let k = 0; k < 30; k++) {
        const machine = fromAnalysis(assemble(text, chunked.analyse(text)));
        const [what, step] = STEPS[k % STEPS.length];
        const out = step(decisions, mergeDecisions(machine, decisions), text, r);
        if ('decisions' in out) decisions = out.decisions;
        // A keystroke somewhere: the decisions move with the text, as the manager moves them.
        const at = Math.floor(r() * text.length);
        const next = text.slice(0, at) + 'ب' + text.slice(at);
        decisions = { ...decisions, records: moveRecords(decisions.records, { start: at, oldEnd: at, newEnd: at + 1 }, next) };
        chunked.edit([{ start: at, end: at, inserted: 1, text: 'ب' }]);
        text = next;
        const chunks = chunked.analyse(text);
        const doc = TextDocument.create('untitled:t', 'mizan', k + 2, text);
        const whole = encodeTokens(doc, text, tokenSpans(mergeDecisions(fromAnalysis(assemble(text, chunks)), decisions), text));
        const view = mergeDecisions(fromAnalysis(assemble(text, chunks)), decisions);
        // The stance hints read the decisions alone: the same claims as the view's tagged ones.
        const tagged = (list: { start: number; end: number }[]) => list.map((c) => `${c.start}-${c.end}`);
        assert.deepStrictEqual(tagged(taggedClaims(decisions.records, 0, text.length)), tagged(view.claims.filter((c) => c.stance && c.status !== 'rejected' && !c.orphaned)), `hints after «${what}» #${k}`);
        // What code actions read at a place: the view around it finds what the whole view finds.
        const sig = (a?: { start: number; end: number; status: string; kind: string }) => a && `${a.kind} ${a.start}-${a.end} ${a.status} ${'type' in a ? a.type : ''}`;
        // Random places, and every cue and speaker (one may be named a paragraph before its claim).
        const places = Array.from({ length: 25 }, () => Math.floor(r() * text.length));
        for (const c of view.claims) for (const p of [c.cue, c.speaker]) if (p) places.push(p.start);
        for (const offset of places) {
          const around = viewAround(chunks, decisions.records, offset);
          if (!around) continue;
          assert.strictEqual(sig(claimAt(around, offset)), sig(claimAt(view, offset)), `claim at ${offset} after «${what}» #${k}`);
          assert.strictEqual(sig(entityAt(around, offset)), sig(entityAt(view, offset)), `entity at ${offset} after «${what}» #${k}`);
        }
        const parts = decidedTokens(chunks, decisions.records);
        if (!parts) {
          split++;
          continue;
        }
        assert.deepStrictEqual(encodeLayout(chunkLayout(doc, chunks, parts)), whole, `after «${what}» #${k}`);
      }
      assert.ok(split < 30, 'every step fell back to the whole view');
    });
  }
});
