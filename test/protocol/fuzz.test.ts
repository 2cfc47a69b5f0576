// Property-based fuzz of the real server (in this process), seeded and repeatable: random edits of
// Arabic, Latin, quotes, every line end, emoji and split surrogate pairs, one or two changes an
// event, interleaved with token and annotation requests, annotation commands, save, close and
// reopen. After every step: nothing failed, every range is inside the document, a delta rebuilds
// the full tokens, decisions whose text no edit touched keep their exact text and place, and a
// reopen gives the same decisions and tokens. CI runs MIZAN_FUZZ_RUNS (default 60) sequences of 30
// to 60 steps from MIZAN_FUZZ_SEED (default 14); a longer run: MIZAN_FUZZ_RUNS=2000.
// A failure prints fast-check's seed and shrunk path: set MIZAN_FUZZ_SEED and MIZAN_FUZZ_PATH to replay it.
import * as assert from 'assert';
import fc from 'fast-check';
import * as fs from 'fs';
import { DidSaveTextDocumentNotification, type SemanticTokens, type SemanticTokensDelta } from 'vscode-languageserver-protocol/node';
import type { AnnotationItem } from '../../server/src/protocol';
import { Session } from './annotateSupport';
import { applyTokenEdits, lineStarts, offsetAt, positionAt } from './harness';

const SAMPLES = ['000_a8b16601d227bd12.txt', '002_04d32df0aca38847.txt'];
const RUNS = Number(process.env.MIZAN_FUZZ_RUNS ?? 60);
const SEED = Number(process.env.MIZAN_FUZZ_SEED ?? 14);
const REPLAY = process.env.MIZAN_FUZZ_PATH;

/** Pieces an edit inserts: every kind of text an annotator or a paste brings. */
const PIECES = ['و', 'بوتين', 'قال الرئيس ', 'طهران', 'Putin ', 'a', '«', '»', '"', '“', '”', ' ', '\n', '\r\n', '\r', '\n\n', '😀', '\uD83D', '\uDE00', '\u200F', 'ً', '.'];

/** `snap`: the edit starts at the next line break (0: off, 1: before it, 2: after it), where CR and LF join or split. */
interface Edit {
  at: number;
  snap: number;
  remove: number;
  insert: string;
}
type Step =
  | { kind: 'edit'; edits: Edit[] }
  | { kind: 'tokens' }
  | { kind: 'annotations' }
  | { kind: 'stance'; pick: number }
  | { kind: 'entity'; pick: number; status: 'accepted' | 'rejected' }
  | { kind: 'acceptAll' }
  | { kind: 'undo' }
  | { kind: 'reopen' };

const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), snap: fc.nat({ max: 2 }), remove: fc.nat({ max: 24 }), insert: fc.array(fc.constantFrom(...PIECES), { maxLength: 4 }).map((p) => p.join('')) });
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 8, arbitrary: fc.array(edit, { minLength: 1, maxLength: 2 }).map((edits) => ({ kind: 'edit' as const, edits })) },
  { weight: 2, arbitrary: fc.constant({ kind: 'tokens' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'annotations' as const }) },
  { weight: 2, arbitrary: fc.nat().map((pick) => ({ kind: 'stance' as const, pick })) },
  { weight: 2, arbitrary: fc.tuple(fc.nat(), fc.boolean()).map(([pick, yes]) => ({ kind: 'entity' as const, pick, status: yes ? ('accepted' as const) : ('rejected' as const) })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'acceptAll' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'undo' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'reopen' as const }) },
);

/** An offset a client can name: LSP positions cannot point between CR and LF. */
function nameable(text: string, o: number): number {
  return o > 0 && text.charCodeAt(o - 1) === 13 && text.charCodeAt(o) === 10 ? o - 1 : o;
}

interface Placed {
  start: number;
  end: number;
  exact: string;
}

