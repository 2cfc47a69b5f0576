// The annotation view's renderer (analysis + decisions → markup), on every sample with decisions
// of each kind, and on small texts for what samples do not have: markup in the text, spans that
// nest, touch or cross, a span over a hard wrap, characters outside the BMP, CRLF.
import * as assert from 'assert';
import { addEntity, setStatus, tagStance, type Actor } from '../../server/src/core/annotate/decide';
import { fromAnalysis } from '../../server/src/core/annotate/fromAnalysis';
import { mergeDecisions } from '../../server/src/core/annotate/merge';
import type { Decisions } from '../../server/src/core/annotate/record';
import { mulberry32 as rng } from '../../server/src/core/random';
import { loadEngine } from '../../server/src/engine';
import type { Mark } from '../../server/src/articleViewProtocol';
import { marksIn, directionOf } from '../../server/src/lsp/articleView';
import { viewBetween } from '../../server/src/lsp/decidedTokens';
import { assemble } from '../../server/src/state/assemble';
import { ChunkedDocument } from '../../server/src/state/chunkedDocument';
import { renderParagraph, wordEnd, type RenderOptions } from '../../client/src/annotationView/render';
import { readSample, sampleNames } from '../support/samples';
import { parseMarkup, shownText, skeleton, sourceLength, walk, type MarkupNode } from '../support/markup';

const OPTS: RenderOptions = { stanceNames: { favour: 'تأييد', against: 'معارضة' }, untagged: '؟' };
let ids = 0;
const actor: Actor = { author: 'tester', time: '2026-12-02T00:00:00Z', newId: (kind) => `${kind}-${++ids}` };
const WORD = /[\p{L}\p{M}\p{N}]/u;

/** Every piece of each mark (by kind and id), with the source offsets it covers. */
function pieces(root: MarkupNode): Map<string, { text: string; from: number; to: number; focusable: number }> {
  const out = new Map<string, { text: string; from: number; to: number; focusable: number }>();
  walk(root, (n, offset) => {
    const kind = n.attrs['data-kind'];
    if (!kind) return;
    const key = `${kind} ${n.attrs['data-id']} ${n.attrs['data-s']}`;
    const p = out.get(key) ?? { text: '', from: offset, to: offset, focusable: 0 };
    p.text += shownText(n);
    p.to = offset + sourceLength(n);
    if (n.attrs.tabindex !== undefined) p.focusable++;
    out.set(key, p);
  });
  return out;
}

const shown = (s: string) => s.replace(/\r\n|\n|\r/g, ' ');

function checkParagraph(text: string, marks: Mark[], where: string): MarkupNode {
  const root = parseMarkup(renderParagraph({ text, marks }, OPTS));
  assert.strictEqual(sourceLength(root), text.length, `${where}: code units kept`);
  assert.strictEqual(shownText(root), shown(text), `${where}: text shown as written, line breaks as spaces`);
  const found = pieces(root);
  for (const m of marks) {
    const p = found.get(`${m.kind} ${m.id} ${m.start}`);
    assert.ok(p, `${where}: ${m.kind} ${m.id} at ${m.start} rendered`);
    assert.deepStrictEqual([p.from, p.to, p.text], [m.start, m.end, shown(text.slice(m.start, m.end))], `${where}: ${m.kind} ${m.id} covers its text`);
    const focusable = (m.kind === 'entity' || m.kind === 'claim') && m.opens !== false ? 1 : 0;
    assert.strictEqual(p.focusable, focusable, `${where}: ${m.kind} ${m.id} takes focus once`);
  }
  // Stance labels: one per claim ending here, never between two letters of a word.
  const closing = marks.filter((m) => m.kind === 'claim' && m.closes !== false).length;
  let labels = 0;
  walk(root, (n, offset) => {
    for (const [i, c] of n.children.entries()) {
      if (typeof c === 'string' || !c.attrs.class?.startsWith('lbl')) continue;
      labels++;
      const at = offset + n.children.slice(0, i).reduce((s, x) => s + sourceLength(x), 0);
      assert.ok(!(WORD.test(text[at - 1] ?? '') && WORD.test(text[at] ?? '')), `${where}: label inside a word at ${at}`);
    }
  });
  assert.strictEqual(labels, closing, `${where}: one stance label per claim`);
  return root;
}

