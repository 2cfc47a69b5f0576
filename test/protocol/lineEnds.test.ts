// Mixed line ends, as clients other than VS Code send them (VS Code normalises a document's line
// ends; other editors and a pasted text do not): a lone CR followed later by LF, CRLF typed into an
// LF article, LF typed right after a lone CR (joining them into one CRLF line end) and CR typed
// before an LF. After each, the tokens kept up to date edit by edit equal those of the same text
// analysed afresh, every token covers its entity's exact text, and no range ends between CR and LF.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { SemanticTokens } from 'vscode-languageserver-protocol/node';
import type { AnnotationsResult } from '../../server/src/protocol';
import { SAMPLES_DIR } from '../support/samples';
import { TestClient, decodeTokens, lineStarts, offsetAt } from './harness';

const base = fs.readFileSync(path.join(SAMPLES_DIR, '000_a8b16601d227bd12.txt'), 'utf8');
const breaks = [...base.matchAll(/\n/g)].map((m) => m.index!);

/** Each case: the text opened, then edits [start, end, inserted] at offsets a client can name. */
const CASES: [string, string, [number, number, string][]][] = [
  ['a lone CR, then LF line ends', base.replace(/\n/, '\r'), []],
  ['every other line end a lone CR', base.replace(/\n/g, (_, i: number) => (breaks.indexOf(i) % 2 ? '\n' : '\r')), []],
  ['CRLF typed into an LF article', base, breaks.slice(0, 4).map((b, k) => [b + 2 * k, b + 2 * k, '\r\n'])],
  ['LF typed after a lone CR', base.replace(/\n/g, '\r'), breaks.slice(0, 4).map((b) => [b + 1, b + 1, '\n'])],
  ['CR typed before an LF', base, breaks.slice(0, 4).map((b, k) => [b + k, b + k, '\r'])],
  [
    'a CRLF line end deleted and typed again',
    base.replace(/\n/g, '\r\n'),
    [
      [breaks[1] + 1, breaks[1] + 3, ''],
      [breaks[1] + 1, breaks[1] + 1, '\r\n'],
    ],
  ],
];

describe('mixed line ends: tokens and ranges on the right lines', function () {
  this.timeout(60000);
  let client: TestClient;
  before(async () => {
    client = await TestClient.start();
  });
  after(async () => {
    await client.stop();
  });

  const tokens = async (uri: string) => (await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } })).data;

  CASES.forEach(([name, text, edits], k) => {
    it(name, async () => {
      const uri = await client.open(`untitled:line-ends-${k}`, text);
      await tokens(uri);
      for (const [s, e, insert] of edits) {
        await client.edit(uri, s, e, insert);
        await tokens(uri);
      }
      const now = client.text(uri);
      const incremental = await tokens(uri);
      const fresh = await client.open(`untitled:line-ends-${k}-fresh`, now);
      assert.deepStrictEqual(decodeTokens(incremental, client.legend, now), decodeTokens(await tokens(fresh), client.legend, now), 'edit by edit differs from afresh');
      const listed = (await client.request<AnnotationsResult>('mizan/annotations', { uri }))!;
      const decoded = decodeTokens(incremental, client.legend, now);
      const starts = lineStarts(now);
      for (const item of listed.items) {
        for (const p of [item.range.start, item.range.end]) {
          const o = offsetAt(now, p);
          assert.ok(p.line < starts.length && !(now[o - 1] === '\r' && now[o] === '\n'), `${item.text}: ${JSON.stringify(p)}`);
        }
        if (item.kind !== 'entity' || item.range.start.line !== item.range.end.line) continue;
        const token = decoded.find((t) => t.line === item.range.start.line && t.character === item.range.start.character);
        assert.strictEqual(token?.text, item.text, `no token covers «${item.text}» at ${JSON.stringify(item.range.start)}`);
      }
      assert.ok(listed.items.some((i) => i.kind === 'entity'));
    });
  });
});