describe('fuzz: random edits, requests and commands against the server', function () {
  this.timeout(600000);
  let s: Session;
  let runs = 0;
  /** What the sequences did, so that a run that checked nothing fails. */
  const seen = { steps: 0, edits: 0, tokens: 0, checked: 0, commandsOk: 0, reopens: 0 };

  before(async () => {
    s = await Session.start();
  });
  after(async () => {
    await s.stop();
    fs.rmSync(s.dir, { recursive: true, force: true });
  });

  async function run(sample: number, steps: Step[]): Promise<void> {
    const uri = await s.openCopy(SAMPLES[sample]);
    const file = s.file();
    const text = () => s.client.text(uri);
    let tokens: { data: number[]; id: string } | undefined;
    /** Decisions no edit has touched since they were last seen, where they must still be. */
    let placed = new Map<string, Placed>();

    const inside = (r: AnnotationItem['range'], what: string) => {
      const starts = lineStarts(text());
      for (const p of [r.start, r.end]) {
        assert.ok(p.line >= 0 && p.line < starts.length, `${what}: line ${p.line} of ${starts.length}`);
        const lineEnd = p.line + 1 < starts.length ? starts[p.line + 1] : text().length;
        assert.ok(p.character >= 0 && starts[p.line] + p.character <= lineEnd, `${what}: character ${p.character} past line ${p.line}`);
        const o = starts[p.line] + p.character;
        assert.ok(!(text().charCodeAt(o - 1) === 13 && text().charCodeAt(o) === 10), `${what}: between CR and LF`);
      }
    };
    const annotations = async (): Promise<AnnotationItem[]> => {
      const result = await s.annotations(uri, true);
      assert.ok(result, 'mizan/annotations answered null for an open article');
      for (const item of result.items) inside(item.range, `${item.kind} ${item.id}`);
      const decided = result.items.filter((i) => !i.id.startsWith('m-') && !i.orphaned);
      for (const [id, p] of placed) {
        const item = decided.find((i) => i.id === id);
        assert.ok(item, `decision ${id} «${p.exact}», untouched by any edit, is gone or orphaned`);
        const at = [offsetAt(text(), item.range.start), offsetAt(text(), item.range.end)];
        assert.deepStrictEqual(at, [p.start, p.end], `decision ${id} «${p.exact}», untouched by any edit, moved`);
        assert.strictEqual(text().slice(at[0], at[1]), p.exact);
        seen.checked++;
      }
      placed = new Map(
        decided.map((i) => {
          const start = offsetAt(text(), i.range.start);
          const end = offsetAt(text(), i.range.end);
          return [i.id, { start, end, exact: text().slice(start, end) }];
        }),
      );
      return result.items;
    };
    const fullTokens = async (): Promise<{ data: number[]; id: string }> => {
      const full = await s.client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
      const starts = lineStarts(text());
      let line = 0;
      let character = 0;
      for (let i = 0; i + 4 < full.data.length; i += 5) {
        line += full.data[i];
        character = full.data[i] === 0 ? character + full.data[i + 1] : full.data[i + 1];
        assert.ok(line < starts.length, `token on line ${line} of ${starts.length}`);
        const lineEnd = line + 1 < starts.length ? starts[line + 1] : text().length;
        assert.ok(starts[line] + character + full.data[i + 2] <= lineEnd, `token ${line}:${character}+${full.data[i + 2]} past its line`);
      }
      seen.tokens += full.data.length / 5;
      return { data: full.data, id: full.resultId! };
    };
    const ok = async (command: Parameters<Session['run']>[0], args: Record<string, unknown>) => {
      const r = await s.run(command, args);
      // A refusal is fine (nothing to undo, an orphan picked); it must say why.
      if (r.ok) seen.commandsOk++;
      assert.ok(r.ok || (r.message && r.message.length > 0), `${command} failed without a message`);
      // A command may move, add or remove decisions (undo): what is checked starts again from here.
      placed = new Map();
      await annotations();
    };

    for (const st of steps) {
      seen.steps++;
      if (st.kind === 'edit') {
        seen.edits++;
        let t = text();
        const changes = [];
        for (const e of st.edits) {
          let start = Math.floor(e.at * t.length);
          const brk = e.snap ? t.slice(start).search(/[\r\n]/) : -1;
          if (brk >= 0) start += brk + e.snap - 1;
          start = nameable(t, start);
          const end = nameable(t, Math.min(t.length, start + e.remove));
          changes.push({ range: { start: positionAt(t, start), end: positionAt(t, end) }, text: e.insert });
          // A decision is touched by an edit that reaches it or ends or starts at its edge.
          const shift = e.insert.length - (end - start);
          for (const [id, p] of placed) {
            if (end < p.start) placed.set(id, { ...p, start: p.start + shift, end: p.end + shift });
            else if (start <= p.end) placed.delete(id);
          }
          t = t.slice(0, start) + e.insert + t.slice(end);
        }
        await s.client.change(uri, changes);
      } else if (st.kind === 'tokens') {
        if (tokens) {
          const delta = await s.client.request<SemanticTokens | SemanticTokensDelta>('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: tokens.id });
          const rebuilt = 'edits' in delta ? applyTokenEdits(tokens.data, delta.edits) : delta.data;
          tokens = await fullTokens();
          assert.deepStrictEqual(rebuilt, tokens.data, 'the delta does not rebuild the full tokens');
        } else tokens = await fullTokens();
      } else if (st.kind === 'annotations') {
        await annotations();
      } else if (st.kind === 'stance' || st.kind === 'entity') {
        const items = (await annotations()).filter((i) => i.kind === (st.kind === 'stance' ? 'claim' : 'entity') && !i.orphaned && i.status !== 'rejected');
        if (!items.length) continue;
        const item = items[st.pick % items.length];
        if (st.kind === 'stance') await ok('tagStance', { uri, range: item.range, stance: ['favour', 'against', 'neutral'][st.pick % 3] });
        else await ok('setEntityStatus', { uri, position: item.range.start, status: st.status });
      } else if (st.kind === 'acceptAll') {
        await ok('acceptAll', { uri, kind: 'entity' });
      } else if (st.kind === 'undo') {
        await ok('undo', { uri });
      } else {
        // Save (the editor writes the text, the server the spans that moved), close and open again.
        const before = await annotations();
        fs.writeFileSync(file, text());
        await s.client.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
        const tokensBefore = await fullTokens();
        await settled(file);
        const current = text();
        await s.client.close(uri);
        await s.client.open(file, current);
        const after = await s.annotations(uri, true);
        const key = (items: AnnotationItem[]) =>
          items
            .filter((i) => !i.id.startsWith('m-'))
            .map((i) => JSON.stringify([i.id, i.status, i.stance, i.type, i.orphaned, i.orphaned ? null : i.range]))
            .sort();
        assert.deepStrictEqual(key(after!.items), key(before), 'reopen changed the decisions');
        assert.deepStrictEqual((await fullTokens()).data, tokensBefore.data, 'reopen changed the tokens (incremental state differs from a fresh analysis)');
        tokens = undefined;
        seen.reopens++;
      }
    }
    await annotations();
    await s.client.close(uri);
    runs++;
  }

  it(`${RUNS} seeded sequences of 30 to 60 steps on ${SAMPLES.length} samples (seed ${SEED})`, async () => {
    await fc.assert(fc.asyncProperty(fc.nat({ max: SAMPLES.length - 1 }), fc.array(step, { minLength: 30, maxLength: 60 }), run), {
      seed: SEED,
      numRuns: RUNS,
      ...(REPLAY ? { path: REPLAY } : {}),
      endOnFailure: !process.env.MIZAN_FUZZ_SHRINK,
    });
    assert.ok(runs >= RUNS);
    console.log(`      ${JSON.stringify(seen)}`);
    assert.ok(seen.checked > 0 && seen.tokens > 0 && seen.commandsOk > 0 && seen.reopens > 0, JSON.stringify(seen));
  });
});

/** Waits until the sidecar stops changing (the write after a save is the server's own, unacknowledged). */
async function settled(file: string): Promise<void> {
  const sidecar = `${file}.mizan.json`;
  const stamp = () => fs.statSync(sidecar, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  let last = stamp();
  for (let quiet = 0; quiet < 4;) {
    await new Promise((r) => setTimeout(r, 25));
    const now = stamp();
    quiet = now === last ? quiet + 1 : 0;
    last = now;
  }
}