describe('annotation view renderer on the samples', function () {
  this.timeout(120000);
  const engine = loadEngine({});
  for (const name of sampleNames()) {
    it(`${name}: every paragraph keeps its text, every mark covers its span`, () => {
      const text = readSample(name);
      const chunked = new ChunkedDocument(text, engine);
      const chunks = chunked.analyse(text);
      const machine = fromAnalysis(assemble(text, chunks));
      let decisions: Decisions = { records: [] };
      const r = rng(name.length * 7 + 3);
      const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
      const steps = [
        (v: typeof machine) => setStatus(decisions, v, text, 'entity', pick(v.entities)?.start ?? -1, 'accepted', actor),
        (v: typeof machine) => setStatus(decisions, v, text, 'entity', pick(v.entities)?.start ?? -1, 'rejected', actor),
        (v: typeof machine) => {
          const c = pick(v.claims);
          return c ? tagStance(decisions, v, text, c, 'favour', undefined, c.claimKind, actor) : { error: 'none' };
        },
        (v: typeof machine) => {
          const c = pick(v.claims);
          return c ? tagStance(decisions, v, text, c, 'against', undefined, c.claimKind, actor) : { error: 'none' };
        },
        // Across the first line break inside a paragraph (a hard-wrapped sample has them).
        (v: typeof machine) => {
          const c = chunks.find((x) => /\n/.test(x.text));
          if (!c) return { error: 'none' };
          const at = c.start + c.text.indexOf('\n');
          return addEntity(decisions, v, text, { start: at - 3, end: at + 4 }, 'MISC', actor);
        },
      ];
      for (const step of steps) {
        const out = step(mergeDecisions(machine, decisions));
        if ('decisions' in out) decisions = out.decisions;
      }
      const view = mergeDecisions(machine, decisions);
      let marked = 0;
      for (const [i, c] of chunks.entries()) {
        const marks = marksIn(view, c.start, c.end);
        marked += marks.length;
        checkParagraph(c.text, marks, `${name} ¶${i}`);
        // What the server sends for a few paragraphs is what the whole view gives them.
        const around = viewBetween(chunks, decisions.records, i, i);
        if (around)
          assert.deepStrictEqual(
            marksIn(around, c.start, c.end).map((m) => [m.kind, m.start, m.end, m.status, m.type, m.stance]),
            marks.map((m) => [m.kind, m.start, m.end, m.status, m.type, m.stance]),
            `${name} ¶${i}: marks from the paragraph's own view`,
          );
      }
      assert.ok(marked > 0, `${name}: no marks at all`);
      const states = new Set(chunks.flatMap((c) => marksIn(view, c.start, c.end).map((m) => `${m.kind}:${m.status}`)));
      for (const s of ['entity:accepted', 'entity:rejected', 'claim:accepted']) assert.ok(states.has(s) || !view.claims.length, `${name}: ${s} shown`);
    });
  }
});

const m = (kind: Mark['kind'], id: string, start: number, end: number, extra: Partial<Mark> = {}): Mark => ({ kind, id, start, end, status: 'suggested', ...extra });

