// Export formats checked on their real output: brat and W3C offsets in code points on a text with
// emoji before the Arabic, CoNLL tags per token, CSV that parses back, JSON with rejected kept.
import * as assert from 'assert';
import { mergeDecisions } from '../../server/src/core/annotate/merge';
import { anchorOf } from '../../server/src/core/annotate/quote';
import { codePointOffsets } from '../../server/src/core/formats/codePoints';
import { bratConf, toBrat } from '../../server/src/core/formats/exportBrat';
import { toConll } from '../../server/src/core/formats/exportConll';
import { CSV_COLUMNS, csvHeader, toCsvRows } from '../../server/src/core/formats/exportCsv';
import { toJsonl, toMizanJson } from '../../server/src/core/formats/exportJson';
import { toW3c } from '../../server/src/core/formats/exportW3c';
import { exportFiles } from '../../server/src/core/formats';
import { sampleNames } from './anchorSupport';
import { HEAD, codePointSlice, inputOf } from './exportSupport';

describe('export formats', () => {
  it('counts code points, not UTF-16 units, where it must', () => {
    const cp = codePointOffsets(HEAD);
    assert.strictEqual(HEAD.length, 14);
    assert.strictEqual(cp(HEAD.length), 11);
    assert.strictEqual(cp(4), 2, 'after the flag (two code points, four units)');
  });

  for (const name of sampleNames()) {
    const input = inputOf(name);
    const expected = [...input.view.entities, ...input.view.claims];

    it(`${name}: brat .ann spans are code point offsets that slice out their own text`, () => {
      const lines = toBrat(input).trimEnd().split('\n');
      const spans = lines.filter((l) => l.startsWith('T'));
      assert.strictEqual(spans.filter((l) => /^T\d+\t(PER|LOC|ORG|MISC|Claim) /.test(l)).length, expected.length);
      for (const line of spans) {
        const [, typeAndOffsets, text] = line.split('\t');
        const fragments = typeAndOffsets
          .split(' ')
          .slice(1)
          .join(' ')
          .split(';')
          .map((f) => f.split(' ').map(Number));
        assert.strictEqual(fragments.map(([s, e]) => codePointSlice(input.text, s, e)).join(' '), text, line);
        for (const [s, e] of fragments) assert.ok(!/[\r\n]/.test(codePointSlice(input.text, s, e)), 'fragments never cross a line');
      }
      assert.ok(lines.some((l) => /^A\d+\tStance T\d+ against$/.test(l)));
      assert.ok(lines.some((l) => /^R\d+\tSaidBy Arg1:T\d+ Arg2:T\d+$/.test(l)));
      const first = input.view.entities.find((e) => !e.text.includes('\n'))!;
      assert.ok(
        spans.some((l) => l.endsWith(`\t${first.type} ${first.start - 3} ${first.end - 3}\t${first.text}`)),
        'three code points fewer than UTF-16 units before it',
      );
    });

    it(`${name}: W3C Web Annotation selectors agree with the text`, () => {
      const w3c = toW3c(input) as { '@context': string; total: number; first: { items: { target: { selector: { type: string; exact?: string; prefix?: string; start?: number; end?: number }[] }; body: { value: string }[] }[] } };
      assert.strictEqual(w3c['@context'], 'http://www.w3.org/ns/anno.jsonld');
      assert.strictEqual(w3c.total, expected.length);
      for (const item of w3c.first.items) {
        const [quote, position] = item.target.selector;
        assert.deepStrictEqual([quote.type, position.type], ['TextQuoteSelector', 'TextPositionSelector']);
        assert.strictEqual(codePointSlice(input.text, position.start!, position.end!), quote.exact);
        assert.ok(input.text.includes(quote.prefix! + quote.exact!));
      }
      assert.ok(w3c.first.items.some((i) => i.body.some((b) => b.value === 'against')));
    });

    it(`${name}: CoNLL tags each entity's first token B- and the rest I-`, () => {
      const rows = toConll(input).split('\n');
      assert.strictEqual(rows[0], '-DOCSTART-\tO');
      const tagged = rows.filter((r) => r.includes('\t') && r !== '-DOCSTART-\tO');
      assert.strictEqual(tagged.length, input.tokens.length);
      const starts = new Set(input.view.entities.map((e) => input.tokens.findIndex((t) => t.end > e.start)));
      assert.strictEqual(tagged.filter((r) => r.split('\t')[1].startsWith('B-')).length, starts.size);
      for (const e of input.view.entities) {
        const i = input.tokens.findIndex((t) => t.end > e.start);
        assert.strictEqual(tagged[i].split('\t')[1], `B-${e.type}`, `${e.text} at ${e.start}`);
      }
      assert.ok(rows.includes(''), 'sentences are separated by blank lines');
    });

    it(`${name}: CSV parses back, commas and quotes included`, () => {
      const rows = parseCsv(csvHeader() + toCsvRows(input));
      assert.deepStrictEqual(rows[0], [...CSV_COLUMNS]);
      assert.strictEqual(rows.length - 1, expected.length);
      const col = (r: string[], c: (typeof CSV_COLUMNS)[number]) => r[CSV_COLUMNS.indexOf(c)];
      const claim = rows.find((r) => col(r, 'id') === 'c-1')!;
      assert.strictEqual(col(claim, 'target'), 'التحالف، "الروسي" الإيراني');
      assert.deepStrictEqual([col(claim, 'author'), col(claim, 'time'), col(claim, 'claimKind')], ['ali', '2026-01-01T00:00:00.000Z', input.view.claims.find((c) => c.id === 'c-1')!.claimKind]);
      for (const r of rows.slice(1)) {
        assert.strictEqual(col(r, 'offsets'), 'utf16');
        assert.strictEqual(input.text.slice(Number(col(r, 'start')), Number(col(r, 'end'))), col(r, 'text'));
        const view = [...input.view.entities, ...input.view.claims].find((a) => a.id === col(r, 'id'))!;
        assert.strictEqual(col(r, 'kind'), view.kind);
        if (view.kind !== 'claim') continue;
        for (const part of ['speaker', 'cue'] as const) {
          const span: { start: number; end: number } | undefined = view[part];
          assert.strictEqual(col(r, part), span ? input.text.slice(span.start, span.end) : '', `${view.id} ${part}`);
          if (span) assert.strictEqual(input.text.slice(Number(col(r, `${part}_start`)), Number(col(r, `${part}_end`))), col(r, part));
        }
      }
      assert.ok(
        rows.some((r) => col(r, 'speaker') !== ''),
        'some claim has a speaker',
      );
    });

    it(`${name}: JSON and JSONL keep UTF-16 offsets and every annotation`, () => {
      const json = toMizanJson(input) as { offsets: string; entities: { start: number; end: number; text: string }[]; claims: unknown[] };
      assert.strictEqual(json.offsets, 'utf16');
      assert.strictEqual(json.entities.length + json.claims.length, expected.length);
      for (const e of json.entities) assert.strictEqual(input.text.slice(e.start, e.end), e.text);
      const lines = toJsonl(input)
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as { file: string });
      assert.strictEqual(lines.length, expected.length);
      assert.ok(lines.every((l) => l.file === name));
    });
  }

  it('leaves rejected annotations out of every format but Mizan JSON, and unchecked ones out with --accepted', () => {
    const input = inputOf(sampleNames()[0]);
    const rejected = input.view.entities[0];
    const decisions = { records: [{ kind: 'entity' as const, id: 'e-x', ...anchorOf(input.text, rejected), type: rejected.type, status: 'rejected' as const, source: 'machine' as const, history: [] }] };
    const machine = { entities: input.view.entities, claims: input.view.claims };
    const withReject = { ...input, view: mergeDecisions(machine, decisions), decisions };
    assert.ok(!toBrat(withReject).includes(`${rejected.start - 3} ${rejected.end - 3}\t`));
    assert.strictEqual((toMizanJson(withReject) as { rejected: unknown[] }).rejected.length, 1);
    const accepted = toJsonl(input, { acceptedOnly: true }).trimEnd().split('\n');
    assert.deepStrictEqual(
      accepted.map((l) => (JSON.parse(l) as { id: string }).id),
      ['c-1'],
    );
  });

  it('names the files of each format', () => {
    const inputs = sampleNames().slice(0, 2).map(inputOf);
    assert.deepStrictEqual(
      exportFiles('brat', inputs).map((f) => f.name),
      ['000_a8b16601d227bd12.txt', '000_a8b16601d227bd12.ann', '001_e0cce0fd4d3fc110.txt', '001_e0cce0fd4d3fc110.ann', 'annotation.conf', 'visual.conf'],
    );
    assert.strictEqual(exportFiles('brat', inputs).find((f) => f.name === 'annotation.conf')!.content, bratConf(undefined, ['against']));
    assert.deepStrictEqual(
      exportFiles('csv', inputs).map((f) => f.name),
      ['annotations.csv'],
    );
    assert.deepStrictEqual(
      exportFiles('w3c', inputs).map((f) => f.name),
      ['000_a8b16601d227bd12.jsonld', '001_e0cce0fd4d3fc110.jsonld'],
    );
  });
});

/** A small RFC 4180 reader, only to check the writer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const src = text.replace(/^\ufeff/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && src[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}
