// Import round trips: every importable format exported from a sample (emoji before the Arabic,
// and again with CRLF line ends) and imported onto the same text gives back the same annotations:
// spans, types, claim kinds, stances, targets, speakers and cues (CoNLL: entities, on token
// boundaries). Then the CLI: errors name the file and the line, and a failed import leaves the
// sidecar byte for byte as it was.
import * as assert from 'assert';
import * as cp from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyze } from '../../server/src/core/analyze';
import { fromAnalysis } from '../../server/src/core/annotate/fromAnalysis';
import { mergeDecisions } from '../../server/src/core/annotate/merge';
import type { AnnotatedDocument, Annotation } from '../../server/src/core/annotate/model';
import { anchorOf } from '../../server/src/core/annotate/quote';
import type { Decisions } from '../../server/src/core/annotate/record';
import { exportFiles } from '../../server/src/core/formats';
import type { ExportInput } from '../../server/src/core/formats/exportInput';
import { IMPORT_FORMATS, readImport, withImported, type ImportFormat } from '../../server/src/core/formats/importAnnotations';
import type { Token } from '../../server/src/core/types';
import { loadEngine } from '../../server/src/engine';
import { formatSidecar } from '../../server/src/store/sidecarFormat';
import { REPO } from '../support/samples';
import { readSample, sampleNames } from './anchorSupport';
import { HEAD } from './exportSupport';

const FILE_OF: Record<ImportFormat, (stem: string) => string> = {
  json: (s) => `${s}.json`,
  jsonl: () => 'annotations.jsonl',
  brat: (s) => `${s}.ann`,
  conll: (s) => `${s}.conll`,
  w3c: (s) => `${s}.jsonld`,
};

function viewOf(text: string, decisions: Decisions, engine: ReturnType<typeof loadEngine>) {
  const analysis = analyze(text, engine);
  return { analysis, view: mergeDecisions(fromAnalysis(analysis), decisions) };
}

/** What an annotation says, comparable across formats (CoNLL: entity spans widened to whole tokens). */
function said(v: AnnotatedDocument, tokens?: Token[]): string[] {
  const widen = (a: Annotation) => {
    if (!tokens) return a;
    const inside = tokens.filter((t) => t.start < a.end && a.start < t.end);
    return { ...a, start: inside[0].start, end: inside[inside.length - 1].end };
  };
  const all: Annotation[] = tokens ? v.entities : [...v.entities, ...v.claims];
  return all
    .filter((a) => !a.orphaned)
    .map(widen)
    .map((a) =>
      JSON.stringify(
        a.kind === 'entity' ? [a.kind, a.start, a.end, a.type] : [a.kind, a.start, a.end, a.claimKind, a.stance ?? null, a.target ?? null, a.speaker ? [a.speaker.start, a.speaker.end] : null, a.cue ? [a.cue.start, a.cue.end] : null],
      ),
    )
    .sort();
}

describe('import round trips', function () {
  this.timeout(120000);
  const engine = loadEngine();
  for (const name of sampleNames()) {
    for (const variant of ['emoji', 'emoji and CRLF'] as const) {
      const plain = HEAD + readSample(name);
      const text = variant === 'emoji' ? plain : plain.replace(/\r?\n/g, '\r\n');
      const machine = viewOf(text, { records: [] }, engine);
      const c = machine.view.claims.find((x) => x.speaker) ?? machine.view.claims[0];
      const decisions: Decisions = {
        records: [
          {
            kind: 'claim',
            id: 'c-1',
            ...anchorOf(text, c),
            claimKind: c.claimKind,
            status: 'accepted',
            source: 'machine',
            stance: 'against',
            target: 'الهدف «المحدد»',
            history: [],
            ...(c.speaker ? { speaker: anchorOf(text, c.speaker) } : {}),
            ...(c.cue ? { cue: anchorOf(text, c.cue) } : {}),
          },
        ],
      };
      const { analysis, view } = viewOf(text, decisions, engine);
      const input: ExportInput = { file: name, uri: `file:///corpus/${name}`, text, view, tokens: analysis.tokens, sentences: analysis.sentences, decisions };
      for (const format of IMPORT_FORMATS) {
        it(`${name} (${variant}): ${format} exported and imported gives the same annotations`, () => {
          const file = exportFiles(format, [input]).find((f) => f.name === FILE_OF[format](name.replace(/\.txt$/, '')))!;
          const items = readImport(format, text, file.content as string, { article: name, source: file.name });
          let n = 0;
          const imported = withImported(text, { records: [] }, items, { status: 'accepted', author: 'test', time: '2026-01-01T00:00:00.000Z', newId: (k) => `${k}-${n++}` });
          const back = mergeDecisions({ entities: [], claims: [] }, imported.decisions);
          const tokens = format === 'conll' ? analysis.tokens : undefined;
          assert.deepStrictEqual(said(back, tokens), said(view, tokens));
          assert.ok(back.entities.length > 0);
          if (format !== 'conll') assert.ok(back.claims.some((x) => x.stance === 'against' && x.target === 'الهدف «المحدد»'));
        });
      }
    }
  }
});