const CASES: { what: string; text: string; marks: Mark[]; skeleton: string }[] = [
  { what: 'markup in the text is shown as text', text: 'قال <script>alert(1)</script> و</span>', marks: [m('entity', 'a', 4, 12, { type: 'ORG' })], skeleton: 'قال [e:ORG <script>]alert(1)</script> و</span>' },
  { what: 'quotes and ampersands in the text', text: 'Q&A "x" \'y\'', marks: [m('entity', 'a', 0, 3, { type: 'MISC' })], skeleton: '[e:MISC Q&A] "x" \'y\'' },
  {
    what: "an entity inside a claim, the claim's label after it",
    text: 'قال إن طهران ترفض.',
    marks: [m('claim', 'c', 7, 17, { claimKind: 'indirect' }), m('entity', 'e', 7, 12, { type: 'LOC' })],
    skeleton: 'قال إن [claim [e:LOC طهران] ترفض]«؟».',
  },
  { what: 'adjacent entities', text: 'محمد علي', marks: [m('entity', 'a', 0, 4, { type: 'PER' }), m('entity', 'b', 4, 8, { type: 'PER' })], skeleton: '[e:PER محمد][e:PER  علي]' },
  { what: 'overlapping spans are cut, the later piece continued', text: 'أكد الوزير أن', marks: [m('cue', 'c', 0, 6), m('speaker', 'c', 4, 10)], skeleton: '[cue أكد [speaker ال]][speaker+ وزير] أن' },
  { what: 'a span across a hard wrap', text: 'قال\nالوزير', marks: [m('entity', 'a', 0, 10, { type: 'PER' })], skeleton: '[e:PER قال/1الوزير]' },
  { what: 'CRLF', text: 'سطر\r\nثان', marks: [m('entity', 'a', 2, 7, { type: 'LOC' })], skeleton: 'سط[e:LOC ر/2ثا]ن' },
  { what: "a mark edge inside a surrogate pair moves to the pair's start", text: 'a😀b𝐀c', marks: [m('entity', 'a', 2, 5, { type: 'MISC' })], skeleton: 'a[e:MISC 😀b]𝐀c' },
  { what: 'a name inside a word (لطهران): the letters stay in one run of text', text: 'وصل لطهران أمس', marks: [m('entity', 'a', 5, 10, { type: 'LOC', status: 'accepted' })], skeleton: 'وصل ل[e:LOC طهران] أمس' },
  { what: "a claim ending inside a word: its label waits for the word's end", text: 'قال إنه ذهب لطهران', marks: [m('claim', 'c', 8, 13, { stance: 'favour' })], skeleton: 'قال إنه [claim ذهب ل]طهران«تأييد»' },
  { what: 'a claim cut at the paragraph end has no label there', text: 'قال إن', marks: [m('claim', 'c', 4, 6, { closes: false, opens: false })], skeleton: 'قال [claim+ إن]' },
  { what: 'a stance id that is not a class name', text: 'نص', marks: [m('claim', 'c', 0, 2, { stance: 'x y"><b>' })], skeleton: '[claim نص]«x y"><b>»' },
];

describe('annotation view renderer on small texts', () => {
  for (const c of CASES) {
    it(c.what, () => {
      const html = renderParagraph({ text: c.text, marks: c.marks }, OPTS);
      assert.ok(!/<(?!\/?span[ >])/.test(html), `only span tags: ${html}`);
      const root = parseMarkup(html);
      assert.strictEqual(skeleton(root), c.skeleton);
      assert.strictEqual(sourceLength(root), c.text.length);
    });
  }
  it('claims carry their stance and kind as classes', () => {
    const html = renderParagraph({ text: 'قال «لا» و«نعم»', marks: [m('claim', 'a', 5, 7, { stance: 'favour', claimKind: 'direct', status: 'accepted' }), m('claim', 'b', 11, 14, { claimKind: 'direct' })] }, OPTS);
    assert.match(html, /class="m c st-accepted sn-favour k-direct"/);
    assert.match(html, /class="m c st-suggested sn-untagged k-direct"/);
  });
  it('wordEnd stops at the end of a word and not before', () => {
    assert.deepStrictEqual([wordEnd('ذهب لطهران', 5), wordEnd('ذهب لطهران', 3), wordEnd('ab😀', 1)], [10, 3, 2]);
  });
  it('direction: Arabic or letterless paragraphs right to left, mostly Latin ones left to right', () => {
    assert.deepStrictEqual(['قال الوزير إن Reuters', 'Reuters reported that قال', '2024-11-03', readSample(sampleNames()[0]).slice(0, 300)].map(directionOf), ['rtl', 'ltr', 'rtl', 'rtl']);
  });
});