describe('mizan import (CLI)', function () {
  this.timeout(60000);
  const CLI = path.join(REPO, 'dist', 'cli.js');
  const name = sampleNames()[0];
  const mizan = (...args: string[]) => cp.spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

  function copy(): { dir: string; article: string } {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mizan-import-'));
    const article = path.join(dir, name);
    fs.writeFileSync(article, readSample(name));
    return { dir, article };
  }

  it('imports a brat export of another copy as suggestions, and again as accepted without doubling', () => {
    const a = copy();
    const out = path.join(a.dir, 'brat');
    assert.strictEqual(mizan('export', a.article, '--format', 'brat', '--out', out).status, 0);
    const b = copy();
    const ann = path.join(out, name.replace(/\.txt$/, '.ann'));
    let r = mizan('import', b.article, ann, '--as', 'suggested', '--author', 'sara');
    assert.strictEqual(r.status, 0, r.stderr);
    const first = JSON.parse(fs.readFileSync(`${b.article}.mizan.json`, 'utf8')) as { annotations: { status: string; history: { author: string }[] }[] };
    assert.ok(first.annotations.length > 0 && first.annotations.every((x) => x.status === 'suggested' && x.history[0].author === 'sara'));
    r = mizan('import', b.article, ann);
    assert.strictEqual(r.status, 0, r.stderr);
    const second = JSON.parse(fs.readFileSync(`${b.article}.mizan.json`, 'utf8')) as { annotations: { status: string }[] };
    assert.strictEqual(second.annotations.length, first.annotations.length);
    assert.ok(second.annotations.every((x) => x.status === 'accepted'));
    assert.match(r.stderr, /0 added, \d+ updated/);
  });

  const broken: [string, string, string, RegExp][] = [
    ['brat text that is not at its offsets', 'x.ann', 'T1\tPER 0 5\tبوتين\n', /x\.ann:1: «بوتين» is not at 0 5/],
    ['a brat type Mizan does not have', 'x.ann', `T1\tProtein 0 2\t${[...readSample(name)].slice(0, 2).join('')}\n`, /x\.ann:1: type Protein is not a Mizan entity type/],
    ['a CoNLL token not in the text', 'x.conll', 'هذا\tO\nزززز\tB-PER\n', /x\.conll:1: token «هذا» does not follow/],
    ['a JSONL line that is not JSON', 'x.jsonl', '{"kind": "entity"\n', /x\.jsonl:1: not valid JSON/],
  ];
  for (const [what, file, content, expected] of broken) {
    it(`refuses ${what}, naming the file and line, and leaves the sidecar as it was`, () => {
      const a = copy();
      const sidecar = formatSidecar(name, { records: [] });
      fs.writeFileSync(`${a.article}.mizan.json`, sidecar);
      const src = path.join(a.dir, file);
      fs.writeFileSync(src, content);
      const r = mizan('import', a.article, src);
      assert.strictEqual(r.status, 1);
      assert.match(r.stderr.replace(a.dir + path.sep, ''), expected);
      assert.match(r.stderr, /nothing imported/);
      assert.strictEqual(fs.readFileSync(`${a.article}.mizan.json`, 'utf8'), sidecar);
    });
  }
});
